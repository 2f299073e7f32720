package cn.gkgateway.routes;

import cn.gkgateway.outbox.Outbox;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * Relays outbox events to Artemis: polls unpublished events in id order, sends each to the
 * queue named for its type, then marks it published. A crash between send and mark sends an
 * event again on the next poll; consumers drop repeats by event id.
 */
@Component
public class OutboxRelayRoute extends RouteBuilder {

    public static final String ROUTE_ID = "outbox-relay";
    public static final String EVENT_ID = "gkEventId";
    public static final String EVENT_TYPE = "gkEventType";

    private final Outbox outbox;
    private final int batchSize;

    public OutboxRelayRoute(Outbox outbox, @Value("${gk.outbox.batch-size}") int batchSize) {
        this.outbox = outbox;
        this.batchSize = batchSize;
    }

    @Override
    public void configure() {
        from("timer:outbox-relay?period={{gk.outbox.poll-period-millis}}&delay=1000").routeId(ROUTE_ID)
                // a failed poll is retried by the next tick; the events stay unpublished until then
                .errorHandler(defaultErrorHandler().maximumRedeliveries(0).logExhausted(true))
                .process(exchange -> exchange.getMessage().setBody(outbox.unpublished(batchSize)))
                .split(body()).stopOnException()
                    .setHeader(EVENT_ID, simple("${body.eventId}"))
                    .setHeader(EVENT_TYPE, simple("${body.eventType}"))
                    .setHeader("gkOutboxId", simple("${body.id}"))
                    .setBody(simple("${body.payload}"))
                    // one queue per event type: gk.events.review.decided, …
                    .toD("jms:queue:{{gk.queues.events-prefix}}${header." + EVENT_TYPE + "}")
                    .process(exchange -> outbox.markPublished(List.of(exchange.getMessage().getHeader("gkOutboxId", Long.class))))
                .end();
    }
}
