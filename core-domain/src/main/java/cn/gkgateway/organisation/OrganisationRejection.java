package cn.gkgateway.organisation;

import cn.gkgateway.shared.DomainException;

/**
 * Why a policy refuses a change: the rule, a stable code, how the web layer should answer
 * ({@code kind}), the field to fix and a Chinese reason that says how to fix it.
 */
public record OrganisationRejection(String rule, String code, DomainException.Kind kind, String field, String reason) {

    static OrganisationRejection invalid(String rule, String code, String field, String reason) {
        return new OrganisationRejection(rule, code, DomainException.Kind.INVALID, field, reason);
    }

    static OrganisationRejection rejected(String rule, String code, String field, String reason) {
        return new OrganisationRejection(rule, code, DomainException.Kind.RULE_REJECTED, field, reason);
    }

    static OrganisationRejection conflict(String rule, String code, String field, String reason) {
        return new OrganisationRejection(rule, code, DomainException.Kind.CONFLICT, field, reason);
    }
}
