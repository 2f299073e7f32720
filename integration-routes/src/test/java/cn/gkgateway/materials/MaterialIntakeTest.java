package cn.gkgateway.materials;

import cn.gkgateway.connectors.materials.FileSystemMaterialStorage;
import cn.gkgateway.evidence.MaterialIntake;
import cn.gkgateway.evidence.MaterialKind;
import cn.gkgateway.evidence.StoredMaterial;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.routes.photos.PhotoRenderer;
import cn.gkgateway.shared.DomainException;
import cn.gkgateway.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static cn.gkgateway.materials.CraftedFiles.ascii;
import static cn.gkgateway.materials.CraftedFiles.concat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Every refusal of issue 17 item 4 with a crafted file — and after each, nothing stored and no
 * temporary file — and the photo pipeline's copies (item 5): upright, no EXIF/GPS/comment/trailer,
 * CMYK in the right colours, transparency on white, an EXIF loop that does not hang. The real
 * intake, renderer, file-system store and encryption, without Spring (the Camel route and its
 * bound are covered by PhotoPipelineIT).
 */
class MaterialIntakeTest {

    @TempDir
    Path root;

    private MaterialIntake intake;
    private FileSystemMaterialStorage storage;
    private final PhotoRenderer renderer = new PhotoRenderer();
    private Set<String> tempBefore;

    static PersonalDataProtector protector() {
        byte[] key = new byte[32];
        byte[] hash = new byte[32];
        for (int i = 0; i < 32; i++) {
            key[i] = (byte) i;
            hash[i] = (byte) (100 + i);
        }
        return new PersonalDataProtector(key, hash);
    }

    @BeforeEach
    void setUp() {
        storage = new FileSystemMaterialStorage(root.resolve("materials"));
        intake = new MaterialIntake(storage, renderer::render, protector(), new MutableClock(java.time.ZoneId.of("Asia/Shanghai")), 10 * 1024 * 1024, 50_000_000, 12_000);
        tempBefore = tempFiles();
    }

    // ---- refusals --------------------------------------------------------------------------------

    @Test
    void anEmptyFileIsRefused() {
        refused(new byte[0], "a.jpg", MaterialKind.PHOTO, "FILE_EMPTY");
    }

    @Test
    void aTooLargeFileIsRefusedWhileStreamingWithoutReadingTheRest() {
        intake = new MaterialIntake(storage, renderer::render, protector(), new MutableClock(java.time.ZoneId.of("Asia/Shanghai")), 1024 * 1024, 50_000_000, 12_000);
        long[] read = {0};
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                read[0] += len;
                return len;
            }
        };
        DomainException e = catchRefusal(() -> intake.accept(endless, "big.jpg", MaterialKind.PHOTO));
        assertThat(e.code()).isEqualTo("FILE_TOO_LARGE");
        assertThat(e.kind()).isEqualTo(DomainException.Kind.TOO_LARGE);
        assertThat(e.getMessage()).contains("1MB");
        assertThat(read[0]).isLessThan(1024 * 1024 + 128 * 1024);
        nothingStored();
    }

    @Test
    void markupAndScriptsNamedAsImagesAreRefusedAsMismatch() {
        refused(ascii("<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"), "photo.jpg", MaterialKind.PHOTO, "FILE_TYPE_MISMATCH");
        refused(ascii("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"), "photo.png", MaterialKind.PHOTO, "FILE_TYPE_MISMATCH");
        refused(ascii("  <svg onload=alert(1)>"), "scan.png", MaterialKind.PRINTOUT, "FILE_TYPE_MISMATCH");
        refused(ascii("#!/bin/sh\nrm -rf /\n"), "photo.jpg", MaterialKind.PHOTO, "FILE_TYPE_MISMATCH");
        refused(ascii("<?php system($_GET['c']); ?>"), "photo.jpg", MaterialKind.PHOTO, "FILE_TYPE_MISMATCH");
    }

    @Test
    void heicAndWebpAreUnsupportedWithTheIphoneHint() {
        byte[] heic = concat(new byte[] {0, 0, 0, 0x18}, ascii("ftypheic"), new byte[200]);
        DomainException e = refused(heic, "IMG_0001.jpg", MaterialKind.PHOTO, "FILE_TYPE_UNSUPPORTED");
        assertThat(e.getMessage()).contains("JPG", "PNG", "设置 › 相机 › 格式", "兼容性最佳");
        byte[] webp = concat(ascii("RIFF"), new byte[] {0x40, 0, 0, 0}, ascii("WEBPVP8 "), new byte[200]);
        refused(webp, "photo.png", MaterialKind.PHOTO, "FILE_TYPE_UNSUPPORTED");
        refused(CraftedFiles.jpeg(new BufferedImage(10, 10, BufferedImage.TYPE_3BYTE_BGR)), "IMG_0001.HEIC", MaterialKind.PHOTO, "FILE_TYPE_UNSUPPORTED");
        refused(ascii("%PDF-1.7\n%%EOF\n"), "form.jpg", MaterialKind.PHOTO, "FILE_TYPE_UNSUPPORTED");
    }

    @Test
    void pixelDimensionsAreRefusedFromTheHeaderBeforeDecoding() {
        byte[] bomb = CraftedFiles.pixelBomb();
        assertThat(bomb.length).isBetween(500, 700);
        DomainException e = refused(bomb, "bomb.jpg", MaterialKind.PHOTO, "IMAGE_TOO_LARGE");
        assertThat(e.getMessage()).contains("30000×30000");
        refused(CraftedFiles.pngBomb(), "bomb.png", MaterialKind.PHOTO, "IMAGE_TOO_LARGE");
        refused(CraftedFiles.deepPngBomb(), "deep.png", MaterialKind.PHOTO, "IMAGE_TOO_LARGE");
    }

    @Test
    void truncatedImagesAreRefused() {
        byte[] photo = CraftedFiles.jpeg(CraftedFiles.gradient(800, 600));
        refused(java.util.Arrays.copyOf(photo, photo.length / 2), "half.jpg", MaterialKind.PHOTO, "IMAGE_TRUNCATED");
        // the end marker cut off only: ImageIO itself would merely warn
        refused(java.util.Arrays.copyOf(photo, photo.length - 2), "end.jpg", MaterialKind.PHOTO, "IMAGE_TRUNCATED");
        byte[] png = CraftedFiles.png(CraftedFiles.gradient(300, 200));
        refused(java.util.Arrays.copyOf(png, png.length - 12), "noend.png", MaterialKind.PHOTO, "IMAGE_TRUNCATED");
        // intact markers, corrupt image data inside: the decoder's warning or error is the refusal
        byte[] corrupt = photo.clone();
        for (int i = corrupt.length / 2; i < corrupt.length / 2 + 400; i++) {
            corrupt[i] = (byte) 0xFF;
        }
        refused(corrupt, "corrupt.jpg", MaterialKind.PHOTO, "IMAGE_TRUNCATED");
    }

    @Test
    void nameTricksAreRefused() {
        byte[] photo = CraftedFiles.jpeg(CraftedFiles.gradient(50, 50));
        refused(photo, "photo\u0000.php.jpg", MaterialKind.PHOTO, "FILE_NAME_INVALID");
        refused(photo, "shell.php", MaterialKind.PHOTO, "FILE_NAME_INVALID");
        refused(photo, "shell.php.jpg", MaterialKind.PHOTO, "FILE_NAME_INVALID");
        refused(photo, "thesis.docx.exe", MaterialKind.DOCUMENT, "FILE_NAME_INVALID");
        refused(photo, "\u202Egpj.exe", MaterialKind.PHOTO, "FILE_NAME_INVALID");
        refused(photo, "photo\u202Egnp.jpg", MaterialKind.PHOTO, "FILE_NAME_INVALID");
        refused(photo, "photo", MaterialKind.PHOTO, "FILE_NAME_INVALID");
        refused(photo, "photo.jpg\r\nX-Evil: 1", MaterialKind.PHOTO, "FILE_NAME_INVALID");
        refused(photo, "a.exe.", MaterialKind.PHOTO, "FILE_NAME_INVALID");
    }

    @Test
    void theDisplayNameLosesItsPathAndUnsafeCharactersAndTheStoredNameIsGenerated() throws IOException {
        StoredMaterial stored = accept(CraftedFiles.jpeg(CraftedFiles.gradient(50, 50)), "C:\\Users\\张三\\..\\..\\<img src=x onerror=alert(1)>身份证.jpg", MaterialKind.PHOTO);
        assertThat(stored.displayName()).isEqualTo("_img src=x onerror=alert(1)_身份证.jpg");
        StoredMaterial other = accept(CraftedFiles.jpeg(CraftedFiles.gradient(50, 50)), "../../etc/passwd.jpg", MaterialKind.PHOTO);
        assertThat(other.displayName()).isEqualTo("passwd.jpg");
        for (Path file : storedFiles()) {
            String relative = storage.root().relativize(file).toString();
            assertThat(relative).matches("2026/06/15/[0-9a-f]{32}-[odt]\\.bin");
        }
        assertThat(storedFiles()).hasSize(6);
    }

    @Test
    void theThesisMustBeARealWordDocument() {
        refused(CraftedFiles.zip(CraftedFiles.parts(CraftedFiles.DOCM_MAIN, CraftedFiles.DOCUMENT)), "thesis.docx", MaterialKind.DOCUMENT, "DOCUMENT_MACRO_REFUSED");
        var withVba = CraftedFiles.parts(CraftedFiles.DOCX_MAIN, CraftedFiles.DOCUMENT);
        withVba.put("word/vbaProject.bin", "Attribute VB_Name");
        refused(CraftedFiles.zip(withVba), "thesis.docx", MaterialKind.DOCUMENT, "DOCUMENT_MACRO_REFUSED");
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>&xxe;</w:body></w:document>";
        refused(CraftedFiles.zip(CraftedFiles.parts(CraftedFiles.DOCX_MAIN, xxe)), "thesis.docx", MaterialKind.DOCUMENT, "DOCUMENT_DTD_REFUSED");
        var dtdInTypes = CraftedFiles.parts(CraftedFiles.DOCX_MAIN, CraftedFiles.DOCUMENT);
        dtdInTypes.put("[Content_Types].xml", dtdInTypes.get("[Content_Types].xml").replace("<Types", "<!DOCTYPE Types SYSTEM \"http://127.0.0.1:9/x.dtd\"><Types"));
        refused(CraftedFiles.zip(dtdInTypes), "thesis.docx", MaterialKind.DOCUMENT, "DOCUMENT_DTD_REFUSED");
        var noMain = CraftedFiles.parts(CraftedFiles.DOCX_MAIN, CraftedFiles.DOCUMENT);
        noMain.remove("word/document.xml");
        refused(CraftedFiles.zip(noMain), "thesis.docx", MaterialKind.DOCUMENT, "FILE_DAMAGED");
        refused(CraftedFiles.zip(java.util.Map.of("readme.txt", "not office")), "thesis.docx", MaterialKind.DOCUMENT, "FILE_TYPE_UNSUPPORTED");
        refused(CraftedFiles.zip(CraftedFiles.parts("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", CraftedFiles.DOCUMENT)),
                "thesis.docx", MaterialKind.DOCUMENT, "FILE_TYPE_UNSUPPORTED");
        byte[] docx = CraftedFiles.docx();
        refused(java.util.Arrays.copyOf(docx, docx.length - 30), "thesis.docx", MaterialKind.DOCUMENT, "FILE_DAMAGED");
        refused(CraftedFiles.executable(), "thesis.doc", MaterialKind.DOCUMENT, "FILE_TYPE_MISMATCH");
        refused(CraftedFiles.ole2("Workbook"), "thesis.doc", MaterialKind.DOCUMENT, "FILE_TYPE_UNSUPPORTED");
        refused(CraftedFiles.ole2("WordDocument", "Macros/"), "thesis.doc", MaterialKind.DOCUMENT, "DOCUMENT_MACRO_REFUSED");
        byte[] doc = CraftedFiles.ole2("WordDocument", "1Table");
        refused(java.util.Arrays.copyOf(doc, 700), "thesis.doc", MaterialKind.DOCUMENT, "FILE_DAMAGED");
        // issue 16: HWPF must open it as Word 97: a stream named WordDocument that is no Word document, a real
        // Excel workbook renamed .doc, and a cut-off genuine .doc are refused
        refused(doc, "thesis.doc", MaterialKind.DOCUMENT, "FILE_DAMAGED");
        refused(CraftedFiles.xls(), "thesis.doc", MaterialKind.DOCUMENT, "FILE_TYPE_UNSUPPORTED");
        byte[] word97 = CraftedFiles.word97();
        refused(java.util.Arrays.copyOf(word97, 2048), "thesis.doc", MaterialKind.DOCUMENT, "FILE_DAMAGED");
        // FIB nFib (offset 2) of Word 6 (101), and the fEncrypted flag (offset 11, bit 0)
        refused(CraftedFiles.word97Patched(2, 101, 0), "thesis.doc", MaterialKind.DOCUMENT, "DOCUMENT_WORD_TOO_OLD");
        refused(CraftedFiles.word97Patched(11, word97Flags() | 0x01), "thesis.doc", MaterialKind.DOCUMENT, "DOCUMENT_ENCRYPTED");
        refused(CraftedFiles.jpeg(CraftedFiles.gradient(20, 20)), "thesis.docx", MaterialKind.DOCUMENT, "FILE_TYPE_UNSUPPORTED");
    }

    @Test
    void realWordDocumentsAndPdfPrintoutsAreStoredSealedAsTheyCame() throws IOException {
        byte[] docx = CraftedFiles.docx();
        StoredMaterial thesis = accept(docx, "论文.docx", MaterialKind.DOCUMENT);
        assertThat(thesis.mediaType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(thesis.displayKey()).isNull();
        assertThat(thesis.thumbnailKey()).isNull();
        assertThat(intake.read(thesis.originalKey())).contains(docx);
        byte[] word97 = CraftedFiles.word97();
        assertThat(new org.apache.poi.hwpf.extractor.WordExtractor(new java.io.ByteArrayInputStream(word97)).getText())
                .as("the fixture is a Word 97 document HWPF reads").contains(CraftedFiles.WORD97_TEXT);
        StoredMaterial doc = accept(word97, "论文.doc", MaterialKind.DOCUMENT);
        assertThat(doc.mediaType()).isEqualTo("application/msword");
        assertThat(intake.read(doc.originalKey())).contains(word97);
        byte[] pdf = ascii("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n");
        StoredMaterial printout = accept(pdf, "盖章表.pdf", MaterialKind.PRINTOUT);
        assertThat(printout.mediaType()).isEqualTo("application/pdf");
        refused(ascii("%PDF-1.4\n1 0 obj<<>>endobj\n"), "cut.pdf", MaterialKind.PRINTOUT, "FILE_DAMAGED");
        // at rest: sealed, not the document
        for (Path file : storedFiles()) {
            byte[] stored = Files.readAllBytes(file);
            assertThat(CraftedFiles.contains(stored, ascii("%PDF"))).isFalse();
            assertThat(CraftedFiles.contains(stored, ascii("word/document.xml"))).isFalse();
        }
        intake.discard(thesis);
        intake.discard(doc);
        intake.discard(printout);
        assertThat(storedFiles()).isEmpty();
    }

    // ---- the photo pipeline ----------------------------------------------------------------------

    @Test
    void photoCopiesAreUprightAndCarryNoExifGpsCommentOrTrailer() throws IOException {
        byte[] upload = CraftedFiles.phonePhoto(CraftedFiles.redCornerOnBlue(400, 300), 6);
        assertThat(CraftedFiles.contains(upload, ascii(CraftedFiles.SECRET))).isTrue();
        StoredMaterial photo = accept(upload, "IMG_0042.JPG", MaterialKind.PHOTO);

        assertThat(photo.mediaType()).isEqualTo("image/jpeg");
        assertThat(photo.width()).isEqualTo(300);
        assertThat(photo.height()).isEqualTo(400);
        for (String key : List.of(photo.originalKey(), photo.displayKey(), photo.thumbnailKey())) {
            byte[] copy = intake.read(key).orElseThrow();
            assertThat(CraftedFiles.contains(copy, ascii(CraftedFiles.SECRET))).as("secret in " + key).isFalse();
            assertThat(CraftedFiles.contains(copy, ascii("Exif\0"))).as("EXIF in " + key).isFalse();
            assertThat(copy[copy.length - 2] & 0xFF).isEqualTo(0xFF);
            assertThat(copy[copy.length - 1] & 0xFF).isEqualTo(0xD9);
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(copy));
            assertThat(image.getHeight()).isGreaterThan(image.getWidth());
            // turned clockwise: the raw top-left red corner is now top-right
            assertThat(isRed(image.getRGB(image.getWidth() - 1 - image.getWidth() / 20, image.getHeight() / 40))).as("red top-right in " + key).isTrue();
            assertThat(isRed(image.getRGB(image.getWidth() / 20, image.getHeight() / 40))).as("not red top-left in " + key).isFalse();
        }
        // at rest the copies are sealed: not even the JPEG start is visible
        for (Path file : storedFiles()) {
            // (the sealed bytes are random: a first byte of 0xFF alone happens once in 256 files)
            assertThat(java.util.Arrays.copyOf(Files.readAllBytes(file), 3)).isNotEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
        }
        noTemporaryFiles();
    }

    @Test
    void everyOrientationComesOutUpright() {
        for (int orientation = 1; orientation <= 8; orientation++) {
            // the picture as the camera's sensor saw it, so that applying the orientation puts red top-left
            BufferedImage upright = CraftedFiles.redCornerOnBlue(400, 300);
            BufferedImage raw = sensorView(upright, orientation);
            StoredMaterial photo = accept(CraftedFiles.phonePhoto(raw, orientation), "o" + orientation + ".jpg", MaterialKind.PHOTO);
            BufferedImage full = decode(intake.read(photo.originalKey()).orElseThrow());
            assertThat(full.getWidth()).as("orientation " + orientation).isEqualTo(400);
            assertThat(isRed(full.getRGB(20, 20))).as("orientation " + orientation).isTrue();
            assertThat(isRed(full.getRGB(380, 280))).as("orientation " + orientation).isFalse();
        }
    }

    @Test
    void copiesHaveTheirSizes() {
        StoredMaterial photo = accept(CraftedFiles.jpeg(CraftedFiles.gradient(4000, 3000)), "big.jpg", MaterialKind.PHOTO);
        assertThat(decode(intake.read(photo.originalKey()).orElseThrow()).getWidth()).isEqualTo(4000);
        BufferedImage display = decode(intake.read(photo.displayKey()).orElseThrow());
        assertThat(display.getWidth()).isEqualTo(1600);
        assertThat(display.getHeight()).isEqualTo(1200);
        BufferedImage thumbnail = decode(intake.read(photo.thumbnailKey()).orElseThrow());
        assertThat(thumbnail.getWidth()).isEqualTo(320);
        assertThat(thumbnail.getHeight()).isEqualTo(240);
    }

    @Test
    void cmykJpegsComeOutInTheirColours() {
        StoredMaterial photo = accept(CraftedFiles.cmykRed(120, 80), "photoshop.jpg", MaterialKind.PHOTO);
        BufferedImage full = decode(intake.read(photo.originalKey()).orElseThrow());
        int rgb = full.getRGB(60, 40);
        assertThat(isRed(rgb)).as("CMYK magenta+yellow prints red, got %06x", rgb & 0xFFFFFF).isTrue();
    }

    @Test
    void ycckJpegsComeOutInTheirColours() {
        StoredMaterial photo = accept(CraftedFiles.ycckRedAndWhite(160, 80), "photoshop-ycck.jpg", MaterialKind.PRINTOUT);
        assertThat(photo.mediaType()).isEqualTo("image/jpeg");
        for (String key : new String[] {photo.originalKey(), photo.displayKey(), photo.thumbnailKey()}) {
            BufferedImage stored = decode(intake.read(key).orElseThrow());
            int red = stored.getRGB(stored.getWidth() / 4, stored.getHeight() / 2);
            int paper = stored.getRGB(stored.getWidth() * 3 / 4, stored.getHeight() / 2);
            assertThat(isRed(red)).as("YCCK magenta+yellow prints red in %s, got %06x", key, red & 0xFFFFFF).isTrue();
            assertThat(brightness(paper)).as("no ink is paper white in %s, got %06x", key, paper & 0xFFFFFF).isGreaterThan(235);
        }
    }

    @Test
    void greyJpegsKeepTheirGreyLevels() {
        StoredMaterial photo = accept(CraftedFiles.greyJpeg(), "grey.jpg", MaterialKind.PHOTO);
        assertThat(brightness(decode(intake.read(photo.originalKey()).orElseThrow()).getRGB(30, 20))).isBetween(124, 132);
    }

    @Test
    void transparentPngAreasBecomeWhite() {
        StoredMaterial photo = accept(CraftedFiles.transparentPng(), "sign.png", MaterialKind.PRINTOUT);
        assertThat(photo.mediaType()).isEqualTo("image/jpeg");
        BufferedImage full = decode(intake.read(photo.originalKey()).orElseThrow());
        assertThat(brightness(full.getRGB(5, 5))).isGreaterThan(245);
        assertThat(brightness(full.getRGB(100, 100))).isLessThan(10);
    }

    @Test
    void aSelfReferencingExifDirectoryDoesNotHang() {
        byte[] loop = CraftedFiles.exifLoop(CraftedFiles.redCornerOnBlue(400, 300));
        StoredMaterial photo = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> accept(loop, "loop.jpg", MaterialKind.PHOTO));
        assertThat(photo.width()).isEqualTo(300);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    /** The byte at offset 11 of the fixture's WordDocument stream (FIB flags: fEncrypted is its bit 0). */
    private static int word97Flags() {
        try (org.apache.poi.poifs.filesystem.POIFSFileSystem fs = new org.apache.poi.poifs.filesystem.POIFSFileSystem(
                new java.io.ByteArrayInputStream(CraftedFiles.word97()))) {
            return fs.createDocumentInputStream("WordDocument").readNBytes(12)[11] & 0xFF;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private StoredMaterial accept(byte[] content, String name, MaterialKind kind) {
        return intake.accept(new ByteArrayInputStream(content), name, kind);
    }

    private DomainException refused(byte[] content, String name, MaterialKind kind, String code) {
        List<Path> before = storedFiles();
        DomainException e = catchRefusal(() -> accept(content, name, kind));
        assertThat(e.code()).as(name).isEqualTo(code);
        assertThat(e.kind()).isIn(DomainException.Kind.INVALID, DomainException.Kind.TOO_LARGE);
        assertThat(e.getMessage()).matches(".*[\\u4e00-\\u9fa5].*");
        assertThat(storedFiles()).as("nothing stored after " + code).isEqualTo(before);
        noTemporaryFiles();
        return e;
    }

    private static DomainException catchRefusal(Runnable upload) {
        try {
            upload.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected a refusal");
    }

    private void nothingStored() {
        assertThat(storedFiles()).isEmpty();
        noTemporaryFiles();
    }

    private List<Path> storedFiles() {
        if (!Files.exists(storage.root())) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(storage.root())) {
            return files.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** No file appeared in the temp directory that ImageIO would use or that holds an upload's secret. */
    private void noTemporaryFiles() {
        Set<String> now = tempFiles();
        now.removeAll(tempBefore);
        for (String name : now) {
            assertThat(name).doesNotStartWith("imageio");
            File file = new File(System.getProperty("java.io.tmpdir"), name);
            if (file.isFile() && file.canRead() && file.length() < 20_000_000) {
                try {
                    assertThat(CraftedFiles.contains(Files.readAllBytes(file.toPath()), ascii(CraftedFiles.SECRET))).isFalse();
                } catch (IOException ignored) {
                    // gone again: another process's file
                }
            }
        }
    }

    private static Set<String> tempFiles() {
        String[] names = new File(System.getProperty("java.io.tmpdir")).list();
        return names == null ? new TreeSet<>() : Stream.of(names).collect(Collectors.toCollection(TreeSet::new));
    }

    private static BufferedImage decode(byte[] jpeg) {
        try {
            return ImageIO.read(new ByteArrayInputStream(jpeg));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** What a camera stores for a picture that must be shown as {@code upright} with EXIF orientation {@code o}. */
    private static BufferedImage sensorView(BufferedImage upright, int o) {
        int w = upright.getWidth();
        int h = upright.getHeight();
        boolean swap = o >= 5;
        BufferedImage raw = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_3BYTE_BGR);
        // the inverse of the display transform: for each displayed pixel, where it sits in the raw image
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rw = raw.getWidth();
                int rh = raw.getHeight();
                int[] s = switch (o) {
                    case 2 -> new int[] {rw - 1 - x, y};
                    case 3 -> new int[] {rw - 1 - x, rh - 1 - y};
                    case 4 -> new int[] {x, rh - 1 - y};
                    case 5 -> new int[] {y, x};
                    case 6 -> new int[] {y, rh - 1 - x};
                    case 7 -> new int[] {rw - 1 - y, rh - 1 - x};
                    case 8 -> new int[] {rw - 1 - y, x};
                    default -> new int[] {x, y};
                };
                raw.setRGB(s[0], s[1], upright.getRGB(x, y));
            }
        }
        return raw;
    }

    private static boolean isRed(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        return r > 170 && g < 100 && b < 100;
    }

    private static int brightness(int rgb) {
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }

    @SuppressWarnings("unused")
    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
