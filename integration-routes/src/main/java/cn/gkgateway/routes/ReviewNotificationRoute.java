package cn.gkgateway.routes;

import cn.gkgateway.messaging.EventConsumer;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.RoutePolicySupport;
import org.springframework.stereotype.Component;

/**
 * "Review decided" → a row in the notification ledger; the {@code SmsDispatcher} sends it.
 * Drives the {@link EventConsumer} loop, which consumes the event queue in batches (one JMS
 * transaction and one database transaction per batch; why one consumer per instance: see there).
 * Stopping this route closes the consumer, so the broker keeps the events for another instance
 * or for the restart of this route.
 */
@Component
public class ReviewNotificationRoute extends RouteBuilder {

    public static final String ROUTE_ID = "review-notification";
    /** The ledger kind of the applicant's SMS about a review decision. */
    public static final String KIND = EventConsumer.KIND;
    public static final String REPLAY = EventConsumer.REPLAY;

    private final EventConsumer consumer;

    public ReviewNotificationRoute(EventConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public void configure() {
        from("timer:review-notification?delay=0&period=1").routeId(ROUTE_ID)
                // a cycle handles its own failures (one log line per state change); the broker redelivers
                .errorHandler(noErrorHandler())
                .routePolicy(new RoutePolicySupport() {
                    @Override
                    public void onStop(Route route) {
                        consumer.close();
                    }

                    @Override
                    public void onSuspend(Route route) {
                        consumer.close();
                    }
                })
                .process(exchange -> consumer.cycle());
    }
}
