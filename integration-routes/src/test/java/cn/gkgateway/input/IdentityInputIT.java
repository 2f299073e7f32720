package cn.gkgateway.input;

import cn.gkgateway.audit.AuditEntries;
import cn.gkgateway.audit.AuditEntry;
import cn.gkgateway.roster.Workers;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Identity values and text as the forms send them: normalised, refused with codes, masked, searched safely. */
class IdentityInputIT extends GatewayIntegrationTest {

    @Autowired
    Workers workers;
    @Autowired
    AuditEntries auditEntries;

    private String unit;

    @BeforeEach
    void signIn() {
        unit = login("danwei");
    }

    @Test
    void fullWidthAndSpacedIdNumbersAndPhonesAreStoredNormalised() {
        String idNumber = TestIdNumbers.next();
        String typed = "\u200b" + toFullWidth(idNumber.substring(0, 6)) + " " + idNumber.substring(6) + "\u3000";
        Answer created = api.post(unit, "/api/roster/workers", Fixtures.worker("周\u00a0", typed, "+86 139-1234-5678", "FW01", "2008-07-01"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        assertThat(created.body().path("name").asText()).isEqualTo("周");
        assertThat(created.body().path("phone").asText()).isEqualTo("139****5678");
        assertThat(workers.findById(created.body().path("id").asLong()).orElseThrow().getIdNumberMasked())
                .isEqualTo(idNumber.substring(0, 4) + "**********" + idNumber.substring(14));
        // the same person typed plainly is the same person
        assertThat(api.post(unit, "/api/roster/workers", Fixtures.worker("周", idNumber, "13912345678", "FW01", "2008-07-01")).code())
                .isEqualTo("WORKER_DUPLICATE");
    }

    @Test
    void idNumberRefusalsCarryTheirCodesPerField() {
        Answer scientific = api.post(unit, "/api/roster/workers", Fixtures.worker("周", "3.21012E+17", "13912345678", "FW01", "2008-07-01"));
        assertThat(scientific.status()).isEqualTo(400);
        assertThat(scientific.body().path("fieldErrors").get(0).path("code").asText()).isEqualTo("ID_SCIENTIFIC_NOTATION");
        assertThat(scientific.body().path("fieldErrors").get(0).path("message").asText()).contains("请将该列设置为文本格式后重新录入");
        String first17 = "991012198501011234".substring(0, 17);
        Answer region = api.post(unit, "/api/roster/workers",
                Fixtures.worker("周", first17 + cn.gkgateway.identity.IdNumber.checkCharacter(first17), "13912345678", "FW01", "2008-07-01"));
        assertThat(region.body().path("fieldErrors").get(0).path("code").asText()).isEqualTo("ID_REGION");
    }

    @Test
    void declarationsAcceptALandlineContactPhoneAndShowItMasked() {
        long workerId = created(api.post(unit, "/api/roster/workers", Fixtures.worker("吴", TestIdNumbers.next(), "13912345678", "FW01", "2005-07-01")));
        Answer declared = api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "FW01")
                .replace("13900001111", "(0514)8765 4321转123"));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        assertThat(declared.body().path("contactPhone").asText()).isEqualTo("0514-****4321");
        Answer wrong = api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "FW01").replace("13900001111", "8765"));
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body().path("fieldErrors").get(0).path("code").asText()).isEqualTo("CONTACT_PHONE_FORMAT");
    }

    @Test
    void theFullBirthDateGoesOnlyToTheWorkersOwnUnit() {
        long workerId = created(api.post(unit, "/api/roster/workers", Fixtures.worker("郑", TestIdNumbers.next(), "13912345678", "FW01", "2008-07-01")));
        Answer own = api.get(unit, "/api/roster/workers/" + workerId);
        assertThat(own.body().path("birthDate").asText()).startsWith("1985-");
        assertThat(own.body().path("birthYear").asInt()).isEqualTo(1985);
        for (String other : new String[] {"zhuguan", "gkb_qu", "admin"}) {
            Answer seen = api.get(login(other), "/api/roster/workers/" + workerId);
            assertThat(seen.status()).as(other).isEqualTo(200);
            assertThat(seen.body().path("birthDate").isNull()).as(other).isTrue();
            assertThat(seen.body().path("birthYear").asInt()).as(other).isEqualTo(1985);
            assertThat(seen.raw()).as(other).doesNotContain("1985-");
        }
        Answer list = api.get(login("gkb_qu"), "/api/roster/workers?size=100");
        assertThat(list.raw()).doesNotContain("\"birthDate\":\"");
    }

    @Test
    void namesWithControlOrBidiCharactersOrTooLongAreRefusedAndNotEchoedWhole() {
        for (String name : new String[] {"王\\u0000五", "王\\u001b五", "王\u202e五", "王\u2066五", "王\u200b五"}) {
            Answer answer = api.post(unit, "/api/roster/workers", Fixtures.worker(name, TestIdNumbers.next(), "13912345678", "FW01", "2008-07-01"));
            assertThat(answer.status()).as(name).isEqualTo(400);
            assertThat(answer.body().path("fieldErrors").get(0).path("code").asText()).isEqualTo("TEXT_CONTROL_CHARACTERS");
        }
        Answer tooLong = api.post(unit, "/api/roster/workers", Fixtures.worker("王".repeat(31), TestIdNumbers.next(), "13912345678", "FW01", "2008-07-01"));
        assertThat(tooLong.body().path("fieldErrors").get(0).path("message").asText()).isEqualTo("姓名不能超过30个字");
        String longCode = "Z".repeat(5000);
        Answer echoed = api.post(unit, "/api/roster/workers", Fixtures.worker("王五", TestIdNumbers.next(), "13912345678", longCode, "2008-07-01"));
        assertThat(echoed.status()).isEqualTo(400);
        assertThat(echoed.raw()).contains("工种代码不存在或已取消：" + "Z".repeat(20) + "…").doesNotContain("Z".repeat(21));
        long workerId = created(api.post(unit, "/api/roster/workers", Fixtures.worker("王五", TestIdNumbers.next(), "13912345678", "FW01", "2008-07-01")));
        Answer declared = api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", longCode));
        assertThat(declared.status()).isEqualTo(422);
        assertThat(declared.raw()).contains("申报工种不存在：" + "Z".repeat(20) + "…").doesNotContain("Z".repeat(21));
    }

    @Test
    void aReviewReasonWithHiddenCharactersIsRefused() {
        long workerId = created(api.post(unit, "/api/roster/workers", Fixtures.worker("卫", TestIdNumbers.next(), "13912345678", "FW01", "2005-07-01")));
        Answer declared = api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "FW01"));
        long declarationId = created(declared);
        String department = login("zhuguan");
        Answer refused = api.post(department, "/api/reviews/" + declarationId + "/decision", "{\"decision\":\"REJECT\",\"reason\":\"材料\u202e不全\"}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("TEXT_CONTROL_CHARACTERS");
        assertThat(api.get(department, "/api/declarations/" + declarationId).body().path("steps").get(0).path("status").asText()).isEqualTo("PENDING");
        Answer twoLines = api.post(department, "/api/reviews/" + declarationId + "/decision", "{\"decision\":\"RETURN\",\"reason\":\"材料不全，\\n请补充\"}");
        assertThat(twoLines.status()).as(twoLines.raw()).isEqualTo(200);
    }

    @Test
    void searchTreatsPercentAndUnderscoreAsText() {
        // the client encodes the query: % travels as %25
        created(api.post(unit, "/api/roster/workers", Fixtures.worker("钱七", TestIdNumbers.next(), "13912345678", "FW01", "2008-07-01")));
        assertThat(api.get(unit, "/api/roster/workers?name=" + "钱").body().path("totalElements").asLong()).isPositive();
        assertThat(api.get(unit, "/api/roster/workers?name=" + "%").body().path("totalElements").asLong()).isZero();
        assertThat(api.get(unit, "/api/roster/workers?name=" + "_").body().path("totalElements").asLong()).isZero();
        assertThat(api.get(unit, "/api/roster/workers?name=" + "!").body().path("totalElements").asLong()).isZero();
    }

    @Test
    void aPersonOnAnotherUnitsRosterIsRefusedWithoutNamingItAndTheRefusalIsAudited() {
        String idNumber = TestIdNumbers.next();
        long workerId = created(api.post(login("danwei2"), "/api/roster/workers", Fixtures.worker("孙八", idNumber, "13912345678", "JT07", "2008-07-01")));
        long before = workers.count();
        Answer refused = api.post(unit, "/api/roster/workers", Fixtures.worker("孙八", idNumber, "13912345678", "FW01", "2008-07-01"));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.code()).isEqualTo("WORKER_ON_OTHER_ROSTER");
        assertThat(refused.body().path("message").asText()).isEqualTo("该人员已在其他单位名册中，如需调入请联系工考办");
        assertThat(refused.raw()).doesNotContain("公路").doesNotContain(idNumber);
        assertThat(workers.count()).isEqualTo(before);
        assertThat(auditEntries.findByTargetTypeAndTargetIdOrderByIdAsc("worker", workerId))
                .extracting(AuditEntry::getAction, AuditEntry::getActorUsername)
                .contains(org.assertj.core.groups.Tuple.tuple("WORKER_ON_OTHER_ROSTER_REFUSED", "danwei"));
    }

    private static long created(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body().path("id").asLong();
    }

    private static String toFullWidth(String digits) {
        StringBuilder wide = new StringBuilder();
        digits.chars().forEach(c -> wide.append((char) (c - '0' + '０')));
        return wide.toString();
    }
}
