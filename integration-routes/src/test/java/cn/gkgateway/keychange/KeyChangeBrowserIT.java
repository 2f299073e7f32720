package cn.gkgateway.keychange;

import cn.gkgateway.rosterimport.ImportFiles;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.BrowserScripts;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** 关键信息修改 in the browser (h5-frontend/e2e/keychange.mjs), with axe-core and keyboard checks on every page. */
class KeyChangeBrowserIT extends GatewayIntegrationTest {

    @Test
    void aKeyInfoChangeWorksInTheBrowserFromSelectionToHistory() throws Exception {
        String unit = login("danwei");
        String suffix = String.valueOf((char) ('甲' + (int) (System.nanoTime() % 50)));
        String oldName = "冯改前" + suffix;
        String newName = "冯改后" + suffix;
        String id = TestIdNumbers.next();
        Answer created = api.post(unit, "/api/roster/workers", Fixtures.worker(oldName, id, "13912345678", "FW01", "2008-07-01"));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long worker = created.body().path("id").asLong();

        Path edited = Files.createTempFile("e2e-keychange", ".xlsx");
        Files.write(edited, ImportFiles.xlsx(KeyChangeIT.HEADERS,
                List.<String[]>of(new String[]{String.valueOf(worker), newName, id, "行政事务", "五级/初级工", "2016"})));
        Path evidence = Files.createTempFile("e2e-evidence", ".png");
        Files.write(evidence, ImportFiles.png());
        Path sheet = Files.createTempFile("e2e-sheet", ".xlsx");

        List<String> output = BrowserScripts.run(port, "keychange.mjs", Map.of("WORKER_ID", String.valueOf(worker), "WORKER_NAME", oldName, "NEW_NAME", newName,
                "EDITED_FILE", edited.toString(), "EVIDENCE_FILE", evidence.toString(), "SHEET_FILE", sheet.toString()));
        JsonNode result = new ObjectMapper().readTree(BrowserScripts.result(output));
        assertThat(result.path("workerId").asText()).isEqualTo(String.valueOf(worker));

        // the sheet the browser downloaded lists the selected worker with the full ID as text
        List<String> cells = new ArrayList<>();
        try (InputStream in = Files.newInputStream(sheet); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Row row = workbook.getSheetAt(0).getRow(1);
            row.forEach(cell -> cells.add(cell.getStringCellValue()));
            assertThat(workbook.getSheetAt(0).getPhysicalNumberOfRows()).isEqualTo(2);
        }
        assertThat(cells).containsExactly(String.valueOf(worker), oldName, id, "行政事务", "五级/初级工", "2016");
        assertThat(api.get(unit, "/api/roster/workers/" + worker).body().path("name").asText()).isEqualTo(newName);
    }
}
