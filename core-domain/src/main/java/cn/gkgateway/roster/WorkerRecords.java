package cn.gkgateway.roster;

import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.shared.DomainException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The subsets of a worker's entry (qualifications, posts, education, training, rewards and
 * penalties, annual assessments): read by whoever may see the worker, changed only by the
 * operator of the worker's own unit, every change audited with the old and the new values.
 * Table and column names come from {@link Subset}, never from the request.
 */
@Service
public class WorkerRecords {

    private final JdbcTemplate jdbc;
    private final RosterService roster;
    private final AuditLog auditLog;
    private final Clock clock;

    public WorkerRecords(JdbcTemplate jdbc, RosterService roster, AuditLog auditLog, Clock clock) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** Every subset of a worker the caller may see, entries in insertion order, each with its {@code id}. */
    @Transactional(readOnly = true)
    public Map<Subset, List<Map<String, Object>>> all(Caller caller, long workerId) {
        roster.get(caller, workerId);
        Map<Subset, List<Map<String, Object>>> result = new EnumMap<>(Subset.class);
        for (Subset subset : Subset.values()) {
            result.put(subset, jdbc.query(select(subset) + " WHERE worker_id = ? ORDER BY id",
                    (rs, i) -> {
                        Map<String, Object> entry = new LinkedHashMap<>();
                        entry.put("id", rs.getLong("id"));
                        for (SubsetField field : subset.fields()) {
                            Object value = rs.getObject(field.column());
                            entry.put(field.name(), value instanceof Date date ? date.toLocalDate() : value);
                        }
                        return entry;
                    }, workerId));
        }
        return result;
    }

    @Transactional
    public long add(Caller caller, long workerId, Subset subset, Map<String, String> typed) {
        Worker worker = roster.editable(caller, workerId);
        Map<String, Object> values = SubsetEntryRules.check(subset, typed, LocalDate.now(clock));
        List<Object> params = new ArrayList<>(values.values());
        params.add(0, workerId);
        String columns = subset.fields().stream().map(SubsetField::column).collect(Collectors.joining(", "));
        String marks = subset.fields().stream().map(f -> "?").collect(Collectors.joining(", "));
        String sql = "INSERT INTO " + subset.table() + " (worker_id, " + columns + ") VALUES (?, " + marks + ")";
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < params.size(); i++) {
                statement.setObject(i + 1, params.get(i));
            }
            return statement;
        }, keys);
        long id = keys.getKey().longValue();
        auditLog.record(caller, "WORKER_SUBSET_ADDED", "worker", worker.getId(),
                subset.displayName() + "#" + id + " 新增：" + describe(values));
        return id;
    }

    @Transactional
    public void update(Caller caller, long workerId, Subset subset, long entryId, Map<String, String> typed) {
        Worker worker = roster.editable(caller, workerId);
        Map<String, Object> before = existing(subset, workerId, entryId);
        Map<String, Object> values = SubsetEntryRules.check(subset, typed, LocalDate.now(clock));
        List<Object> params = new ArrayList<>(values.values());
        params.add(entryId);
        String assignments = subset.fields().stream().map(f -> f.column() + " = ?").collect(Collectors.joining(", "));
        jdbc.update("UPDATE " + subset.table() + " SET " + assignments + " WHERE id = ?", params.toArray());
        auditLog.record(caller, "WORKER_SUBSET_CHANGED", "worker", worker.getId(),
                subset.displayName() + "#" + entryId + " 原：" + describe(before) + "；新：" + describe(values));
    }

    @Transactional
    public void delete(Caller caller, long workerId, Subset subset, long entryId) {
        Worker worker = roster.editable(caller, workerId);
        Map<String, Object> before = existing(subset, workerId, entryId);
        jdbc.update("DELETE FROM " + subset.table() + " WHERE id = ?", entryId);
        auditLog.record(caller, "WORKER_SUBSET_REMOVED", "worker", worker.getId(),
                subset.displayName() + "#" + entryId + " 删除：" + describe(before));
    }

    private Map<String, Object> existing(Subset subset, long workerId, long entryId) {
        List<Map<String, Object>> found = jdbc.query(select(subset) + " WHERE id = ? AND worker_id = ?", (rs, i) -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            for (SubsetField field : subset.fields()) {
                Object value = rs.getObject(field.column());
                entry.put(field.name(), value instanceof Date date ? date.toLocalDate() : value);
            }
            return entry;
        }, entryId, workerId);
        if (found.isEmpty()) {
            throw DomainException.notFound("SUBSET_ENTRY_NOT_FOUND", "未找到该条" + subset.displayName());
        }
        return found.get(0);
    }

    private static String select(Subset subset) {
        return "SELECT id, " + subset.fields().stream().map(SubsetField::column).collect(Collectors.joining(", "))
                + " FROM " + subset.table();
    }

    /** The values as {@code 标签=值} pairs; no subset holds personal data that needs masking. */
    private static String describe(Map<String, Object> values) {
        return values.entrySet().stream().filter(e -> e.getValue() != null)
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
