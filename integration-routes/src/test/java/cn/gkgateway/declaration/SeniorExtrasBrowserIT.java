package cn.gkgateway.declaration;

import cn.gkgateway.materials.CraftedFiles;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.BrowserScripts;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 高级技师申报信息 in the browser (e2e/senior.mjs): the unit fills the section in 查看/补充 and saves with 暂存,
 * the declaration is submitted, the department reads it on the detail page, and the applicant it is about reads it
 * on H5 at 375 px — checked over the API in between.
 */
class SeniorExtrasBrowserIT extends GatewayIntegrationTest {

    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    PersonalDataProtector protector;

    @Test
    void theUnitFillsTheSeniorSectionInTheConsoleAndTheReviewerSeesIt() throws Exception {
        String unit = login("danwei2");
        String name = "高技浏览" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String title = "浅谈机关食堂安全管理";
        String idNumber = TestIdNumbers.next();
        Answer worker = api.post(unit, "/api/roster/workers", Fixtures.worker(name, idNumber, "13912345678", "FW03", "2005-07-01")
                .replace("\"level\":\"JUNIOR\"", "\"level\":\"TECHNICIAN\"").replace("\"levelYear\":2016", "\"levelYear\":2020"));
        assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
        // the unit's one FW03 place may be taken by SeniorExtrasIT (same context): as a re-applicant who failed the
        // province's review in 2025 this worker takes no place (seed 003), so the journey does not depend on test order
        Answer failedBefore = api.post(login("gkb_qu"), "/api/quota/review-failures",
                "{\"workerId\":" + worker.body().path("id").asLong() + ",\"reviewYear\":2025}");
        assertThat(failedBefore.status()).as(failedBefore.raw()).isEqualTo(201);
        Answer drafts = api.post(unit, "/api/declarations/drafts", """
                {"entries":[{"workerId":%d,"targetLevel":"SENIOR_TECHNICIAN","workTypeCode":"FW03","mode":"NORMAL"}]}"""
                .formatted(worker.body().path("id").asLong()));
        assertThat(drafts.status()).as(drafts.raw()).isEqualTo(201);
        long id = drafts.body().get(0).path("id").asLong();
        for (String slot : new String[] {"CURRENT_CERT", "WAGE_APPROVAL", "ANNUAL_ASSESSMENT", "APPLICATION_FORM", "CONDITION_3"}) {
            assertThat(SeniorExtrasIT.upload(port, unit, id, slot, "photo.jpg", SeniorExtrasIT.photo()).status()).isEqualTo(201);
        }
        assertThat(SeniorExtrasIT.upload(port, unit, id, "THESIS", title + ".doc", CraftedFiles.word97()).status()).isEqualTo(201);

        Map<String, String> env = Map.of("WORKER", name, "DECLARATION_ID", String.valueOf(id), "TITLE", title);
        BrowserScripts.run(port, "senior.mjs", phase(env, "unit"));

        Answer saved = api.get(unit, "/api/declarations/" + id + "/senior-extras");
        assertThat(saved.body().path("annualAssessment").asText()).isEqualTo("EXCELLENT");
        assertThat(saved.body().path("resume").asText()).isEqualTo("2005-2015 公路管理站 炊事员\n2015至今 公路管理站 厨师长");
        assertThat(saved.body().path("claimedConditions").get(0).asInt()).isEqualTo(3);
        assertThat(saved.body().path("thesisTitle").asText()).isEqualTo(title);

        Answer submitted = api.post(unit, "/api/declarations/submit", """
                {"ids":[%d],"commitment":"AGREE","contactName":"刘志强","contactPhone":"0514-86881234"}""".formatted(id));
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);

        BrowserScripts.run(port, "senior.mjs", phase(env, "reviewer"));

        // the applicant it is about reads it on H5 (375 px), read-only: the unit wrote it and it is under review
        String applicant = "senior_h5_" + System.nanoTime() % 1_000_000;
        accounts.save(new Account(applicant, name, passwordEncoder.encode(PASSWORD), Role.APPLICANT, null, protector.hash(idNumber)));
        Map<String, String> h5 = phase(env, "applicant");
        h5.put("APPLICANT", applicant);
        BrowserScripts.run(port, "senior.mjs", h5);
    }

    private static Map<String, String> phase(Map<String, String> env, String phase) {
        Map<String, String> withPhase = new java.util.HashMap<>(env);
        withPhase.put("PHASE", phase);
        return withPhase;
    }
}
