package cn.gkgateway.identity;

import java.util.Set;

/** Which roles sign in with password plus an SMS code (MLPS level 3 asks two factors of administrators). */
public record SecondFactorPolicy(Set<Role> roles) {

    public SecondFactorPolicy {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean requiredFor(Role role) {
        return roles.contains(role);
    }
}
