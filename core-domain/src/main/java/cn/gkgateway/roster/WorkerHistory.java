package cn.gkgateway.roster;

import cn.gkgateway.audit.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

/**
 * The key-field history of workers (table {@code worker_key_change}). Flows that change a key
 * field (key-info changes, transfers, status changes) call {@link #recordKeyChange} in the
 * same transaction as the change.
 */
@Service
public class WorkerHistory {

    private static final int MAX_VALUE = 200;

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public WorkerHistory(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Records that {@code field} of the worker changed. Values must already be masked when they
     * are personal data (ID numbers: {@code IdNumber.masked()}). Runs in the caller's transaction.
     *
     * @param reference what the change came from (e.g. {@code "KEY_CHANGE#12"}), may be null
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordKeyChange(Actor actor, long workerId, String field, String oldValue, String newValue,
                                String reason, String reference) {
        jdbc.update("""
                INSERT INTO worker_key_change (worker_id, field, old_value, new_value, changed_at, reason, reference, changed_by)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
                workerId, field, cut(oldValue), cut(newValue), Timestamp.from(clock.instant()), cut(reason), reference,
                actor.username());
    }

    /** The worker's key changes, oldest first. The caller has checked that it may see the worker. */
    @Transactional(readOnly = true)
    public List<KeyChange> of(long workerId) {
        return jdbc.query("""
                SELECT worker_id, field, old_value, new_value, changed_at, reason, reference, changed_by
                FROM worker_key_change WHERE worker_id = ? ORDER BY changed_at, id""",
                (rs, i) -> new KeyChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7), rs.getString(8)),
                workerId);
    }

    private static String cut(String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE);
    }
}
