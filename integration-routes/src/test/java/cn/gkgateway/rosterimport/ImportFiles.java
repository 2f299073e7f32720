package cn.gkgateway.rosterimport;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Crafted upload files for the import tests. In a row, a value starting with {@code =} becomes a
 * formula, {@code #} a numeric cell, {@code @} a date-formatted cell (ISO date), anything else text.
 */
public final class ImportFiles {

    public static final String[] HEADERS = {"姓名", "身份证号", "性别", "出生日期", "单位", "工种", "现等级", "取得年份", "参加工作时间", "手机号"};

    private ImportFiles() {
    }

    /** A valid row of 扬州市江都区水利工程管理处 (the demo unit of {@code danwei}) for {@code id}, born 1985. */
    public static String[] row(String id) {
        cn.gkgateway.identity.IdNumber parsed = cn.gkgateway.identity.IdNumber.parse(id, "id", LocalDate.of(2026, 6, 15));
        return new String[]{"王小明", id, parsed.sex(), parsed.birthDate().toString(), "扬州市江都区水利工程管理处", "行政事务",
                "中级工", "2015", "2010-07", "13800138000"};
    }

    public static byte[] xlsx(String[] headers, List<String[]> rows) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("工勤人员");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            if (headers != null) {
                Row header = sheet.createRow(0);
                for (int i = 0; i < headers.length; i++) {
                    header.createCell(i).setCellValue(headers[i]);
                }
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                String[] values = rows.get(r);
                for (int i = 0; i < values.length; i++) {
                    String v = values[i];
                    if (v == null) {
                        continue;
                    }
                    if (v.startsWith("=")) {
                        row.createCell(i).setCellFormula(v.substring(1));
                    } else if (v.startsWith("#")) {
                        row.createCell(i).setCellValue(Double.parseDouble(v.substring(1)));
                    } else if (v.startsWith("@")) {
                        row.createCell(i).setCellValue(LocalDate.parse(v.substring(1)));
                        row.getCell(i).setCellStyle(date);
                    } else {
                        row.createCell(i).setCellValue(v);
                    }
                }
            }
            workbook.createSheet("说明").createRow(0).createCell(0).setCellValue("第二个工作表不会被读取");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    public static byte[] xlsx(List<String[]> rows) throws IOException {
        return xlsx(HEADERS, rows);
    }

    /** A real .xls (BIFF8, OLE2) workbook with the template's headers. */
    public static byte[] xls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Row header = workbook.createSheet("工勤人员").createRow(0);
            for (int i = 0; i < HEADERS.length; i++) {
                header.createCell(i).setCellValue(HEADERS[i]);
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    /** An .ods-like package: a zip whose first, stored entry is the ODF mimetype. */
    public static byte[] ods() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = "application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    public static byte[] gbkCsv() {
        return (String.join(",", HEADERS) + "\r\n张三,321012198506150011,男,1985-06-15,某单位,行政事务,中级工,2015,2005-07,13800138000\r\n")
                .getBytes(Charset.forName("GBK"));
    }

    /** A valid workbook whose sheet is replaced by ~40 MB of blanks: a tiny file that inflates enormously. */
    public static byte[] zipBomb() throws IOException {
        byte[] xlsx = xlsx(List.of());
        String head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";
        String tail = "</sheetData></worksheet>";
        byte[] sheet = new byte[head.length() + 40 * 1024 * 1024 + tail.length()];
        System.arraycopy(head.getBytes(StandardCharsets.UTF_8), 0, sheet, 0, head.length());
        Arrays.fill(sheet, head.length(), sheet.length - tail.length(), (byte) ' ');
        System.arraycopy(tail.getBytes(StandardCharsets.UTF_8), 0, sheet, sheet.length - tail.length(), tail.length());
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

    /** A real 40×30 PNG (a photographed printout as far as the material pipeline is concerned). */
    public static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, 40, 30);
        g.setColor(java.awt.Color.RED);
        g.fillOval(10, 5, 20, 20);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
