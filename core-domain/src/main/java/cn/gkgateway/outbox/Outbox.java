package cn.gkgateway.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.data.domain.Limit;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * The transactional outbox. {@link #append} must run inside the transaction of the change, so
 * the event exists exactly when the change does, and wakes this process's relay once that
 * transaction has committed. Relays on several instances {@link #claimUnpublished claim}
 * disjoint batches and mark them after the broker has them (at least once: consumers are
 * idempotent by event id).
 */
@Service
public class Outbox {

    private final OutboxEvents events;
    private final ObjectMapper json;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final OutboxSignal signal;

    public Outbox(OutboxEvents events, ObjectMapper json, Clock clock, JdbcTemplate jdbc, OutboxSignal signal) {
        this.events = events;
        this.json = json;
        this.clock = clock;
        this.jdbc = jdbc;
        this.signal = signal;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(DomainEvent event) {
        try {
            events.save(new OutboxEvent(event.eventId().toString(), event.eventType(), event.aggregateType(),
                    event.aggregateId(), json.writeValueAsString(event), clock.instant()));
            if (TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        signal.appended();
                    }
                });
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("event " + event.eventType() + " cannot be serialised", e);
        }
    }

    @Transactional(readOnly = true)
    public List<OutboxEvent> unpublished(int max) {
        return events.findByPublishedAtIsNullOrderByIdAsc(Limit.of(max));
    }

    @Transactional
    public int markPublished(Collection<Long> ids) {
        return ids.isEmpty() ? 0 : events.markPublished(ids, clock.instant());
    }

    /**
     * Locks up to {@code max} unpublished events, oldest first, skipping those another relay has
     * locked ({@code FOR UPDATE SKIP LOCKED}: MySQL 8, MariaDB 10.6+, H2 2.x). Chosen over a
     * cluster-wide lock because every instance keeps relaying in parallel and no lock service is
     * needed. The lock lasts until the caller's transaction ends, so the caller publishes the
     * batch and then {@link #markClaimedPublished marks} it in that same transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<PendingEvent> claimUnpublished(int max) {
        return jdbc.query("SELECT id, event_id, event_type, payload FROM outbox_event WHERE published_at IS NULL"
                        + " ORDER BY id LIMIT ? FOR UPDATE SKIP LOCKED",
                (rs, n) -> new PendingEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), max);
    }

    /** Marks a claimed batch published, in one statement. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int markClaimedPublished(List<PendingEvent> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        Object[] args = new Object[batch.size() + 1];
        args[0] = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int i = 0; i < batch.size(); i++) {
            args[i + 1] = batch.get(i).id();
        }
        return jdbc.update("UPDATE outbox_event SET published_at = ? WHERE id IN ("
                + String.join(",", Collections.nCopies(batch.size(), "?")) + ")", args);
    }

    /** How long the oldest unpublished event has waited, if any waits. */
    @Transactional(readOnly = true)
    public Optional<Duration> oldestUnpublishedAge() {
        LocalDateTime oldest = jdbc.queryForObject("SELECT MIN(created_at) FROM outbox_event WHERE published_at IS NULL", LocalDateTime.class);
        return Optional.ofNullable(oldest).map(at -> Duration.between(at.toInstant(ZoneOffset.UTC), clock.instant()));
    }

    /** The payload of an event, while the outbox keeps it (to park or replay the original event). */
    @Transactional(readOnly = true)
    public Optional<PendingEvent> find(String eventId) {
        return jdbc.query("SELECT id, event_id, event_type, payload FROM outbox_event WHERE event_id = ?",
                (rs, n) -> new PendingEvent(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)), eventId).stream().findFirst();
    }
}
