package cn.gkgateway.declaration;

import cn.gkgateway.materials.CraftedFiles;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 over HTTP on MariaDB: the 高级技师 extras edited by the declaration's unit only, submission refused with
 * every missing item, a claimed condition without its proof refused, the thesis named by its title at upload and at
 * submit, crafted thesis files refused with nothing stored, a genuine Word 97 .doc accepted, and a complete 高级技师
 * declaration submitted and shown to its reviewer.
 */
class SeniorExtrasIT extends GatewayIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String COMPLETE = """
            {"annualAssessment":"EXCELLENT","resume":"2005-2015 公路管理站 炊事员\\n2015至今 公路管理站 厨师长",
             "rewardsPenalties":"2020年获市级技术能手","achievements":"主持食堂标准化改造",
             "claimedConditions":[2],"thesisTitle":"%s"}""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theUnitFillsTheExtrasAndOnlyACompleteSeniorDeclarationWithItsThesisNamedByItsTitleIsSubmitted() {
        String unit = login("danwei2");
        long workerId = worker(unit, "高技甲");
        long id = draft(unit, workerId, "SENIOR_TECHNICIAN");
        String extrasPath = "/api/declarations/" + id + "/senior-extras";

        Answer empty = api.get(unit, extrasPath);
        assertThat(empty.status()).as(empty.raw()).isEqualTo(200);
        assertThat(empty.body().path("editable").asBoolean()).isTrue();
        assertThat(empty.body().path("conditions")).hasSize(8);
        assertThat(empty.body().path("conditions").get(7).path("name").asText()).isEqualTo("可选条件八");
        assertThat(empty.body().path("missing")).hasSize(5);

        // another unit and a reviewer neither read a draft's extras nor change them
        String other = login("danwei");
        String reviewer = login("zhuguan2");
        for (String stranger : new String[] {other, reviewer}) {
            assertThat(api.get(stranger, extrasPath).status()).isEqualTo(404);
            Answer changed = api.exchange(HttpMethod.PUT, stranger, extrasPath, COMPLETE.formatted("偷改"));
            assertThat(changed.status()).isEqualTo(404);
            assertThat(changed.code()).isEqualTo("DECLARATION_NOT_FOUND");
        }

        // per-field Chinese errors, nothing half-saved
        Answer invalid = api.exchange(HttpMethod.PUT, unit, extrasPath, """
                {"annualAssessment":"GOOD","resume":"%s","rewardsPenalties":"无","claimedConditions":[9],"thesisTitle":"论文"}"""
                .formatted("简".repeat(2001)));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.code()).isEqualTo("SENIOR_EXTRAS_INVALID");
        assertThat(invalid.body().path("fieldErrors").findValuesAsText("field"))
                .containsExactly("annualAssessment", "resume", "claimedConditions");
        assertThat(invalid.body().path("fieldErrors").get(1).path("message").asText()).isEqualTo("学习工作简历不能超过2000个字");
        assertThat(api.get(unit, extrasPath).body().path("rewardsPenalties").isNull()).isTrue();

        // every required slot filled, the thesis (a genuine Word 97 .doc) before any title is set
        for (String slot : new String[] {"CURRENT_CERT", "WAGE_APPROVAL", "ANNUAL_ASSESSMENT", "APPLICATION_FORM"}) {
            assertThat(upload(unit, id, slot, "photo.jpg", photo()).status()).isEqualTo(201);
        }
        Answer thesis = upload(unit, id, "THESIS", "浅谈烹饪安全.doc", CraftedFiles.word97());
        assertThat(thesis.status()).as(thesis.raw()).isEqualTo(201);

        Answer missing = submit(unit, id);
        assertThat(missing.status()).as(missing.raw()).isEqualTo(422);
        assertThat(missing.code()).isEqualTo("SENIOR_EXTRAS_MISSING");
        assertThat(missing.body().path("message").asText()).contains("高技甲").contains("年度考核结果").contains("学习工作简历")
                .contains("奖惩情况").contains("主要技术业务工作业绩").contains("论文标题");
        assertThat(missing.body().path("fieldErrors").findValuesAsText("field"))
                .containsExactly("annualAssessment", "resume", "rewardsPenalties", "achievements", "thesisTitle");
        assertThat(status(unit, id)).isEqualTo("DRAFT");

        Answer saved = api.exchange(HttpMethod.PUT, unit, extrasPath, COMPLETE.formatted("浅谈烹饪安全"));
        assertThat(saved.status()).as(saved.raw()).isEqualTo(200);
        assertThat(saved.body().path("annualAssessmentName").asText()).isEqualTo("优秀");
        assertThat(saved.body().path("resume").asText()).contains("\n");
        assertThat(saved.body().path("thesisFiles").get(0).path("matchesTitle").asBoolean()).isTrue();
        assertThat(saved.body().path("missing")).isEmpty();

        // 可选条件二 is claimed: its proof is needed
        Answer noProof = submit(unit, id);
        assertThat(noProof.code()).as(noProof.raw()).isEqualTo("SENIOR_CONDITION_PROOF_MISSING");
        assertThat(noProof.body().path("message").asText()).contains("可选条件二证明材料");
        assertThat(placesOf(workerId)).as("no quota place taken by a refused submission").isZero();
        assertThat(upload(unit, id, "CONDITION_2", "proof.jpg", photo()).status()).isEqualTo(201);

        // the title changed after the upload: refused on submit, naming both
        assertThat(api.exchange(HttpMethod.PUT, unit, extrasPath, COMPLETE.formatted("论烹饪卫生")).status()).isEqualTo(200);
        Answer mismatch = submit(unit, id);
        assertThat(mismatch.status()).isEqualTo(400);
        assertThat(mismatch.code()).isEqualTo("THESIS_TITLE_MISMATCH");
        assertThat(mismatch.body().path("message").asText()).contains("浅谈烹饪安全.doc").contains("论烹饪卫生");
        assertThat(status(unit, id)).isEqualTo("DRAFT");

        // at upload: a name that is not the title, and crafted files named right, are refused and nothing is stored
        assertRefused(upload(unit, id, "THESIS", "浅谈烹饪安全.docx", CraftedFiles.docx()), "THESIS_TITLE_MISMATCH");
        assertRefused(upload(unit, id, "THESIS", "论烹饪卫生.doc", CraftedFiles.xls()), "FILE_TYPE_UNSUPPORTED");
        assertRefused(upload(unit, id, "THESIS", "论烹饪卫生.docx",
                CraftedFiles.zip(CraftedFiles.parts(CraftedFiles.DOCM_MAIN, CraftedFiles.DOCUMENT))), "DOCUMENT_MACRO_REFUSED");
        assertRefused(upload(unit, id, "THESIS", "论烹饪卫生.docm", CraftedFiles.docx()), "FILE_NAME_INVALID");
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY x \"x\">]>" + CraftedFiles.DOCUMENT.substring(CraftedFiles.DOCUMENT.indexOf("<w:document"));
        assertRefused(upload(unit, id, "THESIS", "论烹饪卫生.docx", CraftedFiles.zip(CraftedFiles.parts(CraftedFiles.DOCX_MAIN, dtd))),
                "DOCUMENT_DTD_REFUSED");
        assertRefused(upload(unit, id, "THESIS", "论烹饪卫生.pdf", "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)),
                "FILE_TYPE_UNSUPPORTED");
        JsonNode thesisSlot = slot(unit, id, "THESIS");
        assertThat(thesisSlot.path("materials")).as("nothing stored after the refusals").hasSize(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM material WHERE declaration_id = ? AND slot_code = 'THESIS'", Integer.class, id))
                .isEqualTo(1);

        // the right name (full-width and surrounding spaces do not count): the genuine .doc is accepted
        assertThat(api.exchange(HttpMethod.DELETE, unit, "/api/materials/" + thesisSlot.path("materials").get(0).path("id").asText(), null)
                .status()).isEqualTo(204);
        Answer renamed = upload(unit, id, "THESIS", "论烹饪卫生 .doc", CraftedFiles.word97());
        assertThat(renamed.status()).as(renamed.raw()).isEqualTo(201);

        Answer submitted = submit(unit, id);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        assertThat(submitted.body().get(0).path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(placesOf(workerId)).isEqualTo(1);

        // the reviewer reads what they judge; nobody changes it while under review
        Answer seen = api.get(reviewer, extrasPath);
        assertThat(seen.status()).as(seen.raw()).isEqualTo(200);
        assertThat(seen.body().path("editable").asBoolean()).isFalse();
        assertThat(seen.body().path("annualAssessmentName").asText()).isEqualTo("优秀");
        assertThat(seen.body().path("achievements").asText()).isEqualTo("主持食堂标准化改造");
        assertThat(seen.body().path("thesisTitle").asText()).isEqualTo("论烹饪卫生");
        assertThat(seen.body().path("conditions").get(1).path("claimed").asBoolean()).isTrue();
        assertThat(seen.body().path("conditions").get(1).path("proofFiles").asInt()).isEqualTo(1);
        assertThat(seen.body().path("thesisFiles").get(0).path("matchesTitle").asBoolean()).isTrue();
        assertThat(api.exchange(HttpMethod.PUT, unit, extrasPath, COMPLETE.formatted("论烹饪卫生")).code()).isEqualTo("DECLARATION_NOT_EDITABLE");
        Answer detail = api.get(reviewer, "/api/declarations/" + id + "/detail");
        assertThat(detail.body().path("timeline")).extracting(node -> node.path("action").asText()).contains("DECLARATION_SENIOR_EXTRAS");
    }

    @Test
    void aThesisUploadedAfterTheTitleIsCheckedAtOnceAndOtherLevelsHaveNoExtras() {
        String unit = login("danwei2");
        long id = draft(unit, worker(unit, "高技乙"), "SENIOR_TECHNICIAN");
        assertThat(api.exchange(HttpMethod.PUT, unit, "/api/declarations/" + id + "/senior-extras", COMPLETE.formatted("ＰＬＣ　控制")).status())
                .isEqualTo(200);
        Answer wrong = upload(unit, id, "THESIS", "论文.doc", CraftedFiles.word97());
        assertRefused(wrong, "THESIS_TITLE_MISMATCH");
        assertThat(wrong.body().path("message").asText()).contains("论文.doc").contains("ＰＬＣ　控制");
        assertThat(slot(unit, id, "THESIS").path("materials")).isEmpty();
        assertThat(upload(unit, id, "THESIS", "PLC 控制.doc", CraftedFiles.word97()).status()).isEqualTo(201);

        Answer lower = api.post(unit, "/api/declarations/drafts", """
                {"entries":[{"workerId":%d,"targetLevel":"INTERMEDIATE","workTypeCode":"FW03","mode":"NORMAL"}]}"""
                .formatted(worker(unit, "高技丙", "JUNIOR")));
        long lowerId = lower.body().get(0).path("id").asLong();
        Answer none = api.get(unit, "/api/declarations/" + lowerId + "/senior-extras");
        assertThat(none.status()).isEqualTo(409);
        assertThat(none.code()).isEqualTo("SENIOR_EXTRAS_NOT_APPLICABLE");
    }

    private long worker(String unit, String name) {
        return worker(unit, name, "TECHNICIAN");
    }

    private long worker(String unit, String name, String level) {
        String json = Fixtures.worker(name, TestIdNumbers.next(), "13912345678", "FW03", "2005-07-01")
                .replace("\"level\":\"JUNIOR\"", "\"level\":\"" + level + "\"").replace("\"levelYear\":2016", "\"levelYear\":2020");
        Answer worker = api.post(unit, "/api/roster/workers", json);
        assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
        return worker.body().path("id").asLong();
    }

    private long draft(String unit, long workerId, String level) {
        Answer drafts = api.post(unit, "/api/declarations/drafts", """
                {"entries":[{"workerId":%d,"targetLevel":"%s","workTypeCode":"FW03","mode":"NORMAL"}]}""".formatted(workerId, level));
        assertThat(drafts.status()).as(drafts.raw()).isEqualTo(201);
        return drafts.body().get(0).path("id").asLong();
    }

    private Answer submit(String unit, long id) {
        return api.post(unit, "/api/declarations/submit", """
                {"ids":[%d],"commitment":"AGREE","contactName":"刘志强","contactPhone":"0514-86881234"}""".formatted(id));
    }

    private String status(String unit, long id) {
        return api.get(unit, "/api/declarations/" + id).body().path("status").asText();
    }

    private int placesOf(long workerId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM senior_quota_place WHERE worker_id = ?", Integer.class, workerId);
    }

    private JsonNode slot(String unit, long id, String code) {
        for (JsonNode slot : api.get(unit, "/api/declarations/" + id + "/materials").body().path("slots")) {
            if (slot.path("code").asText().equals(code)) {
                return slot;
            }
        }
        throw new AssertionError("no slot " + code);
    }

    private static void assertRefused(Answer answer, String code) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo(code);
    }

    static byte[] photo() {
        return CraftedFiles.jpeg(CraftedFiles.gradient(64, 48));
    }

    /** One file into a slot, as the console's 电脑上传 sends it (the body is the file, the name a parameter). */
    private Answer upload(String token, long declarationId, String slot, String name, byte[] content) {
        return upload(port, token, declarationId, slot, name, content);
    }

    static Answer upload(int port, String token, long declarationId, String slot, String name, byte[] content) {
        try {
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                            + "/api/declarations/" + declarationId + "/materials/" + slot + "?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build(), HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), JSON.readTree(response.body()), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
