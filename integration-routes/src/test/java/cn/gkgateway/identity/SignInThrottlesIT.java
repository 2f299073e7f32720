package cn.gkgateway.identity;

import cn.gkgateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.apache.camel.CamelContext;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The failure count of an unknown name survives the race of its first parallel failures: a late
 * "create the counter" of a name that already has one is refused, never merged over the count. Old
 * counters, long-expired codes and old code requests are purged on a schedule; live ones stay.
 */
class SignInThrottlesIT extends GatewayIntegrationTest {

    @Autowired
    SignInThrottles throttles;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    SignInStatePurge purge;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Autowired
    CamelContext camel;

    @Autowired
    SignInService signIn;

    @Autowired
    cn.gkgateway.support.TestAccounts testAccounts;

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

    @Test
    void thePurgeDeletesOnlyStateThatDecidesNothingAnyMore() {
        Instant now = clock.instant();
        String old = UsernameRules.hashOf("old_" + System.nanoTime());
        String recent = UsernameRules.hashOf("recent_" + System.nanoTime());
        String oldButLocked = UsernameRules.hashOf("locked_" + System.nanoTime());
        String unknownName = "nobody_" + System.nanoTime();
        transaction.executeWithoutResult(status -> {
            insertThrottle(old, 3, now.minus(Duration.ofDays(2)), null);
            insertThrottle(recent, 2, now.minus(Duration.ofHours(3)), null);
            insertThrottle(oldButLocked, 0, now.minus(Duration.ofDays(2)), now.plus(Duration.ofMinutes(10)));
        });
        // a real failure stamps its time
        assertThat(signIn.signIn(unknownName, "wrong")).isInstanceOf(SignInResult.BadCredentials.class);
        String codePhone = "phone-" + System.nanoTime();
        transaction.executeWithoutResult(status -> {
            jdbc.update("INSERT INTO verification_code (purpose, phone_hash, code_hash, failed_attempts, created_at, expires_at)"
                    + " VALUES ('SIGN_IN', ?, 'x', 0, ?, ?)", codePhone + "-old", utc(now.minus(Duration.ofDays(3))), utc(now.minus(Duration.ofDays(2))));
            jdbc.update("INSERT INTO verification_code (purpose, phone_hash, code_hash, failed_attempts, created_at, expires_at)"
                    + " VALUES ('SIGN_IN', ?, 'x', 0, ?, ?)", codePhone + "-new", utc(now.minus(Duration.ofMinutes(20))), utc(now.minus(Duration.ofMinutes(10))));
            jdbc.update("INSERT INTO code_request (rate_key, requested_at) VALUES (?, ?)", codePhone + "-old", utc(now.minus(Duration.ofHours(3))));
            jdbc.update("INSERT INTO code_request (rate_key, requested_at) VALUES (?, ?)", codePhone + "-new", utc(now.minus(Duration.ofMinutes(30))));
            jdbc.update("INSERT INTO sign_in_ticket (ticket_hash, account_id, session_id, token_version, id_token, expires_at)"
                    + " VALUES (?, 1, ?, 0, 'sealed', ?)", UsernameRules.hashOf(codePhone + "-t1"), java.util.UUID.randomUUID().toString(),
                    utc(now.minus(Duration.ofMinutes(5))));
            jdbc.update("INSERT INTO sign_in_ticket (ticket_hash, account_id, session_id, token_version, id_token, expires_at)"
                    + " VALUES (?, 1, ?, 0, 'sealed', ?)", UsernameRules.hashOf(codePhone + "-t2"), java.util.UUID.randomUUID().toString(),
                    utc(now.plus(Duration.ofSeconds(30))));
        });

        SignInStatePurge.Purged purged = purge.purge();

        assertThat(purged.throttles()).isPositive();
        assertThat(throttles.existsById(old)).as("two days without a failure, not locked").isFalse();
        assertThat(throttles.existsById(recent)).as("failed three hours ago").isTrue();
        assertThat(throttles.existsById(oldButLocked)).as("still locked").isTrue();
        assertThat(throttles.findById(UsernameRules.hashOf(unknownName)).orElseThrow().getLastFailureAt())
                .isBetween(now.truncatedTo(java.time.temporal.ChronoUnit.MICROS), clock.instant());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM verification_code WHERE phone_hash LIKE ?", Integer.class, codePhone + "%"))
                .as("only the code expired minutes ago is kept").isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT rate_key FROM code_request WHERE rate_key LIKE ?", String.class, codePhone + "%"))
                .containsExactly(codePhone + "-new");
        assertThat(jdbc.queryForList("SELECT ticket_hash FROM sign_in_ticket WHERE ticket_hash IN (?, ?)", String.class,
                UsernameRules.hashOf(codePhone + "-t1"), UsernameRules.hashOf(codePhone + "-t2")))
                .as("only the ticket still valid is kept").containsExactly(UsernameRules.hashOf(codePhone + "-t2"));

        // a second run (another instance) finds nothing more of these, and the schedule is in place
        purge.purge();
        assertThat(throttles.existsById(recent)).isTrue();
        assertThat(camel.getRoute(cn.gkgateway.routes.SignInStatePurgeRoute.ROUTE_ID)).isNotNull();
    }

    /** An account's failure count is forgotten after the same idle day as an unknown name's counter. */
    @Test
    void anAccountsOldFailuresAreForgottenLikeAnUnknownNames() {
        Instant now = clock.instant();
        String idle = testAccounts.unitOperator();
        String recent = testAccounts.unitOperator();
        assertThat(signIn.signIn(idle, "wrong")).isInstanceOf(SignInResult.BadCredentials.class);
        assertThat(signIn.signIn(recent, "wrong")).isInstanceOf(SignInResult.BadCredentials.class);
        assertThat(testAccounts.byUsername(recent).getLastFailureAt()).as("a failure stamps its time").isNotNull();
        transaction.executeWithoutResult(status -> jdbc.update(
                "UPDATE account SET failed_attempts = 4, last_failure_at = ? WHERE username = ?",
                utc(now.minus(Duration.ofDays(2))), idle));

        purge.purge();

        assertThat(testAccounts.byUsername(idle).getFailedAttempts()).as("two days without a failure").isZero();
        assertThat(testAccounts.byUsername(recent).getFailedAttempts()).as("failed just now").isEqualTo(1);
    }

    private void insertThrottle(String hash, int failures, Instant lastFailure, Instant lockedUntil) {
        jdbc.update("INSERT INTO sign_in_throttle (name_hash, failed_attempts, locked_until, last_failure_at) VALUES (?, ?, ?, ?)",
                hash, failures, lockedUntil == null ? null : utc(lockedUntil), utc(lastFailure));
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
