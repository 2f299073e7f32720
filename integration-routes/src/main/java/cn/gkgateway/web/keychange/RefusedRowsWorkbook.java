package cn.gkgateway.web.keychange;

import cn.gkgateway.keychange.KeyChangeViews.FieldChange;
import cn.gkgateway.keychange.KeyChangeViews.RowView;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The refused rows of a key-info change as an .xlsx: 原行号, the values the sheet asked for (ID numbers masked,
 * as every download), and 不予修改原因 per row. Every cell is text, so nothing in it is a formula. At most
 * {@code KeyChangeService.MAX_SELECTED} rows, so an in-memory workbook is fine.
 */
final class RefusedRowsWorkbook {

    static final String[] HEADERS = {"原行号", "人员编号", "姓名", "身份证号", "工种", "现等级", "取得年份", "不予修改原因"};
    private static final String[] FIELDS = {"NAME", "ID_NUMBER", "WORK_TYPE", "LEVEL", "LEVEL_YEAR"};

    private RefusedRowsWorkbook() {
    }

    static byte[] write(List<RowView> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("不予修改的行");
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
                sheet.setDefaultColumnStyle(i, text);
                sheet.setColumnWidth(i, (i == HEADERS.length - 1 ? 60 : 16) * 256);
            }
            int next = 1;
            for (RowView view : rows) {
                Row row = sheet.createRow(next++);
                row.createCell(0).setCellValue(String.valueOf(view.rowNumber()));
                row.createCell(1).setCellValue(view.workerId() == null ? "" : String.valueOf(view.workerId()));
                for (int i = 0; i < FIELDS.length; i++) {
                    row.createCell(2 + i).setCellValue(newValue(view, FIELDS[i]));
                }
                row.createCell(HEADERS.length - 1).setCellValue(view.faults().stream()
                        .map(fault -> fault.column() + "：" + fault.message() + "（" + fault.code() + "）")
                        .collect(Collectors.joining("；")));
                row.forEach(cell -> cell.setCellStyle(text));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String newValue(RowView view, String field) {
        return view.fields().stream().filter(change -> change.field().equals(field)).map(FieldChange::newValue)
                .filter(value -> value != null).findFirst().orElse("");
    }
}
