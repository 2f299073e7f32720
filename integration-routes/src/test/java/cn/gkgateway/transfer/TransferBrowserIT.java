package cn.gkgateway.transfer;

import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.BrowserScripts;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 人员调动 in the browser (h5-frontend/e2e/transfers.mjs), with axe-core and keyboard checks on the transfer page. */
class TransferBrowserIT extends GatewayIntegrationTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theReceivingUnitAsksTheExamOfficeApprovesAndTheWorkerMovesWithItsRecords() throws Exception {
        String from = login("danwei");
        String suffix = String.valueOf((char) ('甲' + (int) (System.nanoTime() % 50)));
        String name = "褚调动" + suffix;
        String id = TestIdNumbers.next();
        Answer created = api.post(from, "/api/roster/workers", Fixtures.worker(name, id, "13912345678", "SL01", "2010-07-01"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long worker = created.body().path("id").asLong();
        long fromUnit = created.body().path("unitId").asLong();
        String school = "扬州技师学院" + suffix;
        Answer education = api.post(from, "/api/roster/workers/" + worker + "/records/EDUCATION",
                "{\"school\":\"" + school + "\",\"degree\":\"中专\",\"graduatedOn\":\"2005-07-01\"}");
        assertThat(education.status()).as(education.raw()).isEqualTo(201);

        List<String> output = BrowserScripts.run(port, "transfers.mjs", Map.of("WORKER_NAME", name, "WORKER_ID_NUMBER", id,
                "ID_MASKED", IdNumber.mask(id), "RECORD_TEXT", school));
        JsonNode result = new ObjectMapper().readTree(BrowserScripts.result(output));

        // the browser opened the moved worker's own detail page, and the move really happened in the database
        assertThat(result.path("workerId").asText()).isEqualTo(String.valueOf(worker));
        long transferId = result.path("transferId").asLong();
        assertThat(jdbc.queryForObject("select unit_id from worker where id = ?", Long.class, worker)).isNotEqualTo(fromUnit);
        Answer transfer = api.get(login("danwei2"), "/api/roster/transfers/" + transferId);
        assertThat(transfer.body().path("status").asText()).as(transfer.raw()).isEqualTo("APPROVED");
        assertThat(transfer.body().path("fromUnitName").asText()).isEqualTo("扬州市江都区水利工程管理处");
        assertThat(transfer.body().path("toUnitName").asText()).isEqualTo("扬州市江都区公路管理站");
        Answer records = api.get(login("danwei2"), "/api/roster/workers/" + worker + "/records");
        assertThat(records.body().path("subsets").path("EDUCATION").get(0).path("school").asText()).isEqualTo(school);
        assertThat(api.get(from, "/api/roster/workers/" + worker).status()).isEqualTo(404);
    }
}
