package cn.gkgateway.identity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Deletes sign-in state that no longer decides anything: failure counters of unknown names whose
 * last failure is older than {@link #THROTTLE_RETENTION} and that are not locked, verification
 * codes expired longer than {@link #CODE_RETENTION} ago, and code requests older than the longest
 * rate-limit window, and expired one-time sign-in tickets (with any ID token an unexchanged one
 * kept). Each is one set-based DELETE in its own READ COMMITTED transaction (locking only
 * the rows it deletes), so several instances may run it at the same time: what one deletes, the
 * others find gone.
 */
@Service
public class SignInStatePurge {

    /** A counter of an unknown name whose last failure is this old is forgotten (far beyond the 30-minute lock). */
    public static final Duration THROTTLE_RETENTION = Duration.ofDays(1);
    /** Expired codes are kept this long (for questions about a recent sign-in), then deleted. */
    public static final Duration CODE_RETENTION = Duration.ofDays(1);
    /** Code requests older than this no longer count towards any limit (the longest window is an hour). */
    static final Duration REQUEST_RETENTION = Duration.ofHours(2);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public SignInStatePurge(JdbcTemplate jdbc, TransactionTemplate transaction, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transaction.getTransactionManager());
        this.transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /** How many rows of each kind were deleted ({@code throttles} also counts accounts whose old failures were forgotten). */
    public record Purged(int throttles, int codes, int codeRequests, int tickets) {

        public int total() {
            return throttles + codes + codeRequests + tickets;
        }
    }

    public Purged purge() {
        Instant now = clock.instant();
        int throttles = delete("DELETE FROM sign_in_throttle WHERE last_failure_at < ? AND (locked_until IS NULL OR locked_until < ?)",
                utc(now.minus(THROTTLE_RETENTION)), utc(now));
        // an account's count is forgotten after the same idle time, so that it answers like an unknown name
        throttles += delete("UPDATE account SET failed_attempts = 0 WHERE failed_attempts > 0 AND last_failure_at < ?"
                + " AND (locked_until IS NULL OR locked_until < ?)", utc(now.minus(THROTTLE_RETENTION)), utc(now));
        int codes = delete("DELETE FROM verification_code WHERE expires_at < ?", utc(now.minus(CODE_RETENTION)));
        int requests = delete("DELETE FROM code_request WHERE requested_at < ?", utc(now.minus(REQUEST_RETENTION)));
        int tickets = delete("DELETE FROM sign_in_ticket WHERE expires_at < ?", utc(now));
        return new Purged(throttles, codes, requests, tickets);
    }

    private int delete(String sql, Object... args) {
        Integer deleted = transaction.execute(status -> jdbc.update(sql, args));
        return deleted == null ? 0 : deleted;
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
