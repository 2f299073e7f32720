package cn.gkgateway.eligibility;

import cn.gkgateway.identity.Role;
import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.Organisation;
import cn.gkgateway.organisation.OrganisationKind;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.organisation.UnitCategory;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestAccounts;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 16: the exam office's 诚信记录 and 省综合评审未通过 lists, recorded by ID number and name, within its region. */
class EligibilityAdminIT extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Organisations organisations;

    private long worker(String name, String idNumber) {
        Answer created = api.post(login("danwei"), "/api/roster/workers", Fixtures.worker(name, idNumber, "13912345678", "FW01", "2005-07-01"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().path("id").asLong();
    }

    /** An exam office of Nanjing (320100): a region that does not cover 江都区. */
    private String nanjingOffice() {
        Organisation office = organisations.findByName("南京市工考办").orElseGet(() -> organisations.save(new Organisation("南京市工考办", null,
                OrganisationKind.EXAM_OFFICE, UnitCategory.ADMINISTRATIVE, JurisdictionLevel.CITY, "320100", null, null)));
        return login(testAccounts.create(Role.EXAM_OFFICE, office.getId()));
    }

    private static String integrity(String idNumber, String name, String recordedOn, String reason) {
        return """
                {"idNumber":"%s","name":"%s","recordedOn":"%s","reason":"%s"}""".formatted(idNumber, name, recordedOn, reason);
    }

    @Test
    void theDistrictOfficeRecordsAFindingByIdNumberAndNameAndSeesItMaskedWithTheBarEnd() {
        String id = TestIdNumbers.next();
        long worker = worker("诚信甲", id);
        String office = login("gkb_qu");
        Answer recorded = api.post(office, "/api/integrity-records", integrity(id, "诚信甲", "2025-03-02", "伪造工作年限证明"));
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);

        JsonNode page = api.get(office, "/api/integrity-records?idNumber=" + id).body();
        assertThat(page.path("totalElements").asInt()).isEqualTo(1);
        JsonNode row = page.path("content").get(0);
        assertThat(row.path("workerId").asLong()).isEqualTo(worker);
        assertThat(row.path("idNumberMasked").asText()).isEqualTo(id.substring(0, 4) + "**********" + id.substring(14));
        assertThat(page.toString()).doesNotContain(id);
        assertThat(row.path("unitName").asText()).isEqualTo("扬州市江都区水利工程管理处");
        assertThat(row.path("barredUntil").asText()).isEqualTo("2028-03-02");
        assertThat(row.path("revoked").asBoolean()).isFalse();

        assertThat(api.get(office, "/api/integrity-records?name=诚信甲&year=2025").body().path("totalElements").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(api.get(office, "/api/integrity-records?idNumber=" + id + "&year=2024").body().path("totalElements").asInt()).isZero();
        assertThat(api.get(office, "/api/integrity-records?size=1").body().path("content")).hasSize(1);
        // the city above the district sees it too
        assertThat(api.get(login("gkb_shi"), "/api/integrity-records?idNumber=" + id).body().path("totalElements").asInt()).isEqualTo(1);
        // the declaration is refused while barred
        Answer barred = api.post(login("danwei"), "/api/eligibility/check", "{\"workerId\":" + worker
                + ",\"targetLevel\":\"INTERMEDIATE\",\"workTypeCode\":\"FW01\",\"mode\":\"NORMAL\"}");
        assertThat(barred.body().path("failures").findValuesAsText("rule")).contains("integrity");
    }

    @Test
    void everyProblemOfTheFormIsReportedUnderItsFieldAndNothingIsWritten() {
        String id = TestIdNumbers.next();
        worker("诚信乙", id);
        Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM integrity_record", Integer.class);
        Answer wrongName = api.post(login("gkb_qu"), "/api/integrity-records", integrity(id, "别人", "2026-07-01", ""));
        assertThat(wrongName.status()).as(wrongName.raw()).isEqualTo(400);
        assertThat(wrongName.code()).isEqualTo("INTEGRITY_RECORD_INVALID");
        assertThat(wrongName.body().path("fieldErrors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "recordedOn", "reason");
        assertThat(wrongName.body().path("fieldErrors").findValuesAsText("message"))
                .contains("姓名与名册中该身份证号的姓名不一致，请核对", "查实日期不能晚于今天", "请填写事由");
        String wrongCheckDigit = id.substring(0, 17) + (id.charAt(17) == '0' ? '1' : '0');
        Answer badId = api.post(login("gkb_qu"), "/api/integrity-records", integrity(wrongCheckDigit, "诚信乙", "2026-01-01", "伪造"));
        assertThat(badId.body().path("fieldErrors").findValuesAsText("code")).containsExactly("ID_CHECK_DIGIT");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM integrity_record", Integer.class)).isEqualTo(before);
    }

    @Test
    void anOfficeOfAnotherRegionNeitherSeesNorRecordsTheDistrictsPeopleAndAUnitMayNotRecord() {
        String id = TestIdNumbers.next();
        worker("诚信丙", id);
        assertThat(api.post(login("gkb_qu"), "/api/integrity-records", integrity(id, "诚信丙", "2026-01-05", "虚报业绩")).status())
                .isEqualTo(201);
        String nanjing = nanjingOffice();
        assertThat(api.get(nanjing, "/api/integrity-records?idNumber=" + id).body().path("totalElements").asInt()).isZero();
        Answer outside = api.post(nanjing, "/api/integrity-records", integrity(id, "诚信丙", "2026-01-05", "虚报业绩"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body().path("fieldErrors").findValuesAsText("code")).containsExactly("WORKER_NOT_FOUND");
        long recordId = jdbc.queryForObject("SELECT MAX(id) FROM integrity_record", Long.class);
        assertThat(api.post(nanjing, "/api/integrity-records/" + recordId + "/revoke", "{\"reason\":\"误记\"}").status()).isEqualTo(404);
        assertThat(api.post(login("danwei"), "/api/integrity-records", integrity(id, "诚信丙", "2026-01-05", "虚报业绩")).status())
                .isEqualTo(403);
        assertThat(api.get(login("danwei"), "/api/integrity-records").status()).isEqualTo(403);
        assertThat(api.get(nanjing, "/api/quota/review-failures").body().path("totalElements").asInt()).isZero();
    }

    @Test
    void aRevokedRecordBarsNobodyAndTheRevocationIsAudited() {
        String id = TestIdNumbers.next();
        long worker = worker("诚信丁", id);
        String office = login("gkb_qu");
        assertThat(api.post(office, "/api/integrity-records", integrity(id, "诚信丁", "2026-02-01", "冒用他人证书")).status()).isEqualTo(201);
        long recordId = api.get(office, "/api/integrity-records?idNumber=" + id).body().path("content").get(0).path("id").asLong();

        Answer noReason = api.post(office, "/api/integrity-records/" + recordId + "/revoke", "{\"reason\":\" \"}");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.body().path("fieldErrors").findValuesAsText("message")).containsExactly("请填写撤销原因");

        Answer revoked = api.post(office, "/api/integrity-records/" + recordId + "/revoke", "{\"reason\":\"录错了人\"}");
        assertThat(revoked.status()).as(revoked.raw()).isEqualTo(200);
        assertThat(revoked.body().path("revoked").asBoolean()).isTrue();
        assertThat(revoked.body().path("revokeReason").asText()).isEqualTo("录错了人");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'INTEGRITY_REVOKED' AND target_id = ?",
                Integer.class, recordId)).isEqualTo(1);
        Answer check = api.post(login("danwei"), "/api/eligibility/check", "{\"workerId\":" + worker
                + ",\"targetLevel\":\"INTERMEDIATE\",\"workTypeCode\":\"FW01\",\"mode\":\"NORMAL\"}");
        assertThat(check.body().path("failures").findValuesAsText("rule")).doesNotContain("integrity");
        assertThat(api.post(office, "/api/integrity-records/" + recordId + "/revoke", "{\"reason\":\"再次\"}").code())
                .isEqualTo("INTEGRITY_RECORD_REVOKED");
    }

    @Test
    void reviewFailuresAreRecordedOncePerYearAndListedWithinTheRegion() {
        String id = TestIdNumbers.next();
        long worker = worker("评审戊", id);
        String office = login("gkb_qu");
        String body = "{\"idNumber\":\"" + id + "\",\"name\":\"评审戊\",\"reviewYear\":2024}";
        Answer recorded = api.post(office, "/api/quota/review-failures", body);
        assertThat(recorded.status()).as(recorded.raw()).isEqualTo(201);
        Answer again = api.post(office, "/api/quota/review-failures", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("REVIEW_FAILURE_EXISTS");

        Answer bad = api.post(office, "/api/quota/review-failures", "{\"idNumber\":\"" + id + "\",\"name\":\"\",\"reviewYear\":2026}");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("fieldErrors").findValuesAsText("field")).containsExactlyInAnyOrder("name", "reviewYear");

        JsonNode page = api.get(office, "/api/quota/review-failures?idNumber=" + id).body();
        assertThat(page.path("totalElements").asInt()).isEqualTo(1);
        JsonNode row = page.path("content").get(0);
        assertThat(row.path("workerId").asLong()).isEqualTo(worker);
        assertThat(row.path("reviewYear").asInt()).isEqualTo(2024);
        assertThat(row.path("idNumberMasked").asText()).contains("**********");
        assertThat(page.toString()).doesNotContain(id);
        assertThat(api.get(office, "/api/quota/review-failures?idNumber=" + id + "&reviewYear=2023").body().path("totalElements").asInt())
                .isZero();
        assertThat(api.get(login("danwei"), "/api/quota/review-failures").status()).isEqualTo(403);
    }
}
