package cn.gkgateway.transfer;

import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** 人员调动: the receiving unit learns only the name and masked ID, the exam office approves, the worker moves with history. */
class TransferIT extends GatewayIntegrationTest {

    private static final String TRANSFERS = "/api/roster/transfers";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aWorkerMovesToTheReceivingUnitOnlyAfterApproval() {
        String id = TestIdNumbers.next();
        Answer added = api.post(login("danwei"), "/api/roster/workers", Fixtures.worker("调动测试", id, "13800138001", "SL01", "2010-07-01"));
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        long workerId = added.body().path("id").asLong();
        long fromUnit = added.body().path("unitId").asLong();
        String receiving = login("danwei2");

        Answer lookup = api.post(receiving, TRANSFERS + "/lookup", "{\"idNumber\":\"" + id + "\"}");
        assertThat(lookup.status()).as(lookup.raw()).isEqualTo(200);
        assertThat(lookup.body().path("name").asText()).isEqualTo("调动测试");
        assertThat(lookup.body().path("idNumberMasked").asText()).isEqualTo(IdNumber.mask(id));
        assertThat(lookup.raw()).doesNotContain(id).doesNotContain("13800138001").doesNotContain("水利工程管理处");
        assertThat(api.post(receiving, TRANSFERS + "/lookup", "{\"idNumber\":\"" + TestIdNumbers.next() + "\"}").code())
                .isEqualTo("TRANSFER_PERSON_NOT_FOUND");
        assertThat(api.post(login("danwei"), TRANSFERS + "/lookup", "{\"idNumber\":\"" + id + "\"}").code()).isEqualTo("TRANSFER_SAME_UNIT");
        assertThat(api.post(receiving, TRANSFERS + "/lookup", "{\"idNumber\":\"" + TestIdNumbers.withWrongCheckDigit(id) + "\"}").code())
                .isEqualTo("ID_CHECK_DIGIT");

        Answer requested = api.post(receiving, TRANSFERS, "{\"idNumber\":\"" + id + "\",\"reason\":\"工作需要\"}");
        assertThat(requested.status()).as(requested.raw()).isEqualTo(201);
        long transferId = requested.body().path("id").asLong();
        assertThat(requested.body().path("steps")).hasSize(1);
        assertThat(api.post(receiving, TRANSFERS, "{\"idNumber\":\"" + id + "\"}").code()).isEqualTo("TRANSFER_PENDING");
        assertThat(jdbc.queryForObject("select unit_id from worker where id = ?", Long.class, workerId)).isEqualTo(fromUnit);

        String decision = "{\"decision\":\"APPROVE\",\"reason\":\"同意\"}";
        assertThat(api.post(login("danwei"), TRANSFERS + "/" + transferId + "/decision", decision).status()).isEqualTo(403);
        assertThat(api.post(login("gkb_shi"), TRANSFERS + "/" + transferId + "/decision", decision).code()).isEqualTo("REVIEW_NOT_YOUR_STEP");
        Answer approved = api.post(login("gkb_qu"), TRANSFERS + "/" + transferId + "/decision", decision);
        assertThat(approved.body().path("status").asText()).as(approved.raw()).isEqualTo("APPROVED");
        assertThat(jdbc.queryForObject("select unit_id from worker where id = ?", Long.class, workerId)).isNotEqualTo(fromUnit);
        assertThat(api.get(receiving, "/api/roster/workers/" + workerId).status()).isEqualTo(200);
        assertThat(api.get(login("danwei"), "/api/roster/workers/" + workerId).status()).isEqualTo(404);
        // the history stays: both units see the transfer, from → to
        Answer history = api.get(login("danwei"), TRANSFERS + "/" + transferId);
        assertThat(history.body().path("fromUnitName").asText()).isEqualTo("扬州市江都区水利工程管理处");
        assertThat(history.body().path("toUnitName").asText()).isEqualTo("扬州市江都区公路管理站");
        assertThat(api.get(login("zhuguan2"), TRANSFERS + "/" + transferId).status()).isEqualTo(200);
        // the worker's page lists the worker's transfers with dates, units and status
        Answer ofWorker = api.get(receiving, TRANSFERS + "?workerId=" + workerId);
        assertThat(ofWorker.status()).as(ofWorker.raw()).isEqualTo(200);
        assertThat(ofWorker.body()).hasSize(1);
        assertThat(ofWorker.body().get(0).path("fromUnitName").asText()).isEqualTo("扬州市江都区水利工程管理处");
        assertThat(ofWorker.body().get(0).path("toUnitName").asText()).isEqualTo("扬州市江都区公路管理站");
        assertThat(ofWorker.body().get(0).path("statusName").asText()).isEqualTo("已调入");
        assertThat(ofWorker.body().get(0).path("requestedAt").asText()).isNotBlank();
        assertThat(ofWorker.body().get(0).path("decidedAt").asText()).isNotBlank();
        assertThat(ofWorker.raw()).doesNotContain(id);
        // the former unit no longer sees the worker, so neither the worker's transfer list
        assertThat(api.get(login("danwei"), TRANSFERS + "?workerId=" + workerId).code()).isEqualTo("WORKER_NOT_FOUND");
    }

    @Test
    void nobodyElseSeesATransfer() {
        String id = TestIdNumbers.next();
        api.post(login("danwei2"), "/api/roster/workers", Fixtures.worker("调动测试二", id, "13800138002", "SL01", "2010-07-01"));
        long transferId = api.post(login("danwei"), TRANSFERS, "{\"idNumber\":\"" + id + "\"}").body().path("id").asLong();
        assertThat(transferId).isPositive();
        assertThat(api.get(login("gkb_sheng"), TRANSFERS + "/" + transferId).status()).isEqualTo(200);
        assertThat(api.get(login("shenbao"), TRANSFERS + "/" + transferId).status()).isIn(403, 404);
    }
}
