package cn.gkgateway.web.excel;

import cn.gkgateway.shared.DomainException;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class XlsxReaderTest {

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("说明文字");
            Sheet sheet = workbook.createSheet("组织机构");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("名称");
            header.createCell(2).setCellValue("行政区划代码");
            Row first = sheet.createRow(1);
            first.createCell(0).setCellValue("江都区水利局");
            first.createCell(2).setCellValue(321012);
            sheet.createRow(2).createCell(0).setCellValue("  ");
            Row formula = sheet.createRow(4);
            formula.createCell(1).setCellFormula("1+1");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static List<XlsxRow> read(byte[] file, int maxRows) {
        List<XlsxRow> rows = new ArrayList<>();
        XlsxReader.read(new ByteArrayInputStream(file), "组织机构", maxRows, rows::add);
        return rows;
    }

    @Test
    void readsTheNamedSheetAsShownSkippingBlankRowsAndMarkingFormulas() throws IOException {
        List<XlsxRow> rows = read(workbook(), 10);
        assertThat(rows).extracting(XlsxRow::number).containsExactly(1, 2, 5);
        assertThat(rows.get(0).cell(0)).isEqualTo("名称");
        assertThat(rows.get(0).cell(1)).isNull();
        assertThat(rows.get(1).cell(2)).as("a number as displayed, not 321012.0").isEqualTo("321012");
        assertThat(rows.get(1).hasFormula()).isFalse();
        assertThat(rows.get(2).formulaColumns()).containsExactly(1);
        assertThat(rows.get(2).cell(7)).isNull();
    }

    @Test
    void stopsAtTheRowLimit() throws IOException {
        byte[] file = workbook();
        assertThatThrownBy(() -> read(file, 2)).isInstanceOf(DomainException.class)
                .extracting(e -> ((DomainException) e).code()).isEqualTo("IMPORT_TOO_MANY_ROWS");
    }

    @Test
    void acceptsOnlyOoxmlContent() {
        assertThatThrownBy(() -> read("名称\n江都区水利局".getBytes(StandardCharsets.UTF_8), 10))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("FILE_TYPE_UNSUPPORTED");
        assertThatThrownBy(() -> read(new byte[]{'P', 'K', 3, 4, 0, 0, 0, 0}, 10))
                .extracting(e -> ((DomainException) e).code()).isEqualTo("FILE_UNREADABLE");
    }
}
