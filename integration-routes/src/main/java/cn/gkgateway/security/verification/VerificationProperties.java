package cn.gkgateway.security.verification;

import cn.gkgateway.identity.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Set;

/**
 * SMS verification codes and the second factor ({@code gk.verification.*}).
 *
 * @param codeValidity      how long a code may be used (default 10 minutes)
 * @param maxFailures       wrong tries that end a code (5)
 * @param perMinute         code requests per phone and per client address in any minute (1)
 * @param perHour           code requests per phone and per client address in any hour (10)
 * @param secondFactorRoles roles that sign in with password plus SMS code (default ADMIN, EXAM_OFFICE)
 */
@ConfigurationProperties("gk.verification")
public record VerificationProperties(Duration codeValidity, int maxFailures, int perMinute, int perHour, Set<Role> secondFactorRoles) {

    public VerificationProperties {
        secondFactorRoles = secondFactorRoles == null ? Set.of(Role.ADMIN, Role.EXAM_OFFICE) : Set.copyOf(secondFactorRoles);
    }
}
