package cn.gkgateway.support;

import cn.gkgateway.declaration.ReviewDecided;
import cn.gkgateway.notification.Notification;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.outbox.OutboxEvent;
import cn.gkgateway.outbox.OutboxEvents;
import cn.gkgateway.notification.ReviewNotifications;

import java.util.Optional;

/** Test access to the notification ledger row of a declaration's (last) review decision. */
public final class Ledger {

    private final OutboxEvents events;
    private final NotificationLedger ledger;

    public Ledger(OutboxEvents events, NotificationLedger ledger) {
        this.events = events;
        this.ledger = ledger;
    }

    public String lastEventId(long declarationId) {
        return lastEvent(declarationId).getEventId();
    }

    /** The declaration's last review decision event (its submissions' events are left out). */
    public OutboxEvent lastEvent(long declarationId) {
        var all = events.findByAggregateTypeAndAggregateIdOrderByIdAsc("declaration", declarationId).stream()
                .filter(event -> event.getEventType().equals(ReviewDecided.TYPE)).toList();
        return all.get(all.size() - 1);
    }

    public Optional<Notification> rowOf(long declarationId) {
        return ledger.find(lastEventId(declarationId), ReviewNotifications.KIND);
    }
}
