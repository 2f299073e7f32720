package cn.gkgateway.journey;

import cn.gkgateway.audit.AuditEntries;
import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.outbox.OutboxEvent;
import cn.gkgateway.outbox.OutboxEvents;
import cn.gkgateway.routes.OutboxRelayRoute;
import cn.gkgateway.declaration.ReviewDecided;
import cn.gkgateway.messaging.EventConsumer;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Eventually;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The foundation's journey over HTTP: a unit operator adds a worker and declares them, the
 * supervising department and the district exam office approve; the applicant gets exactly
 * two SMS (the 申报提醒 of the submission, the approval) — and a second delivery of the same
 * event sends nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class SliceJourneyIT extends GatewayIntegrationTest {

    @Autowired
    SmsGatewayStandIn smsGateway;
    @Autowired
    OutboxEvents outboxEvents;
    @Autowired
    AuditEntries auditEntries;
    @Autowired
    EventConsumer<ReviewDecided> eventConsumer;
    @Autowired
    ProducerTemplate producer;

    @Test
    void workerIsDeclaredReviewedAndNotifiedOnce(CapturedOutput output) throws Exception {
        String idNumber = TestIdNumbers.next();
        String phone = "13912340001";
        String unit = login("danwei");

        Answer worker = api.post(unit, "/api/roster/workers", Fixtures.worker("周海燕", idNumber, phone, "FW01", "2006-07-01"));
        assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
        assertThat(worker.body().path("idNumber").asText()).isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
        assertThat(worker.body().path("phone").asText()).isEqualTo("139****0001");
        assertThat(worker.body().path("sex").asText()).isEqualTo(Integer.parseInt(idNumber.substring(16, 17)) % 2 == 1 ? "男" : "女");

        Answer declared = api.post(unit, "/api/declarations", Fixtures.declaration(worker.body().path("id").asLong(), "INTERMEDIATE", "FW01"));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        long declarationId = declared.body().path("id").asLong();
        assertThat(declared.body().path("statusName").asText()).isEqualTo("审核中");
        assertThat(declared.body().path("currentStepName").asText()).isEqualTo("主管部门审核");

        String department = login("zhuguan");
        assertThat(pendingIds(department)).contains(declarationId);
        Answer first = api.post(department, "/api/reviews/" + declarationId + "/decision", "{\"decision\":\"APPROVE\"}");
        assertThat(first.status()).as(first.raw()).isEqualTo(200);
        assertThat(first.body().path("currentStepName").asText()).isEqualTo("县区级工考办审核");
        assertThat(pendingIds(department)).doesNotContain(declarationId);

        String office = login("gkb_qu");
        Answer second = api.post(office, "/api/reviews/" + declarationId + "/decision", "{\"decision\":\"APPROVE\",\"reason\":\"材料齐全\"}");
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        assertThat(second.body().path("statusName").asText()).isEqualTo("审核通过");
        var steps = second.body().path("steps");
        assertThat(steps).hasSize(2);
        assertThat(steps.get(0).path("reviewerName").asText()).isEqualTo("孙立新");
        assertThat(steps.get(0).path("decisionName").asText()).isEqualTo("通过");
        assertThat(steps.get(1).path("organisationName").asText()).isEqualTo("扬州市江都区工考办");
        assertThat(steps.get(1).path("reason").asText()).isEqualTo("材料齐全");
        assertThat(steps.get(1).path("decidedAt").isTextual()).isTrue();

        // two texts: the 申报提醒 of the submission (the unit declared her), then the final approval
        List<SmsGatewayStandIn.Received> texts = awaitMessagesTo(phone, 2);
        int year = declared.body().path("year").asInt();
        assertThat(texts).extracting(SmsGatewayStandIn.Received::content).containsExactlyInAnyOrder(
                "【工考网关】周海燕您好，扬州市江都区水利工程管理处已为您提交" + year
                        + "年度行政事务四级/中级工申报，现进入资格审查。如您不知情，请及时联系单位经办人或当地工考办。",
                "【工考网关】周海燕您好，您申报的" + year + "年度行政事务四级/中级工已通过全部审核，请留意后续考核安排。");
        assertThat(texts).extracting(SmsGatewayStandIn.Received::templateCode)
                .containsExactlyInAnyOrder("GK_DECLARED_BY_UNIT", "GK_REVIEW_APPROVED");

        // The same event again, as a relay repeat would send it: nothing more reaches the gateway.
        List<OutboxEvent> events = outboxEvents.findByAggregateTypeAndAggregateIdOrderByIdAsc("declaration", declarationId);
        assertThat(events).extracting(OutboxEvent::getEventType)
                .containsExactly("declaration.submitted", "review.decided", "review.decided");
        OutboxEvent approved = events.get(2);
        long consumedBefore = eventConsumer.consumed();
        producer.sendBodyAndHeaders("jms:queue:gk.events.review.decided", approved.getPayload(),
                Map.of(OutboxRelayRoute.EVENT_ID, approved.getEventId(), OutboxRelayRoute.EVENT_TYPE, approved.getEventType()));
        Eventually.await(() -> eventConsumer.consumed() > consumedBefore, Duration.ofSeconds(10));
        Thread.sleep(500); // time for a (wrong) second SMS to reach the stand-in
        assertThat(messagesTo(phone)).hasSize(2);

        // Who did what is audited; personal data never reaches the log whole.
        assertThat(auditEntries.findByTargetTypeAndTargetIdOrderByIdAsc("declaration", declarationId))
                .extracting(entry -> entry.getAction() + "/" + entry.getActorUsername())
                .containsExactly("DECLARATION_SUBMITTED/danwei", "REVIEW_APPROVE/zhuguan", "REVIEW_APPROVE/gkb_qu");
        assertThat(output.getAll()).doesNotContain(idNumber).doesNotContain(phone);

        // The applicant follows it: the demo applicant sees only their own declarations.
        Answer own = api.get(login("shenbao"), "/api/declarations");
        assertThat(own.status()).isEqualTo(200);
        own.body().forEach(item -> assertThat(item.path("workerName").asText()).isEqualTo("王建国"));
        assertThat(api.get(login("shenbao"), "/api/declarations/" + declarationId).status()).isEqualTo(404);
    }

    private List<Long> pendingIds(String token) {
        Answer pending = api.get(token, "/api/reviews/pending");
        assertThat(pending.status()).isEqualTo(200);
        List<Long> ids = new java.util.ArrayList<>();
        pending.body().forEach(item -> ids.add(item.path("id").asLong()));
        return ids;
    }

    private List<SmsGatewayStandIn.Received> awaitMessagesTo(String phone, int count) throws InterruptedException {
        Eventually.awaitQuietly(() -> messagesTo(phone).size() >= count, Duration.ofSeconds(20));
        return messagesTo(phone);
    }

    private List<SmsGatewayStandIn.Received> messagesTo(String phone) {
        return smsGateway.received().stream().filter(sms -> sms.phoneNumber().equals(phone)).toList();
    }
}
