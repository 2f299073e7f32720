package cn.gkgateway.accounts;

import cn.gkgateway.identity.Role;

/**
 * A new organisation account. {@code password} is optional: without it a temporary password is
 * generated and shown once. Either way the holder must change it at first sign-in.
 */
public record CreateAccount(String username, String displayName, Role role, Long organisationId, String password) {
}
