package cn.gkgateway.declaration;

import cn.gkgateway.audit.AuditEntries;
import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.support.Eventually;
import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.outbox.OutboxEvents;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.MutableClock;
import cn.gkgateway.support.TestAccounts;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The declaration lifecycle over HTTP on MariaDB: batch drafts, the commitment letter, submission,
 * one live declaration per worker/level/year under concurrency, return and resubmission into the
 * returning step, withdrawal, batch approval, and who may see and act on what.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeclarationLifecycleIT extends GatewayIntegrationTest {

    @Autowired
    TestAccounts testAccounts;
    @Autowired
    Organisations organisations;
    @Autowired
    AuditEntries auditEntries;
    @Autowired
    OutboxEvents outboxEvents;
    @Autowired
    SmsGatewayStandIn smsGateway;
    @Autowired
    MutableClock clock;

    /** The ID numbers of the workers this test created, by worker id and by declaration id. */
    private final java.util.Map<Long, String> idNumbers = new java.util.HashMap<>();
    private final java.util.Map<Long, String> declarationIdNumbers = new java.util.HashMap<>();

    private long worker(String unit, String name) {
        String idNumber = TestIdNumbers.next();
        Answer worker = api.post(unit, "/api/roster/workers", Fixtures.worker(name, idNumber, "13912345678", "FW01", "2006-07-01"));
        assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
        idNumbers.put(worker.body().path("id").asLong(), idNumber);
        return worker.body().path("id").asLong();
    }

    private static String entry(long workerId, String level, String mode, String extra) {
        return "{\"workerId\":%d,\"targetLevel\":\"%s\",\"workTypeCode\":\"FW01\",\"mode\":\"%s\"%s}"
                .formatted(workerId, level, mode, extra == null ? "" : "," + extra);
    }

    private Answer addDrafts(String unit, String... entries) {
        return api.post(unit, "/api/declarations/drafts", "{\"entries\":[" + String.join(",", entries) + "]}");
    }

    private Answer submit(String unit, String commitment, String phone, long... ids) {
        StringBuilder list = new StringBuilder();
        for (long id : ids) {
            list.append(list.isEmpty() ? "" : ",").append(id);
        }
        return api.post(unit, "/api/declarations/submit", """
                {"ids":[%s],"commitment":"%s","contactName":"陈红梅","contactPhone":"%s"}""".formatted(list, commitment, phone));
    }

    private long submittedDraft(String unit, String name) {
        long workerId = worker(unit, name);
        Answer drafts = addDrafts(unit, entry(workerId, "INTERMEDIATE", "NORMAL", null));
        assertThat(drafts.status()).as(drafts.raw()).isEqualTo(201);
        long id = drafts.body().get(0).path("id").asLong();
        declarationIdNumbers.put(id, idNumbers.get(workerId));
        Answer submitted = submit(unit, "AGREE", "0514-86881234", id);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        return id;
    }

    private Answer decide(String reviewer, long id, String decision, String reason) {
        return api.post(reviewer, "/api/reviews/" + id + "/decision",
                "{\"decision\":\"%s\",\"reason\":%s}".formatted(decision, reason == null ? "null" : "\"" + reason + "\""));
    }

    @Test
    void draftsAreAddedInABatchEditedAndSubmittedOnlyAfterTheCommitmentIsAccepted() {
        String unit = login("danwei");
        long normal = worker(unit, "赵一鸣");
        long exceptional = worker(unit, "钱二丽");
        Answer drafts = addDrafts(unit, entry(normal, "INTERMEDIATE", "NORMAL", null),
                entry(exceptional, "INTERMEDIATE", "POST_CHANGE", "\"formerPost\":\"机关后勤服务\""));
        assertThat(drafts.status()).as(drafts.raw()).isEqualTo(201);
        assertThat(drafts.body()).hasSize(2);
        assertThat(drafts.body().get(0).path("status").asText()).isEqualTo("DRAFT");
        assertThat(drafts.body().get(1).path("formerPost").asText()).isEqualTo("机关后勤服务");
        long first = drafts.body().get(0).path("id").asLong();
        long second = drafts.body().get(1).path("id").asLong();

        // Drafts are the unit's own: a reviewer does not see them.
        assertThat(api.get(login("zhuguan"), "/api/declarations/" + first).status()).isEqualTo(404);

        // 破格: a reason over 100 characters is refused, and submission needs the proof.
        Answer tooLong = api.exchange(HttpMethod.PUT, unit, "/api/declarations/" + first,
                "{\"workTypeCode\":\"FW01\",\"mode\":\"EXCEPTIONAL\",\"reason\":\"" + "长".repeat(101) + "\"}");
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.raw()).contains("TEXT_TOO_LONG");
        Answer revised = api.exchange(HttpMethod.PUT, unit, "/api/declarations/" + first,
                "{\"workTypeCode\":\"FW01\",\"mode\":\"EXCEPTIONAL\",\"reason\":\"获市级技术能手称号\"}");
        assertThat(revised.status()).as(revised.raw()).isEqualTo(200);
        assertThat(revised.body().path("modeName").asText()).isEqualTo("破格申报");
        Answer incomplete = submit(unit, "AGREE", "13900001111", first, second);
        assertThat(incomplete.status()).isEqualTo(422);
        assertThat(incomplete.code()).isEqualTo("MATERIALS_MISSING");
        assertThat(incomplete.body().path("message").asText()).contains("赵一鸣").contains("破格晋升证明材料");
        assertThat(api.get(unit, "/api/declarations/" + second).body().path("status").asText()).as("nothing half-submitted").isEqualTo("DRAFT");
        // the proofs go into the declarations' material slots (issue 17); the separate proof endpoint is gone (issue 16)
        assertThat(material(unit, first, "EXCEPTIONAL_PROOF").status()).isEqualTo(201);
        assertThat(material(unit, second, "POST_CHANGE_PROOF").status()).isEqualTo(201);
        assertThat(upload(unit, "/api/declarations/" + first + "/proof", "%PDF-1.4 proof".getBytes()).status())
                .isIn(404, 405);

        // 不同意 stops; 同意 with a landline submits both.
        Answer declined = submit(unit, "DISAGREE", "0514-86881234", first, second);
        assertThat(declined.code()).isEqualTo("COMMITMENT_NOT_ACCEPTED");
        Answer submitted = submit(unit, "AGREE", "0514-86881234", first, second);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        assertThat(submitted.body()).allSatisfy(item -> {
            assertThat(item.path("status").asText()).isEqualTo("UNDER_REVIEW");
            assertThat(item.path("contactPhone").asText()).isEqualTo("0514-****1234");
            assertThat(item.path("commitmentAcceptedAt").isTextual()).isTrue();
        });

        // The reviewer's detail shows what they judge.
        Answer detail = api.get(login("zhuguan"), "/api/declarations/" + first + "/detail");
        assertThat(detail.status()).as(detail.raw()).isEqualTo(200);
        assertThat(detail.body().path("currentLevelName").asText()).isEqualTo("五级/初级工");
        assertThat(detail.body().path("currentLevelYear").asInt()).isEqualTo(2016);
        assertThat(detail.body().path("workStartDate").asText()).isEqualTo("2006-07-01");
        assertThat(detail.body().path("workYears").asInt()).isEqualTo(20);
        assertThat(detail.body().path("declaration").path("modeReason").asText()).isEqualTo("获市级技术能手称号");
        assertThat(detail.body().path("rules")).isNotEmpty();
        assertThat(detail.body().has("materials")).as("materials are listed by /materials, by slot").isFalse();
        assertThat(detail.body().path("timeline")).extracting(node -> node.path("action").asText())
                .contains("DECLARATION_DRAFTED", "DECLARATION_REVISED", "MATERIAL_UPLOADED", "DECLARATION_SUBMITTED");
        assertThat(api.get(login("zhuguan"), "/api/declarations/" + first + "/proof").status()).isIn(404, 405);
    }

    @Test
    void oneLiveDeclarationPerWorkerLevelAndYearEvenUnderConcurrency(CapturedOutput output) throws Exception {
        String unit = login("danwei");
        long workerId = worker(unit, "孙三强");
        int clients = 8;
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < clients; i++) {
                Callable<Answer> add = () -> {
                    start.await();
                    return addDrafts(unit, entry(workerId, "INTERMEDIATE", "NORMAL", null));
                };
                answers.add(pool.submit(add));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Answer> answer : answers) {
                Answer done = answer.get();
                statuses.add(done.status());
                if (done.status() != 201) {
                    assertThat(done.code()).as(done.raw()).isEqualTo("DECLARATION_DUPLICATE");
                }
            }
            assertThat(statuses).filteredOn(status -> status == 201).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(clients - 1);
            // an expected refusal is no error: the unique key's violation is answered, not logged as ERROR
            assertThat(output.getAll().lines().filter(line -> line.contains(" ERROR ")).toList()).isEmpty();
        } finally {
            pool.shutdownNow();
        }
        JsonNode mine = api.get(unit, "/api/declarations/search?name=孙三强").body().path("items");
        assertThat(mine).hasSize(1);
        long draft = mine.get(0).path("id").asLong();

        // A withdrawn declaration no longer blocks a new one; a live one does.
        assertThat(submit(unit, "AGREE", "13900001111", draft).status()).isEqualTo(200);
        assertThat(addDrafts(unit, entry(workerId, "INTERMEDIATE", "NORMAL", null)).code()).isEqualTo("DECLARATION_DUPLICATE");
        Answer withdrawn = api.post(unit, "/api/declarations/" + draft + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(200);
        assertThat(withdrawn.body().path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.body().path("steps")).allSatisfy(step -> assertThat(step.path("status").asText()).isEqualTo("CLOSED"));
        assertThat(addDrafts(unit, entry(workerId, "INTERMEDIATE", "NORMAL", null)).status()).isEqualTo(201);
        // A second level for the same worker is a different key.
        assertThat(addDrafts(unit, entry(workerId, "JUNIOR", "NORMAL", null)).status()).isEqualTo(201);
    }

    @Test
    void aReturnedDeclarationIsResubmittedIntoTheStepThatReturnedItAndKeepsBothRounds() throws Exception {
        String unit = login("danwei");
        String department = login("zhuguan");
        String office = login("gkb_qu");
        long id = submittedDraft(unit, "李四海");
        assertThat(decide(department, id, "APPROVE", null).status()).isEqualTo(200);
        Answer returned = decide(office, id, "RETURN", "请补充转岗前岗位证明");
        assertThat(returned.status()).as(returned.raw()).isEqualTo(200);
        assertThat(returned.body().path("status").asText()).isEqualTo("RETURNED");
        assertThat(returned.body().path("editable").asBoolean()).isTrue();
        // The worker's SMS says truthfully who resubmits: the unit's operator, not the worker.
        Eventually.await(() -> smsGateway.received().stream().anyMatch(sms -> sms.content().contains("李四海")
                && sms.templateCode().startsWith("GK_REVIEW")), java.time.Duration.ofSeconds(20));
        assertThat(smsGateway.received()).filteredOn(sms -> sms.content().contains("李四海") && sms.templateCode().startsWith("GK_REVIEW"))
                .singleElement().satisfies(sms -> {
            assertThat(sms.templateCode()).isEqualTo("GK_REVIEW_RETURNED_UNIT");
            assertThat(sms.content()).contains("单位经办人将在报名截止前补充后重新提交").contains("请补充转岗前岗位证明");
        });

        // Only the author resubmits; it is fixed first.
        assertThat(api.post(login("danwei2"), "/api/declarations/" + id + "/resubmit", null).status()).isEqualTo(404);
        assertThat(api.exchange(HttpMethod.PUT, unit, "/api/declarations/" + id,
                "{\"workTypeCode\":\"FW01\",\"mode\":\"POST_CHANGE\",\"formerPost\":\"机关后勤服务\"}").status()).isEqualTo(200);
        Answer withoutProof = api.post(unit, "/api/declarations/" + id + "/resubmit", null);
        assertThat(withoutProof.code()).as("转岗 needs its proof slot filled").isEqualTo("MATERIALS_MISSING");
        assertThat(material(unit, id, "POST_CHANGE_PROOF").status()).isEqualTo(201);
        Answer resubmitted = api.post(unit, "/api/declarations/" + id + "/resubmit", null);
        assertThat(resubmitted.status()).as(resubmitted.raw()).isEqualTo(200);
        assertThat(resubmitted.body().path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(resubmitted.body().path("round").asInt()).isEqualTo(2);
        assertThat(resubmitted.body().path("currentStepName").asText()).isEqualTo("县区级工考办审核");
        JsonNode steps = resubmitted.body().path("steps");
        assertThat(steps).extracting(step -> step.path("round").asInt() + ":" + step.path("stepNo").asInt() + ":" + step.path("status").asText())
                .containsExactly("1:1:DONE", "1:2:DONE", "2:2:PENDING");
        assertThat(steps.get(1).path("decision").asText()).isEqualTo("RETURN");
        // The department does not see it again; a second resubmission is refused; it cannot be withdrawn twice over.
        assertThat(api.get(department, "/api/reviews/pending").body()).extracting(item -> item.path("id").asLong()).doesNotContain(id);
        assertThat(api.post(unit, "/api/declarations/" + id + "/resubmit", null).code()).isEqualTo("DECLARATION_NOT_RETURNED");

        Answer approved = decide(office, id, "APPROVE", "材料已补齐");
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        assertThat(auditEntries.findByTargetTypeAndTargetIdOrderByIdAsc("declaration", id)).extracting(entry -> entry.getAction())
                .containsExactly("DECLARATION_DRAFTED", "DECLARATION_SUBMITTED", "REVIEW_APPROVE", "REVIEW_RETURN",
                        "DECLARATION_REVISED", "MATERIAL_UPLOADED", "DECLARATION_RESUBMITTED", "REVIEW_APPROVE");
        // both submissions are events; only the first tells the worker that the unit declared them
        assertThat(outboxEvents.findByAggregateTypeAndAggregateIdOrderByIdAsc("declaration", id)).extracting(event -> event.getEventType())
                .containsExactly("declaration.submitted", "review.decided", "review.decided", "declaration.submitted", "review.decided");
        Eventually.await(() -> smsGateway.received().stream().filter(sms -> sms.content().contains("李四海")).count() >= 3,
                java.time.Duration.ofSeconds(20));
        Thread.sleep(500); // time for a (wrong) second 申报提醒 to reach the stand-in
        assertThat(smsGateway.received()).filteredOn(sms -> sms.content().contains("李四海")).extracting(sms -> sms.templateCode())
                .containsExactlyInAnyOrder("GK_DECLARED_BY_UNIT", "GK_REVIEW_RETURNED_UNIT", "GK_REVIEW_APPROVED");
    }

    @Test
    void onlyAnUnreviewedSubmissionCanBeWithdrawn() {
        String unit = login("danwei");
        long id = submittedDraft(unit, "周五福");
        assertThat(decide(login("zhuguan"), id, "APPROVE", null).status()).isEqualTo(200);
        Answer refused = api.post(unit, "/api/declarations/" + id + "/withdraw", null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("DECLARATION_NOT_WITHDRAWABLE");
        assertThat(api.get(unit, "/api/declarations/" + id).body().path("status").asText()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    void aUnitActsOnlyOnItsOwnAndADepartmentSeesOnlyItsUnits() {
        String unit = login("danwei");
        long id = submittedDraft(unit, "吴六顺");
        String otherUnit = login("danwei2");
        assertThat(api.get(otherUnit, "/api/declarations/" + id).status()).isEqualTo(404);
        assertThat(api.post(otherUnit, "/api/declarations/" + id + "/withdraw", null).status()).isEqualTo(404);
        assertThat(api.exchange(HttpMethod.PUT, otherUnit, "/api/declarations/" + id, "{\"workTypeCode\":\"FW01\",\"mode\":\"NORMAL\"}").status())
                .isEqualTo(404);
        assertThat(api.exchange(HttpMethod.DELETE, otherUnit, "/api/declarations/" + id, null).status()).isEqualTo(404);
        assertThat(api.get(otherUnit, "/api/declarations/search?name=吴六顺").body().path("total").asLong()).isZero();

        String otherDepartment = login("zhuguan2");
        assertThat(api.get(otherDepartment, "/api/declarations/" + id + "/detail").status()).isEqualTo(404);
        assertThat(api.get(otherDepartment, "/api/declarations/search?name=吴六顺").body().path("total").asLong()).isZero();
        assertThat(decide(otherDepartment, id, "APPROVE", null).status()).isEqualTo(404);
        Answer own = api.get(login("zhuguan"), "/api/declarations/search?name=吴六顺&status=UNDER_REVIEW&level=INTERMEDIATE&workTypeCode=FW01");
        assertThat(own.body().path("total").asLong()).isEqualTo(1);
        assertThat(own.body().path("items").get(0).path("unitName").asText()).isEqualTo("扬州市江都区水利工程管理处");
        // A reviewer's decision on a draft it cannot see is "not found", not a leak.
        String applicant = login("shenbao");
        assertThat(api.get(applicant, "/api/declarations/" + id).status()).isEqualTo(404);
        assertThat(api.post(applicant, "/api/declarations/" + id + "/withdraw", null).status()).isEqualTo(404);
    }

    @Test
    void selectedRowsAreApprovedInABatchEachAuditedAndNotifiedOnce() {
        String unit = login("danwei");
        long a = submittedDraft(unit, "郑七星");
        long b = submittedDraft(unit, "王八方");
        String department = login("zhuguan");
        Answer pending = api.get(department, "/api/declarations/search?pendingOnly=true&size=100");
        assertThat(pending.body().path("items")).extracting(item -> item.path("id").asLong()).contains(a, b);
        // Pages: one row per page, newest first, the total over all pages.
        Answer first = api.get(department, "/api/declarations/search?pendingOnly=true&size=1&page=0");
        Answer second = api.get(department, "/api/declarations/search?pendingOnly=true&size=1&page=1");
        assertThat(first.body().path("items")).hasSize(1);
        assertThat(first.body().path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(first.body().path("items").get(0).path("id").asLong()).isGreaterThan(second.body().path("items").get(0).path("id").asLong());
        // The ID number filter matches exactly (through the keyed hash).
        assertThat(api.get(department, "/api/declarations/search?idNumber=" + declarationIdNumbers.get(b)).body().path("items"))
                .extracting(item -> item.path("id").asLong()).containsExactly(b);
        Answer batch = api.post(department, "/api/reviews/batch", "{\"ids\":[%d,%d,%d],\"decision\":\"APPROVE\"}".formatted(a, b, a));
        assertThat(batch.status()).as(batch.raw()).isEqualTo(200);
        assertThat(batch.body()).extracting(item -> item.path("declarationId").asLong() + ":" + item.path("decided").asBoolean())
                .containsExactly(a + ":true", b + ":true");
        for (long id : new long[] {a, b}) {
            assertThat(auditEntries.findByTargetTypeAndTargetIdOrderByIdAsc("declaration", id)).extracting(entry -> entry.getAction())
                    .filteredOn("REVIEW_APPROVE"::equals).hasSize(1);
            assertThat(outboxEvents.findByAggregateTypeAndAggregateIdOrderByIdAsc("declaration", id)).extracting(event -> event.getEventType())
                    .containsExactly("declaration.submitted", "review.decided");
        }
        // A second batch over the same rows decides nothing and says why.
        Answer again = api.post(department, "/api/reviews/batch", "{\"ids\":[%d],\"decision\":\"APPROVE\"}".formatted(a));
        assertThat(again.body().get(0).path("decided").asBoolean()).isFalse();
        assertThat(again.body().get(0).path("code").asText()).isEqualTo("REVIEW_NOT_YOUR_STEP");
    }

    @Test
    void theExamOfficeSetsTheCommitmentLetterItsUnitsRead() {
        assertThat(api.get(login("danwei"), "/api/commitment-letter").body().path("body").asText()).contains("承诺");
        String office = login("gkb_qu");
        assertThat(api.exchange(HttpMethod.PUT, login("danwei"), "/api/commitment-letter", "{\"body\":\"x\"}").status()).isEqualTo(403);
        assertThat(api.exchange(HttpMethod.PUT, office, "/api/commitment-letter", "{\"body\":\"  \"}").code()).isEqualTo("COMMITMENT_TEXT_REQUIRED");
        Answer changed = api.exchange(HttpMethod.PUT, office, "/api/commitment-letter", "{\"body\":\"江都区承诺书：本单位承诺所报材料真实。\"}");
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(api.get(login("danwei"), "/api/commitment-letter").body().path("body").asText()).isEqualTo("江都区承诺书：本单位承诺所报材料真实。");
        assertThat(api.exchange(HttpMethod.PUT, office, "/api/commitment-letter",
                "{\"body\":\"" + cn.gkgateway.declaration.CommitmentService.DEFAULT_TEXT.replace("\n", "\\n") + "\"}").status()).isEqualTo(200);
    }

    @Test
    void theWorkbenchCountsWhatIsWaiting() {
        String unit = testAccounts.create(Role.UNIT_OPERATOR, organisations.findByName("扬州市江都区公路管理站").orElseThrow().getId());
        String token = login(unit);
        Answer before = api.get(token, "/api/declarations/todo");
        long drafts = before.body().path("drafts").asLong();
        long draftWorker = worker(token, "冯九州");
        assertThat(addDrafts(token, entry(draftWorker, "INTERMEDIATE", "NORMAL", null)).status()).isEqualTo(201);
        assertThat(api.get(token, "/api/declarations/todo").body().path("drafts").asLong()).isEqualTo(drafts + 1);
        assertThat(api.get(login("zhuguan2"), "/api/declarations/todo").body().has("pendingReview")).isTrue();
    }

    @Test
    void onceTheWindowHasClosedNothingIsSubmittedResubmittedEditedOrWithdrawn() {
        // The test context's plan: 等级工 registration until 2026-08-14 (Asia/Shanghai), see DemoData.
        String unit = login("danwei");
        long early = submittedDraft(unit, "窗口甲");
        long late = submittedDraft(unit, "窗口乙");
        long returned = submittedDraft(unit, "窗口丙");
        assertThat(decide(login("zhuguan"), returned, "RETURN", "请补充材料").status()).isEqualTo(200);
        Answer drafts = addDrafts(unit, entry(worker(unit, "窗口丁"), "INTERMEDIATE", "NORMAL", null));
        long draft = drafts.body().get(0).path("id").asLong();
        String window = api.get(unit, "/api/plans/current").raw();
        try {
            clock.setTo(java.time.OffsetDateTime.parse("2026-08-14T23:59:00+08:00").toInstant());
            String lastSecond = login("danwei");
            assertThat(api.post(lastSecond, "/api/declarations/" + early + "/withdraw", null).status())
                    .as("the last minute of the closing day is still open (the test clock keeps ticking): " + window).isEqualTo(200);

            clock.setTo(java.time.OffsetDateTime.parse("2026-08-15T00:00:01+08:00").toInstant());
            String after = login("danwei");
            Answer withdraw = api.post(after, "/api/declarations/" + late + "/withdraw", null);
            assertThat(withdraw.status()).isEqualTo(422);
            assertThat(withdraw.code()).isEqualTo("WINDOW_CLOSED");
            assertThat(withdraw.body().path("message").asText()).contains("截止").contains("撤回");
            Answer resubmit = api.post(after, "/api/declarations/" + returned + "/resubmit", null);
            assertThat(resubmit.status()).isEqualTo(422);
            assertThat(resubmit.code()).isEqualTo("WINDOW_CLOSED");
            assertThat(resubmit.body().path("message").asText()).contains("截止").contains("重新提交");
            Answer revise = api.exchange(HttpMethod.PUT, after, "/api/declarations/" + returned,
                    "{\"workTypeCode\":\"FW01\",\"mode\":\"NORMAL\"}");
            assertThat(revise.code()).isEqualTo("WINDOW_CLOSED");
            Answer reviseDraft = api.exchange(HttpMethod.PUT, after, "/api/declarations/" + draft,
                    "{\"workTypeCode\":\"FW01\",\"mode\":\"NORMAL\"}");
            assertThat(reviseDraft.code()).as("a draft is not edited after the window closed").isEqualTo("WINDOW_CLOSED");
            Answer submit = submit(after, "AGREE", "13900001111", draft);
            assertThat(submit.code()).isEqualTo("WINDOW_CLOSED");
            Answer newDraft = addDrafts(after, entry(worker(after, "窗口戊"), "INTERMEDIATE", "NORMAL", null));
            assertThat(newDraft.code()).as("no new drafts for a closed window").isEqualTo("WINDOW_CLOSED");
            // Nothing half-done: each stays as it was.
            assertThat(api.get(after, "/api/declarations/" + late).body().path("status").asText()).isEqualTo("UNDER_REVIEW");
            assertThat(api.get(after, "/api/declarations/" + returned).body().path("status").asText()).isEqualTo("RETURNED");
            assertThat(api.get(after, "/api/declarations/" + draft).body().path("status").asText()).isEqualTo("DRAFT");
        } finally {
            clock.reset();
        }
    }

    /** A photo into a material slot of the declaration, as the console's 电脑上传 sends it. */
    private Answer material(String token, long declarationId, String slot) {
        try {
            java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
            java.io.ByteArrayOutputStream jpeg = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "jpg", jpeg);
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/declarations/" + declarationId + "/materials/" + slot + "?name=proof.jpg"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(jpeg.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private Answer upload(String token, String path, byte[] content) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/pdf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body()), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
