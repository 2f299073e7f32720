package cn.gkgateway.identity;

import cn.gkgateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The failure count of an unknown name survives the race of its first parallel failures: a late
 * "create the counter" of a name that already has one is refused, never merged over the count.
 */
class SignInThrottlesIT extends GatewayIntegrationTest {

    @Autowired
    SignInThrottles throttles;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void aLateInsertDoesNotResetTheCount() {
        String hash = UsernameRules.hashOf("race_" + System.nanoTime());
        Instant now = Instant.now();
        transaction.executeWithoutResult(status -> throttles.saveAndFlush(new SignInThrottle(hash, 0)));
        for (int i = 0; i < 3; i++) {
            transaction.executeWithoutResult(status -> throttles.countFailure(hash, 5, now, now.plus(Duration.ofMinutes(30))));
        }
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> throttles.saveAndFlush(new SignInThrottle(hash, 0))))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(throttles.findById(hash).orElseThrow().getFailedAttempts()).isEqualTo(3);
    }
}
