package cn.gkgateway.rosterimport;

import cn.gkgateway.evidence.EvidenceStore;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.ApiClient.Download;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The signed printout of a roster import / key-info change through the material pipeline: content checks
 * with the material codes (nothing stored on refusal), an upright metadata-free JPEG with a thumbnail and
 * a display copy, sealed at rest, served with nosniff and a Content-Disposition only to those who see the
 * request (by no other URL), replaced by a later upload, and a printout stored before the pipeline still
 * readable.
 */
class BatchEvidenceIT extends GatewayIntegrationTest {

    private static final String IMPORTS = "/api/roster/imports";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path MATERIALS = Path.of(System.getProperty("java.io.tmpdir"), "gk-test-materials");
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EvidenceStore legacyStore;
    @Autowired
    PersonalDataProtector protector;
    @Autowired
    PlatformTransactionManager transactions;

    private HttpResponse<byte[]> raw(String token, String method, String path, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Answer send(String token, String path, byte[] body) throws Exception {
        HttpResponse<byte[]> response = raw(token, "POST", path, body);
        String text = new String(response.body(), StandardCharsets.UTF_8);
        return new Answer(response.statusCode(), text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text), text);
    }

    /** A draft import of one valid row by the unit {@code token} belongs to. */
    private long draftImport(String token) throws Exception {
        Answer uploaded = send(token, IMPORTS, ImportFiles.xlsx(List.<String[]>of(RosterImportIT.row(TestIdNumbers.next()))));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        return uploaded.body().path("id").asLong();
    }

    /** A landscape photo of a signed sheet: white paper, a red stamp at the top left. */
    static byte[] photo() throws IOException {
        BufferedImage image = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 900);
        g.setColor(Color.RED);
        g.fillRect(0, 0, 300, 300);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }

    private static long storedFiles() throws IOException {
        if (!Files.isDirectory(MATERIALS)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(MATERIALS)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static BufferedImage image(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    @Test
    void aPhotographedPrintoutIsStoredSealedAndServedOnlyToThoseWhoSeeTheImport() throws Exception {
        String unit = login("danwei");
        long id = draftImport(unit);
        String path = IMPORTS + "/" + id;

        Answer uploaded = send(unit, path + "/evidence?name=" + java.net.URLEncoder.encode("签字盖章表.jpg", StandardCharsets.UTF_8), photo());
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        assertThat(uploaded.body().path("hasEvidence").asBoolean()).isTrue();
        assertThat(uploaded.body().path("evidence").path("name").asText()).isEqualTo("签字盖章表.jpg");
        assertThat(uploaded.body().path("evidence").path("mediaType").asText()).isEqualTo("image/jpeg");
        assertThat(uploaded.body().path("evidence").path("image").asBoolean()).isTrue();
        assertThat(uploaded.raw()).doesNotContain("Key").doesNotContain("2026/06/15");

        // at rest: three sealed copies under generated keys, none of them a readable JPEG
        List<String> keys = jdbc.queryForList("select evidence_original_key from roster_import where id = ? union all "
                + "select evidence_display_key from roster_import where id = ? union all "
                + "select evidence_thumbnail_key from roster_import where id = ?", String.class, id, id, id);
        assertThat(keys).hasSize(3).allMatch(key -> key != null && key.startsWith("2026/06/15/"));
        for (String key : keys) {
            byte[] sealed = Files.readAllBytes(MATERIALS.resolve(key + ".bin"));
            // no JPEG start (FF D8 FF): the sealed bytes are random, so a first byte of 0xFF alone happens once in 256
            assertThat(java.util.Arrays.copyOf(sealed, 3)).isNotEqualTo(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});
            assertThat(new String(sealed, StandardCharsets.ISO_8859_1)).doesNotContain("JFIF");
        }

        // the unit sees a thumbnail, the display copy, and downloads the full copy; never sniffed, never cached
        HttpResponse<byte[]> thumbnail = raw(unit, "GET", path + "/evidence/thumbnail", null);
        assertThat(thumbnail.statusCode()).isEqualTo(200);
        assertThat(thumbnail.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(thumbnail.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(thumbnail.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("inline");
        assertThat(thumbnail.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(image(thumbnail.body()).getWidth()).isEqualTo(320);
        assertThat(image(raw(unit, "GET", path + "/evidence/display", null).body()).getWidth()).isEqualTo(1200);
        HttpResponse<byte[]> original = raw(unit, "GET", path + "/evidence", null);
        assertThat(original.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment")
                .contains("UTF-8''%E7%AD%BE");
        assertThat(original.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        BufferedImage full = image(original.body());
        assertThat(full.getWidth()).isEqualTo(1200);
        assertThat(full.getRGB(100, 100) & 0xFF0000).isGreaterThan(0xC00000);
        assertThat(new String(original.body(), StandardCharsets.ISO_8859_1)).doesNotContain("Exif");

        // another unit reaches it by no URL: not the import's, not the declaration materials'
        String evidenceId = jdbc.queryForObject("select evidence_id from roster_import where id = ?", String.class, id);
        String other = login("danwei2");
        for (String url : List.of(path + "/evidence", path + "/evidence/display", path + "/evidence/thumbnail")) {
            assertThat(raw(other, "GET", url, null).statusCode()).as(url).isEqualTo(404);
        }
        for (String copy : List.of("original", "display", "thumbnail")) {
            assertThat(raw(other, "GET", "/api/materials/" + evidenceId + "/" + copy, null).statusCode()).isEqualTo(404);
            assertThat(raw(unit, "GET", "/api/materials/" + evidenceId + "/" + copy, null).statusCode()).isEqualTo(404);
        }
        assertThat(raw(other, "DELETE", "/api/materials/" + evidenceId, null).statusCode()).isEqualTo(404);
        assertThat(send(other, path + "/evidence?name=x.jpg", photo()).status()).isEqualTo(404);

        // after submission the exam office reviewing it sees the thumbnail too
        Answer submitted = api.post(unit, path + "/submit", "{\"contactName\":\"陈红梅\",\"contactPhone\":\"13900139000\"}");
        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(200);
        HttpResponse<byte[]> reviewer = raw(login("gkb_qu"), "GET", path + "/evidence/thumbnail", null);
        assertThat(reviewer.statusCode()).isEqualTo(200);
        assertThat(image(reviewer.body()).getWidth()).isEqualTo(320);
        assertThat(send(unit, path + "/evidence?name=x.jpg", photo()).code()).isEqualTo("IMPORT_NOT_DRAFT");
    }

    @Test
    void badFilesAreRefusedWithTheMaterialCodesAndNothingIsStored() throws Exception {
        String unit = login("danwei");
        long id = draftImport(unit);
        String path = IMPORTS + "/" + id + "/evidence";
        long before = storedFiles();

        assertThat(send(unit, path, photo()).code()).isEqualTo("FILE_NAME_INVALID");
        assertThat(send(unit, path + "?name=sheet.jpg.exe", photo()).code()).isEqualTo("FILE_NAME_INVALID");
        assertThat(send(unit, path + "?name=sheet.heic", photo()).code()).isEqualTo("FILE_TYPE_UNSUPPORTED");
        assertThat(send(unit, path + "?name=sheet.jpg", "<html><script>alert(1)</script>".getBytes()).code()).isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(send(unit, path + "?name=sheet.pdf", "%PDF-1.4\n1 0 obj".getBytes()).code()).isEqualTo("FILE_DAMAGED");
        byte[] truncated = java.util.Arrays.copyOf(photo(), 2000);
        assertThat(send(unit, path + "?name=sheet.jpg", truncated).code()).isEqualTo("IMAGE_TRUNCATED");
        assertThat(send(unit, path + "?name=sheet.pdf", new byte[0]).code()).isEqualTo("FILE_EMPTY");
        Answer tooLarge = send(unit, path + "?name=sheet.pdf", new byte[10 * 1024 * 1024 + 1]);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.code()).isEqualTo("FILE_TOO_LARGE");

        assertThat(storedFiles()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from roster_import where id = ? and evidence_original_key is null"
                + " and evidence_key is null and evidence_type is null", Integer.class, id)).isEqualTo(1);
        Answer after = api.get(unit, IMPORTS + "/" + id);
        assertThat(after.body().path("hasEvidence").asBoolean()).isFalse();
        assertThat(after.body().path("evidence").isNull()).isTrue();
    }

    @Test
    void aNewPrintoutReplacesTheOldOneWhoseCopiesAreRemoved() throws Exception {
        String unit = login("danwei");
        long id = draftImport(unit);
        String path = IMPORTS + "/" + id;
        assertThat(send(unit, path + "/evidence?name=a.jpg", photo()).status()).isEqualTo(200);
        String oldKey = jdbc.queryForObject("select evidence_thumbnail_key from roster_import where id = ?", String.class, id);
        assertThat(MATERIALS.resolve(oldKey + ".bin")).exists();

        byte[] pdf = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        Answer replaced = send(unit, path + "/evidence?name=" + java.net.URLEncoder.encode("审批表.pdf", StandardCharsets.UTF_8), pdf);
        assertThat(replaced.status()).as(replaced.raw()).isEqualTo(200);
        assertThat(replaced.body().path("evidence").path("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(replaced.body().path("evidence").path("image").asBoolean()).isFalse();
        assertThat(MATERIALS.resolve(oldKey + ".bin")).doesNotExist();
        Download file = api.download(unit, path + "/evidence");
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.bytes()).isEqualTo(pdf);
        assertThat(api.get(unit, path + "/evidence/thumbnail").code()).isEqualTo("EVIDENCE_NOT_FOUND");
    }

    @Test
    void aPrintoutStoredBeforeThePipelineIsStillServed() throws Exception {
        String unit = login("danwei");
        long id = draftImport(unit);
        byte[] pdf = "%PDF-1.4\nlegacy\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        String key = legacyStore.put(protector.encryptBytes(pdf));
        new TransactionTemplate(transactions).executeWithoutResult(status -> jdbc.update(
                "update roster_import set evidence_key = ?, evidence_type = 'application/pdf' where id = ?", key, id));

        Answer found = api.get(unit, IMPORTS + "/" + id);
        assertThat(found.body().path("hasEvidence").asBoolean()).isTrue();
        assertThat(found.body().path("evidence").path("name").asText()).isEqualTo("签字盖章的打印件.pdf");
        Download file = api.download(unit, IMPORTS + "/" + id + "/evidence");
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.bytes()).isEqualTo(pdf);
        assertThat(api.download(login("danwei2"), IMPORTS + "/" + id + "/evidence").status()).isEqualTo(404);
        assertThat(api.get(unit, IMPORTS + "/" + id + "/evidence/thumbnail").code()).isEqualTo("EVIDENCE_NOT_FOUND");
    }
}
