package cn.gkgateway.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class AccountLockTest {

    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    @Test
    void theFifthFailureLocksForThirtyMinutes() {
        Account account = new Account("danwei", "陈红梅", "hash", Role.UNIT_OPERATOR, 1L, null);
        for (int i = 0; i < 4; i++) {
            account.recordFailure(NOW, SignInService.MAX_ATTEMPTS, SignInService.LOCK_DURATION);
        }
        assertThat(account.isLockedAt(NOW)).isFalse();
        assertThat(account.getFailedAttempts()).isEqualTo(4);
        account.recordFailure(NOW, SignInService.MAX_ATTEMPTS, SignInService.LOCK_DURATION);
        assertThat(account.isLockedAt(NOW)).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(29)))).isTrue();
        assertThat(account.isLockedAt(NOW.plus(Duration.ofMinutes(30)))).isFalse();
    }

    @Test
    void successClearsTheCount() {
        Account account = new Account("danwei", "陈红梅", "hash", Role.UNIT_OPERATOR, 1L, null);
        account.recordFailure(NOW, SignInService.MAX_ATTEMPTS, SignInService.LOCK_DURATION);
        account.recordSuccess();
        assertThat(account.getFailedAttempts()).isZero();
    }
}
