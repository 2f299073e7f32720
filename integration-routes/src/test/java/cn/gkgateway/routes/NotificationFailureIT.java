package cn.gkgateway.routes;

import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.notification.NotificationLedger;
import cn.gkgateway.notification.NotificationStatus;
import cn.gkgateway.outbox.OutboxEvents;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.Ledger;
import cn.gkgateway.support.SmsJourneys;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static cn.gkgateway.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slow or failing SMS gateway never loses a notice: a short outage is ridden out by
 * retries; a long one uses up the retry schedule, the ledger row ends FAILED with every attempt
 * counted and the original event is parked, from which it is replayed once the gateway is back —
 * and the applicant gets exactly one SMS either way. Replaying a SENT row sends nothing.
 * (Test retry delays: 100 ms, 200 ms, 300 ms; production: 5 s … 10 min over ~34 min.)
 */
class NotificationFailureIT extends GatewayIntegrationTest {

    @Autowired
    SmsGatewayStandIn smsGateway;
    @Autowired
    OutboxEvents outboxEvents;
    @Autowired
    NotificationLedger notificationLedger;

    Ledger ledger;

    @BeforeEach
    void ledger() {
        ledger = new Ledger(outboxEvents, notificationLedger);
    }

    @AfterEach
    void gatewayBack() {
        smsGateway.failNext(0);
    }

    @Test
    void shortOutageIsRetriedAndSendsOnce() throws InterruptedException {
        String phone = "13912340002";
        long declarationId = SmsJourneys.declareAndAwaitNotice(api, smsGateway, "短信故障", phone);
        smsGateway.failNext(2);
        SmsJourneys.decide(api, declarationId, "REJECT");
        await(() -> messagesTo(phone).size() == 1, Duration.ofSeconds(20));
        Thread.sleep(500);
        assertThat(messagesTo(phone)).singleElement()
                .satisfies(sms -> assertThat(sms.content()).contains("未通过主管部门审核，原因：材料不全"));
        await(() -> ledger.rowOf(declarationId).map(row -> row.status() == NotificationStatus.SENT).orElse(false), Duration.ofSeconds(10));
        assertThat(ledger.rowOf(declarationId).orElseThrow().attempts()).isEqualTo(3);
    }

    @Test
    void longOutageFailsTheRowParksTheEventAndReplaySendsIt() throws InterruptedException {
        String phone = "13912340003";
        long declarationId = SmsJourneys.declareAndAwaitNotice(api, smsGateway, "短信故障", phone);
        smsGateway.failNext(Integer.MAX_VALUE);
        SmsJourneys.decide(api, declarationId, "REJECT");
        await(() -> ledger.rowOf(declarationId).map(row -> row.status() == NotificationStatus.FAILED).orElse(false), Duration.ofSeconds(30));
        var failed = ledger.rowOf(declarationId).orElseThrow();
        assertThat(failed.attempts()).isEqualTo(4);
        assertThat(failed.lastError()).contains("503");
        String eventId = ledger.lastEventId(declarationId);
        String admin = login("admin");
        await(() -> api.get(admin, "/api/admin/notifications/parked").body().findValuesAsText("eventId").contains(eventId), Duration.ofSeconds(10));
        assertThat(messagesTo(phone)).isEmpty();

        smsGateway.failNext(0);
        var replayed = api.post(admin, "/api/admin/notifications/parked/replay", null);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().path("replayed").asInt()).isPositive();
        await(() -> messagesTo(phone).size() == 1, Duration.ofSeconds(20));
        await(() -> ledger.rowOf(declarationId).orElseThrow().status() == NotificationStatus.SENT, Duration.ofSeconds(10));
        assertThat(api.get(admin, "/api/admin/notifications/parked").body().findValuesAsText("eventId")).doesNotContain(eventId);

        // a replay of a SENT row, by the ledger or by the event, sends nothing
        long rowId = failed.id();
        var again = api.post(admin, "/api/admin/notifications/" + rowId + "/replay", null);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().path("requeued").asBoolean()).isFalse();
        Thread.sleep(1000);
        assertThat(messagesTo(phone)).hasSize(1);
        assertThat(api.get(admin, "/api/admin/notifications/" + rowId).body().path("statusName").asText()).isEqualTo("已发送");
        assertThat(api.post(login("danwei"), "/api/admin/notifications/parked/replay", null).status()).isEqualTo(403);
    }

    private List<SmsGatewayStandIn.Received> messagesTo(String phone) {
        return SmsJourneys.reviewTexts(smsGateway, phone);
    }
}
