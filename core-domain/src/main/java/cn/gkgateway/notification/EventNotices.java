package cn.gkgateway.notification;

import cn.gkgateway.outbox.DomainEvent;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SMS notices of one event type: what the consumer of its queue writes into the notification ledger. An event
 * may send nothing (empty). Composed a batch at a time, with set-based reads.
 */
public interface EventNotices<E extends DomainEvent> {

    /** The event type whose queue this consumes, e.g. {@code review.decided}. */
    String eventType();

    Class<E> eventClass();

    /** The ledger kind of these notices: one row per event and kind at most. */
    String kind();

    /**
     * @return for each event its message, or empty when it sends nothing
     * @throws IllegalStateException when something an event names is missing
     */
    Map<UUID, Optional<SmsMessage>> composeAll(List<E> events);
}
