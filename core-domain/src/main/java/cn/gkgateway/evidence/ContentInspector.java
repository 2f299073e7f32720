package cn.gkgateway.evidence;

import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides what an upload is by its bytes alone and checks it for its kind, before anything is
 * stored or decoded: image dimensions come from the JPEG SOF / PNG IHDR header, the end of a JPEG
 * (EOI marker) or PNG (IEND chunk) must be there, a .docx must be a WordprocessingML package
 * ({@link WordPackage}), a .doc an OLE2 file whose WordDocument stream HWPF opens as Word 97 or later, a PDF must start with
 * {@code %PDF-} and end with {@code %%EOF}.
 */
final class ContentInspector {

    enum Format {
        JPEG("image/jpeg"), PNG("image/png"), PDF("application/pdf"),
        DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), DOC("application/msword"),
        /** A real image or document format that is not taken (HEIC, WebP, GIF, …). */
        OTHER_KNOWN(null),
        /** Markup, scripts, executables or anything unrecognisable. */
        SUSPICIOUS(null);

        final String mediaType;

        Format(String mediaType) {
            this.mediaType = mediaType;
        }
    }

    /** What the inspection found: the format, and the pixel size of an image. */
    record Inspection(Format format, int width, int height) {

        boolean isImage() {
            return format == Format.JPEG || format == Format.PNG;
        }
    }

    private final long maxPixels;
    private final int maxSide;

    ContentInspector(long maxPixels, int maxSide) {
        this.maxPixels = maxPixels;
        this.maxSide = maxSide;
    }

    Inspection inspect(byte[] content, MaterialKind kind) {
        Format format = sniff(content);
        boolean allowed = switch (format) {
            case JPEG, PNG -> kind.takesImages();
            case PDF -> kind == MaterialKind.PRINTOUT;
            case DOCX, DOC -> {
                if (kind != MaterialKind.DOCUMENT) {
                    throw MaterialRefusals.mismatch(kind); // a ZIP or OLE2 container named .jpg / .pdf
                }
                yield true;
            }
            case OTHER_KNOWN -> false;
            case SUSPICIOUS -> throw MaterialRefusals.mismatch(kind);
        };
        if (!allowed) {
            throw MaterialRefusals.unsupported(kind);
        }
        return switch (format) {
            case JPEG -> jpeg(content);
            case PNG -> png(content);
            case PDF -> pdf(content, kind);
            case DOCX -> {
                WordPackage.check(content, kind);
                yield new Inspection(Format.DOCX, 0, 0);
            }
            case DOC -> {
                ole2Word(content, kind);
                yield new Inspection(Format.DOC, 0, 0);
            }
            default -> throw new IllegalStateException();
        };
    }

    static Format sniff(byte[] b) {
        if (starts(b, 0, 0xFF, 0xD8, 0xFF)) {
            return Format.JPEG;
        }
        if (starts(b, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Format.PNG;
        }
        if (starts(b, 0, '%', 'P', 'D', 'F', '-')) {
            return Format.PDF;
        }
        if (starts(b, 0, 'P', 'K', 3, 4)) {
            return Format.DOCX;
        }
        if (starts(b, 0, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return Format.DOC;
        }
        if (starts(b, 4, 'f', 't', 'y', 'p')) {
            return Format.OTHER_KNOWN; // HEIC/HEIF/AVIF (ISO base media)
        }
        if (starts(b, 0, 'R', 'I', 'F', 'F') && starts(b, 8, 'W', 'E', 'B', 'P')
                || starts(b, 0, 'G', 'I', 'F', '8') || starts(b, 0, 'B', 'M')
                || starts(b, 0, 'I', 'I', '*', 0) || starts(b, 0, 'M', 'M', 0, '*')
                || starts(b, 0, 0, 0, 0, 0x0C, 'j', 'P', ' ', ' ') || starts(b, 0, 0xFF, 0x4F, 0xFF, 0x51)
                || starts(b, 0, '{', '\\', 'r', 't', 'f')) {
            return Format.OTHER_KNOWN;
        }
        return Format.SUSPICIOUS;
    }

    // ---- JPEG ------------------------------------------------------------------------------------

    private Inspection jpeg(byte[] b) {
        int i = 2;
        int width = -1;
        int height = -1;
        while (true) {
            if (i >= b.length) {
                throw MaterialRefusals.imageTruncated();
            }
            if ((b[i] & 0xFF) != 0xFF) {
                throw MaterialRefusals.imageTruncated();
            }
            while (i < b.length && (b[i] & 0xFF) == 0xFF) {
                i++; // fill bytes
            }
            if (i >= b.length) {
                throw MaterialRefusals.imageTruncated();
            }
            int marker = b[i++] & 0xFF;
            if (marker == 0xD8 || marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                continue; // no length
            }
            if (marker == 0xD9) {
                throw MaterialRefusals.imageTruncated(); // end before any scan
            }
            if (i + 2 > b.length) {
                throw MaterialRefusals.imageTruncated();
            }
            int length = u16(b, i);
            if (length < 2 || i + length > b.length) {
                throw MaterialRefusals.imageTruncated();
            }
            if (isStartOfFrame(marker)) {
                if (marker != 0xC0 && marker != 0xC1 && marker != 0xC2) {
                    // lossless, hierarchical or arithmetic-coded JPEGs: cameras and phones never write them
                    throw MaterialRefusals.unsupported(MaterialKind.PHOTO);
                }
                if (length < 8) {
                    throw MaterialRefusals.imageTruncated();
                }
                height = u16(b, i + 3);
                width = u16(b, i + 5);
                checkDimensions(width, height, b[i + 7] & 0xFF);
            }
            if (marker == 0xDA) {
                if (width < 0) {
                    throw MaterialRefusals.imageTruncated();
                }
                requireEndOfImage(b, i + length);
                return new Inspection(Format.JPEG, width, height);
            }
            i += length;
        }
    }

    /** FF D9 can only be a marker in the entropy-coded data (a data FF is always followed by 00). */
    private static void requireEndOfImage(byte[] b, int from) {
        for (int i = from; i < b.length - 1; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == 0xD9) {
                return;
            }
        }
        throw MaterialRefusals.imageTruncated();
    }

    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
    }

    // ---- PNG -------------------------------------------------------------------------------------

    private Inspection png(byte[] b) {
        if (b.length < 33 || !starts(b, 12, 'I', 'H', 'D', 'R')) {
            throw MaterialRefusals.imageTruncated();
        }
        long width = u32(b, 16);
        long height = u32(b, 20);
        if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw MaterialRefusals.imageTooLarge((int) Math.min(width, Integer.MAX_VALUE), (int) Math.min(height, Integer.MAX_VALUE), maxPixels);
        }
        int bitDepth = b[24] & 0xFF;
        int channels = switch (b[25] & 0xFF) {
            case 0, 3 -> 1;
            case 2 -> 3;
            case 4 -> 2;
            case 6 -> 4;
            default -> throw MaterialRefusals.imageTruncated();
        };
        checkDimensions((int) width, (int) height, channels * Math.max(1, bitDepth / 8));
        int i = 8;
        while (i + 12 <= b.length) {
            long length = u32(b, i);
            if (length > b.length) {
                throw MaterialRefusals.imageTruncated();
            }
            if (starts(b, i + 4, 'I', 'E', 'N', 'D')) {
                return new Inspection(Format.PNG, (int) width, (int) height);
            }
            i += 12 + (int) length;
        }
        throw MaterialRefusals.imageTruncated();
    }

    /**
     * Refuses what would not fit: more than {@code maxPixels}, a side over {@code maxSide}, or more
     * decoded bytes than {@code maxPixels} 8-bit RGB pixels would take (a 16-bit RGBA PNG or a CMYK
     * JPEG of the maximum pixel count decodes to far more than an RGB photo).
     */
    private void checkDimensions(int width, int height, int bytesPerPixel) {
        if (width <= 0 || height <= 0) {
            throw MaterialRefusals.imageTruncated();
        }
        long pixels = (long) width * height;
        if (pixels > maxPixels || width > maxSide || height > maxSide || pixels * bytesPerPixel > maxPixels * 3) {
            throw MaterialRefusals.imageTooLarge(width, height, maxPixels);
        }
    }

    // ---- PDF and Word ----------------------------------------------------------------------------

    private static Inspection pdf(byte[] b, MaterialKind kind) {
        int from = Math.max(0, b.length - 1024);
        String tail = new String(b, from, b.length - from, StandardCharsets.ISO_8859_1);
        if (!tail.contains("%%EOF")) {
            throw MaterialRefusals.damaged(kind);
        }
        return new Inspection(Format.PDF, 0, 0);
    }

    private static void ole2Word(byte[] b, MaterialKind kind) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(b))) {
            DirectoryNode root = fs.getRoot();
            if (!root.hasEntry("WordDocument")) {
                throw MaterialRefusals.unsupported(kind); // an Excel or PowerPoint file, an MSI …
            }
            for (String name : root.getEntryNames()) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.equals("macros") || lower.equals("_vba_project_cur") || lower.equals("vba")) {
                    throw MaterialRefusals.macros();
                }
            }
            wordDocument(root, kind);
        } catch (IOException | RuntimeException e) {
            if (e instanceof cn.gkgateway.shared.DomainException refusal) {
                throw refusal;
            }
            throw MaterialRefusals.damaged(kind);
        }
    }

    /**
     * Issue 16: a WordDocument stream is not yet a Word document. HWPF (poi-scratchpad) must open it as Word 97
     * or later (file information block, piece table, text); Word 6/95 files, encrypted documents and streams that
     * only pretend are refused.
     */
    private static void wordDocument(DirectoryNode root, MaterialKind kind) {
        if ((fibStart(root)[11] & 0x01) != 0) {
            throw MaterialRefusals.encrypted(); // FIB fEncrypted: HWPF would try the default password and fail obscurely
        }
        try (HWPFDocument document = new HWPFDocument(root)) {
            document.getDocumentText(); // reads every text piece: a broken piece table fails here
        } catch (OldWordFileFormatException e) {
            // a Word 6/95 file carries Word's magic (wIdent); a stream of zeros or garbage claims no version at all
            throw hasWordMagic(root) ? MaterialRefusals.oldWord() : MaterialRefusals.damaged(kind);
        } catch (EncryptedDocumentException e) {
            throw MaterialRefusals.encrypted();
        } catch (IOException | RuntimeException e) {
            if (e instanceof cn.gkgateway.shared.DomainException refusal) {
                throw refusal;
            }
            throw MaterialRefusals.damaged(kind);
        }
    }

    private static boolean hasWordMagic(DirectoryNode root) {
        byte[] fib = fibStart(root);
        int wIdent = (fib[0] & 0xFF) | ((fib[1] & 0xFF) << 8);
        return wIdent == 0xA5EC || wIdent == 0xA5DC;
    }

    /** The first 12 bytes of the file information block (zeros where the stream is shorter or unreadable). */
    private static byte[] fibStart(DirectoryNode root) {
        byte[] fib = new byte[12];
        try (InputStream in = root.createDocumentInputStream("WordDocument")) {
            in.readNBytes(fib, 0, fib.length);
        } catch (IOException | RuntimeException e) {
            // left as zeros: HWPF reports the damage
        }
        return fib;
    }

    // ---- bytes -----------------------------------------------------------------------------------

    static boolean starts(byte[] b, int offset, int... magic) {
        if (b.length < offset + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((b[offset + i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    static long u32(byte[] b, int i) {
        return ((long) (b[i] & 0xFF) << 24) | ((b[i + 1] & 0xFF) << 16) | ((b[i + 2] & 0xFF) << 8) | (b[i + 3] & 0xFF);
    }
}
