package cn.gkgateway.notification;

import java.time.Instant;
import java.util.Map;

/**
 * One row of the notification ledger: an outgoing message, unique per (event, kind).
 * {@code id} is the idempotency key sent to the provider. The recipient is kept encrypted
 * ({@code recipientCipher}) and masked for display; {@code toString} shows only the mask.
 */
public record Notification(long id, String eventId, String kind, String channel, String recipientCipher,
                           String recipientMasked, String templateCode, Map<String, String> variables,
                           NotificationStatus status, String providerId, int attempts, String lastError,
                           Instant nextAttemptAt, Instant createdAt, Instant updatedAt) {

    @Override
    public String toString() {
        return "Notification[" + id + " " + kind + " to " + recipientMasked + " " + status + " attempts=" + attempts + "]";
    }
}
