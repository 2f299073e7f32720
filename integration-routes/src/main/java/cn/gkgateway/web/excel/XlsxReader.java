package cn.gkgateway.web.excel;

import cn.gkgateway.shared.DomainException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.function.Consumer;

/**
 * Reads an uploaded .xlsx row by row with POI's streaming SAX reader (XSSFReader +
 * XSSFSheetXMLHandler), so memory stays bounded whatever the file holds; never a whole
 * workbook. The content is sniffed (only OOXML passes, whatever the file's name), POI's
 * zip-bomb guard stays on, and every failure of a malformed file becomes a 400
 * {@link DomainException} with a stable code: FILE_REQUIRED, FILE_TYPE_UNSUPPORTED,
 * FILE_UNSAFE, FILE_UNREADABLE, IMPORT_TOO_MANY_ROWS. Callers decide what formulas mean
 * (each row says which columns hold one).
 */
public final class XlsxReader {

    private XlsxReader() {
    }

    /**
     * Streams the rows of the sheet named {@code sheetName} (or of the first sheet when there is
     * none by that name) to {@code rows}; blank rows are skipped; more than {@code maxRows} rows
     * (the header included) stop the reading with IMPORT_TOO_MANY_ROWS.
     */
    public static void read(InputStream upload, String sheetName, int maxRows, Consumer<XlsxRow> rows) {
        Path file = store(upload);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            try (InputStream sheet = openSheet(reader, sheetName)) {
                RowCollector collector = new RowCollector(maxRows, styles, rows);
                FormulaWatcher watcher = new FormulaWatcher(collector);
                watcher.setContentHandler(new XSSFSheetXMLHandler(styles, strings, collector, new DataFormatter(), false));
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(watcher);
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception | StackOverflowError e) {
            throw refusal(e);
        } finally {
            delete(file);
        }
    }

    /**
     * Like {@link #read}, for the first sheet by position whatever its name, and faster: the sheet's
     * XML is read straight into rows (shared strings read once as plain strings), each cell with
     * its stored type ({@link XlsxRow#type}); a number's text is its stored value, not a formatted one.
     */
    public static void readFirstSheet(InputStream upload, int maxRows, Consumer<XlsxRow> rows) {
        Path file = store(upload);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            List<String> strings;
            var parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
            try (InputStream part = parts.isEmpty() ? null : parts.get(0).getInputStream()) {
                strings = SharedStrings.read(part);
            }
            StylesTable styles = reader.getStylesTable();
            try (InputStream sheet = openSheet(reader, null)) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new TypedSheetHandler(strings, styles, maxRows, rows));
                parser.parse(new InputSource(sheet));
            }
        } catch (Exception | StackOverflowError e) {
            throw refusal(e);
        } finally {
            delete(file);
        }
    }

    /** Copies the upload to a temporary file after checking that its content is OOXML. */
    private static Path store(InputStream upload) {
        if (upload == null) {
            throw DomainException.invalid("FILE_REQUIRED", "file", "请选择要上传的 .xlsx 文件");
        }
        Path file = null;
        try (InputStream in = FileMagic.prepareToCheckMagic(upload)) {
            FileMagic magic = FileMagic.valueOf(in);
            if (magic == FileMagic.OLE2) {
                throw DomainException.invalid("FILE_TYPE_UNSUPPORTED", "file", "不支持 .xls 等旧版 Excel 文件，请另存为 .xlsx 后上传");
            }
            if (magic != FileMagic.OOXML) {
                throw DomainException.invalid("FILE_TYPE_UNSUPPORTED", "file", "文件内容不是 Excel（.xlsx）文件，请使用下载的模板填写后上传");
            }
            file = Files.createTempFile("gk-upload-", ".xlsx");
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            delete(file);
            throw DomainException.invalid("FILE_UNREADABLE", "file", "文件读取失败，请重新上传");
        }
    }

    private static InputStream openSheet(XSSFReader reader, String sheetName) throws Exception {
        XSSFReader.SheetIterator sheets = reader.getSheetIterator();
        InputStream first = null;
        while (sheets.hasNext()) {
            InputStream sheet = sheets.next();
            if (sheetName == null) {
                return sheet;
            }
            if (sheetName.equals(sheets.getSheetName())) {
                if (first != null) {
                    first.close();
                }
                return sheet;
            }
            if (first == null) {
                first = sheet;
            } else {
                sheet.close();
            }
        }
        if (first == null) {
            throw DomainException.invalid("FILE_UNREADABLE", "file", "文件中没有工作表，请使用下载的模板填写");
        }
        return first;
    }

    /** POI answers malformed files with unchecked exceptions; zip bombs are recognised by their message. */
    private static DomainException refusal(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return domain;
            }
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb") || message.contains("ZipSecureFile") || message.contains("exceeds the maximum")) {
                return DomainException.invalid("FILE_UNSAFE", "file", "文件解压后过大或压缩比异常，已拒绝；请使用下载的模板重新填写");
            }
        }
        return DomainException.invalid("FILE_UNREADABLE", "file", "文件已损坏或不是有效的 Excel（.xlsx）文件，请使用下载的模板填写后上传");
    }

    private static void delete(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
