package cn.gkgateway.routes;

import cn.gkgateway.declaration.DeclarationSubmitted;
import cn.gkgateway.declaration.ReviewDecided;
import cn.gkgateway.messaging.EventConsumer;
import org.apache.camel.Route;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.support.RoutePolicySupport;
import org.springframework.stereotype.Component;

/**
 * Events → rows in the notification ledger; the {@code SmsDispatcher} sends them. One route per event queue, each
 * driving its {@link EventConsumer} loop (one JMS transaction and one database transaction per batch; why one
 * consumer per queue and instance: see there):
 * <ul>
 *   <li>{@value #REVIEW_ROUTE_ID}: "review decided" → the applicant's SMS about a final decision or a return;</li>
 *   <li>{@value #SUBMISSION_ROUTE_ID}: "declaration submitted" → the 申报提醒 of a person their unit declared.</li>
 * </ul>
 * Stopping a route closes its consumer, so the broker keeps the events for another instance or for the restart of
 * the route.
 */
@Component
public class EventNoticeRoutes extends RouteBuilder {

    public static final String REVIEW_ROUTE_ID = "review-notification";
    public static final String SUBMISSION_ROUTE_ID = "submission-notice";

    private final EventConsumer<ReviewDecided> reviews;
    private final EventConsumer<DeclarationSubmitted> submissions;

    public EventNoticeRoutes(EventConsumer<ReviewDecided> reviews, EventConsumer<DeclarationSubmitted> submissions) {
        this.reviews = reviews;
        this.submissions = submissions;
    }

    @Override
    public void configure() {
        drive(REVIEW_ROUTE_ID, reviews);
        drive(SUBMISSION_ROUTE_ID, submissions);
    }

    private void drive(String routeId, EventConsumer<?> consumer) {
        from("timer:" + routeId + "?delay=0&period=1").routeId(routeId)
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
