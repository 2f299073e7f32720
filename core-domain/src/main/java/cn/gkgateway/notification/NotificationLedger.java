package cn.gkgateway.notification;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import cn.gkgateway.identity.PersonalDataProtector;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The notification ledger (table {@code notification}), in plain SQL because its hot paths are
 * set-based: a claim of due rows with {@code FOR UPDATE SKIP LOCKED} (MySQL 8, MariaDB 10.6+ and
 * H2 2.x) plus a lease, and outcomes written back in one batch. Times are stored as UTC wall
 * clock, as Hibernate stores them with {@code hibernate.jdbc.time_zone=UTC}.
 */
@Repository
public class NotificationLedger {

    public static final String CHANNEL_SMS = "SMS";
    /** Priority of notices. */
    public static final int PRIORITY_NORMAL = 0;
    /** Priority of verification codes: sent ahead of notices. */
    public static final int PRIORITY_URGENT = 10;
    /** Rows per multi-row INSERT, largest first (11 parameters a row: far below the protocol's 65,535). */
    private static final List<Integer> ROWS_PER_INSERT = List.of(500, 100, 20, 5, 1);
    private static final String COLUMNS = "id, event_id, kind, channel, recipient_cipher, recipient_masked, template_code, variables, "
            + "status, provider_id, attempts, last_error, next_attempt_at, created_at, updated_at";
    /**
     * A variable whose name starts with this holds a sealed value (a verification code): it is
     * stored encrypted, opened only to compose the message ({@link #openVariables}), and dropped
     * once the message is sent ({@link #forgetSealed}).
     */
    public static final String SEALED = "sealed:";
    private static final TypeReference<Map<String, String>> VARIABLES = new TypeReference<>() {
    };

    private final JdbcTemplate jdbc;
    private final PersonalDataProtector protector;
    private final ObjectMapper json;
    /** Bound once: read for every row claimed, without a look-up in the mapper's shared caches. */
    private final ObjectReader variablesReader;
    private final Clock clock;
    private final RowMapper<Notification> rows = this::map;

    public NotificationLedger(JdbcTemplate jdbc, PersonalDataProtector protector, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.json = json;
        this.variablesReader = json.readerFor(VARIABLES);
        this.clock = clock;
    }

    /**
     * Records an SMS to send for {@code eventId}, due now. Runs in its own transaction so that the
     * row is committed before the caller acknowledges the broker message.
     *
     * @return false if the ledger already has this (event, kind): a repeated delivery, nothing to do
     */
    @Transactional
    public boolean recordSms(String eventId, String kind, SmsMessage message) {
        return recordSms(eventId, kind, message, PRIORITY_NORMAL);
    }

    /** {@link #recordSms(String, String, SmsMessage)} with a priority: due rows of a higher priority are claimed first. */
    @Transactional
    public boolean recordSms(String eventId, String kind, SmsMessage message, int priority) {
        LocalDateTime now = utc(clock.instant());
        try {
            jdbc.update("INSERT INTO notification (event_id, kind, channel, recipient_cipher, recipient_masked, template_code, variables,"
                            + " status, attempts, next_attempt_at, created_at, updated_at, priority) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?)",
                    eventId, kind, CHANNEL_SMS, protector.encrypt(message.phone().value()), message.phone().masked(),
                    message.template().code(), toJson(message.params()), NotificationStatus.PENDING.name(), now, now, now, priority);
            return true;
        } catch (DuplicateKeyException repeated) {
            return false;
        }
    }

    /** An SMS to record: the event and kind it is for, and the message. */
    public record NewSms(String eventId, String kind, SmsMessage message) {
    }

    /**
     * Records several SMS in one transaction with a few multi-row INSERTs (one statement for the
     * server to parse and run per chunk, not one per row). Chunks have one of a few fixed sizes, so
     * that the connection caches a handful of prepared statements rather than one per batch size.
     * A (event, kind) the ledger already has is left as it is.
     */
    @Transactional
    public void recordSms(List<NewSms> batch) {
        if (batch.isEmpty()) {
            return;
        }
        LocalDateTime now = utc(clock.instant());
        int from = 0;
        while (from < batch.size()) {
            int left = batch.size() - from;
            int size = ROWS_PER_INSERT.stream().filter(rowsPerInsert -> rowsPerInsert <= left).findFirst().orElse(1);
            List<NewSms> rows = batch.subList(from, from + size);
            from += size;
            List<Object> args = new ArrayList<>(rows.size() * 11);
            for (NewSms sms : rows) {
                args.add(sms.eventId());
                args.add(sms.kind());
                args.add(CHANNEL_SMS);
                args.add(protector.encrypt(sms.message().phone().value()));
                args.add(sms.message().phone().masked());
                args.add(sms.message().template().code());
                args.add(toJson(sms.message().params()));
                args.add(NotificationStatus.PENDING.name());
                args.add(now);
                args.add(now);
                args.add(now);
            }
            // "ON DUPLICATE KEY UPDATE" with a no-op keeps the first row and, unlike INSERT IGNORE, still fails on any other error
            jdbc.update("INSERT INTO notification (event_id, kind, channel, recipient_cipher, recipient_masked, template_code, variables,"
                    + " status, attempts, next_attempt_at, created_at, updated_at) VALUES "
                    + String.join(", ", Collections.nCopies(rows.size(), "(?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?)"))
                    + " ON DUPLICATE KEY UPDATE event_id = event_id", args.toArray());
        }
    }

    /**
     * Claims up to {@code max} due rows (PENDING or UNKNOWN, next attempt reached, no live lease)
     * for {@code owner} until {@code lease} has passed. Rows locked by another instance's claim are
     * skipped, so instances claim disjoint rows; a row whose claimant died is claimed again once
     * its lease has run out. READ COMMITTED, so that the claim locks only the rows it returns and
     * not the index gaps into which consumers insert new rows.
     */
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public List<Notification> claimDue(String owner, int max, Duration lease) {
        Instant now = clock.instant();
        // the rows themselves are read with their lock: one query, not ids first and rows after
        List<Notification> claimed = jdbc.query("SELECT " + COLUMNS + " FROM notification WHERE status IN ('PENDING', 'UNKNOWN')"
                + " AND next_attempt_at <= ? AND (lease_until IS NULL OR lease_until < ?) ORDER BY priority DESC, next_attempt_at, id"
                + " LIMIT ? FOR UPDATE SKIP LOCKED", rows, utc(now), utc(now), max);
        if (claimed.isEmpty()) {
            return List.of();
        }
        Object[] args = new Object[claimed.size() + 2];
        args[0] = owner;
        args[1] = utc(now.plus(lease));
        for (int i = 0; i < claimed.size(); i++) {
            args[i + 2] = claimed.get(i).id();
        }
        jdbc.update("UPDATE notification SET claimed_by = ?, lease_until = ? WHERE id IN (" + placeholders(claimed.size()) + ")", args);
        return claimed;
    }

    /**
     * Writes the outcomes of claimed rows; each counts as one attempt and ends the claim. The rows
     * the provider accepted (nearly all of them) are written with one statement; the others, each
     * with its own status, error and next attempt, as one batch.
     */
    @Transactional
    public void record(List<NotificationOutcome> outcomes, String owner) {
        if (outcomes.isEmpty()) {
            return;
        }
        LocalDateTime now = utc(clock.instant());
        Map<Boolean, List<NotificationOutcome>> accepted = outcomes.stream().collect(Collectors.partitioningBy(outcome ->
                outcome.status() == NotificationStatus.SENT && outcome.lastError() == null && outcome.nextAttemptAt() == null));
        List<NotificationOutcome> sent = accepted.get(true);
        if (!sent.isEmpty()) {
            List<Object> args = new ArrayList<>(sent.size() * 3 + 2);
            StringBuilder providerIds = new StringBuilder("CASE id");
            for (NotificationOutcome outcome : sent) {
                providerIds.append(" WHEN ? THEN ?");
                args.add(outcome.id());
                args.add(outcome.providerId());
            }
            providerIds.append(" ELSE provider_id END");
            args.add(now);
            args.add(owner);
            sent.forEach(outcome -> args.add(outcome.id()));
            jdbc.update("UPDATE notification SET status = 'SENT', provider_id = " + providerIds + ", attempts = attempts + 1,"
                    + " last_error = NULL, claimed_by = NULL, lease_until = NULL, updated_at = ? WHERE claimed_by = ? AND id IN ("
                    + placeholders(sent.size()) + ")", args.toArray());
        }
        List<NotificationOutcome> others = accepted.get(false);
        if (others.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("UPDATE notification SET status = ?, provider_id = COALESCE(?, provider_id), attempts = attempts + 1,"
                        + " last_error = ?, next_attempt_at = COALESCE(?, next_attempt_at), claimed_by = NULL, lease_until = NULL,"
                        + " updated_at = ? WHERE id = ? AND claimed_by = ?", others, others.size(),
                (statement, outcome) -> {
                    statement.setString(1, outcome.status().name());
                    statement.setString(2, outcome.providerId());
                    statement.setString(3, truncate(outcome.lastError()));
                    statement.setObject(4, outcome.nextAttemptAt() == null ? null : utc(outcome.nextAttemptAt()));
                    statement.setObject(5, now);
                    statement.setLong(6, outcome.id());
                    statement.setString(7, owner);
                });
    }

    private static String placeholders(int count) {
        return String.join(",", Collections.nCopies(count, "?"));
    }

    /**
     * Makes a FAILED, REFUSED or UNKNOWN row due again now (its attempts start over). A SENT or
     * PENDING row is left as it is: replaying it sends nothing.
     *
     * @return whether the row was requeued
     */
    @Transactional
    public boolean requeue(long id) {
        LocalDateTime now = utc(clock.instant());
        return jdbc.update("UPDATE notification SET status = 'PENDING', attempts = 0, next_attempt_at = ?, lease_until = NULL,"
                + " claimed_by = NULL, updated_at = ? WHERE id = ? AND status IN ('FAILED', 'REFUSED', 'UNKNOWN')", now, now, id) == 1;
    }

    /** {@link #requeue(long)} by the event and kind the row was made for. */
    @Transactional
    public boolean requeue(String eventId, String kind) {
        return find(eventId, kind).map(row -> requeue(row.id())).orElse(false);
    }

    @Transactional(readOnly = true)
    public Optional<Notification> find(long id) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification WHERE id = ?", rows, id).stream().findFirst();
    }

    @Transactional(readOnly = true)
    public Optional<Notification> find(String eventId, String kind) {
        return jdbc.query("SELECT " + COLUMNS + " FROM notification WHERE event_id = ? AND kind = ?", rows, eventId, kind).stream().findFirst();
    }

    /** Newest first; {@code status} null for all. */
    @Transactional(readOnly = true)
    public List<Notification> list(NotificationStatus status, int page, int size) {
        return status == null
                ? jdbc.query("SELECT " + COLUMNS + " FROM notification ORDER BY id DESC LIMIT ? OFFSET ?", rows, size, page * size)
                : jdbc.query("SELECT " + COLUMNS + " FROM notification WHERE status = ? ORDER BY id DESC LIMIT ? OFFSET ?",
                rows, status.name(), size, page * size);
    }

    @Transactional(readOnly = true)
    public long count(NotificationStatus status) {
        Long count = status == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM notification", Long.class)
                : jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE status = ?", Long.class, status.name());
        return count == null ? 0 : count;
    }

    /** Seals a secret variable value (store it under {@code SEALED + name}). */
    public String seal(String secret) {
        return protector.encrypt(secret);
    }

    /** The variables to compose the message with: sealed ones opened, under their plain names. For sending only. */
    public Map<String, String> openVariables(Notification notification) {
        Map<String, String> open = new java.util.LinkedHashMap<>();
        notification.variables().forEach((name, value) -> {
            if (name.startsWith(SEALED)) {
                open.put(name.substring(SEALED.length()), protector.decrypt(value));
            } else {
                open.put(name, value);
            }
        });
        return open;
    }

    /** Whether a row holds a sealed variable. */
    public static boolean hasSealed(Notification notification) {
        return notification.variables().keySet().stream().anyMatch(name -> name.startsWith(SEALED));
    }

    /**
     * Drops the sealed variables of rows that were sent (the code has reached the phone; nothing
     * needs it any more), so not even its ciphertext stays. Rows not SENT are left as they are.
     */
    @Transactional
    public void forgetSealed(List<Long> ids) {
        for (long id : ids) {
            List<String> found = jdbc.queryForList("SELECT variables FROM notification WHERE id = ? AND status = 'SENT'", String.class, id);
            if (found.isEmpty()) {
                continue;
            }
            Map<String, String> kept = new java.util.LinkedHashMap<>(fromJson(found.get(0)));
            if (kept.keySet().removeIf(name -> name.startsWith(SEALED))) {
                jdbc.update("UPDATE notification SET variables = ? WHERE id = ?", toJson(kept), id);
            }
        }
    }

    /** The recipient's phone in clear, for sending only. */
    public String recipient(Notification notification) {
        return protector.decrypt(notification.recipientCipher());
    }

    private Notification map(ResultSet rs, int rowNum) throws SQLException {
        return new Notification(rs.getLong("id"), rs.getString("event_id"), rs.getString("kind"), rs.getString("channel"),
                rs.getString("recipient_cipher"), rs.getString("recipient_masked"), rs.getString("template_code"),
                fromJson(rs.getString("variables")), NotificationStatus.valueOf(rs.getString("status")), rs.getString("provider_id"),
                rs.getInt("attempts"), rs.getString("last_error"), instant(rs, "next_attempt_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        LocalDateTime value = rs.getObject(column, LocalDateTime.class);
        return value == null ? null : value.toInstant(ZoneOffset.UTC);
    }

    /** UTC wall clock, passed as a LocalDateTime so that no driver shifts it by the JVM's zone. */
    static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= 500 ? text : text.substring(0, 500);
    }

    private String toJson(Map<String, String> variables) {
        try {
            return json.writeValueAsString(variables);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, String> fromJson(String text) {
        try {
            return variablesReader.readValue(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("ledger variables are not JSON", e);
        }
    }
}
