package cn.gkgateway.web.excel;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link XlsxReader#readFirstSheet}: the first sheet by position, each cell with its stored type. */
class TypedSheetReaderTest {

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet first = workbook.createSheet("随便起的名字");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy年m月d日"));
            Row row = first.createRow(0);
            row.createCell(0).setCellValue("张三");
            row.createCell(1).setCellValue(321012198506150011d);
            row.createCell(2).setCellValue(LocalDate.of(2010, 7, 1));
            row.getCell(2).setCellStyle(date);
            row.createCell(4).setCellFormula("1+1");
            row.createCell(5).setCellValue(true);
            first.createRow(3).createCell(1).setCellValue("第四行");
            workbook.createSheet("工勤人员").createRow(0).createCell(0).setCellValue("第二个工作表");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void readsTheFirstSheetWithEachCellsType() throws IOException {
        List<XlsxRow> rows = new ArrayList<>();
        XlsxReader.readFirstSheet(new ByteArrayInputStream(workbook()), 10, rows::add);
        assertThat(rows).hasSize(2);
        XlsxRow first = rows.get(0);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.cell(0)).isEqualTo("张三");
        assertThat(first.type(0)).isEqualTo(XlsxCellType.TEXT);
        assertThat(first.type(1)).isEqualTo(XlsxCellType.NUMBER);
        assertThat(first.type(2)).isEqualTo(XlsxCellType.DATE);
        assertThat(first.date(2)).isEqualTo(LocalDate.of(2010, 7, 1));
        assertThat(first.type(3)).isNull();
        assertThat(first.formulaColumns()).containsExactly(4);
        assertThat(first.type(5)).isEqualTo(XlsxCellType.BOOLEAN);
        assertThat(rows.get(1).number()).isEqualTo(4);
        assertThat(rows.get(1).cell(1)).isEqualTo("第四行");
    }

    @Test
    void columnReferencesAreReadWithoutARegex() {
        assertThat(TypedSheetHandler.columnOf("A1")).isZero();
        assertThat(TypedSheetHandler.columnOf("J12")).isEqualTo(9);
        assertThat(TypedSheetHandler.columnOf("AB3")).isEqualTo(27);
    }
}
