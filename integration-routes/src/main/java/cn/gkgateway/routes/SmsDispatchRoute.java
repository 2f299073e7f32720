package cn.gkgateway.routes;

import cn.gkgateway.messaging.SmsDispatcher;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/** Drives the {@link SmsDispatcher} loop: the ledger's due SMS rows go to the provider. */
@Component
public class SmsDispatchRoute extends RouteBuilder {

    public static final String ROUTE_ID = "sms-dispatch";

    private final SmsDispatcher dispatcher;

    public SmsDispatchRoute(SmsDispatcher dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Override
    public void configure() {
        from("timer:sms-dispatch?delay=1000&period=1").routeId(ROUTE_ID)
                // a cycle handles its own failures; each row's attempts are counted in the ledger
                .errorHandler(noErrorHandler())
                .process(exchange -> dispatcher.cycle());
    }
}
