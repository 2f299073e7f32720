package cn.gkgateway.web.roster;

import cn.gkgateway.catalog.Level;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import cn.gkgateway.roster.Establishment;
import cn.gkgateway.roster.WorkerRow;
import cn.gkgateway.roster.WorkerStatus;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RosterWorkbookWriterTest {

    private final PersonalDataProtector protector = new PersonalDataProtector(new byte[32], new byte[32]);
    private final Caller unitOperator = new Caller(1, "danwei", "单位经办人", Role.UNIT_OPERATOR, 7L);

    @Test
    void everyValueIsATextCellAsGivenWithTheHeaderBoldAndFrozen() throws Exception {
        List<String> names = List.of("=1+1", "<王&\"五\">", " 前后空格 ", "换\n行", "控\u0001制", "张三");
        List<Long> progress = new ArrayList<>();
        byte[] xlsx;
        try (RosterWorkbookWriter writer = new RosterWorkbookWriter(
                List.of(ExportColumn.NAME, ExportColumn.ID_NUMBER, ExportColumn.PHONE, ExportColumn.LEVEL_YEAR), unitOperator, protector)) {
            for (String name : names) {
                writer.add(worker(name, 7L), progress::add);
            }
            writer.add(worker("别单位", 8L), progress::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            writer.writeTo(out);
            xlsx = out.toByteArray();
            assertThat(writer.written()).isEqualTo(7);
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(workbook.getSheetName(0)).isEqualTo("工勤人员");
            assertThat(sheet.getLastRowNum()).isEqualTo(7);
            assertThat(texts(sheet.getRow(0).cellIterator())).containsExactly("姓名", "身份证号", "手机号", "取得年份");
            assertThat(sheet.getRow(0).getCell(0).getCellStyle().getFont().getBold()).isTrue();
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getColumnWidth(1)).isEqualTo(24 * 256);
            List<String> written = new ArrayList<>();
            for (int r = 1; r <= 6; r++) {
                XSSFCell cell = sheet.getRow(r).getCell(0);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("@");
                written.add(cell.getStringCellValue());
                assertThat(sheet.getRow(r).getCell(1).getStringCellValue()).isEqualTo("110101199001011234");
                assertThat(sheet.getRow(r).getCell(2).getStringCellValue()).isEqualTo("13912345678");
                assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("2020");
            }
            assertThat(written).containsExactly("=1+1", "<王&\"五\">", " 前后空格 ", "换\n行", "控?制", "张三");
            assertThat(texts(sheet.getRow(7).cellIterator())).containsExactly("别单位", "110101********1234", "139****5678", "2020");
        }
    }

    @Test
    void theTemporaryFileIsGoneAfterClose() throws Exception {
        List<Path> before = exports();
        try (RosterWorkbookWriter writer = new RosterWorkbookWriter(List.of(ExportColumn.NAME), unitOperator, protector)) {
            writer.add(worker("张三", 7L), written -> { });
            assertThat(exports()).hasSize(before.size() + 1);
        }
        assertThat(exports()).hasSameElementsAs(before);
    }

    @Test
    void columnLettersFollowExcel() {
        assertThat(Arrays.asList(RosterWorkbookWriter.columnLetters(0), RosterWorkbookWriter.columnLetters(12),
                RosterWorkbookWriter.columnLetters(25), RosterWorkbookWriter.columnLetters(26))).containsExactly("A", "M", "Z", "AA");
    }

    private static List<Path> exports() throws Exception {
        try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("gk-export-")).toList();
        }
    }

    private static List<String> texts(java.util.Iterator<org.apache.poi.ss.usermodel.Cell> cells) {
        List<String> texts = new ArrayList<>();
        cells.forEachRemaining(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private WorkerRow worker(String name, long unitId) {
        return new WorkerRow(1, unitId, "扬州市江都区水利工程管理处", name, "110101********1234", protector.encrypt("110101199001011234"),
                "男", LocalDate.of(1990, 1, 1), "139****5678", protector.encrypt("13912345678"), Establishment.IN_ESTABLISHMENT,
                LocalDate.of(2010, 7, 1), "4-01-01", "工种", Level.NONE, 2020, WorkerStatus.values()[0], false);
    }
}
