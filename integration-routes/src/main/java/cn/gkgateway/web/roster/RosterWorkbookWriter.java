package cn.gkgateway.web.roster;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.roster.ExportDisclosurePolicy;
import cn.gkgateway.roster.WorkerRow;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.LongConsumer;
import java.util.zip.Deflater;

/**
 * Writes roster lines into an .xlsx with POI SXSSF: only {@link #WINDOW} rows are held in memory,
 * the rest go to a temporary file that is deleted when done (not gzipped: that cost a third of the
 * speed and gzip protects nothing). Every cell is a text cell,
 * so a name such as {@code =1+1} stays text and is never a formula.
 */
final class RosterWorkbookWriter implements AutoCloseable {

    static final int WINDOW = 100;
    private static final int PROGRESS_EVERY = 1000;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(null, WINDOW, false, false) {
        /** The fastest deflate level: the file grows a little, packing it takes far less time. */
        @Override
        protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream stream) {
            ZipArchiveOutputStream zip = super.createArchiveOutputStream(stream);
            zip.setLevel(Deflater.BEST_SPEED);
            return zip;
        }
    };
    private final SXSSFSheet sheet;
    private final List<ExportColumn> columns;
    private final Caller caller;
    private final PersonalDataProtector protector;
    private final CellStyle text;
    private int next = 1;

    RosterWorkbookWriter(List<ExportColumn> columns, Caller caller, PersonalDataProtector protector) {
        this.columns = columns;
        this.caller = caller;
        this.protector = protector;
        this.sheet = workbook.createSheet("工勤人员");
        this.text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int i = 0; i < columns.size(); i++) {
            Cell cell = header.createCell(i);
            cell.setCellValue(columns.get(i).header());
            cell.setCellStyle(bold);
            sheet.setColumnWidth(i, columns.get(i) == ExportColumn.ID_NUMBER || columns.get(i) == ExportColumn.UNIT ? 24 * 256 : 14 * 256);
            sheet.setDefaultColumnStyle(i, text);
        }
        sheet.createFreezePane(0, 1);
    }

    /** Adds a line; reports the number of lines written to {@code progress} every thousand lines. */
    void add(WorkerRow worker, LongConsumer progress) {
        boolean full = ExportDisclosurePolicy.fullPersonalData(caller, worker.unitId());
        Row row = sheet.createRow(next++);
        for (int i = 0; i < columns.size(); i++) {
            String value = columns.get(i).value(worker, full, protector);
            Cell cell = row.createCell(i);
            cell.setCellStyle(text);
            cell.setCellValue(value == null ? "" : value);
        }
        if ((next - 1) % PROGRESS_EVERY == 0) {
            progress.accept(next - 1L);
        }
    }

    int written() {
        return next - 1;
    }

    void writeTo(OutputStream out) throws IOException {
        workbook.write(out);
    }

    @Override
    public void close() throws IOException {
        workbook.dispose();
        workbook.close();
    }
}
