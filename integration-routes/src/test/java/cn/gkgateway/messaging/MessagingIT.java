package cn.gkgateway.messaging;

import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.notification.NotificationStatus;
import cn.gkgateway.outbox.OutboxEvent;
import cn.gkgateway.outbox.OutboxEvents;
import cn.gkgateway.routes.OutboxRelayRoute;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.Ledger;
import cn.gkgateway.support.SmsJourneys;
import jakarta.jms.ConnectionFactory;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jms.core.JmsTemplate;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static cn.gkgateway.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a real provider and a real broker do to the SMS path: an answer after the read timeout,
 * credentials refused, one event delivered twice at once (to two instances: TwoInstancesIT). Each ends in exactly one SMS.
 */
class MessagingIT extends GatewayIntegrationTest {

    private static final String QUEUE = "gk.events.review.decided";

    @Autowired
    SmsGatewayStandIn smsGateway;
    @Autowired
    OutboxEvents outboxEvents;
    @Autowired
    NotificationLedger notificationLedger;
    @Autowired
    ConnectionFactory connectionFactory;
    @Autowired
    CamelContext camel;

    Ledger ledger;

    @BeforeEach
    void ledger() {
        ledger = new Ledger(outboxEvents, notificationLedger);
    }

    @AfterEach
    void providerBack() throws Exception {
        smsGateway.answerLate(Duration.ZERO);
        smsGateway.refuseCredentials(false);
        smsGateway.refuseNext(0);
        camel.getRouteController().startRoute(OutboxRelayRoute.ROUTE_ID);
    }

    @Test
    void answerAfterTheReadTimeoutIsUnknownAndResentWithTheSameKey() throws InterruptedException {
        String phone = "13912340011";
        long declarationId = SmsJourneys.declareAndAwaitNotice(api, smsGateway, "消息测试", phone);
        smsGateway.answerLate(Duration.ofSeconds(3)); // the test client's read timeout is 2 s
        SmsJourneys.decide(api, declarationId, "REJECT");
        await(() -> ledger.rowOf(declarationId).map(row -> row.status() == NotificationStatus.UNKNOWN).orElse(false), Duration.ofSeconds(20));
        smsGateway.answerLate(Duration.ZERO);
        await(() -> ledger.rowOf(declarationId).orElseThrow().status() == NotificationStatus.SENT, Duration.ofSeconds(20));

        var row = ledger.rowOf(declarationId).orElseThrow();
        assertThat(row.attempts()).isGreaterThanOrEqualTo(2);
        assertThat(messagesTo(phone)).singleElement().satisfies(sms -> {
            assertThat(sms.requestId()).isEqualTo(String.valueOf(row.id()));
            assertThat(sms.bizId()).isEqualTo(row.providerId());
        });
    }

    @Test
    void refusedCredentialsParkNothingReportDownAndDeliverOnceFixed() throws InterruptedException {
        String phone = "13912340012";
        String admin = login("admin");
        long declarationId = SmsJourneys.declareAndAwaitNotice(api, smsGateway, "消息测试", phone);
        smsGateway.refuseCredentials(true);
        SmsJourneys.decide(api, declarationId, "REJECT");
        // more attempts than the retry schedule has delays, and still not FAILED or REFUSED
        await(() -> ledger.rowOf(declarationId).map(row -> row.attempts() >= 5).orElse(false), Duration.ofSeconds(20));
        var row = ledger.rowOf(declarationId).orElseThrow();
        assertThat(row.status()).isEqualTo(NotificationStatus.PENDING);
        assertThat(row.lastError()).contains("401");
        assertThat(api.get(admin, "/actuator/health").body().path("components").path("messaging").path("status").asText()).isEqualTo("DOWN");
        assertThat(api.get(admin, "/api/admin/notifications/parked").body().findValuesAsText("eventId")).doesNotContain(ledger.lastEventId(declarationId));
        assertThat(messagesTo(phone)).isEmpty();

        smsGateway.refuseCredentials(false);
        await(() -> messagesTo(phone).size() == 1, Duration.ofSeconds(20));
        await(() -> ledger.rowOf(declarationId).orElseThrow().status() == NotificationStatus.SENT, Duration.ofSeconds(10));
        await(() -> "UP".equals(api.get(admin, "/actuator/health").body().path("components").path("messaging").path("status").asText()),
                Duration.ofSeconds(10));
    }

    @Test
    void aRefusalRetryingCannotCureIsRefusedAtOnceAndParksTheEvent() throws InterruptedException {
        String phone = "13912340014";
        long declarationId = SmsJourneys.declareAndAwaitNotice(api, smsGateway, "消息测试", phone);
        smsGateway.refuseNext(1);
        SmsJourneys.decide(api, declarationId, "REJECT");
        await(() -> ledger.rowOf(declarationId).map(row -> row.status() == NotificationStatus.REFUSED).orElse(false), Duration.ofSeconds(20));
        var row = ledger.rowOf(declarationId).orElseThrow();
        assertThat(row.attempts()).isEqualTo(1);
        assertThat(row.lastError()).contains("isv.MOBILE_NUMBER_ILLEGAL");
        String admin = login("admin");
        await(() -> api.get(admin, "/api/admin/notifications/parked").body().findValuesAsText("eventId").contains(ledger.lastEventId(declarationId)),
                Duration.ofSeconds(10));
        var listed = api.get(admin, "/api/admin/notifications?status=REFUSED");
        assertThat(listed.body().path("content").findValuesAsText("recipient")).contains("139****0014");
        assertThat(listed.raw()).doesNotContain(phone);
        assertThat(api.get(admin, "/api/admin/notifications?status=NOPE").status()).isEqualTo(400);
        assertThat(messagesTo(phone)).isEmpty();

        // the number was mended at the provider: the administrator replays the row, it goes out once
        assertThat(api.post(admin, "/api/admin/notifications/" + row.id() + "/replay", null).body().path("requeued").asBoolean()).isTrue();
        await(() -> messagesTo(phone).size() == 1, Duration.ofSeconds(20));
    }

    @Test
    void oneEventDeliveredTwiceAtOnceSendsOneSms() throws Exception {
        String phone = "13912340013";
        String admin = login("admin");
        long declarationId = SmsJourneys.declareAndAwaitNotice(api, smsGateway, "消息测试", phone);
        var paused = api.post(admin, "/api/admin/routes/outbox-relay/stop", null);
        assertThat(paused.body().path("status").asText()).isEqualTo("Stopped");
        SmsJourneys.decide(api, declarationId, "REJECT");
        OutboxEvent event = ledger.lastEvent(declarationId);
        JmsTemplate jms = new JmsTemplate(connectionFactory);
        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Void>> sends = List.of(1, 2).stream().map(i -> CompletableFuture.runAsync(() -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            jms.send(QUEUE, session -> {
                var message = session.createTextMessage(event.getPayload());
                message.setStringProperty("gkEventId", event.getEventId());
                message.setStringProperty("gkEventType", event.getEventType());
                return message;
            });
        })).toList();
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
        await(() -> messagesTo(phone).size() == 1, Duration.ofSeconds(20));
        // and the relay's own copy, a third delivery, changes nothing either
        assertThat(api.post(admin, "/api/admin/routes/outbox-relay/start", null).body().path("status").asText()).isEqualTo("Started");
        await(() -> outboxEvents.findById(event.getId()).orElseThrow().getPublishedAt() != null, Duration.ofSeconds(10));
        Thread.sleep(1000);
        assertThat(messagesTo(phone)).hasSize(1);
        assertThat(notificationLedger.find(event.getEventId(), "REVIEW_DECIDED_SMS")).get()
                .satisfies(row -> assertThat(row.status()).isEqualTo(NotificationStatus.SENT));
    }

    @Test
    void unknownAddressesRoutesAndRowsAreNotFound() {
        String admin = login("admin");
        var answer = api.get(admin, "/api/admin/dead-letters/gk.no.such.address");
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body().path("code").asText()).isEqualTo("DEAD_LETTER_ADDRESS_UNKNOWN");
        assertThat(api.post(admin, "/api/admin/routes/no-such-route/stop", null).body().path("code").asText()).isEqualTo("ROUTE_UNKNOWN");
        assertThat(api.get(admin, "/api/admin/notifications/999999999").body().path("code").asText()).isEqualTo("NOTIFICATION_NOT_FOUND");
        assertThat(api.post(login("danwei"), "/api/admin/routes/outbox-relay/stop", null).status()).isEqualTo(403);
    }

    private List<SmsGatewayStandIn.Received> messagesTo(String phone) {
        return SmsJourneys.reviewTexts(smsGateway, phone);
    }
}
