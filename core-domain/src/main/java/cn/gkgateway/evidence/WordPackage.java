package cn.gkgateway.evidence;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Checks that a .docx is a real WordprocessingML package, read from memory through the ZIP central
 * directory (only the parts looked at are inflated, each with a limit, so a zip bomb costs nothing):
 * {@code [Content_Types].xml} names a main document of type {@code wordprocessingml.document.main+xml}
 * and that part exists; nothing is macro-enabled (no {@code macroEnabled} content type, no
 * {@code vbaProject.bin}); no XML part declares a DTD (it is never resolved: parsing stops at the
 * root element, DTD support off, external entities off).
 */
final class WordPackage {

    static final String MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final int MAX_ENTRIES = 5000;
    private static final int MAX_CONTENT_TYPES = 1024 * 1024;
    private static final int MAX_PROLOG = 64 * 1024;

    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        XML.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    }

    private record Entry(String name, int method, long compressedSize, long size, int localHeader) {
    }

    private WordPackage() {
    }

    static void check(byte[] zip, MaterialKind kind) {
        Map<String, Entry> entries = centralDirectory(zip, kind);
        for (String name : entries.keySet()) {
            if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin") || name.toLowerCase(Locale.ROOT).endsWith("vbadata.xml")) {
                throw MaterialRefusals.macros();
            }
        }
        Entry contentTypes = entries.get("[Content_Types].xml");
        if (contentTypes == null) {
            throw MaterialRefusals.unsupported(kind); // a ZIP, but no Office package
        }
        for (Entry entry : entries.values()) {
            String lower = entry.name().toLowerCase(Locale.ROOT);
            if (lower.endsWith(".xml") || lower.endsWith(".rels")) {
                refuseDtd(zip, entry, kind);
            }
        }
        String main = null;
        try (InputStream in = open(zip, contentTypes, MAX_CONTENT_TYPES, kind)) {
            XMLStreamReader reader = XML.createXMLStreamReader(in);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw MaterialRefusals.dtd();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String type = reader.getAttributeValue(null, "ContentType");
                    if (type == null) {
                        continue;
                    }
                    String lower = type.toLowerCase(Locale.ROOT);
                    if (lower.contains("macroenabled") || lower.contains("vbaproject") || lower.contains("ms-office.activex")) {
                        throw MaterialRefusals.macros();
                    }
                    if ("Override".equals(reader.getLocalName()) && MAIN.equals(type)) {
                        main = reader.getAttributeValue(null, "PartName");
                    }
                }
            }
        } catch (XMLStreamException | IOException e) {
            throw MaterialRefusals.damaged(kind);
        }
        if (main == null) {
            throw MaterialRefusals.unsupported(kind); // an .xlsx, .pptx, a template …
        }
        if (!entries.containsKey(main.startsWith("/") ? main.substring(1) : main)) {
            throw MaterialRefusals.damaged(kind);
        }
    }

    private static void refuseDtd(byte[] zip, Entry entry, MaterialKind kind) {
        try (InputStream in = open(zip, entry, MAX_PROLOG, kind)) {
            XMLStreamReader reader = XML.createXMLStreamReader(in);
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
                    throw MaterialRefusals.dtd();
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    return;
                }
            }
        } catch (XMLStreamException e) {
            if (String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
                throw MaterialRefusals.dtd();
            }
            throw MaterialRefusals.damaged(kind);
        } catch (IOException e) {
            throw MaterialRefusals.damaged(kind);
        }
    }

    private static Map<String, Entry> centralDirectory(byte[] b, MaterialKind kind) {
        int eocd = -1;
        for (int i = b.length - 22; i >= Math.max(0, b.length - 22 - 65535); i--) {
            if (le32(b, i) == 0x06054b50L) {
                eocd = i;
                break;
            }
        }
        if (eocd < 0) {
            throw MaterialRefusals.damaged(kind);
        }
        int count = le16(b, eocd + 10);
        long cdOffset = le32(b, eocd + 16);
        if (count > MAX_ENTRIES || cdOffset >= b.length) {
            throw MaterialRefusals.damaged(kind);
        }
        Map<String, Entry> entries = new HashMap<>();
        int p = (int) cdOffset;
        for (int n = 0; n < count; n++) {
            if (p + 46 > b.length || le32(b, p) != 0x02014b50L) {
                throw MaterialRefusals.damaged(kind);
            }
            int method = le16(b, p + 10);
            long compressed = le32(b, p + 20);
            long size = le32(b, p + 24);
            int nameLength = le16(b, p + 28);
            int extraLength = le16(b, p + 30);
            int commentLength = le16(b, p + 32);
            long local = le32(b, p + 42);
            if (p + 46 + nameLength > b.length || local >= b.length || compressed > b.length) {
                throw MaterialRefusals.damaged(kind);
            }
            String name = new String(b, p + 46, nameLength, StandardCharsets.UTF_8);
            if (entries.put(name, new Entry(name, method, compressed, size, (int) local)) != null) {
                throw MaterialRefusals.damaged(kind); // two parts of one name: a parser confusion trick
            }
            p += 46 + nameLength + extraLength + commentLength;
        }
        return entries;
    }

    private static InputStream open(byte[] b, Entry entry, int limit, MaterialKind kind) {
        int local = entry.localHeader();
        if (local + 30 > b.length || le32(b, local) != 0x04034b50L) {
            throw MaterialRefusals.damaged(kind);
        }
        long start = (long) local + 30 + le16(b, local + 26) + le16(b, local + 28);
        if (start + entry.compressedSize() > b.length) {
            throw MaterialRefusals.damaged(kind);
        }
        InputStream raw = new ByteArrayInputStream(b, (int) start, (int) entry.compressedSize());
        InputStream data = switch (entry.method()) {
            case 0 -> raw;
            case 8 -> new InflaterInputStream(raw, new Inflater(true));
            default -> throw MaterialRefusals.damaged(kind);
        };
        return new Limited(data, limit, kind);
    }

    /** Stops reading a part after {@code limit} inflated bytes. */
    private static final class Limited extends FilterInputStream {
        private long left;
        private final MaterialKind kind;

        Limited(InputStream in, long limit, MaterialKind kind) {
            super(in);
            this.left = limit;
            this.kind = kind;
        }

        @Override
        public int read() throws IOException {
            if (left <= 0) {
                throw MaterialRefusals.damaged(kind);
            }
            int c = super.read();
            if (c >= 0) {
                left--;
            }
            return c;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (left <= 0) {
                throw MaterialRefusals.damaged(kind);
            }
            int n = super.read(buffer, offset, (int) Math.min(length, left));
            if (n > 0) {
                left -= n;
            }
            return n;
        }
    }

    private static int le16(byte[] b, int i) {
        return (b[i] & 0xFF) | ((b[i + 1] & 0xFF) << 8);
    }

    private static long le32(byte[] b, int i) {
        return (b[i] & 0xFFL) | ((b[i + 1] & 0xFFL) << 8) | ((b[i + 2] & 0xFFL) << 16) | ((b[i + 3] & 0xFFL) << 24);
    }
}
