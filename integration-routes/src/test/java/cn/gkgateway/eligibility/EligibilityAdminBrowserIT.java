package cn.gkgateway.eligibility;

import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.BrowserScripts;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 诚信记录 and 省综合评审未通过 in the browser (h5-frontend/e2e/eligibility-admin.mjs), with axe-core and keyboard checks. */
class EligibilityAdminBrowserIT extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    private long worker(String name, String id) {
        Answer created = api.post(login("danwei"), "/api/roster/workers", Fixtures.worker(name, id, "13912345678", "FW01", "2005-07-01"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().path("id").asLong();
    }

    @Test
    void theExamOfficeRecordsAndRevokesAFindingAndRecordsAFailedReview() throws Exception {
        String suffix = String.valueOf((char) ('甲' + (int) (System.nanoTime() % 50)));
        String name = "卫诚信" + suffix;
        String id = TestIdNumbers.next();
        long worker = worker(name, id);
        String name2 = "蒋评审" + suffix;
        String id2 = TestIdNumbers.next();
        worker(name2, id2);

        List<String> output = BrowserScripts.run(port, "eligibility-admin.mjs", Map.of("WORKER_NAME", name, "WORKER_ID_NUMBER", id,
                "ID_MASKED", IdNumber.mask(id), "WORKER2_NAME", name2, "WORKER2_ID_NUMBER", id2));
        long recordId = new ObjectMapper().readTree(BrowserScripts.result(output)).path("integrityId").asLong();

        assertThat(jdbc.queryForMap("SELECT worker_id, recorded_on, reason, revoke_reason FROM integrity_record WHERE id = ?", recordId))
                .containsEntry("worker_id", worker).containsEntry("reason", "伪造工作年限证明").containsEntry("revoke_reason", "录入人员有误");
        Answer failures = api.get(login("gkb_qu"), "/api/quota/review-failures?idNumber=" + id2);
        assertThat(failures.body().path("content").findValuesAsText("reviewYear")).containsExactly("2024");
    }
}
