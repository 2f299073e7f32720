package cn.gkgateway.web.rosterimport;

import cn.gkgateway.rosterimport.RosterImportService.RejectedRow;
import cn.gkgateway.rosterimport.RowFault;
import cn.gkgateway.rosterimport.TemplateColumn;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.Consumer;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * The rejected rows of an import as an .xlsx in template order, plus 原行号 and 错误原因, streamed
 * with SXSSF. Every cell is written as a text value, so nothing in it is ever a formula (a value
 * that starts with {@code =} stays the text it was).
 */
final class RejectedRowsWorkbook {

    private RejectedRowsWorkbook() {
    }

    static void write(Consumer<BiConsumer<Integer, RejectedRow>> rows, OutputStream out) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(100);
        try {
            Sheet sheet = workbook.createSheet(RosterImportTemplate.SHEET);
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            TemplateColumn[] columns = TemplateColumn.values();
            Row header = sheet.createRow(0);
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
                sheet.setDefaultColumnStyle(i, text);
            }
            header.createCell(columns.length).setCellValue("原行号");
            header.createCell(columns.length + 1).setCellValue("错误原因");
            int[] next = {1};
            rows.accept((rowNumber, rejected) -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < columns.length && i < rejected.cells().size(); i++) {
                    row.createCell(i).setCellValue(rejected.cells().get(i));
                    row.getCell(i).setCellStyle(text);
                }
                row.createCell(columns.length).setCellValue(String.valueOf(rowNumber));
                row.createCell(columns.length + 1).setCellValue(rejected.faults().stream()
                        .map(fault -> fault.column() + "：" + fault.message() + "（" + fault.code() + "）")
                        .collect(Collectors.joining("；")));
            });
            workbook.write(out);
        } finally {
            workbook.close();
        }
    }

    static String reasons(RejectedRow row) {
        return row.faults().stream().map(RowFault::message).collect(Collectors.joining("；"));
    }
}
