package cn.gkgateway.rosterimport;

import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.ApiClient.Download;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** 导入新增人员 end to end over HTTP: the template, bad files that change nothing, typed cells, the review chain and scoping. */
class RosterImportIT extends GatewayIntegrationTest {

    static final String UNIT = "扬州市江都区水利工程管理处";
    private static final String IMPORTS = "/api/roster/imports";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataProtector protector;

    /** A valid row for {@code id} (born 1985, so a 2010 work start is fine). */
    static String[] row(String id) {
        IdNumber parsed = IdNumber.parse(id, "id", LocalDate.of(2026, 6, 15));
        return new String[]{"王小明", id, parsed.sex(), parsed.birthDate().toString(), UNIT, "行政事务", "中级工", "2015", "2010-07", "13800138000"};
    }

    static String[] row(String id, int column, String value) {
        String[] row = row(id);
        row[column] = value;
        return row;
    }

    private Answer send(String token, String path, byte[] body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        String raw = response.body();
        return new Answer(response.statusCode(), raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw), raw);
    }

    private Answer upload(String token, byte[] file) throws Exception {
        return send(token, IMPORTS, file);
    }

    private int importCount() {
        return jdbc.queryForObject("select count(*) from roster_import", Integer.class);
    }

    private int workerCount() {
        return jdbc.queryForObject("select count(*) from worker", Integer.class);
    }

    private boolean onRoster(String id) {
        return jdbc.queryForObject("select count(*) from worker where id_number_hash = ?", Integer.class, protector.hash(id)) > 0;
    }

    @Test
    void theTemplateHasTheHeadersTextColumnsDropdownsAnExampleAndHelp() throws Exception {
        Download template = api.download(login("danwei"), IMPORTS + "/template");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("工勤人员");
            assertThat(workbook.getSheetName(1)).isEqualTo("说明");
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly(java.util.stream.Stream.concat(java.util.Arrays.stream(ImportFiles.HEADERS),
                    java.util.stream.Stream.of("在编/编外")).toArray(String[]::new));
            assertThat(sheet.getColumnStyle(1).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getColumnStyle(9).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("示例：");
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getDataValidations()).hasSize(3);
            assertThat(sheet.getDataValidations().stream().map(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn()))
                    .containsExactlyInAnyOrder(5, 6, 10);
        }
        // the template itself, example row and all, is a file with headers only
        Answer blank = upload(login("danwei"), template.bytes());
        assertThat(blank.code()).isEqualTo("NO_DATA_ROWS");
    }

    @Test
    void badFilesChangeNothingAndSayWhatToFix() throws Exception {
        String token = login("danwei");
        int imports = importCount();
        int workers = workerCount();
        Map<String, byte[]> unsupported = Map.of(
                "renamed text", "姓名,身份证号\n张三,321012198506150011\n".getBytes(),
                "xls", ImportFiles.xls(),
                "ods", ImportFiles.ods(),
                "gbk csv", ImportFiles.gbkCsv());
        unsupported.forEach((what, file) -> {
            try {
                Answer answer = upload(token, file);
                assertThat(answer.status()).as(what).isEqualTo(400);
                assertThat(answer.code()).as(what).isEqualTo("FILE_TYPE_UNSUPPORTED");
                assertThat(answer.body().path("message").asText()).as(what).contains("请另存为 Excel 工作簿 (.xlsx)");
            } catch (Exception e) {
                throw new AssertionError(what, e);
            }
        });
        Answer bomb = upload(token, ImportFiles.zipBomb());
        assertThat(bomb.code()).isEqualTo("FILE_ZIP_BOMB");
        Answer empty = upload(token, ImportFiles.xlsx(null, List.of()));
        assertThat(empty.code()).isEqualTo("FILE_EMPTY");
        Answer headersOnly = upload(token, ImportFiles.xlsx(List.of()));
        assertThat(headersOnly.code()).isEqualTo("NO_DATA_ROWS");
        String[] changed = ImportFiles.HEADERS.clone();
        changed[1] = "身份证号码";
        Answer headers = upload(token, ImportFiles.xlsx(changed, List.<String[]>of(row(TestIdNumbers.next()))));
        assertThat(headers.code()).isEqualTo("TEMPLATE_HEADERS");
        assertThat(headers.body().path("message").asText()).contains("缺少列：身份证号").contains("无法识别的列：身份证号码");
        List<String[]> many = new ArrayList<>();
        for (int i = 0; i < 301; i++) {
            many.add(row(TestIdNumbers.next()));
        }
        assertThat(upload(token, ImportFiles.xlsx(many)).code()).isEqualTo("TOO_MANY_ROWS");
        Answer formula = upload(token, ImportFiles.xlsx(List.<String[]>of(row(TestIdNumbers.next(), 7, "=2000+15"))));
        assertThat(formula.code()).isEqualTo("FORMULA_NOT_ALLOWED");
        assertThat(formula.body().path("message").asText()).contains("第2行第8列");
        assertThat(upload(token, new byte[0]).code()).isEqualTo("FILE_EMPTY");
        assertThat(upload(token, new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0}).code()).isEqualTo("FILE_UNREADABLE");
        assertThat(importCount()).isEqualTo(imports);
        assertThat(workerCount()).isEqualTo(workers);
    }

    @Test
    void cellsAreReadByTypeAndEveryFaultOfARowIsReported() throws Exception {
        String token = login("danwei");
        String good = TestIdNumbers.next();
        String twice = TestIdNumbers.next();
        List<String[]> rows = new ArrayList<>();
        rows.add(row(good));                                                            // 2
        rows.add(row(TestIdNumbers.next(), 1, "#" + TestIdNumbers.next().substring(0, 17) + "0")); // 3 ID as a number
        rows.add(row(TestIdNumbers.next(), 9, "#13800138000"));                         // 4 phone as a number
        rows.add(row(twice));                                                           // 5
        rows.add(row(twice.toLowerCase()));                                             // 6 duplicate in file
        rows.add(row(TestIdNumbers.next(), 4, "扬州市江都区公路管理站"));                 // 7 another unit
        rows.add(row("32101219780512003" + IdNumber.checkCharacter("32101219780512003"))); // 8 on the roster (demo applicant)
        rows.add(new String[]{});                                                       // 9 blank: skipped
        String[] many = row(TestIdNumbers.next());                                      // 10 several faults
        many[0] = "王小明2";
        many[6] = "特级工";
        many[8] = "10-7-1";
        rows.add(many);
        rows.add(row(TestIdNumbers.next(), 8, "@2010-07-01"));                          // 11 a real date cell
        rows.add(row(TestIdNumbers.next(), 8, "#40360"));                               // 12 a number without date format
        rows.add(row(TestIdNumbers.next(), 8, "2010-2-30"));                            // 13 impossible date
        rows.add(row(TestIdNumbers.next(), 8, "2010年７月"));                            // 14 full-width digit, month form
        Answer answer = upload(token, ImportFiles.xlsx(rows));
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        JsonNode result = answer.body();
        assertThat(result.path("outcome").asText()).isEqualTo("ROWS_INVALID");
        assertThat(result.path("modeName").asText()).contains("全部正确才导入");
        Map<Integer, List<String>> faults = new java.util.TreeMap<>();
        result.path("rejectedRows").forEach(r -> faults.put(r.path("rowNumber").asInt(),
                java.util.stream.StreamSupport.stream(r.path("faults").spliterator(), false).map(f -> f.path("code").asText()).toList()));
        assertThat(faults).containsOnlyKeys(3, 4, 6, 7, 8, 10, 12, 13);
        assertThat(faults.get(3)).containsExactly("ID_SCIENTIFIC_NOTATION");
        assertThat(faults.get(4)).containsExactly("PHONE_SCIENTIFIC_NOTATION");
        assertThat(faults.get(6)).containsExactly("DUPLICATE_IN_FILE");
        assertThat(faults.get(7)).containsExactly("UNIT_MISMATCH");
        assertThat(faults.get(8)).containsExactly("DUPLICATE_ON_ROSTER");
        assertThat(faults.get(10)).containsExactlyInAnyOrder("NAME_INVALID", "UNKNOWN_LEVEL", "DATE_FORMAT");
        assertThat(faults.get(12)).containsExactly("DATE_FORMAT");
        assertThat(faults.get(13)).containsExactly("DATE_INVALID");
        assertThat(result.path("acceptedCount").asInt()).isEqualTo(4);
        List<String> starts = java.util.stream.StreamSupport.stream(result.path("acceptedRows").spliterator(), false)
                .map(r -> r.path("workStart").asText()).toList();
        assertThat(starts).containsExactly("2010-07", "2010-07", "2010-07-01", "2010-07");
        assertThat(answer.raw()).doesNotContain(good).contains(IdNumber.mask(good));
    }

    @Test
    void theRejectedRowsDownloadHoldsNoFormula() throws Exception {
        String token = login("danwei");
        Answer answer = upload(token, ImportFiles.xlsx(List.<String[]>of(row(TestIdNumbers.next(), 0, "=HYPERLINK(\"http://x\")".replace("=", "\u00a0=")))));
        long id = answer.body().path("id").asLong();
        Download rejected = api.download(token, IMPORTS + "/" + id + "/rejected");
        assertThat(rejected.status()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(rejected.bytes()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(TemplateColumn.values().length + 1).getStringCellValue()).isEqualTo("错误原因");
            for (Row r : sheet) {
                for (Cell cell : r) {
                    assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                }
            }
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).contains("=HYPERLINK");
            assertThat(sheet.getRow(1).getCell(TemplateColumn.values().length + 1).getStringCellValue()).contains("NAME_INVALID");
        }
        assertThat(api.download(login("danwei2"), IMPORTS + "/" + id + "/rejected").status()).isEqualTo(404);
    }

    @Test
    void nothingJoinsTheRosterBeforeTheLastApprovalThenEveryRowDoes() throws Exception {
        String token = login("danwei");
        List<String> ids = List.of(TestIdNumbers.next(), TestIdNumbers.next(), TestIdNumbers.next());
        String bad = TestIdNumbers.next();
        List<String[]> rows = new ArrayList<>(ids.stream().map(RosterImportIT::row).toList());
        rows.add(row(bad, 2, "男".equals(row(bad)[2]) ? "女" : "男"));
        long id = upload(token, ImportFiles.xlsx(rows)).body().path("id").asLong();
        String path = IMPORTS + "/" + id;

        assertThat(api.get(login("danwei2"), path).status()).isEqualTo(404);
        assertThat(api.post(login("danwei2"), path + "/submit", "{\"contactName\":\"刘\",\"contactPhone\":\"13900139000\"}").status()).isEqualTo(404);
        assertThat(send(login("danwei2"), path + "/evidence?name=p.png", ImportFiles.png()).status()).isEqualTo(404);

        String contact = "{\"contactName\":\"陈红梅\",\"contactPhone\":\"13900139000\"}";
        assertThat(api.post(token, path + "/submit", contact).code()).isEqualTo("EVIDENCE_REQUIRED");
        assertThat(send(token, path + "/evidence?name=p.png", "not an image".getBytes()).code()).isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(send(token, path + "/evidence?name=p.png", ImportFiles.png()).status()).isEqualTo(200);
        String key = jdbc.queryForObject("select evidence_original_key from roster_import where id = ?", String.class, id);
        Path stored = Path.of(System.getProperty("java.io.tmpdir"), "gk-test-materials", key + ".bin");
        assertThat(new String(Files.readAllBytes(stored), java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("JFIF").doesNotContain("PNG");
        Download printout = api.download(token, path + "/evidence");
        assertThat(printout.contentType()).isEqualTo("image/jpeg");
        assertThat(javax.imageio.ImageIO.read(new ByteArrayInputStream(printout.bytes())).getWidth()).isEqualTo(40);

        Answer allOrNothing = api.post(token, path + "/submit", contact);
        assertThat(allOrNothing.code()).isEqualTo("ROWS_INVALID");
        assertThat(allOrNothing.raw()).contains("第5行").contains("SEX_MISMATCH");
        Answer mode = api.exchange(HttpMethod.PUT, token, path + "/mode", "{\"onlyValidRows\":true}");
        assertThat(mode.body().path("modeName").asText()).isEqualTo("只导入正确的行");
        assertThat(mode.body().path("rowsToJoin").asInt()).isEqualTo(3);
        Answer submitted = api.post(token, path + "/submit", contact);
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        assertThat(submitted.body().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.body().path("contactPhone").asText()).isEqualTo("139****9000");
        assertThat(submitted.body().path("steps")).hasSize(2);

        // the same people again, while the first import is under review: DUPLICATE_ON_ROSTER
        Answer again = upload(token, ImportFiles.xlsx(List.<String[]>of(row(ids.get(0)))));
        assertThat(again.body().path("rejectedRows").get(0).path("faults").get(0).path("code").asText()).isEqualTo("DUPLICATE_ON_ROSTER");

        String decision = "{\"decision\":\"APPROVE\",\"reason\":\"同意\"}";
        assertThat(api.post(login("gkb_shi"), path + "/decision", decision).code()).isEqualTo("REVIEW_NOT_YOUR_STEP");
        assertThat(api.get(login("gkb_qu"), IMPORTS).raw()).contains("\"id\":" + id);
        assertThat(api.post(login("gkb_qu"), path + "/decision", decision).status()).isEqualTo(200);
        assertThat(ids).noneMatch(this::onRoster);
        Answer approved = api.post(login("gkb_shi"), path + "/decision", decision);
        assertThat(approved.body().path("status").asText()).as(approved.raw()).isEqualTo("APPROVED");
        assertThat(ids).allMatch(this::onRoster);
        assertThat(onRoster(bad)).isFalse();
        assertThat(jdbc.queryForList("select work_start_date from worker where id_number_hash = ?", LocalDate.class,
                protector.hash(ids.get(0)))).containsExactly(LocalDate.of(2010, 7, 1));
        assertThat(api.post(token, path + "/submit", contact).code()).isEqualTo("IMPORT_NOT_DRAFT");
    }

    @Test
    void onlyUnitOperatorsImportAndOthersSeeNothingOfAnotherUnit() throws Exception {
        assertThat(upload(login("gkb_qu"), ImportFiles.xlsx(List.<String[]>of(row(TestIdNumbers.next())))).status()).isEqualTo(403);
        long id = upload(login("danwei"), ImportFiles.xlsx(List.<String[]>of(row(TestIdNumbers.next())))).body().path("id").asLong();
        assertThat(api.get(login("danwei2"), IMPORTS + "/" + id + "/rows?accepted=true").status()).isEqualTo(404);
        assertThat(api.exchange(HttpMethod.PUT, login("danwei2"), IMPORTS + "/" + id + "/mode", "{\"onlyValidRows\":true}").status()).isEqualTo(404);
        assertThat(api.get(login("danwei2"), IMPORTS).raw()).doesNotContain("\"id\":" + id + ",");
        assertThat(api.get(login("zhuguan2"), IMPORTS + "/" + id).status()).isIn(403, 404);
        assertThat(api.get(login("zhuguan"), IMPORTS + "/" + id).status()).isEqualTo(200);
    }
}
