package cn.gkgateway.organisation;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.shared.DomainException;

import java.util.List;
import java.util.Optional;

/** Applies {@link ManagementScopePolicy} to a caller: their region prefix, what they may see and manage. */
final class ManagementScope {

    private final Organisations organisations;
    private final ManagementScopePolicy policy = new ManagementScopePolicy();

    ManagementScope(Organisations organisations) {
        this.organisations = organisations;
    }

    /** The region prefix the caller manages ("" for all); FORBIDDEN for callers who manage none. */
    String prefix(Caller caller) {
        return policy.managedRegionPrefix(caller, office(caller))
                .orElseThrow(() -> DomainException.forbidden("当前账号（" + caller.role().displayName() + "）无权管理组织机构"));
    }

    /** The organisation, if within the caller's region; otherwise "not found", so that existence does not leak. */
    Organisation visible(Caller caller, long id) {
        String prefix = prefix(caller);
        return organisations.findById(id).filter(o -> o.getRegionCode().startsWith(prefix))
                .orElseThrow(() -> DomainException.notFound("ORGANISATION_NOT_FOUND", "未找到该机构，或其不在您的管理范围内"));
    }

    Optional<OrganisationRejection> check(Caller caller, OrganisationDraft draft) {
        return policy.check(caller, office(caller), draft.kind(), draft.level(), draft.regionCode());
    }

    void requireManageable(Caller caller, OrganisationDraft draft) {
        check(caller, draft).ifPresent(rejection -> OrganisationRejections.throwIfAny(List.of(rejection)));
    }

    void requireVisible(Caller caller, Long... ids) {
        String prefix = prefix(caller);
        for (Long id : ids) {
            if (outside(prefix, id)) {
                throw DomainException.notFound("ORGANISATION_NOT_FOUND", "所选的上级单位或主管部门不存在，或不在您的管理范围内");
            }
        }
    }

    /** Whether {@code id} names an organisation that does not exist or lies outside {@code prefix}. */
    boolean outside(String prefix, Long id) {
        return id != null && !organisations.findById(id).map(o -> o.getRegionCode().startsWith(prefix)).orElse(false);
    }

    private Organisation office(Caller caller) {
        return caller.organisationId() == null ? null : organisations.findById(caller.organisationId()).orElse(null);
    }
}
