package cn.gkgateway.materials;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Files made byte by byte for the upload checks: real photos with EXIF, disguises, bombs, broken files. */
public final class CraftedFiles {

    static final String SECRET = "SECRET-31.2304N-121.4737E";

    private CraftedFiles() {
    }

    // ---- images ----------------------------------------------------------------------------------

    /** A landscape photo: top-left 100×100 red, the rest blue. */
    static BufferedImage redCornerOnBlue(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 100, 100);
        g.dispose();
        return image;
    }

    /** A smooth colourful picture (compresses like a photo, not like flat colour). */
    public static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        byte[] data = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
        int i = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                data[i++] = (byte) ((x * 255) / width);
                data[i++] = (byte) ((y * 255) / height);
                data[i++] = (byte) (((x + y) * 7) & 0xFF);
            }
        }
        return image;
    }

    public static byte[] jpeg(BufferedImage image) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.92f);
                writer.write(null, new IIOImage(image, null, null), param);
            }
            writer.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A phone photo's extras: an EXIF APP1 (orientation, a description carrying {@link #SECRET}, a
     * GPS directory), a comment segment and bytes after the end marker, all carrying the secret.
     */
    static byte[] phonePhoto(BufferedImage image, int orientation) {
        byte[] withExif = insertAfterSoi(jpeg(image), app1(exif(orientation, false)));
        byte[] withComment = insertAfterSoi(withExif, segment(0xFE, ("COMMENT " + SECRET).getBytes(StandardCharsets.US_ASCII)));
        return concat(withComment, ("TRAILER " + SECRET).getBytes(StandardCharsets.US_ASCII));
    }

    /** EXIF whose IFD0 links to itself as its next directory and as its EXIF sub-directory. */
    static byte[] exifLoop(BufferedImage image) {
        return insertAfterSoi(jpeg(image), app1(exif(6, true)));
    }

    /** TIFF (big-endian) with IFD0 = orientation, description, GPS pointer; a GPS IFD with a latitude ref. */
    static byte[] exif(int orientation, boolean loop) {
        ByteBuffer tiff = ByteBuffer.allocate(256);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8);
        byte[] description = (SECRET + "\0").getBytes(StandardCharsets.US_ASCII);
        int entries = 4;
        int ifd0End = 8 + 2 + entries * 12 + 4;
        int descriptionOffset = ifd0End;
        int gpsOffset = descriptionOffset + description.length;
        tiff.putShort((short) entries);
        tiff.putShort((short) 0x010E).putShort((short) 2).putInt(description.length).putInt(descriptionOffset);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(loop ? 8 : gpsOffset);
        tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(loop ? 8 : gpsOffset);
        tiff.putInt(loop ? 8 : 0);
        tiff.put(description);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put(new byte[] {'N', 0, 0, 0});
        tiff.putInt(loop ? 8 : 0);
        return Arrays.copyOf(tiff.array(), tiff.position());
    }

    static byte[] app1(byte[] tiff) {
        return segment(0xE1, concat("Exif\0\0".getBytes(StandardCharsets.US_ASCII), tiff));
    }

    static byte[] segment(int marker, byte[] payload) {
        int length = payload.length + 2;
        return concat(new byte[] {(byte) 0xFF, (byte) marker, (byte) (length >> 8), (byte) length}, payload);
    }

    static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
        return concat(Arrays.copyOf(jpeg, 2), segment, Arrays.copyOfRange(jpeg, 2, jpeg.length));
    }

    /** A ~600-byte JPEG whose frame header declares 30000×30000 pixels (and has no image data). */
    static byte[] pixelBomb() {
        byte[] sof = {(byte) 0xFF, (byte) 0xC0, 0, 17, 8, (byte) (30000 >> 8), (byte) (30000 & 0xFF), (byte) (30000 >> 8), (byte) (30000 & 0xFF), 3,
                1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1};
        byte[] filler = segment(0xE0, new byte[560]);
        return concat(new byte[] {(byte) 0xFF, (byte) 0xD8}, filler, sof);
    }

    /** A PNG header declaring 30000×30000 pixels. */
    static byte[] pngBomb() {
        byte[] valid = png(new BufferedImage(2, 2, BufferedImage.TYPE_INT_RGB));
        ByteBuffer.wrap(valid).putInt(16, 30000).putInt(20, 30000);
        return valid;
    }

    /** A PNG header declaring 7000×7000 pixels at 16 bits per channel, RGBA: 49 MP, but 392 MB decoded. */
    static byte[] deepPngBomb() {
        byte[] valid = png(new BufferedImage(2, 2, BufferedImage.TYPE_INT_ARGB));
        ByteBuffer.wrap(valid).putInt(16, 7000).putInt(20, 7000);
        valid[24] = 16;
        valid[25] = 6;
        return valid;
    }

    /** A grey JPEG, all mid-grey (128). */
    static byte[] greyJpeg() {
        BufferedImage grey = new BufferedImage(64, 48, BufferedImage.TYPE_BYTE_GRAY);
        java.util.Arrays.fill(((java.awt.image.DataBufferByte) grey.getRaster().getDataBuffer()).getData(), (byte) 128);
        return jpeg(grey);
    }

    /**
     * A CMYK JPEG as Photoshop saves it (Adobe APP14, inverted values): pure magenta + yellow,
     * which prints red. Written as a 4-band raster by the JDK's writer.
     */
    static byte[] cmykRed(int width, int height) {
        try {
            WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
            int[] pixel = {255, 0, 0, 255}; // inverted C=0 M=100% Y=100% K=0
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    raster.setPixel(x, y, pixel);
                }
            }
            ImageWriter writer = null;
            for (var it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
                ImageWriter candidate = it.next();
                if (candidate.getClass().getName().startsWith("com.sun.imageio")) {
                    writer = candidate;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
            }
            writer.dispose();
            // Photoshop's marker: Adobe APP14, version 100, transform 0 (CMYK, no colour transform)
            byte[] adobe = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
            return insertAfterSoi(out.toByteArray(), segment(0xEE, adobe));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A YCCK JPEG as Photoshop saves a CMYK image with the colour transform on (Adobe APP14, transform 2):
     * the left half red (magenta + yellow ink), the right half paper white (no ink). Photoshop stores CMYK
     * inverted (255 = no ink) and, for YCCK, turns the inverted C, M, Y into Y/Cb/Cr as if they were R, G, B
     * (libjpeg's cmyk_ycck_convert: R = 255 - stored C …), K stays inverted. So red, inks (0, 255, 255, 0),
     * is R,G,B = 0, 255, 255 → Y 179, Cb 171, Cr 0 with K 255; white, inks (0, 0, 0, 0), is Y 0, Cb 128, Cr 128, K 255.
     * Written as a 4-band raster by the JDK's writer, which applies no transform of its own to a raster.
     */
    static byte[] ycckRedAndWhite(int width, int height) {
        try {
            WritableRaster raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
            int[] red = {179, 171, 0, 255};
            int[] white = {0, 128, 128, 255};
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    raster.setPixel(x, y, x < width / 2 ? red : white);
                }
            }
            ImageWriter writer = null;
            for (var it = ImageIO.getImageWritersByFormatName("jpeg"); it.hasNext(); ) {
                ImageWriter candidate = it.next();
                if (candidate.getClass().getName().startsWith("com.sun.imageio")) {
                    writer = candidate;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (MemoryCacheImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
            }
            writer.dispose();
            // Photoshop's marker: Adobe APP14, version 100, transform 2 (YCCK)
            byte[] adobe = {'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 2};
            return insertAfterSoi(out.toByteArray(), segment(0xEE, adobe));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 200×200 PNG, transparent except a black 50×50 square in the middle. */
    static byte[] transparentPng() {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(75, 75, 50, 50);
        g.dispose();
        return png(image);
    }

    // ---- documents -------------------------------------------------------------------------------

    static final String CONTENT_TYPES = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
            <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
            <Default Extension="xml" ContentType="application/xml"/>
            <Override PartName="/word/document.xml" ContentType="%s"/>
            </Types>""";
    static final String RELS = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
            </Relationships>""";
    public static final String DOCUMENT = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>论文</w:t></w:r></w:p></w:body></w:document>""";
    public static final String DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    public static final String DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml";

    public static byte[] docx() {
        return zip(parts(DOCX_MAIN, DOCUMENT));
    }

    public static Map<String, String> parts(String mainType, String document) {
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", CONTENT_TYPES.formatted(mainType));
        parts.put("_rels/.rels", RELS);
        parts.put("word/document.xml", document);
        return parts;
    }

    public static byte[] zip(Map<String, String> parts) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream zip = new ZipOutputStream(out)) {
                for (var part : parts.entrySet()) {
                    zip.putNextEntry(new ZipEntry(part.getKey()));
                    zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OLE2 compound file with the given streams (a .doc has "WordDocument"; an .xls "Workbook"). */
    static byte[] ole2(String... streams) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            for (String stream : streams) {
                if (stream.endsWith("/")) {
                    fs.getRoot().createDirectory(stream.substring(0, stream.length() - 1));
                } else {
                    fs.createDocument(new ByteArrayInputStream(new byte[4096]), stream);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A genuine Word 97 .doc, committed as {@code fixtures/word97-thesis.doc}: LibreOffice's "MS Word 97" export of a
     * two-paragraph text whose first paragraph is {@link #WORD97_TEXT}.
     */
    public static byte[] word97() {
        try (java.io.InputStream in = CraftedFiles.class.getResourceAsStream("/fixtures/word97-thesis.doc")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Word 97 fixture with bytes of its WordDocument stream's file information block changed. */
    static byte[] word97Patched(int offset, int... values) {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(word97()))) {
            byte[] stream;
            try (java.io.InputStream in = fs.createDocumentInputStream("WordDocument")) {
                stream = in.readAllBytes();
            }
            for (int i = 0; i < values.length; i++) {
                stream[offset + i] = (byte) values[i];
            }
            fs.getRoot().getEntry("WordDocument").delete();
            fs.createDocument(new ByteArrayInputStream(stream), "WordDocument");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final String WORD97_TEXT = "浅谈电工安全操作规程";

    /** A genuine Excel 97 workbook written by POI's HSSF (an OLE2 file, but no Word document). */
    public static byte[] xls() {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook book = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            book.createSheet("论文").createRow(0).createCell(0).setCellValue("不是论文");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The start of a Windows executable. */
    static byte[] executable() {
        byte[] exe = new byte[2048];
        exe[0] = 'M';
        exe[1] = 'Z';
        System.arraycopy("This program cannot be run in DOS mode.".getBytes(StandardCharsets.US_ASCII), 0, exe, 78, 39);
        return exe;
    }

    static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
