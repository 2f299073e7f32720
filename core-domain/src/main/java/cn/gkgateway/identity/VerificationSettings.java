package cn.gkgateway.identity;

import java.time.Duration;

/**
 * Rules of SMS verification codes.
 *
 * @param validity       how long a code may be used (10 minutes by default)
 * @param maxFailures    wrong tries that end a code (5)
 * @param perMinute      code requests allowed per phone and per client address in any minute (1)
 * @param perHour        code requests allowed per phone and per client address in any hour (10)
 */
public record VerificationSettings(Duration validity, int maxFailures, int perMinute, int perHour) {

    public VerificationSettings {
        validity = validity == null ? Duration.ofMinutes(10) : validity;
        maxFailures = maxFailures <= 0 ? 5 : maxFailures;
        perMinute = perMinute <= 0 ? 1 : perMinute;
        perHour = perHour <= 0 ? 10 : perHour;
    }

    public static VerificationSettings defaults() {
        return new VerificationSettings(null, 0, 0, 0);
    }
}
