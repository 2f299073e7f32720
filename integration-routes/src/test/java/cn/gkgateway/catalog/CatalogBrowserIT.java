package cn.gkgateway.catalog;

import cn.gkgateway.rosterimport.ImportFiles;
import cn.gkgateway.support.BrowserScripts;
import cn.gkgateway.support.GatewayIntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 工种目录与考评范围 in the browser (h5-frontend/e2e/catalog.mjs): view, download, copy a year, close a line, import. */
class CatalogBrowserIT extends GatewayIntegrationTest {

    private static final int NEXT_YEAR = 2027;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Catalog catalog;

    @Test
    void theProvincialExamOfficeSetsNextYearsScopesInTheBrowser() throws Exception {
        transactions.executeWithoutResult(status -> jdbc.update("delete from work_type_scope where plan_year = ?", NEXT_YEAR));
        catalog.reload();
        int thisYear = jdbc.queryForObject("select count(*) from work_type_scope where plan_year = ?", Integer.class, NEXT_YEAR - 1);
        Path file = Files.createTempFile("e2e-scopes", ".xlsx");
        Files.write(file, ImportFiles.xlsx(new String[]{"工种", "等级"}, List.<String[]>of(
                new String[]{"FW01", "等级工"}, new String[]{"闸门运行", "技师"})));
        Path sheet = Files.createTempFile("e2e-scopes-out", ".xlsx");

        List<String> output = BrowserScripts.run(port, "catalog.mjs", Map.of("NEXT_YEAR", String.valueOf(NEXT_YEAR),
                "IMPORT_FILE", file.toString(), "SHEET_FILE", sheet.toString()));
        assertThat(new ObjectMapper().readTree(BrowserScripts.result(output)).path("copied").asInt()).isEqualTo(thisYear);

        // the downloaded sheet held next year's lines after the copy and the one closed line, in the import's columns
        List<String> headers = new ArrayList<>();
        int lines;
        try (InputStream in = Files.newInputStream(sheet); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertThat(workbook.getSheetName(0)).isEqualTo("考评范围");
            workbook.getSheetAt(0).getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            lines = 0;
            for (Row row : workbook.getSheetAt(0)) {
                lines += row.getRowNum() > 0 ? 1 : 0;
            }
        }
        assertThat(headers).startsWith("工种", "等级");
        assertThat(lines).isEqualTo(thisYear - 1);
        // after the import, next year holds exactly the two imported lines
        assertThat(jdbc.queryForList("select concat(work_type_code, '/', level_group) from work_type_scope where plan_year = ?",
                String.class, NEXT_YEAR)).containsExactlyInAnyOrder("FW01/GRADE", "SL01/TECHNICIAN");
    }
}
