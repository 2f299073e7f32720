package cn.gkgateway.identity;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.TreeSet;

/**
 * Sliding-window limits on code requests, kept in the database so that every instance counts the
 * same requests: each key's row in {@code code_request_key} is locked ({@code FOR UPDATE}) while
 * its recent requests in {@code code_request} are counted, keys in a fixed order so that two
 * requests never wait on each other crosswise. Must run inside a transaction.
 */
class CodeRequestLimits {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Duration HOUR = Duration.ofHours(1);

    private final JdbcTemplate jdbc;
    private final VerificationSettings settings;

    CodeRequestLimits(JdbcTemplate jdbc, VerificationSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    /** Counts one request for every key, or throws {@link CodeRequestsThrottled} (counting nothing) if any key is at its limit. */
    void admit(List<String> keys, Instant now) {
        TreeSet<String> ordered = new TreeSet<>(keys);
        Duration wait = Duration.ZERO;
        for (String key : ordered) {
            lock(key);
            List<LocalDateTime> recent = jdbc.queryForList("SELECT requested_at FROM code_request WHERE rate_key = ? AND requested_at > ?"
                    + " ORDER BY requested_at DESC", LocalDateTime.class, key, utc(now.minus(HOUR)));
            wait = max(wait, waitFor(recent, now, MINUTE, settings.perMinute()));
            wait = max(wait, waitFor(recent, now, HOUR, settings.perHour()));
        }
        if (!wait.isZero()) {
            throw new CodeRequestsThrottled(wait);
        }
        for (String key : ordered) {
            jdbc.update("DELETE FROM code_request WHERE rate_key = ? AND requested_at <= ?", key, utc(now.minus(HOUR)));
            jdbc.update("INSERT INTO code_request (rate_key, requested_at) VALUES (?, ?)", key, utc(now));
        }
    }

    /** Newest first: with {@code limit} requests inside {@code window}, the wait until the oldest of them leaves it. */
    private static Duration waitFor(List<LocalDateTime> newestFirst, Instant now, Duration window, int limit) {
        Instant windowStart = now.minus(window);
        List<Instant> inWindow = newestFirst.stream().map(time -> time.toInstant(ZoneOffset.UTC)).filter(windowStart::isBefore).toList();
        if (inWindow.size() < limit) {
            return Duration.ZERO;
        }
        Instant oldestCounted = inWindow.get(limit - 1);
        return Duration.between(now, oldestCounted.plus(window));
    }

    private void lock(String key) {
        if (jdbc.queryForList("SELECT rate_key FROM code_request_key WHERE rate_key = ? FOR UPDATE", String.class, key).isEmpty()) {
            try {
                jdbc.update("INSERT INTO code_request_key (rate_key) VALUES (?)", key);
            } catch (DuplicateKeyException insertedMeanwhile) {
                jdbc.queryForList("SELECT rate_key FROM code_request_key WHERE rate_key = ? FOR UPDATE", String.class, key);
            }
        }
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
