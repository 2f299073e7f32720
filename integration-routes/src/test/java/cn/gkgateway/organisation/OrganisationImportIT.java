package cn.gkgateway.organisation;

import cn.gkgateway.audit.AuditEntries;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.ApiClient.Download;
import cn.gkgateway.support.GatewayIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static cn.gkgateway.organisation.OrganisationFixtures.creditCode;
import static cn.gkgateway.organisation.OrganisationFixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Importing the organisation tree from the .xlsx template: all or nothing, every faulty row reported, files checked by content. */
class OrganisationImportIT extends GatewayIntegrationTest {

    private static final String IMPORT = "/api/admin/organisations/import";
    private static final String[] HEADERS = {"名称", "类型", "统一社会信用代码", "单位类别", "层级", "行政区划代码", "主管部门", "上级单位"};

    @Autowired
    Organisations organisations;
    @Autowired
    AuditEntries audit;

    /** A workbook like a filled-in template; a cell starting with "=" becomes a formula. */
    static byte[] workbook(List<String[]> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("组织机构");
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] values = rows.get(r);
                for (int i = 0; i < values.length; i++) {
                    if (values[i] != null && values[i].startsWith("=")) {
                        row.createCell(i).setCellFormula(values[i].substring(1));
                    } else if (values[i] != null && values[i].startsWith("#")) {
                        row.createCell(i).setCellValue(Double.parseDouble(values[i].substring(1)));
                    } else if (values[i] != null) {
                        row.createCell(i).setCellValue(values[i]);
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void theTemplateHasTheHeadersTextCodeColumnsDropdownsAndHelp() throws IOException {
        Download template = api.download(login("gkb_shi"), "/api/admin/organisations/template");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(template.disposition()).contains("attachment").contains(".xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.bytes()))) {
            assertThat(workbook.getSheetName(0)).isEqualTo("组织机构");
            assertThat(workbook.getSheetName(1)).isEqualTo("说明");
            XSSFSheet sheet = workbook.getSheetAt(0);
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsExactly(HEADERS);
            assertThat(sheet.getColumnStyle(2).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getColumnStyle(5).getDataFormatString()).isEqualTo("@");
            assertThat(sheet.getDataValidations()).extracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .containsExactlyInAnyOrder(List.of("工考办", "主管部门", "单位"), List.of("行政", "事业"), List.of("省级", "市级", "县区级"));
            assertThat(sheet.getDataValidations()).allMatch(DataValidation::getShowErrorBox);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("示例：");
        }
        // the template itself imports as "no data" (its example row is skipped), not as an error of the file
        Answer empty = api.upload(login("gkb_shi"), IMPORT, "模板.xlsx", template.bytes());
        assertThat(empty.code()).isEqualTo("IMPORT_EMPTY");
        assertThat(api.download(login("danwei"), "/api/admin/organisations/template").status()).isEqualTo(403);
    }

    @Test
    void aGoodFileCreatesEveryRowAndLaterRowsMayNameEarlierOnes() throws IOException {
        String department = unique("江都区教育局");
        String school = unique("江都区实验小学");
        String branch = unique("江都区实验小学分校");
        byte[] file = workbook(List.of(
                new String[]{department, "主管部门", null, "行政", "县区级", "321012", null, "扬州市江都区工考办"},
                new String[]{school, "单位", creditCode(), "事业", "县区级", "321012", department, null},
                new String[]{branch, "单位", creditCode().toLowerCase(), "事业", "县区", "#321012", department, school}));
        Answer answer = api.upload(login("gkb_qu"), IMPORT, "组织机构.xlsx", file);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(200);
        assertThat(answer.body().path("created").asInt()).isEqualTo(3);
        Organisation imported = organisations.findByName(branch).orElseThrow();
        assertThat(imported.getParentId()).isEqualTo(organisations.findByName(school).orElseThrow().getId());
        assertThat(imported.getSupervisorId()).isEqualTo(organisations.findByName(department).orElseThrow().getId());
        assertThat(organisations.findByName(school).orElseThrow().getParentId()).as("defaults to the department").isEqualTo(imported.getSupervisorId());
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdAsc("organisation", imported.getId()))
                .singleElement().satisfies(entry -> {
                    assertThat(entry.getAction()).isEqualTo("ORGANISATION_IMPORTED");
                    assertThat(entry.getDetail()).startsWith("第4行：").contains("上级单位：（空） → " + school);
                });
    }

    @Test
    void aFileWithBadRowsChangesNothingAndReportsEveryFault() throws IOException {
        String good = unique("江都区文化馆");
        String alsoGood = unique("江都区图书馆");
        long before = organisations.count();
        byte[] file = workbook(List.of(
                new String[]{good, "单位", creditCode(), "事业", "县区级", "321012", "扬州市江都区水利局", null},
                new String[]{unique("某单位"), "学校", "12321012466893813", "事业", "县区级", "321012", "扬州市江都区水利局", null},
                new String[]{unique("某单位"), "单位", "#913200001234567000", "企业", "县区级", "320102", "不存在的部门", null},
                new String[]{alsoGood, "单位", creditCode(), "事业", "县区级", "321012", good, null},
                new String[]{"扬州市江都区公路管理站", "单位", creditCode(), "事业", "县区级", "321012", "扬州市江都区交通运输局", null}));
        Answer answer = api.upload(login("gkb_qu"), IMPORT, "组织机构.xlsx", file);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("IMPORT_ROWS_INVALID");
        assertThat(answer.body().path("message").asText()).isEqualTo("导入文件中有 4 行数据有误，未导入任何数据；请按提示修改后重新导入");
        List<String> faults = new ArrayList<>();
        for (JsonNode fault : answer.body().path("faults")) {
            faults.add(fault.path("row").asInt() + " " + fault.path("column").asText() + " " + fault.path("code").asText());
        }
        assertThat(faults).containsExactly(
                "3 类型 IMPORT_VALUE_UNKNOWN", "3 统一社会信用代码 CREDIT_CODE_LENGTH",
                "4 单位类别 IMPORT_VALUE_UNKNOWN", "4 主管部门 IMPORT_REFERENCE_NOT_FOUND", "4 统一社会信用代码 CREDIT_CODE_AS_NUMBER",
                "5 主管部门 ORGANISATION_SUPERVISOR_KIND",
                "6 名称 ORGANISATION_NAME_TAKEN");
        assertThat(answer.body().path("fieldErrors").get(0).path("field").asText()).isEqualTo("第3行 类型");
        assertThat(organisations.count()).as("nothing saved").isEqualTo(before);
        assertThat(organisations.findByName(good)).isEmpty();
    }

    @Test
    void formulasAreRefused() throws IOException {
        byte[] file = workbook(List.<String[]>of(
                new String[]{"=CONCATENATE(\"江都区\",\"档案馆\")", "单位", creditCode(), "事业", "县区级", "321012", "扬州市江都区水利局", null}));
        Answer answer = api.upload(login("admin"), IMPORT, "组织机构.xlsx", file);
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body().path("faults").get(0).path("code").asText()).isEqualTo("IMPORT_FORMULA");
        assertThat(answer.body().path("faults").get(0).path("column").asText()).isEqualTo("名称");
    }

    @Test
    void filesAreCheckedByContentNotByName() throws IOException {
        Answer text = api.upload(login("admin"), IMPORT, "组织机构.xlsx", "名称,类型\n某单位,单位\n".getBytes(StandardCharsets.UTF_8));
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.code()).isEqualTo("FILE_TYPE_UNSUPPORTED");
        assertThat(text.raw()).doesNotContain("Exception");
        Answer ole2 = api.upload(login("admin"), IMPORT, "旧版.xlsx", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0, 0});
        assertThat(ole2.code()).isEqualTo("FILE_TYPE_UNSUPPORTED");
        byte[] good = workbook(List.<String[]>of());
        Answer truncated = api.upload(login("admin"), IMPORT, "坏文件.xlsx", java.util.Arrays.copyOf(good, good.length / 2));
        assertThat(truncated.status()).isEqualTo(400);
        assertThat(truncated.code()).isEqualTo("FILE_UNREADABLE");
        Answer wrongHeaders = api.upload(login("admin"), IMPORT, "a.xlsx", headerless());
        assertThat(wrongHeaders.code()).isEqualTo("IMPORT_TEMPLATE_MISMATCH");
        Answer none = api.upload(login("admin"), IMPORT, "空.xlsx", new byte[0]);
        assertThat(none.code()).isEqualTo("FILE_REQUIRED");
    }

    @Test
    void oversizedFilesAreRefused() throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < 2001; i++) {
            rows.add(new String[]{"单位" + i});
        }
        Answer tooMany = api.upload(login("admin"), IMPORT, "多.xlsx", workbook(rows));
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.code()).isEqualTo("IMPORT_TOO_MANY_ROWS");
        Answer tooLarge = api.upload(login("admin"), IMPORT, "大.xlsx", new byte[1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.code()).isEqualTo("FILE_TOO_LARGE");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() throws IOException {
        byte[] bomb = withSheet(workbook(List.<String[]>of()), sheetOfSpaces(40 * 1024 * 1024));
        assertThat(bomb.length).isLessThan(1024 * 1024);
        Answer answer = api.upload(login("admin"), IMPORT, "炸弹.xlsx", bomb);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.code()).isEqualTo("FILE_UNSAFE");
    }

    private static byte[] headerless() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("组织机构").createRow(0).createCell(0).setCellValue("单位名称");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] sheetOfSpaces(int spaces) {
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        String tail = "</sheetData></worksheet>";
        byte[] bytes = new byte[head.length() + spaces + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, bytes, 0, head.length());
        java.util.Arrays.fill(bytes, head.length(), head.length() + spaces, (byte) ' ');
        System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, bytes, head.length() + spaces, tail.length());
        return bytes;
    }

    /** The same package with its first worksheet replaced. */
    private static byte[] withSheet(byte[] xlsx, byte[] sheet) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx)); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(entry.getName().equals("xl/worksheets/sheet1.xml") ? sheet : in.readAllBytes());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
