package cn.gkgateway.keychange;

import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.rosterimport.ImportFiles;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.ApiClient.Download;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 关键信息修改 end to end over HTTP: the sheet, old vs new, refusals with codes, the review chain, history, and scoping. */
class KeyChangeIT extends GatewayIntegrationTest {

    static final String[] HEADERS = {"人员编号", "姓名", "身份证号", "工种", "现等级", "取得年份"};
    private static final String CHANGES = "/api/roster/key-changes";
    private static final String CONTACT = "{\"contactName\":\"陈红梅\",\"contactPhone\":\"13900139000\"}";
    private static final String APPROVE = "{\"decision\":\"APPROVE\",\"reason\":\"同意\"}";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataProtector protector;

    private HttpResponse<byte[]> sheet(String token, List<Long> workerIds) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + CHANGES + "/sheet"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("workerIds", workerIds)))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private Answer send(String token, String path, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        String raw = response.body();
        return new Answer(response.statusCode(), raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw), raw);
    }

    private long worker(String token, String name, String id) {
        Answer created = api.post(token, "/api/roster/workers", Fixtures.worker(name, id, "13912345678", "FW01", "2008-07-01"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().path("id").asLong();
    }

    /** The exported sheet's data rows as text, keyed by 人员编号. */
    private static Map<String, String[]> rowsOf(byte[] xlsx) throws Exception {
        Map<String, String[]> rows = new HashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String[] cells = new String[HEADERS.length];
                for (int i = 0; i < cells.length; i++) {
                    assertThat(row.getCell(i).getCellType()).isEqualTo(CellType.STRING);
                    cells[i] = row.getCell(i).getStringCellValue();
                }
                rows.put(cells[0], cells);
            }
        }
        return rows;
    }

    private static JsonNode row(JsonNode change, int rowNumber) {
        for (JsonNode row : change.path("rows")) {
            if (row.path("rowNumber").asInt() == rowNumber) {
                return row;
            }
        }
        throw new AssertionError("no row " + rowNumber + " in " + change);
    }

    private static List<String> codes(JsonNode row) {
        List<String> codes = new ArrayList<>();
        row.path("faults").forEach(fault -> codes.add(fault.path("code").asText()));
        return codes;
    }

    private static JsonNode field(JsonNode row, String field) {
        for (JsonNode f : row.path("fields")) {
            if (f.path("field").asText().equals(field)) {
                return f;
            }
        }
        throw new AssertionError(field);
    }

    @Test
    void theSheetHoldsTheSelectedWorkersCurrentValuesAsText() throws Exception {
        String unit = login("danwei");
        String id = TestIdNumbers.next();
        long worker = worker(unit, "吴关键", id);
        HttpResponse<byte[]> response = sheet(unit, List.of(worker));
        assertThat(response.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            List<String> headers = new ArrayList<>();
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly(HEADERS);
            assertThat(workbook.getSheetAt(0).getColumnStyle(2).getDataFormatString()).isEqualTo("@");
            assertThat(workbook.getSheetName(1)).isEqualTo("说明");
        }
        assertThat(rowsOf(response.body()).get(String.valueOf(worker))).containsExactly(
                String.valueOf(worker), "吴关键", id, "行政事务", "五级/初级工", "2016");
        // nothing selected, or another unit's worker: refused
        assertThat(api.post(unit, CHANGES + "/sheet", "{\"workerIds\":[]}").code()).isEqualTo("KEY_CHANGE_SELECTION");
        assertThat(sheet(login("danwei2"), List.of(worker)).statusCode()).isEqualTo(404);
        assertThat(sheet(login("gkb_qu"), List.of(worker)).statusCode()).isEqualTo(403);
    }

    @Test
    void oldAndNewPerFieldRefusedRowsWithCodesAndNothingChangesBeforeTheLastApproval() throws Exception {
        String unit = login("danwei");
        String oldId = TestIdNumbers.next();
        String newId = TestIdNumbers.next();
        long renamed = worker(unit, "郑旧名", oldId);
        long same = worker(unit, "郑不变", TestIdNumbers.next());
        long badLevel = worker(unit, "郑等级", TestIdNumbers.next());
        String takenId = TestIdNumbers.next();
        worker(unit, "郑占号", takenId);
        long collides = worker(unit, "郑撞号", TestIdNumbers.next());
        long foreign = worker(login("danwei2"), "郑外单", TestIdNumbers.next());

        Map<String, String[]> rows = rowsOf(sheet(unit, List.of(renamed, same, badLevel, collides)).body());
        String[] change = rows.get(String.valueOf(renamed)).clone();
        change[1] = "郑新名";
        change[2] = newId;
        change[3] = "SL01";
        change[4] = "高级工";
        change[5] = "2024";
        String[] level = rows.get(String.valueOf(badLevel)).clone();
        level[4] = "特级工";
        String[] collision = rows.get(String.valueOf(collides)).clone();
        collision[2] = takenId;
        String[] other = {String.valueOf(foreign), "郑外单", TestIdNumbers.next(), "行政事务", "初级工", "2016"};
        String[] numericId = rows.get(String.valueOf(same)).clone();
        numericId[0] = String.valueOf(same);
        numericId[2] = "#" + numericId[2].substring(0, 17);
        byte[] file = ImportFiles.xlsx(HEADERS, List.of(change, rows.get(String.valueOf(same)), level, collision, other, numericId));

        Answer uploaded = send(unit, CHANGES, file);
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        JsonNode body = uploaded.body();
        assertThat(body.path("acceptedCount").asInt()).isEqualTo(1);
        assertThat(body.path("rejectedCount").asInt()).isEqualTo(5);
        JsonNode accepted = row(body, 2);
        assertThat(accepted.path("accepted").asBoolean()).isTrue();
        assertThat(field(accepted, "NAME").path("oldValue").asText()).isEqualTo("郑旧名");
        assertThat(field(accepted, "NAME").path("newValue").asText()).isEqualTo("郑新名");
        assertThat(field(accepted, "ID_NUMBER").path("oldValue").asText()).isEqualTo(IdNumber.mask(oldId));
        assertThat(field(accepted, "ID_NUMBER").path("newValue").asText()).isEqualTo(IdNumber.mask(newId));
        assertThat(field(accepted, "ID_NUMBER").path("changed").asBoolean()).isTrue();
        assertThat(field(accepted, "WORK_TYPE").path("newValue").asText()).isEqualTo("闸门运行");
        assertThat(field(accepted, "LEVEL").path("oldValue").asText()).isEqualTo("五级/初级工");
        assertThat(field(accepted, "LEVEL").path("newValue").asText()).isEqualTo("三级/高级工");
        assertThat(uploaded.raw()).doesNotContain(newId).doesNotContain(oldId);
        assertThat(codes(row(body, 3))).containsExactly("NO_CHANGE");
        assertThat(codes(row(body, 4))).containsExactly("UNKNOWN_LEVEL");
        assertThat(codes(row(body, 5))).containsExactly("DUPLICATE_ON_ROSTER");
        assertThat(codes(row(body, 6))).contains("WORKER_NOT_ON_ROSTER");
        assertThat(codes(row(body, 7))).contains("ID_SCIENTIFIC_NOTATION", "DUPLICATE_IN_FILE");

        long id = body.path("id").asLong();
        String path = CHANGES + "/" + id;
        // another unit sees nothing of it and can do nothing with it
        String otherUnit = login("danwei2");
        assertThat(api.get(otherUnit, path).status()).isEqualTo(404);
        assertThat(send(otherUnit, path + "/evidence?name=p.png", ImportFiles.png()).status()).isEqualTo(404);
        assertThat(api.get(otherUnit, path + "/evidence").status()).isEqualTo(404);
        assertThat(api.post(otherUnit, path + "/submit", CONTACT).status()).isEqualTo(404);
        assertThat(api.post(otherUnit, path + "/decision", APPROVE).status()).isEqualTo(403);
        assertThat(api.get(otherUnit, CHANGES).raw()).doesNotContain("\"id\":" + id + ",");

        assertThat(api.post(unit, path + "/submit", CONTACT).code()).isEqualTo("EVIDENCE_REQUIRED");
        assertThat(send(unit, path + "/evidence?name=p.png", ImportFiles.png()).status()).isEqualTo(200);
        Answer submitted = api.post(unit, path + "/submit", CONTACT);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        assertThat(submitted.body().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.body().path("steps")).hasSize(2);
        assertThat(api.post(unit, path + "/submit", CONTACT).code()).isEqualTo("KEY_CHANGE_NOT_DRAFT");

        // while it is under review the same worker cannot be changed again
        Answer again = send(unit, CHANGES, ImportFiles.xlsx(HEADERS, List.<String[]>of(change)));
        assertThat(codes(row(again.body(), 2))).contains("KEY_CHANGE_PENDING");

        assertThat(api.post(login("gkb_shi"), path + "/decision", APPROVE).code()).isEqualTo("REVIEW_NOT_YOUR_STEP");
        assertThat(api.get(login("gkb_qu"), CHANGES).raw()).contains("\"id\":" + id);
        assertThat(api.post(login("gkb_qu"), path + "/decision", APPROVE).status()).isEqualTo(200);
        JsonNode before = api.get(unit, "/api/roster/workers/" + renamed).body();
        assertThat(before.path("name").asText()).isEqualTo("郑旧名");
        assertThat(before.path("idNumber").asText()).isEqualTo(IdNumber.mask(oldId));

        Answer approved = api.post(login("gkb_shi"), path + "/decision", APPROVE);
        assertThat(approved.status()).as(approved.raw()).isEqualTo(200);
        assertThat(approved.body().path("status").asText()).isEqualTo("APPROVED");
        JsonNode after = api.get(unit, "/api/roster/workers/" + renamed).body();
        assertThat(after.path("name").asText()).isEqualTo("郑新名");
        assertThat(after.path("idNumber").asText()).isEqualTo(IdNumber.mask(newId));
        assertThat(after.path("workTypeCode").asText()).isEqualTo("SL01");
        assertThat(after.path("level").asText()).isEqualTo("SENIOR");
        assertThat(after.path("levelYear").asInt()).isEqualTo(2024);
        // the keyed hash and the cipher follow the new number: found by it, not by the old one
        assertThat(api.get(unit, "/api/roster/workers?idNumber=" + newId).body().path("totalElements").asInt()).isEqualTo(1);
        assertThat(api.get(unit, "/api/roster/workers?idNumber=" + oldId).body().path("totalElements").asInt()).isZero();
        String cipher = jdbc.queryForObject("select id_number_cipher from worker where id = ?", String.class, renamed);
        assertThat(protector.decrypt(cipher)).isEqualTo(newId);
        assertThat(jdbc.queryForObject("select id_number_hash from worker where id = ?", String.class, renamed)).isEqualTo(protector.hash(newId));
        // the old values are kept in the history shown on the detail page
        JsonNode history = api.get(unit, "/api/roster/workers/" + renamed + "/records").body().path("keyChanges");
        Map<String, String[]> byField = new HashMap<>();
        history.forEach(entry -> byField.put(entry.path("field").asText(),
                new String[]{entry.path("oldValue").asText(), entry.path("newValue").asText(), entry.path("reference").asText()}));
        assertThat(byField.get("NAME")).containsExactly("郑旧名", "郑新名", "KEY_CHANGE#" + id);
        assertThat(byField.get("ID_NUMBER")).containsExactly(IdNumber.mask(oldId), IdNumber.mask(newId), "KEY_CHANGE#" + id);
        assertThat(byField).containsKeys("WORK_TYPE", "LEVEL", "LEVEL_YEAR");
        assertThat(history.toString()).doesNotContain(newId).doesNotContain(oldId);
        // the refused rows changed nothing
        assertThat(api.get(unit, "/api/roster/workers/" + badLevel).body().path("level").asText()).isEqualTo("JUNIOR");
        assertThat(api.get(otherUnit, "/api/roster/workers/" + foreign).body().path("name").asText()).isEqualTo("郑外单");
    }

    @Test
    void badFilesAreRefusedAsForTheImport() throws Exception {
        String unit = login("danwei");
        int before = jdbc.queryForObject("select count(*) from key_change_request", Integer.class);
        assertThat(send(unit, CHANGES, ImportFiles.xls()).code()).isEqualTo("FILE_TYPE_UNSUPPORTED");
        assertThat(send(unit, CHANGES, ImportFiles.ods()).code()).isEqualTo("FILE_TYPE_UNSUPPORTED");
        assertThat(send(unit, CHANGES, ImportFiles.zipBomb()).code()).isEqualTo("FILE_ZIP_BOMB");
        assertThat(send(unit, CHANGES, ImportFiles.xlsx(HEADERS, List.of())).code()).isEqualTo("NO_DATA_ROWS");
        assertThat(send(unit, CHANGES, ImportFiles.xlsx(ImportFiles.HEADERS, List.<String[]>of(ImportFiles.row(TestIdNumbers.next())))).code())
                .isEqualTo("TEMPLATE_HEADERS");
        String[] formula = {"1", "=1+1", TestIdNumbers.next(), "行政事务", "初级工", "2016"};
        assertThat(send(unit, CHANGES, ImportFiles.xlsx(HEADERS, List.<String[]>of(formula))).code()).isEqualTo("FORMULA_NOT_ALLOWED");
        assertThat(send(login("gkb_qu"), CHANGES, ImportFiles.xlsx(HEADERS, List.<String[]>of(formula))).status()).isEqualTo(403);
        assertThat(jdbc.queryForObject("select count(*) from key_change_request", Integer.class)).isEqualTo(before);
    }

    @Test
    void allOrNothingRefusesTheWholeFileWhileARowIsRefusedAndTheRefusedRowsDownloadWithTheirReasons() throws Exception {
        String unit = login("danwei");
        String id = TestIdNumbers.next();
        long renamed = worker(unit, "孙旧名", id);
        long unchanged = worker(unit, "孙不变", TestIdNumbers.next());
        Map<String, String[]> rows = rowsOf(sheet(unit, List.of(renamed, unchanged)).body());
        String[] change = rows.get(String.valueOf(renamed)).clone();
        change[1] = "孙新名";
        Answer uploaded = send(unit, CHANGES, ImportFiles.xlsx(HEADERS, List.of(change, rows.get(String.valueOf(unchanged)))));
        assertThat(uploaded.body().path("onlyValidRows").asBoolean()).isTrue();
        long changeId = uploaded.body().path("id").asLong();
        String path = CHANGES + "/" + changeId;
        assertThat(send(unit, path + "/evidence?name=p.png", ImportFiles.png()).status()).isEqualTo(200);

        Answer mode = api.exchange(org.springframework.http.HttpMethod.PUT, unit, path + "/mode", "{\"onlyValidRows\":false}");
        assertThat(mode.status()).as(mode.raw()).isEqualTo(200);
        assertThat(mode.body().path("modeName").asText()).startsWith("全部正确才提交");
        assertThat(api.exchange(org.springframework.http.HttpMethod.PUT, login("danwei2"), path + "/mode", "{\"onlyValidRows\":true}").status())
                .isEqualTo(404);
        Answer refused = api.post(unit, path + "/submit", CONTACT);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("ROWS_INVALID");
        assertThat(refused.raw()).contains("第3行").contains("NO_CHANGE");
        assertThat(api.get(unit, path).body().path("status").asText()).isEqualTo("DRAFT");

        // the refused rows as .xlsx: Chinese headers, the row's number and reason, the ID masked
        Download download = api.download(unit, path + "/rejected");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.disposition()).contains("attachment");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download.bytes()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly("原行号", "人员编号", "姓名", "身份证号", "工种", "现等级", "取得年份", "不予修改原因");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("3");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(String.valueOf(unchanged));
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).contains("*");
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).contains("没有需要修改的内容").contains("NO_CHANGE");
        }
        assertThat(api.download(login("danwei2"), path + "/rejected").status()).isEqualTo(404);

        // back to the default: only the accepted row is submitted
        api.exchange(org.springframework.http.HttpMethod.PUT, unit, path + "/mode", "{\"onlyValidRows\":true}");
        Answer submitted = api.post(unit, path + "/submit", CONTACT);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        assertThat(submitted.body().path("status").asText()).isEqualTo("SUBMITTED");
    }
}
