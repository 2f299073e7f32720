package cn.gkgateway.declaration;

import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.identity.Role;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.messaging.EventConsumer;
import cn.gkgateway.support.Eventually;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.MutableClock;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 个人网上报名 over HTTP on MariaDB: the applicant chooses city and level (fixed once saved), fills the form with the
 * unit from the cascade, saves, submits after the commitment, follows progress, resubmits a return at the returning
 * step and withdraws; every refusal (破格 reason too long, closed work type, two levels up, window closed, not on the
 * roster, someone else's declaration) leaves nothing half-saved.
 */
class IndividualDeclarationIT extends GatewayIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 10_000));

    @Autowired
    Accounts accounts;
    @Autowired
    PersonalDataProtector protector;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;
    @Autowired
    EventConsumer<DeclarationSubmitted> submissions;
    @Autowired
    JdbcTemplate jdbc;

    private record Person(String username, String token, long workerId, String idNumber) {
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A worker on 水利工程管理处's roster (初级工 since 2016, FW01, at work since 2006) and an applicant account of that person. */
    private Person applicant(String name, boolean onRoster) {
        String idNumber = TestIdNumbers.next();
        long workerId = 0;
        if (onRoster) {
            Answer worker = api.post(login("danwei"), "/api/roster/workers", Fixtures.worker(name, idNumber, "13912345678", "FW01", "2006-07-01"));
            assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
            workerId = worker.body().path("id").asLong();
        }
        String username = "ap_" + SEQUENCE.incrementAndGet() + "_" + System.nanoTime() % 1000;
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            Account account = new Account(username, name, passwordEncoder.encode(PASSWORD), Role.APPLICANT, null, protector.hash(idNumber));
            account.registerPhone(PhoneNumber.parse("13912345678", "phone"), protector);
            accounts.save(account);
        });
        return new Person(username, login(username), workerId, idNumber);
    }

    private long waterWorks(String token) {
        Answer units = api.get(token, "/api/applicant/units?region=321012");
        for (JsonNode unit : units.body()) {
            if (unit.path("name").asText().equals("扬州市江都区水利工程管理处")) {
                return unit.path("id").asLong();
            }
        }
        throw new AssertionError(units.raw());
    }

    private static String form(long unitId, String workTypeCode, boolean exceptional, String reason) {
        return """
                {"unitId":%d,"workStartDate":"2006-07-01","currentWorkTypeCode":"FW01","currentLevel":"JUNIOR","currentLevelYear":2016,
                 "unitCategory":"PUBLIC_INSTITUTION","unitLevel":"DISTRICT","workTypeCode":"%s","exceptional":%s,"reason":%s,
                 "textbookEthics":true,"textbookAbility":false,"textbookSkill":true}
                """.formatted(unitId, workTypeCode, exceptional, reason == null ? "null" : "\"" + reason + "\"");
    }

    private Answer choose(Person person, String level) {
        return api.exchange(HttpMethod.PUT, person.token(), "/api/applicant/choice",
                "{\"regionCode\":\"321000\",\"targetLevel\":\"" + level + "\"}");
    }

    private Answer save(Person person, String body) {
        return api.exchange(HttpMethod.PUT, person.token(), "/api/applicant/declaration", body);
    }

    private Answer submit(Person person, long id) {
        return api.post(person.token(), "/api/applicant/declarations/" + id + "/submit", "{\"commitment\":\"AGREE\"}");
    }

    private long savedDraft(Person person, String level) {
        assertThat(choose(person, level).status()).isEqualTo(200);
        Answer saved = save(person, form(waterWorks(person.token()), "FW01", false, null));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        return saved.body().path("declaration").path("id").asLong();
    }

    private JsonNode home(Person person) {
        return api.get(person.token(), "/api/applicant/home").body();
    }

    private Answer decide(String reviewer, long id, String decision, String reason) {
        return api.post(reviewer, "/api/reviews/" + id + "/decision",
                "{\"decision\":\"%s\",\"reason\":%s}".formatted(decision, reason == null ? "null" : "\"" + reason + "\""));
    }

    @Test
    void anApplicantChoosesCityAndLevelFillsTheFormSubmitsAndResubmitsAReturnAtTheReturningStep() throws InterruptedException {
        Person person = applicant("韩明远", true);
        assertThat(home(person).path("nextStep").asText()).contains("报名须知");
        assertThat(home(person).path("unit").path("name").asText()).isEqualTo("扬州市江都区水利工程管理处");
        assertThat(home(person).path("idNumberMasked").asText()).doesNotContain(person.idNumber().substring(6, 14)).endsWith(person.idNumber().substring(14));
        assertThat(home(person).path("helpContact").path("phone").asText()).isEqualTo("0514-86881234");

        // The cascade: city → district/county → unit.
        assertThat(api.get(person.token(), "/api/applicant/cities").body()).extracting(c -> c.path("code").asText() + c.path("name").asText())
                .contains("321000扬州市");
        assertThat(api.get(person.token(), "/api/applicant/districts?city=321000").body()).extracting(d -> d.path("name").asText())
                .contains("江都区");

        Answer chosen = choose(person, "INTERMEDIATE");
        assertThat(chosen.status()).as(chosen.raw()).isEqualTo(200);
        assertThat(chosen.body().path("regionName").asText()).isEqualTo("扬州市");
        // Saved = fixed.
        Answer again = choose(person, "SENIOR");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("APPLICANT_CHOICE_FIXED");

        // Every problem of the form at once, under its field.
        Answer empty = save(person, "{\"exceptional\":true}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body().path("fieldErrors")).extracting(e -> e.path("field").asText())
                .contains("unitId", "workStartDate", "currentWorkTypeCode", "currentLevel", "unitCategory", "unitLevel", "workTypeCode",
                        "reason", "textbookEthics", "textbookAbility", "textbookSkill");

        // A worker id or ID number in the request is not listened to: the person is the signed-in identity.
        Answer saved = save(person, form(waterWorks(person.token()), "FW01", false, null)
                .replace("{\"unitId\"", "{\"workerId\":1,\"idNumber\":\"110101199003074514\",\"unitId\""));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        long id = saved.body().path("declaration").path("id").asLong();
        assertThat(saved.body().path("declaration").path("workerId").asLong()).isEqualTo(person.workerId());
        assertThat(saved.body().path("declaration").path("status").asText()).isEqualTo("DRAFT");
        assertThat(saved.body().path("declaration").path("authorKind").asText()).isEqualTo("APPLICANT");
        assertThat(saved.body().path("workYears").asInt()).isEqualTo(19);
        assertThat(saved.body().path("textbookAbility").asBoolean()).isFalse();
        assertThat(home(person).path("nextStep").asText()).contains("尚未提交");

        // The commitment is the applicant's own; 不同意 stops.
        assertThat(api.post(person.token(), "/api/applicant/declarations/" + id + "/submit", "{\"commitment\":\"DISAGREE\"}").code())
                .isEqualTo("COMMITMENT_NOT_ACCEPTED");
        long consumedBefore = submissions.consumed();
        Answer submitted = submit(person, id);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        assertThat(submitted.body().path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(submitted.body().path("contactName").asText()).isEqualTo("韩明远");
        assertThat(submitted.body().path("contactPhone").asText()).isEqualTo("139****5678");
        assertThat(home(person).path("nextStep").asText()).contains("等待审核").contains("主管部门");

        // The department approves, the exam office returns: the applicant fixes the form and resubmits into the exam office's step.
        assertThat(decide(login("zhuguan"), id, "APPROVE", null).status()).isEqualTo(200);
        Answer returned = decide(login("gkb_qu"), id, "RETURN", "请核对参加工作时间");
        assertThat(returned.body().path("status").asText()).isEqualTo("RETURNED");
        assertThat(home(person).path("nextStep").asText()).contains("退回补充");
        Answer fixed = save(person, form(waterWorks(person.token()), "FW01", false, null).replace("2006-07-01", "2006-08-01"));
        assertThat(fixed.status()).as(fixed.raw()).isEqualTo(200);
        assertThat(fixed.body().path("workStartDate").asText()).isEqualTo("2006-08-01");
        Answer resubmitted = api.post(person.token(), "/api/applicant/declarations/" + id + "/resubmit", "{}");
        assertThat(resubmitted.status()).as(resubmitted.raw()).isEqualTo(200);
        assertThat(resubmitted.body().path("round").asInt()).isEqualTo(2);
        JsonNode pending = null;
        for (JsonNode step : resubmitted.body().path("steps")) {
            if (step.path("status").asText().equals("PENDING")) {
                pending = step;
            }
        }
        assertThat(pending).isNotNull();
        assertThat(pending.path("round").asInt()).isEqualTo(2);
        assertThat(pending.path("stepNo").asInt()).isEqualTo(2);
        // The reviewer judges the values the applicant declared (the roster says 2006-07-01), and the rules over them.
        String office = login("gkb_qu");
        assertThat(api.get(office, "/api/declarations/" + id).body().path("authorKind").asText()).isEqualTo("APPLICANT");
        JsonNode detail = api.get(office, "/api/declarations/" + id + "/detail").body();
        assertThat(detail.path("workStartDate").asText()).isEqualTo("2006-08-01");
        assertThat(detail.path("currentLevelYear").asInt()).isEqualTo(2016);
        assertThat(detail.path("rules")).allMatch(rule -> rule.path("passed").asBoolean());

        // Both submissions are events, consumed; the applicant declared themselves, so no 申报提醒 is written.
        List<String> submittedEvents = jdbc.queryForList("SELECT event_id FROM outbox_event WHERE aggregate_id = ?"
                + " AND event_type = 'declaration.submitted' ORDER BY id", String.class, id);
        assertThat(submittedEvents).hasSize(2);
        Eventually.await(() -> submissions.consumed() >= consumedBefore + 2, Duration.ofSeconds(20));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM notification WHERE kind = 'DECLARED_BY_UNIT_SMS' AND event_id IN (?, ?)",
                Integer.class, submittedEvents.get(0), submittedEvents.get(1))).isZero();
    }

    @Test
    void refusalsSayWhyAndLeaveNothingHalfSaved() {
        Person person = applicant("邓雨桐", true);
        assertThat(choose(person, "INTERMEDIATE").status()).isEqualTo(200);
        long unit = waterWorks(person.token());

        // 破格 reason of 101 characters.
        Answer tooLong = save(person, form(unit, "FW01", true, "长".repeat(101)));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().path("fieldErrors").get(0).path("field").asText()).isEqualTo("reason");
        assertThat(home(person).path("declaration").isNull()).isTrue();
        assertThat(api.get(person.token(), "/api/declarations").body()).isEmpty();

        // A unit the person is not on the roster of.
        Answer roads = api.get(person.token(), "/api/applicant/units?region=321012");
        long otherUnit = 0;
        for (JsonNode u : roads.body()) {
            if (u.path("name").asText().equals("扬州市江都区公路管理站")) {
                otherUnit = u.path("id").asLong();
            }
        }
        Answer notHere = save(person, form(otherUnit, "FW01", false, null));
        assertThat(notHere.status()).isEqualTo(400);
        assertThat(notHere.code()).isEqualTo("APPLICANT_NOT_ON_ROSTER");
        assertThat(notHere.body().path("message").asText()).contains("您不在所选单位的在册人员名单中");
        assertThat(api.get(person.token(), "/api/declarations").body()).isEmpty();

        // A work type closed this year at that level: refused on submission, the draft stays a draft.
        Set<String> open = new HashSet<>();
        api.get(person.token(), "/api/catalog/work-types?year=2026&level=INTERMEDIATE").body().forEach(t -> open.add(t.path("code").asText()));
        String closed = null;
        for (JsonNode type : api.get(person.token(), "/api/catalog/work-types").body()) {
            if (!open.contains(type.path("code").asText())) {
                closed = type.path("code").asText();
                break;
            }
        }
        assertThat(closed).isNotNull();
        Answer saved = save(person, form(unit, closed, false, null));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        long id = saved.body().path("declaration").path("id").asLong();
        Answer closedType = submit(person, id);
        assertThat(closedType.status()).as(closedType.raw()).isEqualTo(422);
        assertThat(closedType.code()).isEqualTo("ELIGIBILITY_REJECTED");
        assertThat(closedType.body().path("fieldErrors")).extracting(e -> e.path("field").asText()).contains("rule:work-type-open");
        assertDraftUntouched(person, id);

        // One second after the window closed (the demo plan's windows close 60 days after 2026-06-15, 23:59:59).
        assertThat(save(person, form(unit, "FW01", false, null)).status()).isEqualTo(200);
        clock.setTo(OffsetDateTime.parse("2026-08-15T00:00:00+08:00").toInstant());
        person = signedInAgain(person);
        Answer late = submit(person, id);
        assertThat(late.code()).as(late.raw()).isEqualTo("WINDOW_CLOSED");
        assertDraftUntouched(person, id);
        clock.setTo(OffsetDateTime.parse("2026-08-14T23:59:59+08:00").toInstant());
        person = signedInAgain(person);
        assertThat(submit(person, id).status()).isEqualTo(200);
    }

    @Test
    void twoLevelsUpWithoutExceptionIsRefused() {
        Person person = applicant("冯子墨", true);
        long id = savedDraft(person, "SENIOR");
        Answer refused = submit(person, id);
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.body().path("fieldErrors")).extracting(e -> e.path("field").asText()).contains("rule:level-progression");
        assertDraftUntouched(person, id);
        // The rules read what the applicant declared: as 四级 (the roster still says 五级) 三级 is one level up.
        Answer declared = save(person, form(waterWorks(person.token()), "FW01", false, null).replace("\"currentLevel\":\"JUNIOR\"",
                "\"currentLevel\":\"INTERMEDIATE\""));
        assertThat(declared.body().path("currentLevel").asText()).as(declared.raw()).isEqualTo("INTERMEDIATE");
        Answer accepted = submit(person, id);
        assertThat(accepted.status()).as(accepted.raw()).isEqualTo(200);
    }

    @Test
    void nobodyActsOnSomeoneElsesDeclarationAndAPersonOffTheRosterCannotDeclare() {
        Person owner = applicant("蒋文博", true);
        long id = savedDraft(owner, "INTERMEDIATE");
        Person other = applicant("沈佳怡", true);
        assertThat(api.get(other.token(), "/api/applicant/declarations/" + id + "/form").status()).isEqualTo(404);
        assertThat(submit(other, id).status()).isEqualTo(404);
        assertThat(api.post(other.token(), "/api/applicant/declarations/" + id + "/resubmit", "{}").status()).isEqualTo(404);
        assertThat(api.post(other.token(), "/api/applicant/declarations/" + id + "/withdraw", null).status()).isEqualTo(404);
        assertThat(api.get(other.token(), "/api/declarations/" + id).status()).isEqualTo(404);
        assertThat(api.exchange(HttpMethod.DELETE, other.token(), "/api/declarations/" + id, null).status()).isEqualTo(404);
        assertThat(api.get(other.token(), "/api/applicant/declarations/" + id + "/form").raw()).doesNotContain("蒋文博");
        // A unit's declaration of another worker is not the applicant's either.
        Answer unitDraft = api.post(login("danwei"), "/api/declarations/drafts",
                "{\"entries\":[{\"workerId\":%d,\"targetLevel\":\"SENIOR\",\"workTypeCode\":\"FW01\",\"mode\":\"NORMAL\"}]}".formatted(other.workerId()));
        assertThat(unitDraft.status()).as(unitDraft.raw()).isEqualTo(201);
        assertThat(submit(owner, unitDraft.body().get(0).path("id").asLong()).status()).isEqualTo(404);
        // The owner's draft is as it was.
        assertDraftUntouched(owner, id);

        Person stranger = applicant("孔令宇", false);
        assertThat(choose(stranger, "INTERMEDIATE").status()).isEqualTo(200);
        Answer refused = save(stranger, form(waterWorks(stranger.token()), "FW01", false, null));
        assertThat(refused.code()).isEqualTo("APPLICANT_NOT_ON_ROSTER");
        assertThat(refused.body().path("fieldErrors").get(0).path("field").asText()).isEqualTo("unitId");
        assertThat(api.get(stranger.token(), "/api/declarations").body()).isEmpty();
        // A unit operator is not an applicant.
        assertThat(api.exchange(HttpMethod.PUT, login("danwei"), "/api/applicant/choice", "{\"regionCode\":\"321000\",\"targetLevel\":\"JUNIOR\"}")
                .status()).isEqualTo(403);
    }

    @Test
    void aSubmittedUnreviewedDeclarationIsWithdrawnAndTheChoiceDeletedToStartAgain() {
        Person person = applicant("魏思远", true);
        long id = savedDraft(person, "INTERMEDIATE");
        assertThat(submit(person, id).status()).isEqualTo(200);
        assertThat(api.exchange(HttpMethod.DELETE, person.token(), "/api/applicant/choice", null).code()).isEqualTo("APPLICANT_DECLARATION_SUBMITTED");
        Answer withdrawn = api.post(person.token(), "/api/applicant/declarations/" + id + "/withdraw", null);
        assertThat(withdrawn.status()).as(withdrawn.raw()).isEqualTo(200);
        assertThat(withdrawn.body().path("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(home(person).path("nextStep").asText()).contains("撤回");
        assertThat(api.exchange(HttpMethod.DELETE, person.token(), "/api/applicant/choice", null).status()).isEqualTo(204);
        // A fresh start at another level: choose, save a draft, then delete it with the choice.
        long draft = savedDraft(person, "SENIOR");
        assertThat(api.exchange(HttpMethod.DELETE, person.token(), "/api/applicant/choice", null).status()).isEqualTo(204);
        assertThat(api.get(person.token(), "/api/declarations/" + draft).status()).isEqualTo(404);
        assertThat(home(person).path("choice").isNull()).isTrue();
    }

    /** A new sign-in after the clock moved (a token expires with the gateway's clock). */
    private Person signedInAgain(Person person) {
        return new Person(person.username(), login(person.username()), person.workerId(), person.idNumber());
    }

    private void assertDraftUntouched(Person person, long id) {
        Answer found = api.get(person.token(), "/api/declarations/" + id);
        assertThat(found.body().path("status").asText()).isEqualTo("DRAFT");
        assertThat(found.body().path("steps")).isEmpty();
        assertThat(found.body().path("submittedAt").isNull()).isTrue();
        assertThat(found.body().path("contactName").isNull()).isTrue();
    }
}
