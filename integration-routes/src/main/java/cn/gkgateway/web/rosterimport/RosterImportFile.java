package cn.gkgateway.web.rosterimport;

import cn.gkgateway.rosterimport.CellKind;
import cn.gkgateway.rosterimport.ImportCell;
import cn.gkgateway.rosterimport.ImportSheet;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.web.excel.XlsxCellType;
import cn.gkgateway.web.excel.XlsxReader;
import cn.gkgateway.web.excel.XlsxRow;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams an uploaded import file into an {@link ImportSheet}: the first sheet by position, each
 * cell with its stored type. The content decides: an .ods (a zip whose first entry names the ODF
 * mimetype), .xls, .csv (GBK or not) or anything but OOXML is FILE_TYPE_UNSUPPORTED; a zip bomb
 * is FILE_ZIP_BOMB; more rows than allowed is TOO_MANY_ROWS; a file larger than the cap is FILE_TOO_LARGE.
 */
public final class RosterImportFile {

    static final String SAVE_AS = "请另存为 Excel 工作簿 (.xlsx)";
    private static final int PEEK = 96;

    private RosterImportFile() {
    }

    static void read(InputStream body, long maxBytes, int maxDataRows, ImportSheet sheet) {
        readRows(body, maxBytes, maxDataRows, sheet::row);
    }

    /** Receives each non-blank row of the first sheet: its number, its typed cells, the first formula column or -1. */
    @FunctionalInterface
    public interface SheetRows {
        void row(int rowNumber, List<ImportCell> cells, int formulaColumn);
    }

    /** Streams the first sheet of an upload with every file-level check of the import (type, zip bomb, size, rows). */
    public static void readRows(InputStream body, long maxBytes, int maxDataRows, SheetRows sheet) {
        CappedInputStream capped = new CappedInputStream(body, maxBytes);
        InputStream in = new BufferedInputStream(capped, 64 * 1024);
        try {
            refuseOpenDocument(in);
            XlsxReader.readFirstSheet(in, maxDataRows + 1, row -> sheet.row(row.number(), cells(row), firstFormula(row)));
        } catch (DomainException e) {
            throw capped.overLimit() ? capped.refusal() : translated(e);
        }
    }

    private static DomainException translated(DomainException e) {
        return switch (e.code()) {
            case "FILE_TYPE_UNSUPPORTED" -> unsupported();
            case "FILE_UNSAFE" -> DomainException.invalid("FILE_ZIP_BOMB", "file", "文件解压后过大或压缩比异常，已拒绝：请使用下载的模板重新填写");
            case "IMPORT_TOO_MANY_ROWS" -> DomainException.invalid("TOO_MANY_ROWS", "file", "文件行数超过上限，请分批导入");
            case "FILE_REQUIRED" -> DomainException.invalid("FILE_EMPTY", "file", "上传的文件是空的，请选择填写好的 .xlsx 文件");
            case "FILE_UNREADABLE" -> DomainException.invalid("FILE_UNREADABLE", "file", "文件已损坏或不是有效的 Excel 工作簿，" + SAVE_AS + "后重新上传");
            default -> e;
        };
    }

    static DomainException unsupported() {
        return DomainException.invalid("FILE_TYPE_UNSUPPORTED", "file", "只能上传 Excel 工作簿（.xlsx）；.xls、.ods、.csv 等文件" + SAVE_AS + "后再上传");
    }

    /** An ODF package is a zip too; its first entry is the uncompressed {@code mimetype}. */
    private static void refuseOpenDocument(InputStream in) {
        try {
            in.mark(PEEK);
            byte[] head = in.readNBytes(PEEK);
            in.reset();
            if (head.length == 0) {
                throw DomainException.invalid("FILE_EMPTY", "file", "上传的文件是空的，请选择填写好的 .xlsx 文件");
            }
            String text = new String(head, StandardCharsets.ISO_8859_1);
            if (text.startsWith("PK") && text.contains("mimetypeapplication/vnd.oasis.opendocument")) {
                throw unsupported();
            }
        } catch (IOException e) {
            throw DomainException.invalid("FILE_UNREADABLE", "file", "文件读取失败，请重新上传");
        }
    }

    private static List<ImportCell> cells(XlsxRow row) {
        List<ImportCell> cells = new ArrayList<>(row.cells().size());
        for (int i = 0; i < row.cells().size(); i++) {
            XlsxCellType type = row.type(i);
            String text = row.cells().get(i);
            if (type == null) {
                cells.add(null);
            } else if (type == XlsxCellType.DATE && row.date(i) != null) {
                cells.add(ImportCell.date(row.date(i)));
            } else {
                cells.add(new ImportCell(text, kind(type), null));
            }
        }
        return cells;
    }

    private static CellKind kind(XlsxCellType type) {
        return switch (type) {
            case TEXT -> CellKind.TEXT;
            case NUMBER, DATE -> CellKind.NUMBER;
            case BOOLEAN -> CellKind.BOOLEAN;
            case ERROR -> CellKind.ERROR;
        };
    }

    private static int firstFormula(XlsxRow row) {
        return row.formulaColumns().stream().mapToInt(Integer::intValue).min().orElse(-1);
    }
}
