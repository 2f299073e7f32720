package cn.gkgateway.outbox;

/** An unpublished outbox event as the relay sends it. */
public record PendingEvent(long id, String eventId, String eventType, String payload) {
}
