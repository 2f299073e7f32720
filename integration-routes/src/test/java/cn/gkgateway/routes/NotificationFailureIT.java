package cn.gkgateway.routes;

import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static cn.gkgateway.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A slow or failing SMS gateway never loses a notice: a short outage is ridden out by
 * retries, a long one parks the event in the dead-letter queue, from which it is replayed
 * once the gateway is back — and the applicant gets exactly one SMS either way.
 */
class NotificationFailureIT extends GatewayIntegrationTest {

    private static final String QUEUE = "gk.events.review.decided";

    @Autowired
    SmsGatewayStandIn smsGateway;
    @Autowired
    DeadLetters deadLetters;

    @AfterEach
    void gatewayBack() {
        smsGateway.failNext(0);
    }

    @Test
    void shortOutageIsRetriedAndSendsOnce() throws InterruptedException {
        String phone = "13912340002";
        smsGateway.failNext(2);
        rejectDeclarationOfWorkerWithPhone(phone);
        await(() -> messagesTo(phone).size() == 1, Duration.ofSeconds(20));
        Thread.sleep(500);
        assertThat(messagesTo(phone)).singleElement()
                .satisfies(sms -> assertThat(sms.content()).contains("未通过主管部门审核，原因：材料不全"));
    }

    @Test
    void longOutageDeadLettersTheEventAndReplaySendsIt() throws InterruptedException {
        String phone = "13912340003";
        int parkedBefore = deadLetters.count(QUEUE);
        smsGateway.failNext(Integer.MAX_VALUE);
        rejectDeclarationOfWorkerWithPhone(phone);
        await(() -> deadLetters.count(QUEUE) == parkedBefore + 1, Duration.ofSeconds(30));
        assertThat(messagesTo(phone)).isEmpty();

        smsGateway.failNext(0);
        var replayed = api.post(login("admin"), "/api/admin/dead-letters/" + QUEUE + "/replay", null);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.body().path("replayed").asInt()).isEqualTo(parkedBefore + 1);
        await(() -> messagesTo(phone).size() == 1, Duration.ofSeconds(20));
        assertThat(deadLetters.count(QUEUE)).isZero();
        assertThat(api.post(login("danwei"), "/api/admin/dead-letters/" + QUEUE + "/replay", null).status()).isEqualTo(403);
    }

    private void rejectDeclarationOfWorkerWithPhone(String phone) {
        String unit = login("danwei");
        long workerId = api.post(unit, "/api/roster/workers", Fixtures.worker("短信故障", TestIdNumbers.next(), phone, "FW01", "2005-07-01")).body().path("id").asLong();
        long declarationId = api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "FW01")).body().path("id").asLong();
        var rejected = api.post(login("zhuguan"), "/api/reviews/" + declarationId + "/decision",
                "{\"decision\":\"REJECT\",\"reason\":\"材料不全\"}");
        assertThat(rejected.body().path("statusName").asText()).isEqualTo("审核不通过");
    }

    private List<SmsGatewayStandIn.Received> messagesTo(String phone) {
        return smsGateway.received().stream().filter(sms -> sms.phoneNumber().equals(phone)).toList();
    }

}
