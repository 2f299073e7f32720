package cn.gkgateway.organisation;

import cn.gkgateway.identity.Caller;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashSet;

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
            case UNIT_OPERATOR -> Scope.of(java.util.Set.of(caller.organisationId()));
            case SUPERVISOR -> Scope.of(new HashSet<>(organisations.findUnitIdsSupervisedBy(caller.organisationId())));
            case EXAM_OFFICE -> organisations.findById(caller.organisationId())
                    .map(office -> Scope.of(new HashSet<>(organisations.findUnitIdsInRegion(office.governedRegionPrefix()))))
                    .orElse(Scope.nothing());
            case APPLICANT -> Scope.nothing();
        };
    }
}
