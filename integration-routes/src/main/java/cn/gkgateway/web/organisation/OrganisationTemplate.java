package cn.gkgateway.web.organisation;

import cn.gkgateway.organisation.CreditCode;
import cn.gkgateway.organisation.JurisdictionLevel;
import cn.gkgateway.organisation.OrganisationImport;
import cn.gkgateway.organisation.OrganisationKind;
import cn.gkgateway.organisation.UnitCategory;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

/**
 * The organisation import template: sheet 1 {@value #SHEET} with the headers, text-formatted
 * code columns, dropdowns for 类型 / 单位类别 / 层级 and an example row (skipped on import);
 * sheet 2 {@value #HELP_SHEET} explaining each column and rule.
 */
final class OrganisationTemplate {

    static final String SHEET = "组织机构";
    static final String HELP_SHEET = "说明";
    static final List<String> HEADERS = List.of("名称", "类型", "统一社会信用代码", "单位类别", "层级", "行政区划代码", "主管部门", "上级单位");
    /** Rows whose name starts with this are examples and are not imported. */
    static final String EXAMPLE_PREFIX = "示例：";
    private static final int[] WIDTHS = {36, 12, 24, 10, 10, 14, 28, 28};
    private static final String[] HELP = {
            "组织机构导入模板说明",
            "1. 在“组织机构”工作表中从第2行起每行填写一个机构；以“示例：”开头的行不会导入，可删除。",
            "2. 名称：机构全称，全系统唯一，不超过100个字。",
            "3. 类型：工考办、主管部门 或 单位（下拉选择）。",
            "4. 统一社会信用代码：18位，单位必填，主管部门选填；该列已设置为文本格式，请勿改为数字格式。",
            "5. 单位类别：行政 或 事业，单位必填。",
            "6. 层级：省级、市级 或 县区级；工考办只能导入本级及以下的机构，下级工考办须低于本级。",
            "7. 行政区划代码：6位数字，如 321012；须在本工考办管辖区域内（省级看前2位，市级看前4位，县区级看6位）。",
            "8. 主管部门：单位必填，填写主管部门全称；须为同一区域内的主管部门，可为本文件中靠前的行或系统中已有的机构。",
            "9. 上级单位：填写上级机构全称（可为本文件中靠前的行或已有的机构）；单位不填时默认为其主管部门。",
            "10. 不要使用公式；导入为整体导入：任何一行有误，全部不导入，并列出所有错误行。",
            "11. 一次最多导入 " + OrganisationImport.MAX_ROWS + " 行，文件不超过 1 MB。"};

    private OrganisationTemplate() {
    }

    static byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            CellStyle headerStyle = headerStyle(workbook);
            for (int i = 0; i < HEADERS.size(); i++) {
                header.createCell(i).setCellValue(HEADERS.get(i));
                header.getCell(i).setCellStyle(headerStyle);
                sheet.setColumnWidth(i, WIDTHS[i] * 256);
                sheet.setDefaultColumnStyle(i, text);
            }
            String exampleCode = "12321012MB123456" + "7";
            String[] example = {EXAMPLE_PREFIX + "扬州市江都区某某事业单位", OrganisationKind.UNIT.displayName(),
                    exampleCode.substring(0, 17) + CreditCode.checkCharacter(exampleCode), UnitCategory.PUBLIC_INSTITUTION.displayName(),
                    JurisdictionLevel.DISTRICT.displayName(), "321012", "扬州市江都区水利局", ""};
            Row row = sheet.createRow(1);
            for (int i = 0; i < example.length; i++) {
                row.createCell(i).setCellValue(example[i]);
                row.getCell(i).setCellStyle(text);
            }
            sheet.createFreezePane(0, 1);
            int lastRow = OrganisationImport.MAX_ROWS;
            dropdown(sheet, 1, lastRow, Arrays.stream(OrganisationKind.values()).map(OrganisationKind::displayName).toArray(String[]::new));
            dropdown(sheet, 3, lastRow, Arrays.stream(UnitCategory.values()).map(UnitCategory::displayName).toArray(String[]::new));
            dropdown(sheet, 4, lastRow, Arrays.stream(JurisdictionLevel.values()).map(JurisdictionLevel::displayName).toArray(String[]::new));
            Sheet help = workbook.createSheet(HELP_SHEET);
            help.setColumnWidth(0, 110 * 256);
            for (int i = 0; i < HELP.length; i++) {
                help.createRow(i).createCell(0).setCellValue(HELP[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle headerStyle(XSSFWorkbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private static void dropdown(Sheet sheet, int column, int lastRow, String[] values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        DataValidation validation = helper.createValidation(helper.createExplicitListConstraint(values),
                new CellRangeAddressList(1, lastRow, column, column));
        validation.setShowErrorBox(true);
        validation.createErrorBox("输入有误", "请从下拉列表中选择：" + String.join("、", values));
        sheet.addValidationData(validation);
    }
}
