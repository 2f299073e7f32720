package cn.gkgateway.routes;

import cn.gkgateway.connectors.sms.SmsGatewayException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * Error handling shared by the routes that consume from Artemis ({@code routeConfigurationId("broker-consumer")}):
 * a few quick local retries with back-off for passing faults; if they fail, the exception
 * rolls the JMS transaction back and the broker redelivers with its own growing delays
 * until the address's dead-letter queue takes the message. Nothing is dropped.
 * A refusal that retrying cannot cure goes to the dead-letter queue at once.
 */
@Component
public class GatewayRouteConfiguration extends RouteConfigurationBuilder {

    public static final String BROKER_CONSUMER = "broker-consumer";

    @Override
    public void configuration() {
        routeConfiguration(BROKER_CONSUMER)
                // permanent refusals (bad template, bad number): park them for a person to look at
                .onException(SmsGatewayException.class)
                    .onWhen(exchange -> !exchange.getException(SmsGatewayException.class).retryable())
                    .handled(true)
                    .log(LoggingLevel.ERROR, "${routeId}: refused for good, parked in {{gk.queues.sms-refused}}: ${exception.message}")
                    .setHeader("gkFailure", simple("${exception.message}"))
                    .to("jms:queue:{{gk.queues.sms-refused}}")
                .end()
                // passing faults: retry here a little, then let the broker redeliver
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
