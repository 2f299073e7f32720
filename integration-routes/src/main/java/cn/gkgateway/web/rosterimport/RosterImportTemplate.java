package cn.gkgateway.web.rosterimport;

import cn.gkgateway.catalog.CatalogEntry;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.rosterimport.ImportSheet;
import cn.gkgateway.rosterimport.LevelNames;
import cn.gkgateway.rosterimport.TemplateColumn;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The import template: sheet 1 {@value #SHEET} with the header row in template order, every
 * column formatted as text (so IDs and phones stay text), dropdowns for 工种 (from a hidden list
 * sheet) and 现等级, and an example row that is skipped on import; sheet 2 {@value #HELP_SHEET}.
 */
final class RosterImportTemplate {

    static final String SHEET = "工勤人员";
    static final String HELP_SHEET = "说明";
    private static final String LIST_SHEET = "工种列表";
    private static final int[] WIDTHS = {12, 22, 6, 14, 30, 18, 14, 10, 14, 16, 12};

    private RosterImportTemplate() {
    }

    static byte[] bytes(String unitName, List<CatalogEntry> workTypes, int maxRows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            TemplateColumn[] columns = TemplateColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
                header.getCell(i).setCellStyle(bold);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
                sheet.setDefaultColumnStyle(i, text);
            }
            String exampleId = "32102319850615001";
            exampleId += IdNumber.checkCharacter(exampleId);
            String workType = workTypes.isEmpty() ? "" : workTypes.get(0).name();
            String[] example = {ImportSheet.EXAMPLE_PREFIX + "张三", exampleId, "男", "1985-06-15", unitName, workType,
                    "四级/中级工", "2015", "2005-07", "13800138000", "在编"};
            Row row = sheet.createRow(1);
            for (int i = 0; i < example.length; i++) {
                row.createCell(i).setCellValue(example[i]);
                row.getCell(i).setCellStyle(text);
            }
            sheet.createFreezePane(0, 1);
            Sheet list = workbook.createSheet(HELP_SHEET);
            help(list, maxRows);
            Sheet names = workbook.createSheet(LIST_SHEET);
            for (int i = 0; i < workTypes.size(); i++) {
                names.createRow(i).createCell(0).setCellValue(workTypes.get(i).name());
            }
            workbook.setSheetHidden(workbook.getSheetIndex(names), true);
            DataValidationHelper helper = sheet.getDataValidationHelper();
            if (!workTypes.isEmpty()) {
                add(sheet, helper.createValidation(helper.createFormulaListConstraint(LIST_SHEET + "!$A$1:$A$" + workTypes.size()),
                        new CellRangeAddressList(1, maxRows, 5, 5)), "请从下拉列表中选择工种");
            }
            add(sheet, helper.createValidation(helper.createExplicitListConstraint(LevelNames.dropdown()),
                    new CellRangeAddressList(1, maxRows, 6, 6)), "请从下拉列表中选择现等级");
            int establishment = TemplateColumn.ESTABLISHMENT.ordinal();
            add(sheet, helper.createValidation(helper.createExplicitListConstraint(new String[]{"在编", "编外"}),
                    new CellRangeAddressList(1, maxRows, establishment, establishment)), "请选择在编或编外");
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(Sheet sheet, DataValidation validation, String message) {
        validation.setShowErrorBox(true);
        validation.createErrorBox("输入有误", message);
        sheet.addValidationData(validation);
    }

    private static void help(Sheet help, int maxRows) {
        String[] lines = {
                "工勤人员导入模板说明",
                "1. 在“工勤人员”工作表中从第2行起每行填写一人；以“示例：”开头的行不会导入，可删除。第1行表头请勿修改。",
                "2. 姓名：汉字、字母或间隔号“·”，不超过30个字。",
                "3. 身份证号：18位，最后一位可为X；该列已设置为文本格式，请勿改为数字格式（数字格式会被拒绝）。",
                "4. 性别、出生日期：须与身份证号一致。",
                "5. 日期写法：2020-5-8、2020/5/8、2020.5.8、2020年5月8日或20200508；参加工作时间可精确到月：2020-5、2020/5、2020.5或2020年5月。年份写全4位。",
                "6. 单位：填写本单位全称；只能导入本单位的人员。",
                "7. 工种：从下拉列表中选择（也可填写工种代码）；现等级：从下拉列表中选择，也可填写初级工、中级工、高级工、技师、高级技师、未定级或五级至一级。",
                "8. 取得年份：现等级证书的取得年份（4位），未定级可不填。",
                "9. 手机号：选填，11位手机号码；该列为文本格式。在编/编外：选填，填写“在编”或“编外”，不填视为在编。",
                "10. 不要使用公式。导入后会列出正确行和错误行；默认有任何错误行则全部不导入，可选择“只导入正确的行”。",
                "11. 一次最多导入" + maxRows + "行。导入须上传签字盖章的打印件，经工考办审核通过后才加入名册。"};
        help.setColumnWidth(0, 120 * 256);
        for (int i = 0; i < lines.length; i++) {
            help.createRow(i).createCell(0).setCellValue(lines[i]);
        }
    }
}
