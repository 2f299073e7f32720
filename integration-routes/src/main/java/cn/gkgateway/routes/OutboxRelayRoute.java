package cn.gkgateway.routes;

import cn.gkgateway.messaging.OutboxRelay;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Drives the {@link OutboxRelay} loop: the timer fires again as soon as a cycle returns, and a
 * cycle itself waits while the outbox is empty. Stopping this route (e.g. for maintenance or a
 * benchmark) stops publishing; events keep accumulating in the outbox and go out on restart.
 */
@Component
public class OutboxRelayRoute extends RouteBuilder {

    public static final String ROUTE_ID = "outbox-relay";
    public static final String EVENT_ID = OutboxRelay.EVENT_ID;
    public static final String EVENT_TYPE = OutboxRelay.EVENT_TYPE;

    private final OutboxRelay relay;

    public OutboxRelayRoute(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void configure() {
        from("timer:outbox-relay?delay=0&period=1").routeId(ROUTE_ID)
                // a cycle handles its own failures (one log line per state change), nothing to redeliver
                .errorHandler(noErrorHandler())
                .process(exchange -> relay.cycle());
    }
}
