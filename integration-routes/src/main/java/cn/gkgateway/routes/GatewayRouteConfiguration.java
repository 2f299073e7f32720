package cn.gkgateway.routes;

import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * Error handling shared by the routes that consume from Artemis ({@code routeConfigurationId("broker-consumer")}):
 * a few quick local retries with back-off for passing faults (a database hiccup); if they fail,
 * the exception rolls the JMS transaction back and the broker redelivers with its own growing
 * delays until the address's dead-letter queue takes the message. Nothing is dropped. Sending
 * to providers is not done here: the notification ledger's dispatcher retries on its own schedule.
 */
@Component
public class GatewayRouteConfiguration extends RouteConfigurationBuilder {

    public static final String BROKER_CONSUMER = "broker-consumer";

    @Override
    public void configuration() {
        routeConfiguration(BROKER_CONSUMER)
                .onException(Exception.class)
                    .maximumRedeliveries(2)
                    .redeliveryDelay(200)
                    .useExponentialBackOff()
                    .backOffMultiplier(3)
                    .retryAttemptedLogLevel(LoggingLevel.WARN)
                    .handled(false)
                .end();
    }
}
