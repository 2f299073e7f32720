package cn.gkgateway.organisation;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Which units a caller may see: a unit operator its own unit, a supervising department the
 * units it supervises, an exam office every unit in its region, the administrator all.
 * Applicants are scoped to their own person, not to units, by the features that serve them.
 */
@Component
public class ScopePolicy {

    private final Organisations organisations;

    public ScopePolicy(Organisations organisations) {
        this.organisations = organisations;
    }

    @Transactional(readOnly = true)
    public Scope unitsVisibleTo(Caller caller) {
        if (caller.organisationId() == null) {
            return Scope.nothing();
        }
        return switch (caller.role()) {
            case ADMIN -> Scope.everything();
            case UNIT_OPERATOR -> Scope.unit(caller.organisationId());
            case SUPERVISOR -> Scope.supervisedBy(caller.organisationId());
            case EXAM_OFFICE -> organisations.findById(caller.organisationId())
                    .map(office -> Scope.region(office.governedRegionPrefix()))
                    .orElse(Scope.nothing());
            case APPLICANT -> Scope.nothing();
        };
    }

    /** Whether the caller may see records of the unit {@code unitId}. */
    @Transactional(readOnly = true)
    public boolean covers(Caller caller, long unitId) {
        Scope scope = unitsVisibleTo(caller);
        if (scope.all()) {
            return true;
        }
        if (scope.unitId() != null) {
            return scope.unitId() == unitId;
        }
        return organisations.findById(unitId).map(scope::covers).orElse(false);
    }

    /** Refuses new work for the organisation {@code organisationId} when it is closed (see {@link Organisation#requireOpen()}). */
    @Transactional(readOnly = true)
    public void requireOpen(Long organisationId) {
        if (organisationId != null) {
            organisations.findById(organisationId).ifPresent(Organisation::requireOpen);
        }
    }

    /** The unit, if the caller may see it; otherwise "not found", so that existence does not leak. */
    @Transactional(readOnly = true)
    public Organisation visibleUnit(Caller caller, long unitId) {
        return organisations.findById(unitId).filter(unit -> unitsVisibleTo(caller).covers(unit))
                .orElseThrow(() -> DomainException.notFound("UNIT_NOT_FOUND", "未找到该单位，或其不在您的管理范围内"));
    }
}
