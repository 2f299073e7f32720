package cn.gkgateway.plans;

import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.MutableClock;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16 part A on MariaDB: plans, window closing on the fixed clock, the rule table, integrity bans, the quota under concurrency. */
class PlansAndRulesIT extends GatewayIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    MutableClock testClock;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    cn.gkgateway.quota.QuotaLedger quotas;

    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;

    @AfterEach
    void backToTheStart() {
        testClock.reset();
    }

    private static String plan2027(String name) {
        return """
                {"year":2027,"name":"%s","windows":[
                 {"levelGroup":"TECHNICIAN","opensAt":"2027-07-01T00:00:00","closesAt":"2027-07-31T23:59:59","inPostCutoff":"2027-12-31","examOn":"2027-08-15"},
                 {"levelGroup":"GRADE","opensAt":"2027-08-01T00:00:00","closesAt":"2027-08-31T23:59:59","inPostCutoff":"2027-12-31",
                  "admitCardFrom":"2027-10-08T09:00:00","resultsAt":"2027-12-01T09:00:00"},
                 {"levelGroup":"SENIOR_TECHNICIAN","opensAt":"2027-08-01T00:00:00","closesAt":"2027-08-31T23:59:59","inPostCutoff":"2028-05-31"}]}
                """.formatted(name);
    }

    @Test
    void theExamOfficeCreatesAPlanOfItsRegionOncePerYearAndEveryoneThereSeesItsDeadlines() {
        String office = login("gkb_qu");
        Answer created = api.post(office, "/api/plans", plan2027("2027年度江都区工勤技能岗位技术等级考评"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().path("regionCode").asText()).isEqualTo("321012");
        assertThat(created.body().path("editable").asBoolean()).isTrue();
        assertThat(created.body().path("windows")).hasSize(3);
        assertThat(created.body().path("rules").findValuesAsText("targetLevel")).contains("INTERMEDIATE", "SENIOR_TECHNICIAN");
        assertThat(created.body().path("openWorkTypes").get(0).path("count").asInt()).isGreaterThanOrEqualTo(0);
        long id = created.body().path("id").asLong();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'PLAN_CREATED' AND target_id = ?", Integer.class, id))
                .isEqualTo(1);

        Answer again = api.post(office, "/api/plans", plan2027("重复的计划"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("PLAN_OVERLAP");

        // the unit in the district sees this year's province windows open and next year's district windows coming
        Answer deadlines = api.get(login("danwei"), "/api/plans/deadlines");
        assertThat(deadlines.status()).as(deadlines.raw()).isEqualTo(200);
        List<String> states = new ArrayList<>();
        deadlines.body().forEach(d -> states.add(d.path("year").asInt() + d.path("levelGroup").asText() + d.path("state").asText()));
        assertThat(states).contains("2026GRADEOPEN", "2026SENIOR_TECHNICIANOPEN", "2027TECHNICIANUPCOMING", "2027GRADEUPCOMING");
        assertThat(deadlines.body().get(0).path("state").asText()).isEqualTo("OPEN");

        // changed in place, audited; year and region stay
        ObjectNode change = (ObjectNode) created.body().deepCopy();
        change.put("name", "2027年度江都区考评（修订）");
        ((ObjectNode) change.path("windows").get(0)).put("closesAt", "2027-09-05T17:00:00");
        Answer changed = api.exchange(HttpMethod.PUT, office, "/api/plans/" + id, change.toString());
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.body().path("windows").findValuesAsText("closesAt")).contains("2027-09-05T17:00:00");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'PLAN_CHANGED' AND target_id = ?", Integer.class, id))
                .isEqualTo(1);

        // the city office reads it but may not change it; a unit may not create plans
        Answer list = api.get(login("gkb_shi"), "/api/plans?year=2027");
        assertThat(list.body().findValuesAsText("regionCode")).contains("321012");
        assertThat(api.post(login("danwei"), "/api/plans", plan2027("单位计划")).status()).isEqualTo(403);
    }

    @Test
    void aPlanIsRefusedWithEveryProblemInChinese() {
        String office = login("gkb_qu");
        Answer bad = api.post(office, "/api/plans", """
                {"year":2027,"regionCode":"321000","name":"","windows":[
                 {"levelGroup":"GRADE","opensAt":"2027-08-31T00:00:00","closesAt":"2027-08-01T00:00:00","inPostCutoff":"2027-07-01"},
                 {"levelGroup":"GRADE","opensAt":"2027-08-01T00:00:00","closesAt":"2027-08-31T00:00:00","inPostCutoff":"2027-12-31"},
                 {"levelGroup":"TECHNICIAN","opensAt":"2027-07-01T00:00:00","closesAt":"2027-07-31T00:00:00"}],
                 "rules":[{"targetLevel":"INTERMEDIATE","yearsInLevel":-1,"trainingYears":2}]}
                """);
        assertThat(bad.status()).as(bad.raw()).isEqualTo(400);
        assertThat(bad.code()).isEqualTo("PLAN_INVALID");
        List<String> messages = bad.body().path("fieldErrors").findValuesAsText("message");
        assertThat(messages).contains("只能为本工考办管辖的地区（321012）制定考评计划", "请填写计划名称", "等级工报名截止时间应晚于开始时间",
                "等级工在职在岗截止日期不能早于报名截止日期", "等级工的报名时间重复，每个等级只能安排一次", "请填写技师在职在岗截止日期",
                "四级/中级工现等级年限应为0至30之间的整数");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exam_plan WHERE region_code = '321000'", Integer.class)).isZero();
    }

    @Test
    void oneSecondAfterTheWindowClosedNothingIsSubmittedNorSaved() {
        String unit = login("danwei");
        long onTime = worker(unit, Fixtures.worker("准时", TestIdNumbers.next(), "13912345678", "FW01", "2005-07-01"));
        long late = worker(unit, Fixtures.worker("迟到", TestIdNumbers.next(), "13912345678", "FW01", "2005-07-01"));
        // the demo plan's windows close on 2026-08-14 at 23:59:59 Shanghai time (sign in on that day: tokens follow the clock)
        testClock.setTo(OffsetDateTime.parse("2026-08-14T23:50:00+08:00").toInstant());
        String token = login("danwei");
        testClock.setTo(OffsetDateTime.parse("2026-08-14T23:59:59+08:00").toInstant());
        Answer last = api.post(token, "/api/declarations", Fixtures.declaration(onTime, "INTERMEDIATE", "FW01"));
        assertThat(last.status()).as(last.raw()).isEqualTo(201);
        testClock.setTo(OffsetDateTime.parse("2026-08-15T00:00:00+08:00").toInstant());
        Answer refused = api.post(token, "/api/declarations", Fixtures.declaration(late, "INTERMEDIATE", "FW01"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("WINDOW_CLOSED");
        assertThat(refused.body().path("message").asText()).isEqualTo("等级工报名已于2026年8月14日 23:59截止，系统已关闭，无法提交");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE worker_id = ?", Integer.class, late)).isZero();
        Answer deadlines = api.get(token, "/api/plans/deadlines");
        assertThat(deadlines.body().findValuesAsText("state")).doesNotContain("OPEN");
    }

    @Test
    void everyFailingRuleIsReportedAtOnceFromThePlansTable() throws Exception {
        String unit = login("danwei");
        String province = login("gkb_sheng");
        long worker = worker(unit, """
                {"name":"规则","idNumber":"%s","phone":"13912345678","establishment":"IN_ESTABLISHMENT",
                 "workStartDate":"2020-07-01","workTypeCode":"FW01","level":"JUNIOR","levelYear":2022}
                """.formatted(TestIdNumbers.next()));
        // the 合格库 holds a 中级工 certificate, the roster says 初级工: a warning (a worker without any record has none)
        assertThat(api.post(unit, "/api/roster/workers/" + worker + "/records/QUALIFICATION",
                "{\"title\":\"四级/中级工\",\"route\":\"考试\",\"obtainedOn\":\"2023-06-01\",\"workTypeCode\":\"FW01\"}").status())
                .isEqualTo(201);
        JsonNode plan = demoPlan(province);
        try {
            setTrainingYears(province, plan, 2);
            // 初级工 since 2022, working since 2020: two levels up without 破格, too few years, no training records
            Answer check = api.post(unit, "/api/eligibility/check",
                    "{\"workerId\":" + worker + ",\"targetLevel\":\"SENIOR\",\"workTypeCode\":\"FW01\",\"mode\":\"NORMAL\"}");
            assertThat(check.status()).as(check.raw()).isEqualTo(200);
            assertThat(check.body().path("eligible").asBoolean()).isFalse();
            assertThat(check.body().path("failures").findValuesAsText("rule"))
                    .containsExactly("level-progression", "seniority", "continuing-education");
            assertThat(check.body().path("failures").findValuesAsText("fix")).allSatisfy(fix -> assertThat(fix).isNotBlank());
            assertThat(check.body().path("warnings").findValuesAsText("message")).contains("现岗位等级与合格库信息不符，是否确认报考");

            Answer refused = api.post(unit, "/api/declarations", Fixtures.declaration(worker, "SENIOR", "FW01"));
            assertThat(refused.status()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("ELIGIBILITY_REJECTED");
            assertThat(refused.body().path("fieldErrors").findValuesAsText("field"))
                    .contains("rule:level-progression", "rule:continuing-education");
            assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE worker_id = ?", Integer.class, worker)).isZero();

            // the training records fix the training rule
            for (int year : new int[] {2024, 2025}) {
                Answer added = api.post(unit, "/api/roster/workers/" + worker + "/records/TRAINING",
                        "{\"title\":\"继续教育\",\"startedOn\":\"" + year + "-03-01\",\"endedOn\":\"" + year + "-03-03\",\"hours\":\"24\"}");
                assertThat(added.status()).as(added.raw()).isEqualTo(201);
            }
            Answer after = api.post(unit, "/api/eligibility/check",
                    "{\"workerId\":" + worker + ",\"targetLevel\":\"SENIOR\",\"workTypeCode\":\"FW01\",\"mode\":\"NORMAL\"}");
            assertThat(after.body().path("failures").findValuesAsText("rule")).doesNotContain("continuing-education");
        } finally {
            setTrainingYears(province, plan, 0);
        }
    }

    @Test
    void aWorkTypeClosedAtTheLevelThatYearIsRefused() {
        String unit = login("danwei");
        long worker = worker(unit, """
                {"name":"闸工","idNumber":"%s","phone":"13912345678","establishment":"IN_ESTABLISHMENT",
                 "workStartDate":"2005-07-01","workTypeCode":"SL01","level":"TECHNICIAN","levelYear":2018}
                """.formatted(TestIdNumbers.next()));
        Answer refused = api.post(unit, "/api/declarations", Fixtures.declaration(worker, "SENIOR_TECHNICIAN", "SL01"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.body().path("fieldErrors").findValuesAsText("message")).contains("工种“闸门运行”不在2026年度一级/高级技师考评范围内");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM senior_quota_place WHERE worker_id = ?", Integer.class, worker)).isZero();
    }

    @Test
    void aFraudRecordBarsThePersonForThreeYears() {
        String unit = login("danwei");
        String office = login("gkb_qu");
        long worker = worker(unit, Fixtures.worker("失信", TestIdNumbers.next(), "13912345678", "FW01", "2005-07-01"));
        Answer future = api.post(office, "/api/integrity-records", "{\"workerId\":" + worker + ",\"recordedOn\":\"2026-07-01\",\"reason\":\"伪造业绩\"}");
        assertThat(future.status()).isEqualTo(400);
        assertThat(future.code()).isEqualTo("INTEGRITY_RECORD_INVALID");
        assertThat(api.post(unit, "/api/integrity-records", "{\"workerId\":" + worker + ",\"recordedOn\":\"2024-06-16\",\"reason\":\"伪造业绩\"}").status())
                .isEqualTo(403);
        Answer recorded = api.post(office, "/api/integrity-records", "{\"workerId\":" + worker + ",\"recordedOn\":\"2023-06-16\",\"reason\":\"伪造业绩材料\"}");
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        assertThat(api.get(office, "/api/integrity-records").body().findValuesAsText("reason")).contains("伪造业绩材料");
        // 2023-06-16 + 3 years = 2026-06-16: still barred on the clock's 2026-06-15
        Answer barred = api.post(unit, "/api/declarations", Fixtures.declaration(worker, "INTERMEDIATE", "FW01"));
        assertThat(barred.status()).as(barred.raw()).isEqualTo(422);
        assertThat(barred.body().path("fieldErrors").findValuesAsText("message"))
                .contains("该人员有弄虚作假诚信记录，3年内不得申报等级考评（2026-06-16起可再申报）");
        testClock.setTo(OffsetDateTime.parse("2026-06-16T08:00:00+08:00").toInstant());
        Answer free = api.post(login("danwei"), "/api/declarations", Fixtures.declaration(worker, "INTERMEDIATE", "FW01"));
        assertThat(free.status()).as(free.raw()).isEqualTo(201);
    }

    @Test
    void twentySimultaneousSeniorTechnicianSubmissionsForThreePlacesAcceptExactlyThree() throws Exception {
        // 高级技师 declarations require uploads by default (issue 17); this test uploads none, so none are required here
        String office = login("gkb_sheng");
        long slotPlan = demoPlan(office).path("id").asLong();
        ArrayNode slots = (ArrayNode) api.get(office, "/api/material-slots/plans/" + slotPlan).body().path("slots").deepCopy();
        slots.forEach(slot -> ((ObjectNode) slot).put("required", false));
        assertThat(api.exchange(HttpMethod.PUT, office, "/api/material-slots/plans/" + slotPlan,
                JSON.createObjectNode().set("slots", slots).toString()).status()).isEqualTo(200);
        try {
            quotaUnderConcurrency();
        } finally {
            assertThat(api.exchange(HttpMethod.DELETE, office, "/api/material-slots/plans/" + slotPlan, null).status()).isEqualTo(200);
        }
    }

    private void quotaUnderConcurrency() throws Exception {
        String unit = login("danwei2");
        List<Long> technicians = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            technicians.add(worker(unit, """
                    {"name":"汽修%s","idNumber":"%s","phone":"13912345678","establishment":"IN_ESTABLISHMENT",
                     "workStartDate":"2005-07-01","workTypeCode":"JT02","level":"TECHNICIAN","levelYear":2020}
                    """.formatted("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌".charAt(i), TestIdNumbers.next())));
        }
        long unitId = jdbc.queryForObject("SELECT unit_id FROM worker WHERE id = ?", Long.class, technicians.get(0));
        Answer standing = api.get(unit, "/api/quota?unitId=" + unitId + "&workTypeCode=JT02");
        assertThat(standing.body().path("technicians").asInt()).isEqualTo(21);
        assertThat(standing.body().path("allowed").asInt()).isEqualTo(3);

        // 20 complete drafts (the 高级技师 extras filled in), then submitted at once: the quota decides, nothing else
        List<Long> drafts = new ArrayList<>();
        for (long worker : technicians.subList(0, 20)) {
            drafts.add(seniorDraft(unit, worker));
        }
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Answer>> answers = new ArrayList<>();
        for (long id : drafts) {
            Callable<Answer> submit = () -> {
                start.await();
                return submitDraft(unit, id);
            };
            answers.add(pool.submit(submit));
        }
        start.countDown();
        int accepted = 0;
        int exhausted = 0;
        for (Future<Answer> answer : answers) {
            Answer result = answer.get();
            if (result.status() == 200) {
                accepted++;
            } else {
                assertThat(result.code()).as(result.raw()).isEqualTo("QUOTA_EXHAUSTED");
                exhausted++;
            }
        }
        pool.shutdown();
        assertThat(accepted).isEqualTo(3);
        assertThat(exhausted).isEqualTo(17);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM declaration WHERE unit_id = ? AND target_level = 'SENIOR_TECHNICIAN'"
                + " AND work_type_code = 'JT02' AND status <> 'DRAFT'", Integer.class, unitId)).isEqualTo(3);
        assertThat(jdbc.queryForObject("SELECT used FROM senior_quota WHERE unit_id = ? AND work_type_code = 'JT02' AND plan_year = 2026",
                Integer.class, unitId)).isEqualTo(3);

        // a re-applicant who failed the province's comprehensive review in an earlier year takes no place
        long reapplicant = technicians.get(20);
        long reapplication = seniorDraft(unit, reapplicant);
        Answer noFailureYet = submitDraft(unit, reapplication);
        assertThat(noFailureYet.code()).isEqualTo("QUOTA_EXHAUSTED");
        assertThat(noFailureYet.body().path("message").asText()).isEqualTo("本单位该工种现有技师21人，2026年度高级技师申报指标为3人，已全部占用");
        Answer failure = api.post(login("gkb_qu"), "/api/quota/review-failures", "{\"workerId\":" + reapplicant + ",\"reviewYear\":2025}");
        assertThat(failure.status()).as(failure.raw()).isEqualTo(201);
        Answer reapplied = submitDraft(unit, reapplication);
        assertThat(reapplied.status()).as(reapplied.raw()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT counted FROM senior_quota_place WHERE worker_id = ?", Boolean.class, reapplicant)).isFalse();
        assertThat(api.get(unit, "/api/quota?unitId=" + unitId + "&workTypeCode=JT02").body().path("used").asInt()).isEqualTo(3);

        // a released place (withdrawal or rejection, as the declaration flow calls it) can be taken by one refused before
        long holder = jdbc.queryForObject("SELECT MIN(worker_id) FROM senior_quota_place WHERE unit_id = ? AND counted = TRUE", Long.class, unitId);
        Boolean released = transaction.execute(status -> quotas.release(holder, 2026));
        assertThat(released).isTrue();
        Boolean again = transaction.execute(status -> quotas.release(holder, 2026));
        assertThat(again).isFalse();
        long refusedBefore = drafts.stream()
                .filter(id -> "DRAFT".equals(jdbc.queryForObject("SELECT status FROM declaration WHERE id = ?", String.class, id)))
                .findFirst().orElseThrow();
        Answer second = submitDraft(unit, refusedBefore);
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        assertThat(jdbc.queryForObject("SELECT used FROM senior_quota WHERE unit_id = ? AND work_type_code = 'JT02' AND plan_year = 2026",
                Integer.class, unitId)).isEqualTo(3);
    }

    /** A 高级技师 draft for JT02 with its extras filled in (required on submit), nothing claimed, no thesis file. */
    private long seniorDraft(String unit, long worker) {
        Answer draft = api.post(unit, "/api/declarations/drafts", """
                {"entries":[{"workerId":%d,"targetLevel":"SENIOR_TECHNICIAN","workTypeCode":"JT02","mode":"NORMAL"}]}""".formatted(worker));
        assertThat(draft.status()).as(draft.raw()).isEqualTo(201);
        long id = draft.body().get(0).path("id").asLong();
        Answer extras = api.exchange(HttpMethod.PUT, unit, "/api/declarations/" + id + "/senior-extras", """
                {"annualAssessment":"EXCELLENT","resume":"2005年至今 汽车维修","rewardsPenalties":"无","achievements":"技术革新",
                 "claimedConditions":[],"thesisTitle":"汽车维修论文"}""");
        assertThat(extras.status()).as(extras.raw()).isEqualTo(200);
        return id;
    }

    private Answer submitDraft(String unit, long id) {
        return api.post(unit, "/api/declarations/submit", """
                {"ids":[%d],"commitment":"AGREE","contactName":"陈红梅","contactPhone":"0514-86881234","qualificationConfirmed":[%d]}"""
                .formatted(id, id));
    }

    private JsonNode demoPlan(String office) {
        Answer plans = api.get(office, "/api/plans?year=2026");
        for (JsonNode plan : plans.body()) {
            if (plan.path("regionCode").asText().equals("320000")) {
                return plan;
            }
        }
        throw new AssertionError("no demo plan: " + plans.raw());
    }

    private void setTrainingYears(String office, JsonNode plan, int years) {
        ObjectNode body = (ObjectNode) plan.deepCopy();
        ArrayNode rules = (ArrayNode) body.path("rules");
        rules.forEach(rule -> ((ObjectNode) rule).put("trainingYears", years));
        Answer changed = api.exchange(HttpMethod.PUT, office, "/api/plans/" + plan.path("id").asLong(), body.toString());
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
    }

    private long worker(String token, String body) {
        Answer created = api.post(token, "/api/roster/workers", body.replace("\n", ""));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().path("id").asLong();
    }
}
