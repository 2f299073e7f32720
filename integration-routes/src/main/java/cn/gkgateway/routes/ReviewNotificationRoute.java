package cn.gkgateway.routes;

import cn.gkgateway.declaration.ReviewDecided;
import cn.gkgateway.messaging.LedgerWriter;
import cn.gkgateway.messaging.SmsDispatcher;
import cn.gkgateway.notification.NotificationLedger;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;



/**
 * "Review decided" → a row in the notification ledger; the {@link SmsDispatcher} sends it.
 * The ledger row is committed before the broker message is acknowledged (client acknowledgement
 * after the route succeeded; a failure recovers the session and the broker redelivers), so a crash
 * in between redelivers the event and the unique key (event, kind) turns the repeat — from a
 * relay, a redelivery, a second consumer, a replay — into nothing. That idempotency is why no JMS
 * transaction is needed: a transacted session would wait for a journal sync on every message
 * (measured here: ~40 ms per commit on a busy disk, ~100 events/s for four consumers). Rows of
 * concurrent consumers are composed and committed together by the {@link LedgerWriter}: a consumer
 * mostly waits, so there are many of them (a batch holds at most one event per consumer).
 * A replayed parked event ({@value #REPLAY} set) makes a FAILED or REFUSED row
 * due again; a SENT row stays as it is and nothing is sent.
 */
@Component
public class ReviewNotificationRoute extends RouteBuilder {

    public static final String ROUTE_ID = "review-notification";
    /** The ledger kind of the applicant's SMS about a review decision. */
    public static final String KIND = "REVIEW_DECIDED_SMS";
    public static final String REPLAY = "gkReplay";

    private final NotificationLedger ledger;
    private final SmsDispatcher dispatcher;
    private final ObjectMapper json;
    private final LedgerWriter writer;

    public ReviewNotificationRoute(NotificationLedger ledger, SmsDispatcher dispatcher, ObjectMapper json, LedgerWriter writer) {
        this.writer = writer;
        this.ledger = ledger;
        this.dispatcher = dispatcher;
        this.json = json;
    }

    @Override
    public void configure() {
        from("jms:queue:{{gk.queues.events-prefix}}" + ReviewDecided.TYPE
                + "?acknowledgementModeName=CLIENT_ACKNOWLEDGE&concurrentConsumers={{gk.messaging.consumers:64}}&cacheLevelName=CACHE_CONSUMER")
                .routeId(ROUTE_ID)
                .routeConfigurationId(GatewayRouteConfiguration.BROKER_CONSUMER)
                .process(this::record);
    }

    private void record(Exchange exchange) throws Exception {
        ReviewDecided event = json.readValue(exchange.getMessage().getBody(String.class), ReviewDecided.class);
        String eventId = event.eventId().toString();
        boolean replay = Boolean.parseBoolean(String.valueOf(exchange.getMessage().getHeader(REPLAY)));
        if (replay && ledger.find(eventId, KIND).isPresent()) {
            if (ledger.requeue(eventId, KIND)) {
                dispatcher.wake();
            }
            return;
        }
        // the domain composes the text (or nothing: a decision that passes the declaration on); the
        // writer returns once the row is committed, together with other consumers' rows (group commit)
        if (writer.record(event, KIND)) {
            dispatcher.wake();
        }
    }
}
