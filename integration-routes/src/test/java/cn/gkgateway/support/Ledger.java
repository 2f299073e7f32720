package cn.gkgateway.support;

import cn.gkgateway.notification.Notification;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.outbox.OutboxEvent;
import cn.gkgateway.outbox.OutboxEvents;
import cn.gkgateway.routes.ReviewNotificationRoute;

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
        var all = events.findByAggregateTypeAndAggregateIdOrderByIdAsc("declaration", declarationId);
        return all.get(all.size() - 1).getEventId();
    }

    public OutboxEvent lastEvent(long declarationId) {
        var all = events.findByAggregateTypeAndAggregateIdOrderByIdAsc("declaration", declarationId);
        return all.get(all.size() - 1);
    }

    public Optional<Notification> rowOf(long declarationId) {
        return ledger.find(lastEventId(declarationId), ReviewNotificationRoute.KIND);
    }
}
