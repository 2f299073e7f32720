package cn.gkgateway.notification;

import java.time.Instant;

/** The result of one send attempt of a claimed ledger row, written back in a batch. */
public record NotificationOutcome(long id, NotificationStatus status, String providerId, String lastError, Instant nextAttemptAt) {

    public static NotificationOutcome sent(long id, String providerId) {
        return new NotificationOutcome(id, NotificationStatus.SENT, providerId, null, null);
    }
}
