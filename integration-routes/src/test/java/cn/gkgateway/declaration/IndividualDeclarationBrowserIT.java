package cn.gkgateway.declaration;

import cn.gkgateway.demo.DemoData;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.roster.Workers;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.BrowserScripts;
import cn.gkgateway.support.OwnContextIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 个人网上报名 in the browser at 375 px (e2e/individual.mjs), in a database of its own because it declares for the
 * demo applicant shenbao: read 报名须知, choose city and level, fill the form (unit cascade, pinyin search), save,
 * submit with the 承诺书 and the 合格库 confirmation; the department returns it; the applicant resubmits — then
 * checked over the API.
 */
class IndividualDeclarationBrowserIT extends OwnContextIntegrationTest {

    @Autowired
    Workers workers;
    @Autowired
    PersonalDataProtector protector;

    @Test
    void shenbaoDeclaresInTheH5AppAndResubmitsAfterAReturn() throws Exception {
        String applicantId = DemoData.APPLICANT_ID_FIRST17 + IdNumber.checkCharacter(DemoData.APPLICANT_ID_FIRST17);
        long workerId = workers.findByIdNumberHash(protector.hash(applicantId)).orElseThrow().getId();
        // the 合格库 holds his 初级工 certificate from 2014 while he declares 2015: submitting asks to confirm (确认报考)
        Answer record = api.post(login("danwei"), "/api/roster/workers/" + workerId + "/records/QUALIFICATION",
                "{\"title\":\"五级/初级工\",\"route\":\"考试\",\"obtainedOn\":\"2014-08-31\",\"workTypeCode\":\"SL01\"}");
        assertThat(record.status()).as(record.raw()).isEqualTo(201);

        BrowserScripts.run(port, "individual.mjs", Map.of("PHASE", "submit", "EXPECT_QUALIFICATION", "1"));

        String applicant = login("shenbao");
        JsonNode own = api.get(applicant, "/api/declarations").body();
        assertThat(own).hasSize(1);
        long id = own.get(0).path("id").asLong();
        assertThat(own.get(0).path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(own.get(0).path("authorKind").asText()).isEqualTo("APPLICANT");
        assertThat(own.get(0).path("workTypeCode").asText()).isEqualTo("SL01");
        assertThat(own.get(0).path("contactPhone").asText()).isEqualTo("138****8000");
        assertThat(own.get(0).path("qualificationConfirmedAt").isTextual()).as("确认报考 is stored").isTrue();
        JsonNode form = api.get(applicant, "/api/applicant/declarations/" + id + "/form").body();
        assertThat(form.path("workStartDate").asText()).isEqualTo("2000-07-01");
        assertThat(form.path("currentLevelYear").asInt()).isEqualTo(2015);
        assertThat(form.path("textbookAbility").asBoolean()).isFalse();

        String reason = "请核对教材预订信息";
        Answer returned = api.post(login("zhuguan"), "/api/reviews/" + id + "/decision", "{\"decision\":\"RETURN\",\"reason\":\"" + reason + "\"}");
        assertThat(returned.status()).as(returned.raw()).isEqualTo(200);

        BrowserScripts.run(port, "individual.mjs", Map.of("PHASE", "resubmit", "RETURN_REASON", reason));

        JsonNode after = api.get(applicant, "/api/declarations/" + id).body();
        assertThat(after.path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(after.path("round").asInt()).isEqualTo(2);
        assertThat(after.path("steps")).extracting(step -> step.path("round").asInt() + ":" + step.path("stepNo").asInt() + ":" + step.path("status").asText())
                .contains("2:1:PENDING");
        assertThat(api.get(applicant, "/api/applicant/declarations/" + id + "/form").body().path("textbookAbility").asBoolean()).isTrue();
    }
}
