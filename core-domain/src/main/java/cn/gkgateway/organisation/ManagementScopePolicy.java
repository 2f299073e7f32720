package cn.gkgateway.organisation;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.shared.DomainException;

import java.util.Optional;

/**
 * Who may manage which organisations: the administrator all of them; an exam office those in
 * its region (its region-code prefix by level: 省 2 digits, 市 4, 县区 6) and not above its own
 * level, exam offices only below its level (so never itself); nobody else any.
 */
public final class ManagementScopePolicy {

    static final String RULE = "management-scope";

    /**
     * @param office the caller's own organisation (null if it has none)
     * @return a FORBIDDEN rejection, or nothing when the caller may manage such an organisation
     */
    public Optional<OrganisationRejection> check(Caller caller, Organisation office, OrganisationKind kind,
                                                 JurisdictionLevel level, String regionCode) {
        if (caller.is(Role.ADMIN)) {
            return Optional.empty();
        }
        if (!caller.is(Role.EXAM_OFFICE) || office == null || !office.isActive()) {
            return Optional.of(forbidden("ORGANISATION_MANAGE_FORBIDDEN", "kind", "只有系统管理员和工考办可以管理组织机构"));
        }
        if (regionCode != null && !office.governs(regionCode)) {
            return Optional.of(forbidden("ORGANISATION_OUT_OF_REGION", "regionCode", "行政区划 " + regionCode
                    + " 不在本工考办（" + office.getName() + "）的管辖区域内，只能管理本区域的机构"));
        }
        if (level != null && level.isAbove(office.getJurisdictionLevel())) {
            return Optional.of(forbidden("ORGANISATION_ABOVE_OWN_LEVEL", "jurisdictionLevel", "工考办不能管理高于本级（"
                    + office.getJurisdictionLevel().displayName() + "）的机构"));
        }
        if (kind == OrganisationKind.EXAM_OFFICE && level != null && !office.getJurisdictionLevel().isAbove(level)) {
            return Optional.of(forbidden("ORGANISATION_ABOVE_OWN_LEVEL", "jurisdictionLevel", "工考办只能管理下级工考办"));
        }
        return Optional.empty();
    }

    /** The region-code prefix whose organisations the caller may see and manage ("" for all). */
    public Optional<String> managedRegionPrefix(Caller caller, Organisation office) {
        if (caller.is(Role.ADMIN)) {
            return Optional.of("");
        }
        if (caller.is(Role.EXAM_OFFICE) && office != null && office.isActive()) {
            return Optional.of(office.governedRegionPrefix());
        }
        return Optional.empty();
    }

    private static OrganisationRejection forbidden(String code, String field, String reason) {
        return new OrganisationRejection(RULE, code, DomainException.Kind.FORBIDDEN, field, reason);
    }
}
