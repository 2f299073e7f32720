package cn.gkgateway.journey;

import cn.gkgateway.declaration.Declarations;
import cn.gkgateway.roster.Workers;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Every endpoint of the slice answers bad input with a 4xx, a stable code, a Chinese message — and stores nothing. */
class BadInputIT extends GatewayIntegrationTest {

    @Autowired
    Workers workers;
    @Autowired
    Declarations declarations;

    private String unit;
    private long workersBefore;
    private long declarationsBefore;

    @BeforeEach
    void counts() {
        unit = login("danwei");
        workersBefore = workers.count();
        declarationsBefore = declarations.count();
    }

    @Test
    void workerWithMissingFieldsIsRefusedFieldByField() {
        Answer answer = api.post(unit, "/api/roster/workers", "{}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("WORKER_INVALID");
        assertThat(answer.body().path("fieldErrors").findValuesAsText("field"))
                .contains("name", "idNumber", "phone", "establishment", "workStartDate", "workTypeCode", "level");
        assertThat(answer.body().path("message").asText()).isEqualTo("请填写姓名");
        assertNothingStored();
    }

    @Test
    void idNumberWithWrongCheckDigitIsRefused() {
        Answer answer = addWorker(TestIdNumbers.withWrongCheckDigit(TestIdNumbers.next()), "FW01", "2008-07-01");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("fieldErrors").get(0).path("field").asText()).isEqualTo("idNumber");
        assertThat(answer.body().path("fieldErrors").get(0).path("message").asText()).isEqualTo("身份证号码校验位错误，请核对后重新输入");
        assertNothingStored();
    }

    @Test
    void idNumberWithImpossibleBirthDateIsRefused() {
        String first17 = "32101219850230123";
        Answer answer = addWorker(first17 + cn.gkgateway.identity.IdNumber.checkCharacter(first17), "FW01", "2008-07-01");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.raw()).contains("出生日期不正确");
        assertNothingStored();
    }

    @Test
    void unknownWorkTypeAndFutureStartAreRefused() {
        Answer answer = addWorker(TestIdNumbers.next(), "XX99", "2999-01-01");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("fieldErrors").findValuesAsText("message"))
                .contains("工种代码不存在或已取消：XX99", "参加工作时间不能晚于今天");
        assertNothingStored();
    }

    @Test
    void secondWorkerWithTheSameIdNumberIsAConflict() {
        String idNumber = TestIdNumbers.next();
        assertThat(addWorker(idNumber, "FW01", "2008-07-01").status()).isEqualTo(201);
        Answer again = addWorker(idNumber.toLowerCase(), "FW01", "2008-07-01");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("WORKER_DUPLICATE");
        assertThat(again.body().path("message").asText()).contains(idNumber.substring(0, 4) + "**********").doesNotContain(idNumber);
        assertThat(workers.count()).isEqualTo(workersBefore + 1);
    }

    @Test
    void malformedJsonAndWrongEnumValuesAreRefused() {
        assertThat(api.post(unit, "/api/roster/workers", "{not json").code()).isEqualTo("REQUEST_UNREADABLE");
        Answer wrongEnum = api.post(unit, "/api/roster/workers", "{\"level\":\"GRANDMASTER\"}");
        assertThat(wrongEnum.status()).isEqualTo(400);
        assertThat(wrongEnum.body().path("fieldErrors").get(0).path("field").asText()).isEqualTo("level");
        assertThat(wrongEnum.raw()).doesNotContain("Exception").doesNotContain("at cn.");
        assertNothingStored();
    }

    @Test
    void closedAndUnknownWorkTypesCannotBeDeclared() {
        long workerId = workerId(addWorker(TestIdNumbers.next(), "FW01", "2005-07-01"));
        long declarationsNow = declarations.count();
        // 播音员 is in the catalog but not in this year's scope
        Answer closed = api.post(unit, "/api/declarations", declarationJson(workerId, "INTERMEDIATE", "WT03"));
        assertThat(closed.status()).isEqualTo(422);
        assertThat(closed.code()).isEqualTo("ELIGIBILITY_REJECTED");
        assertThat(closed.body().path("message").asText()).contains("工种“播音员”不在").contains("考评范围内");
        Answer unknown = api.post(unit, "/api/declarations", declarationJson(workerId, "INTERMEDIATE", "XX99"));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().path("message").asText()).contains("申报工种不存在：XX99");
        assertThat(declarations.count()).isEqualTo(declarationsNow);
    }

    @Test
    void everyFailedRuleIsExplainedAtOnce() {
        long workerId = workerId(api.post(unit, "/api/roster/workers",
                workerJson(TestIdNumbers.next(), "FW01", "2020-07-01").replace("\"JUNIOR\",\"levelYear\":2016", "\"JUNIOR\",\"levelYear\":2023")));
        Answer answer = api.post(unit, "/api/declarations", declarationJson(workerId, "SENIOR", "WT03"));
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("fieldErrors").findValuesAsText("field"))
                .containsExactly("rule:work-type-open", "rule:level-progression", "rule:seniority");
    }

    @Test
    void workerOfAnotherUnitCannotBeDeclared() {
        long othersWorker = workerId(api.post(login("danwei2"), "/api/roster/workers", workerJson(TestIdNumbers.next(), "JT07", "2005-07-01")));
        long declarationsNow = declarations.count();
        Answer answer = api.post(unit, "/api/declarations", declarationJson(othersWorker, "INTERMEDIATE", "JT07"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.code()).isEqualTo("WORKER_NOT_FOUND");
        assertThat(declarations.count()).isEqualTo(declarationsNow);
    }

    @Test
    void secondDeclarationOfTheSameLevelAndYearIsAConflict() {
        long workerId = workerId(addWorker(TestIdNumbers.next(), "FW01", "2005-07-01"));
        assertThat(api.post(unit, "/api/declarations", declarationJson(workerId, "INTERMEDIATE", "FW01")).status()).isEqualTo(201);
        long declarationsNow = declarations.count();
        Answer again = api.post(unit, "/api/declarations", declarationJson(workerId, "INTERMEDIATE", "FW01"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("DECLARATION_DUPLICATE");
        assertThat(declarations.count()).isEqualTo(declarationsNow);
    }

    @Test
    void declarationWithoutContactOrCommitmentIsRefused() {
        long workerId = workerId(addWorker(TestIdNumbers.next(), "FW01", "2005-07-01"));
        long declarationsNow = declarations.count();
        Answer answer = api.post(unit, "/api/declarations", """
                {"workerId":%d,"targetLevel":"INTERMEDIATE","workTypeCode":"FW01","mode":"NORMAL","contactPhone":"123"}
                """.formatted(workerId));
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("fieldErrors").findValuesAsText("field")).containsExactly("contactName", "contactPhone", "commitmentAccepted");
        assertThat(declarations.count()).isEqualTo(declarationsNow);
    }

    @Test
    void rejectionWithoutAReasonIsRefused() {
        long workerId = workerId(addWorker(TestIdNumbers.next(), "FW01", "2005-07-01"));
        long declarationId = api.post(unit, "/api/declarations", declarationJson(workerId, "INTERMEDIATE", "FW01")).body().path("id").asLong();
        String department = login("zhuguan");
        Answer answer = api.post(department, "/api/reviews/" + declarationId + "/decision", "{\"decision\":\"REJECT\",\"reason\":\"  \"}");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().path("message").asText()).isEqualTo("审核不通过时请填写审核意见");
        Answer still = api.get(department, "/api/declarations/" + declarationId);
        assertThat(still.body().path("steps").get(0).path("status").asText()).isEqualTo("PENDING");
    }

    private Answer addWorker(String idNumber, String workType, String workStart) {
        return api.post(unit, "/api/roster/workers", workerJson(idNumber, workType, workStart));
    }

    private static String workerJson(String idNumber, String workType, String workStart) {
        return Fixtures.worker("测试人员", idNumber, "13912345678", workType, workStart);
    }

    private static String declarationJson(long workerId, String level, String workType) {
        return Fixtures.declaration(workerId, level, workType);
    }

    private static long workerId(Answer created) {
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().path("id").asLong();
    }

    private void assertNothingStored() {
        assertThat(workers.count()).isEqualTo(workersBefore);
        assertThat(declarations.count()).isEqualTo(declarationsBefore);
    }
}
