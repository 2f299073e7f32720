package cn.gkgateway.accounts;

import cn.gkgateway.identity.Role;

import java.time.Instant;

/** An account as the management pages see it; never its password hash. */
public record AccountView(long id, String username, String displayName, Role role, String roleName, Long organisationId,
                          String organisationName, AccountStatus status, String statusName, Instant lockedUntil,
                          boolean mustChangePassword, String phoneMasked) {
}
