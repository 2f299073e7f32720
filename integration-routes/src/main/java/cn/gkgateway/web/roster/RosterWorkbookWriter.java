package cn.gkgateway.web.roster;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.roster.ExportDisclosurePolicy;
import cn.gkgateway.roster.WorkerRow;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes roster lines into an .xlsx: the sheet's XML is written once, straight into the zip
 * (fastest deflate level) in a temporary file that is deleted when done, so memory stays bounded
 * whatever the number of lines and nothing reaches the response before the last line is read.
 * (POI's SXSSF wrote every line twice — to an XML temporary file, then into the zip — and spent
 * most of the export's CPU doing it.) Every cell is an inline text cell with the text format,
 * so a name such as {@code =1+1} stays text and is never a formula; characters XML cannot hold
 * become {@code ?}, as POI did.
 */
final class RosterWorkbookWriter implements AutoCloseable {

    private static final int PROGRESS_EVERY = 1000;
    private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final String PACKAGE_RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final String XML_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
    /** Cell styles: 0 default, 1 bold (the header), 2 text format "@" (numFmtId 49, every value). */
    private static final String BOLD = "1";
    private static final String TEXT = "2";

    private final Path file;
    private final ZipOutputStream zip;
    private final Writer xml;
    private final List<ExportColumn> columns;
    private final String[] letters;
    private final Caller caller;
    private final PersonalDataProtector protector;
    private final StringBuilder line = new StringBuilder(1024);
    private int next = 1;
    private boolean finished;

    RosterWorkbookWriter(List<ExportColumn> columns, Caller caller, PersonalDataProtector protector) throws IOException {
        this.columns = columns;
        this.caller = caller;
        this.protector = protector;
        this.letters = new String[columns.size()];
        for (int i = 0; i < letters.length; i++) {
            letters[i] = columnLetters(i);
        }
        this.file = Files.createTempFile("gk-export-", ".xlsx");
        try {
            this.zip = new ZipOutputStream(Files.newOutputStream(file), StandardCharsets.UTF_8);
            zip.setLevel(Deflater.BEST_SPEED);
            this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 64 * 1024);
            writePackageParts();
            beginSheet();
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
    }

    /** Adds a line; reports the number of lines written to {@code progress} every thousand lines. */
    void add(WorkerRow worker, LongConsumer progress) {
        boolean full = ExportDisclosurePolicy.fullPersonalData(caller, worker.unitId());
        String[] values = new String[columns.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = columns.get(i).value(worker, full, protector);
        }
        writeRow(next++, values, TEXT);
        if ((next - 1) % PROGRESS_EVERY == 0) {
            progress.accept(next - 1L);
        }
    }

    int written() {
        return next - 1;
    }

    /** Ends the sheet and the package, then copies the finished file to {@code out}. */
    void writeTo(OutputStream out) throws IOException {
        if (!finished) {
            xml.write("</sheetData></worksheet>");
            xml.flush();
            zip.closeEntry();
            zip.finish();
            zip.close();
            finished = true;
        }
        Files.copy(file, out);
    }

    @Override
    public void close() throws IOException {
        try {
            if (!finished) {
                zip.close();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private void writePackageParts() throws IOException {
        part("[Content_Types].xml", XML_HEAD + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                + "</Types>");
        part("_rels/.rels", XML_HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/officeDocument\" Target=\"xl/workbook.xml\"/>"
                + "</Relationships>");
        part("xl/workbook.xml", XML_HEAD + "<workbook xmlns=\"" + MAIN + "\" xmlns:r=\"" + RELATIONSHIPS + "\">"
                + "<sheets><sheet name=\"工勤人员\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        part("xl/_rels/workbook.xml.rels", XML_HEAD + "<Relationships xmlns=\"" + PACKAGE_RELATIONSHIPS + "\">"
                + "<Relationship Id=\"rId1\" Type=\"" + RELATIONSHIPS + "/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                + "<Relationship Id=\"rId2\" Type=\"" + RELATIONSHIPS + "/styles\" Target=\"styles.xml\"/>"
                + "</Relationships>");
        part("xl/styles.xml", XML_HEAD + "<styleSheet xmlns=\"" + MAIN + "\">"
                + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font>"
                + "<font><b/><sz val=\"11\"/><name val=\"Calibri\"/></font></fonts>"
                + "<fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill><fill><patternFill patternType=\"gray125\"/></fill></fills>"
                + "<borders count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
                + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs>"
                + "<cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs>"
                + "<cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
                + "</styleSheet>");
    }

    private void part(String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    /** The sheet's head (frozen header row, column widths, text format by default) and the header row. */
    private void beginSheet() throws IOException {
        zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
        StringBuilder head = new StringBuilder(XML_HEAD).append("<worksheet xmlns=\"").append(MAIN)
                .append("\" xmlns:r=\"").append(RELATIONSHIPS).append("\">")
                .append("<sheetViews><sheetView tabSelected=\"1\" workbookViewId=\"0\">")
                .append("<pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" state=\"frozen\"/>")
                .append("<selection pane=\"bottomLeft\"/></sheetView></sheetViews>")
                .append("<sheetFormatPr defaultRowHeight=\"15\"/><cols>");
        for (int i = 0; i < columns.size(); i++) {
            boolean wide = columns.get(i) == ExportColumn.ID_NUMBER || columns.get(i) == ExportColumn.UNIT;
            head.append("<col min=\"").append(i + 1).append("\" max=\"").append(i + 1).append("\" width=\"")
                    .append(wide ? 24 : 14).append("\" customWidth=\"1\" style=\"").append(TEXT).append("\"/>");
        }
        head.append("</cols><sheetData>");
        xml.write(head.toString());
        String[] headers = new String[columns.size()];
        for (int i = 0; i < headers.length; i++) {
            headers[i] = columns.get(i).header();
        }
        writeRow(0, headers, BOLD);
    }

    /** One {@code <row>} of inline text cells; {@code index} is 0-based. */
    private void writeRow(int index, String[] values, String style) {
        String number = Integer.toString(index + 1);
        StringBuilder out = line;
        out.setLength(0);
        out.append("<row r=\"").append(number).append("\">");
        for (int i = 0; i < values.length; i++) {
            out.append("<c r=\"").append(letters[i]).append(number).append("\" s=\"").append(style)
                    .append("\" t=\"inlineStr\"><is><t xml:space=\"preserve\">");
            escape(values[i], out);
            out.append("</t></is></c>");
        }
        out.append("</row>");
        try {
            xml.append(out);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void escape(String value, StringBuilder out) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\t', '\n' -> out.append(c);
                case '\r' -> out.append("&#13;");
                default -> {
                    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
                        out.append('?');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
    }

    static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
