package cn.gkgateway.catalog;

import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.GatewayIntegrationTest;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.io.ByteArrayOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** 考评范围 as data: the provincial exam office copies a year, opens and closes lines, imports a year from .xlsx. */
class ScopeAdministrationIT extends GatewayIntegrationTest {

    @Test
    void theProvincialExamOfficeSetsNextYearsScopes() throws Exception {
        String province = login("gkb_sheng");
        assertThat(api.post(login("gkb_qu"), "/api/catalog/scopes/copy", "{\"from\":2026,\"to\":2027}").status()).isEqualTo(403);
        assertThat(api.post(login("danwei"), "/api/catalog/scopes/copy", "{\"from\":2026,\"to\":2027}").status()).isEqualTo(403);
        assertThat(api.post(province, "/api/catalog/scopes/copy", "{\"from\":2020,\"to\":2025}").code()).isEqualTo("SCOPE_YEAR_CLOSED");
        assertThat(api.post(province, "/api/catalog/scopes/copy", "{\"from\":1999,\"to\":2027}").code()).isEqualTo("SCOPE_YEAR_EMPTY");

        Answer copied = api.post(province, "/api/catalog/scopes/copy", "{\"from\":2020,\"to\":2027}");
        assertThat(copied.status()).as(copied.raw()).isEqualTo(200);
        assertThat(copied.body().path("lines").asInt()).isPositive();
        assertThat(api.post(province, "/api/catalog/scopes/copy", "{\"from\":2020,\"to\":2027}").code()).isEqualTo("SCOPE_YEAR_NOT_EMPTY");
        assertThat(openGroups(province, "FW01")).contains("GRADE");

        assertThat(api.exchange(HttpMethod.PUT, province, "/api/catalog/scopes/2027/GRADE/FW01", "{\"open\":false}").status()).isEqualTo(200);
        assertThat(openGroups(province, "FW01")).doesNotContain("GRADE");
        assertThat(api.get(province, "/api/catalog/work-types?year=2027&level=JUNIOR").raw()).doesNotContain("\"FW01\"");

        Answer bad = api.upload(province, "/api/catalog/scopes/2027/import", "范围.xlsx", sheet(new String[][] {
                {"工种", "等级"}, {"FW01", "等级工"}, {"不存在的工种", "技师"}, {"FW01", "特级"}}));
        assertThat(bad.code()).as(bad.raw()).isEqualTo("SCOPE_IMPORT_INVALID");
        assertThat(bad.body().path("fieldErrors")).hasSize(2);
        assertThat(openGroups(province, "FW01")).doesNotContain("GRADE");

        Answer imported = api.upload(province, "/api/catalog/scopes/2027/import", "范围.xlsx", sheet(new String[][] {
                {"工种", "等级"}, {"FW01", "等级工"}, {"FW01", "技师"}, {"FW01", "等级工"}}));
        assertThat(imported.status()).as(imported.raw()).isEqualTo(200);
        assertThat(imported.body().path("lines").asInt()).isEqualTo(2);
        assertThat(openGroups(province, "FW01")).containsExactly("GRADE", "TECHNICIAN");
        assertThat(openGroups(province, "SL01")).isEmpty();
        // 2020's scopes (seed 003) are untouched
        assertThat(api.get(province, "/api/catalog/admin/work-types?year=2020").raw()).contains("\"GRADE\"");
    }

    private java.util.List<String> openGroups(String token, String code) {
        Answer catalog = api.get(token, "/api/catalog/admin/work-types?year=2027");
        for (var line : catalog.body()) {
            if (line.path("code").asText().equals(code)) {
                java.util.List<String> groups = new java.util.ArrayList<>();
                line.path("open").forEach(g -> groups.add(g.asText()));
                return groups;
            }
        }
        throw new AssertionError("no work type " + code);
    }

    private static byte[] sheet(String[][] rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("考评范围");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
