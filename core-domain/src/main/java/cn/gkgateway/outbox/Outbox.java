package cn.gkgateway.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Collection;
import java.util.List;

/**
 * The transactional outbox. {@link #append} must run inside the transaction of the change, so
 * the event exists exactly when the change does; a relay reads unpublished events in order
 * and marks them after the broker has them (at least once: consumers are idempotent by event id).
 */
@Service
public class Outbox {

    private final OutboxEvents events;
    private final ObjectMapper json;
    private final Clock clock;

    public Outbox(OutboxEvents events, ObjectMapper json, Clock clock) {
        this.events = events;
        this.json = json;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void append(DomainEvent event) {
        try {
            events.save(new OutboxEvent(event.eventId().toString(), event.eventType(), event.aggregateType(),
                    event.aggregateId(), json.writeValueAsString(event), clock.instant()));
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
}
