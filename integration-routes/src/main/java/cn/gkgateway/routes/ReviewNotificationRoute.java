package cn.gkgateway.routes;

import cn.gkgateway.declaration.ReviewDecided;
import cn.gkgateway.notification.ReviewNotifications;
import cn.gkgateway.notification.SmsGateway;
import cn.gkgateway.notification.SmsMessage;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.springframework.stereotype.Component;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * "Review decided" → the applicant's SMS. Consumes the event queue in a JMS transaction,
 * drops an event it has already handled (idempotent by event id, remembered in the
 * database), composes the text from its Chinese template and sends it through the gateway.
 */
@Component
public class ReviewNotificationRoute extends RouteBuilder {

    public static final String ROUTE_ID = "review-notification";

    private final ReviewNotifications notifications;
    private final SmsGateway smsGateway;
    private final ObjectMapper json;
    private final JdbcMessageIdRepository processed;

    public ReviewNotificationRoute(ReviewNotifications notifications, SmsGateway smsGateway, ObjectMapper json, DataSource dataSource) {
        this.notifications = notifications;
        this.smsGateway = smsGateway;
        this.json = json;
        this.processed = new JdbcMessageIdRepository(dataSource, ROUTE_ID);
        this.processed.setCreateTableIfNotExists(false);
    }

    @Override
    public void configure() {
        from("jms:queue:{{gk.queues.events-prefix}}" + ReviewDecided.TYPE + "?transacted=true&concurrentConsumers=2")
                .routeId(ROUTE_ID)
                .routeConfigurationId(GatewayRouteConfiguration.BROKER_CONSUMER)
                // the same event twice (a relay repeat, a redelivery) sends one SMS; the id is
                // remembered only after the send succeeded, so a crash in between repeats rather than loses it
                .idempotentConsumer(header(OutboxRelayRoute.EVENT_ID), processed).eager(false)
                    // decode the event and let the domain compose the message (or nothing)
                    .process(exchange -> {
                        ReviewDecided event = json.readValue(exchange.getMessage().getBody(String.class), ReviewDecided.class);
                        exchange.getMessage().setBody(notifications.compose(event));
                    })
                    .filter(exchange -> exchange.getMessage().getBody(Optional.class).isPresent())
                    // send through the SMS gateway connector
                    .process(exchange -> {
                        SmsMessage message = (SmsMessage) exchange.getMessage().getBody(Optional.class).orElseThrow();
                        exchange.getMessage().setHeader("gkSmsBizId", smsGateway.send(message));
                    })
                .end();
    }
}
