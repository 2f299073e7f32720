package cn.gkgateway.accounts;

import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationKind;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * Which accounts a manager may see and change, and which role fits which organisation: the
 * administrator all; an exam office those of organisations whose region code starts with its
 * governed prefix, never administrators or applicants. Accounts out of reach are "not found".
 */
@Component
public class AccountScope {

    private final Accounts accounts;
    private final Organisations organisations;

    public AccountScope(Accounts accounts, Organisations organisations) {
        this.accounts = accounts;
        this.organisations = organisations;
    }

    /** Query limits: a region prefix and a role left out (both null for the administrator). */
    record Limits(String regionPrefix, Role excludedRole) {
    }

    Limits limitsOf(Caller actor) {
        actor.require(Role.ADMIN, Role.EXAM_OFFICE);
        return actor.is(Role.ADMIN) ? new Limits(null, null) : new Limits(officeOf(actor).governedRegionPrefix(), Role.ADMIN);
    }

    Account manageable(Caller actor, long accountId) {
        Limits limits = limitsOf(actor);
        return accounts.findById(accountId)
                .filter(account -> limits.regionPrefix() == null || (account.getRole() != Role.ADMIN
                        && account.getOrganisationId() != null
                        && organisations.findById(account.getOrganisationId())
                        .map(org -> org.getRegionCode().startsWith(limits.regionPrefix())).orElse(false)))
                .orElseThrow(() -> DomainException.notFound("ACCOUNT_NOT_FOUND", "未找到该账号，或其不在您的管理范围内"));
    }

    /** The organisation an account of {@code role} may belong to; null only for an administrator without one. */
    Organisation assignableOrganisation(Caller actor, Role role, Long organisationId) {
        Limits limits = limitsOf(actor);
        if (role == null) {
            throw DomainException.invalid("ACCOUNT_ROLE_REQUIRED", "role", "请选择角色");
        }
        if (role == Role.ADMIN && !actor.is(Role.ADMIN)) {
            throw DomainException.forbidden("只有系统管理员可以设置系统管理员账号");
        }
        if (role == Role.ADMIN && organisationId == null) {
            return null;
        }
        if (organisationId == null) {
            throw DomainException.invalid("ACCOUNT_ORGANISATION_REQUIRED", "organisationId", "请选择所属单位");
        }
        Organisation organisation = organisations.findById(organisationId)
                .filter(org -> limits.regionPrefix() == null || org.getRegionCode().startsWith(limits.regionPrefix()))
                .orElseThrow(() -> DomainException.notFound("ORGANISATION_NOT_FOUND", "未找到该单位，或其不在您的管理范围内"));
        if (!fits(role, organisation.getKind())) {
            throw DomainException.invalid("ACCOUNT_ROLE_MISMATCH", "role",
                    "角色与单位类型不符：单位设“申报单位经办人”，主管部门设“主管部门”，工考办设“工考办”或“系统管理员”");
        }
        return organisation;
    }

    static boolean fits(Role role, OrganisationKind kind) {
        return switch (role) {
            case UNIT_OPERATOR -> kind == OrganisationKind.UNIT;
            case SUPERVISOR -> kind == OrganisationKind.DEPARTMENT;
            case EXAM_OFFICE, ADMIN -> kind == OrganisationKind.EXAM_OFFICE;
            case APPLICANT -> false;
        };
    }

    private Organisation officeOf(Caller actor) {
        if (actor.organisationId() == null) {
            throw DomainException.forbidden("当前账号未关联工考办，无权管理账号");
        }
        return organisations.findById(actor.organisationId())
                .filter(org -> org.getKind() == OrganisationKind.EXAM_OFFICE)
                .orElseThrow(() -> DomainException.forbidden("当前账号未关联工考办，无权管理账号"));
    }
}
