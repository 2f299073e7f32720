package cn.gkgateway.identity;

import cn.gkgateway.audit.Actor;
import cn.gkgateway.shared.DomainException;

import java.util.Arrays;

/**
 * Who is asking: the signed-in account, its role and organisation. Every domain service
 * takes a caller and scopes what it reads and writes to it.
 */
public record Caller(long accountId, String username, String displayName, Role role, Long organisationId) implements Actor {

    @Override
    public String roleName() {
        return role.name();
    }

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /** Refuses the call unless the caller has one of the roles. */
    public void require(Role... allowed) {
        if (Arrays.stream(allowed).noneMatch(this::is)) {
            throw DomainException.forbidden("当前账号（" + role.displayName() + "）无权办理此事项");
        }
    }
}
