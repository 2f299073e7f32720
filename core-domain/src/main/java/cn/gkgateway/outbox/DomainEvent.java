package cn.gkgateway.outbox;

import java.util.UUID;

/** Something that happened, to leave the process through the outbox. Serialised to JSON as is. */
public interface DomainEvent {

    UUID eventId();

    /** Dotted name, e.g. {@code review.decided}; the relay routes by it. */
    String eventType();

    String aggregateType();

    long aggregateId();
}
