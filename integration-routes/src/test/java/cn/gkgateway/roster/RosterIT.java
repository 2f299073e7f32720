package cn.gkgateway.roster;

import cn.gkgateway.audit.AuditEntries;
import cn.gkgateway.audit.AuditEntry;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The roster through its endpoints: scoping of list, detail, edits and export; export content; audited non-key edits. */
class RosterIT extends GatewayIntegrationTest {

    @Autowired
    AuditEntries auditEntries;

    private String unit;
    private String otherUnit;

    @BeforeEach
    void signIn() {
        unit = login("danwei");
        otherUnit = login("danwei2");
    }

    @Test
    void aUnitOperatorCannotSeeExportOrChangeAnotherUnitsWorkerThroughAnyEndpoint() throws Exception {
        String idNumber = TestIdNumbers.next();
        long foreign = created(api.post(otherUnit, "/api/roster/workers", Fixtures.worker("钱外单", idNumber, "13912340001", "FW01", "2008-07-01")));
        assertThat(api.get(unit, "/api/roster/workers?size=100&name=钱外单").body().path("totalElements").asInt()).isZero();
        assertThat(api.get(unit, "/api/roster/workers?idNumber=" + idNumber).body().path("totalElements").asInt()).isZero();
        assertThat(api.get(unit, "/api/roster/workers/" + foreign).status()).isEqualTo(404);
        assertThat(api.get(unit, "/api/roster/workers/" + foreign + "/records").status()).isEqualTo(404);
        assertThat(api.exchange(HttpMethod.PUT, unit, "/api/roster/workers/" + foreign + "/phone", "{\"phone\":\"13700000000\"}").status()).isEqualTo(404);
        assertThat(api.post(unit, "/api/roster/workers/" + foreign + "/records/TRAINING", "{\"title\":\"越权\"}").status()).isEqualTo(404);
        byte[] export = export(unit, "{\"name\":\"钱外单\",\"columns\":[\"NAME\"]}").body();
        assertThat(rows(export)).containsExactly(List.of("姓名"));
        // the department of the other unit sees the worker, but may not change it
        String department = login("zhuguan2");
        assertThat(api.get(department, "/api/roster/workers/" + foreign).status()).isEqualTo(200);
        assertThat(api.exchange(HttpMethod.PUT, department, "/api/roster/workers/" + foreign + "/phone", "{\"phone\":\"13700000000\"}").status()).isEqualTo(403);
        // the water department does not see the roads unit's worker
        assertThat(api.get(login("zhuguan"), "/api/roster/workers/" + foreign).status()).isEqualTo(404);
        assertThat(api.get(login("zhuguan"), "/api/roster/workers?name=钱外单").body().path("totalElements").asInt()).isZero();
        assertThat(api.get(login("gkb_qu"), "/api/roster/workers?name=钱外单").body().path("totalElements").asInt()).isEqualTo(1);
    }

    @Test
    void exportHoldsAllMatchingRowsInThePickedColumnsWithFormulaTextAsTextAndIdsMaskedOutsideTheOwnUnit() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            String idNumber = TestIdNumbers.next();
            ids.add(idNumber);
            created(api.post(unit, "/api/roster/workers", Fixtures.worker(i == 0 ? "=1+1" : "孙导出" + i, idNumber, "13912345678", "SL01", "2008-07-01")));
        }
        String filter = "\"workTypeCode\":\"SL01\",\"sort\":\"NAME\",\"descending\":false";
        long listed = api.get(unit, "/api/roster/workers?size=1&workTypeCode=SL01").body().path("totalElements").asLong();
        HttpResponse<byte[]> own = export(unit, "{" + filter + ",\"columns\":[\"ID_NUMBER\",\"NAME\",\"PHONE\"],\"progressToken\":\"t-own\"}");
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.headers().firstValue("X-Total-Rows")).contains(String.valueOf(listed));
        List<List<String>> sheet = rows(own.body());
        assertThat(sheet.get(0)).containsExactly("身份证号", "姓名", "手机号");
        assertThat(sheet).hasSize((int) listed + 1);
        assertThat(sheet.stream().map(row -> row.get(0))).containsAll(ids);
        assertThat(sheet.stream().filter(row -> row.get(1).equals("=1+1"))).hasSize(1);
        assertThat(sheet.stream().filter(row -> row.get(2).equals("13912345678"))).hasSizeGreaterThanOrEqualTo(25);
        Answer progress = api.get(unit, "/api/roster/workers/export/progress/t-own");
        assertThat(progress.body().path("finished").asBoolean()).isTrue();
        assertThat(progress.body().path("written").asLong()).isEqualTo(listed);
        assertThat(api.get(otherUnit, "/api/roster/workers/export/progress/t-own").status()).isEqualTo(404);

        HttpResponse<byte[]> office = export(login("gkb_qu"), "{" + filter + ",\"columns\":[\"ID_NUMBER\",\"PHONE\",\"UNIT\"]}");
        List<List<String>> masked = rows(office.body());
        assertThat(masked.size()).isGreaterThanOrEqualTo(26);
        String raw = masked.toString();
        ids.forEach(id -> assertThat(raw).doesNotContain(id));
        assertThat(raw).doesNotContain("13912345678").contains("139****5678");
        assertThat(auditEntries.findAll().stream().filter(e -> e.getAction().equals("ROSTER_EXPORTED"))).isNotEmpty();
    }

    @Test
    void exportRefusesNoColumnsAndUnknownColumns() throws Exception {
        assertThat(export(unit, "{\"columns\":[]}").statusCode()).isEqualTo(400);
        assertThat(export(unit, "{\"columns\":[\"SALARY\"]}").statusCode()).isEqualTo(400);
    }

    @Test
    void nonKeyEditsAreAuditedWithOldAndNewValuesMasked() {
        long worker = created(api.post(unit, "/api/roster/workers", Fixtures.worker("周改号", TestIdNumbers.next(), "13912345678", "FW01", "2008-07-01")));
        Answer changed = api.exchange(HttpMethod.PUT, unit, "/api/roster/workers/" + worker + "/phone", "{\"phone\":\"13800001111\"}");
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.body().path("phone").asText()).isEqualTo("138****1111");
        AuditEntry phone = last("WORKER_PHONE_CHANGED", worker);
        assertThat(phone.getDetail()).contains("139****5678", "138****1111").doesNotContain("13912345678", "13800001111");

        Answer added = api.post(unit, "/api/roster/workers/" + worker + "/records/EDUCATION",
                "{\"school\":\"扬州技师学院\",\"degree\":\"中专\",\"graduatedOn\":\"2005-07-01\"}");
        assertThat(added.status()).as(added.raw()).isEqualTo(201);
        long entry = added.body().path("id").asLong();
        Answer updated = api.exchange(HttpMethod.PUT, unit, "/api/roster/workers/" + worker + "/records/EDUCATION/" + entry,
                "{\"school\":\"扬州技师学院\",\"degree\":\"大专\",\"graduatedOn\":\"2006-07-01\"}");
        assertThat(updated.status()).as(updated.raw()).isEqualTo(200);
        assertThat(last("WORKER_SUBSET_CHANGED", worker).getDetail()).contains("degree=中专", "degree=大专", "2005-07-01", "2006-07-01");

        Answer bad = api.post(unit, "/api/roster/workers/" + worker + "/records/ASSESSMENT", "{\"year\":\"2099\",\"result\":\"很好\"}");
        assertThat(bad.code()).isEqualTo("SUBSET_ENTRY_INVALID");
        assertThat(bad.body().path("fieldErrors")).hasSize(2);

        Answer records = api.get(login("gkb_qu"), "/api/roster/workers/" + worker + "/records");
        assertThat(records.body().path("subsets").path("EDUCATION").get(0).path("degree").asText()).isEqualTo("大专");
        assertThat(records.body().path("keyChanges").isArray()).isTrue();
    }

    @Test
    void filtersByExactIdNumberLevelAndStatus() {
        String idNumber = TestIdNumbers.next();
        created(api.post(unit, "/api/roster/workers", Fixtures.worker("吴查询", idNumber, "13912345678", "FW01", "2008-07-01")));
        Answer byId = api.get(unit, "/api/roster/workers?idNumber=" + idNumber);
        assertThat(byId.body().path("totalElements").asInt()).isEqualTo(1);
        assertThat(byId.body().path("content").get(0).path("name").asText()).isEqualTo("吴查询");
        assertThat(byId.body().path("content").get(0).path("statusName").asText()).isEqualTo("在岗");
        assertThat(api.get(unit, "/api/roster/workers?idNumber=" + idNumber + "&status=RETIRED").body().path("totalElements").asInt()).isZero();
        assertThat(api.get(unit, "/api/roster/workers?idNumber=" + idNumber + "&level=SENIOR").body().path("totalElements").asInt()).isZero();
        assertThat(api.get(unit, "/api/roster/workers?idNumber=12345").status()).isEqualTo(400);
    }

    @Test
    void aStatusChangeKeepsTheWorkerAndShowsInTheKeyFieldHistory() {
        long worker = created(api.post(unit, "/api/roster/workers", Fixtures.worker("冯退休", TestIdNumbers.next(), "13912345678", "FW01", "2008-07-01")));
        String path = "/api/roster/workers/" + worker + "/status";
        assertThat(api.exchange(HttpMethod.PUT, otherUnit, path, "{\"status\":\"RETIRED\",\"reason\":\"到龄退休\"}").status()).isEqualTo(404);
        assertThat(api.exchange(HttpMethod.PUT, unit, path, "{\"status\":\"TRANSFERRED_OUT\",\"reason\":\"调走\"}").code()).isEqualTo("WORKER_STATUS_INVALID");
        Answer retired = api.exchange(HttpMethod.PUT, unit, path, "{\"status\":\"RETIRED\",\"reason\":\"到龄退休\"}");
        assertThat(retired.status()).as(retired.raw()).isEqualTo(200);
        assertThat(retired.body().path("statusName").asText()).isEqualTo("退休");
        assertThat(api.exchange(HttpMethod.PUT, unit, path, "{\"status\":\"RETIRED\",\"reason\":\"再次\"}").code()).isEqualTo("WORKER_STATUS_UNCHANGED");
        var changes = api.get(unit, "/api/roster/workers/" + worker + "/records").body().path("keyChanges");
        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).path("field").asText()).isEqualTo("STATUS");
        assertThat(changes.get(0).path("oldValue").asText()).isEqualTo("在岗");
        assertThat(changes.get(0).path("newValue").asText()).isEqualTo("退休");
        assertThat(changes.get(0).path("reason").asText()).isEqualTo("到龄退休");
        assertThat(api.get(unit, "/api/roster/workers?name=冯退休&status=RETIRED").body().path("totalElements").asInt()).isEqualTo(1);
    }

    private AuditEntry last(String action, long workerId) {
        return auditEntries.findAll().stream()
                .filter(e -> e.getAction().equals(action) && Long.valueOf(workerId).equals(e.getTargetId()))
                .reduce((a, b) -> b).orElseThrow();
    }

    private HttpResponse<byte[]> export(String token, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/roster/workers/export"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The first sheet's cells as text; fails on any formula cell. */
    static List<List<String>> rows(byte[] xlsx) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    cells.add(cell.getStringCellValue());
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    private static long created(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body().path("id").asLong();
    }
}
