package cn.gkgateway.web.keychange;

import cn.gkgateway.keychange.KeyChangeColumn;
import cn.gkgateway.keychange.KeyChangeViews.TemplateRow;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The 关键信息修改 sheet of the selected workers: their current values, every cell text (the ID
 * number above all, so Excel never turns it into a number), and a 说明 sheet. Bounded by
 * {@code KeyChangeService.MAX_SELECTED} rows, so a plain workbook is fine.
 */
final class KeyChangeSheetWriter {

    private KeyChangeSheetWriter() {
    }

    static byte[] write(List<TemplateRow> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("关键信息修改");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            KeyChangeColumn[] columns = KeyChangeColumn.values();
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
                header.getCell(i).setCellStyle(bold);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, (i == 2 ? 22 : 14) * 256);
            }
            int r = 1;
            for (TemplateRow row : rows) {
                Row line = sheet.createRow(r++);
                String[] values = {String.valueOf(row.workerId()), row.name(), row.idNumber(), row.workTypeName(), row.levelName(),
                        row.levelYear() == null ? "" : row.levelYear().toString()};
                for (int i = 0; i < values.length; i++) {
                    line.createCell(i).setCellValue(values[i]);
                    line.getCell(i).setCellStyle(text);
                }
            }
            Sheet help = workbook.createSheet("说明");
            String[] lines = {
                    "关键信息修改说明",
                    "1. 本表列出在名册中勾选的人员的当前信息；“人员编号”用于对应名册中的人员，请勿修改。",
                    "2. 直接在本表中修改姓名、身份证号、工种、现等级、取得年份；不需要修改的行可以删除，也可以保留（保留不变的行会被列为“无修改”）。",
                    "3. 身份证号请保持文本格式；工种填写工种目录中的名称或代码；现等级填写初级工、中级工、高级工、技师、高级技师或未定级（或五级至一级）。",
                    "4. 上传后页面逐行列出修改前后的内容，不符合要求的行不会提交；上传签字盖章的打印件、填写联系人后提交审核。",
                    "5. 审核通过前名册不会改变；通过后原值保存在人员的“关键信息变更记录”中。"};
            for (int i = 0; i < lines.length; i++) {
                help.createRow(i).createCell(0).setCellValue(lines[i]);
            }
            help.setColumnWidth(0, 120 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
