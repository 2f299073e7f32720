package cn.gkgateway.support;

import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.demo.DemoData;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The steps of the messaging tests: a new worker with a phone declared by the demo unit (whose submission sends the
 * worker a 申报提醒), the department's decision (whose final ones send a review text), and the texts a phone received.
 */
public final class SmsJourneys {

    public static final String DECLARED_BY_UNIT = "GK_DECLARED_BY_UNIT";

    private SmsJourneys() {
    }

    /** A new worker named {@code name} with {@code phone}, declared 中级工 by danwei; returns the declaration's id. */
    public static long declareWorkerWithPhone(ApiClient api, String name, String phone) {
        String unit = api.login("danwei", DemoData.PASSWORD);
        ApiClient.Answer worker = api.post(unit, "/api/roster/workers", Fixtures.worker(name, TestIdNumbers.next(), phone, "FW01", "2005-07-01"));
        assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
        ApiClient.Answer declared = api.post(unit, "/api/declarations", Fixtures.declaration(worker.body().path("id").asLong(), "INTERMEDIATE", "FW01"));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        return declared.body().path("id").asLong();
    }

    /** The same, and returns once the worker's 申报提醒 reached the provider (so that a fault set next hits the decision's text). */
    public static long declareAndAwaitNotice(ApiClient api, SmsGatewayStandIn provider, String name, String phone) throws InterruptedException {
        long declarationId = declareWorkerWithPhone(api, name, phone);
        Eventually.await(() -> provider.received().stream().anyMatch(sms -> sms.phoneNumber().equals(phone)
                && sms.templateCode().equals(DECLARED_BY_UNIT)), Duration.ofSeconds(30));
        return declarationId;
    }

    /** The department (zhuguan) decides the first step with reason 材料不全; a rejection ends the chain. */
    public static void decide(ApiClient api, long declarationId, String decision) {
        ApiClient.Answer decided = api.post(api.login("zhuguan", DemoData.PASSWORD), "/api/reviews/" + declarationId + "/decision",
                "{\"decision\":\"" + decision + "\",\"reason\":\"材料不全\"}");
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
    }

    /** The review-decision texts the provider received for {@code phone} (the 申报提醒 left out). */
    public static List<SmsGatewayStandIn.Received> reviewTexts(SmsGatewayStandIn provider, String phone) {
        return provider.received().stream().filter(sms -> sms.phoneNumber().equals(phone) && sms.templateCode().startsWith("GK_REVIEW")).toList();
    }
}
