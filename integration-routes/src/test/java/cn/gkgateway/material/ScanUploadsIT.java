package cn.gkgateway.material;

import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.imageio.ImageIO;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 手机扫码上传 over HTTP: the QR code carries the link; the first phone claims it; its session uploads only
 * into its slot; used, expired, revoked and tampered tokens are refused, and so is everything once the
 * declaration is submitted; an open PC page hears of the new photo as a server-sent event.
 */
class ScanUploadsIT extends GatewayIntegrationTest {

    @Autowired
    Materials materials;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    MaterialTestSupport support;
    String unit;
    long declarationId;

    @BeforeEach
    void returnedDeclaration() {
        support = new MaterialTestSupport(port, api);
        unit = login("danwei");
        declarationId = support.returned(unit, login("zhuguan"), "扫码人");
    }

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    @Test
    void thePhoneOpensTheLinkOnceAndUploadsOnlyIntoItsSlot() throws Exception {
        JsonNode link = scanLink("ID_CARD");
        String token = tokenOf(link);
        assertThat(link.path("link").asText()).startsWith("http://127.0.0.1:" + port + "/h5/#/scan/");
        assertThat(decodeQr(link.path("qrCode").asText())).isEqualTo(link.path("link").asText());
        assertThat(token).hasSize(43);

        Answer claimed = support.claim(token);
        assertThat(claimed.status()).as(claimed.raw()).isEqualTo(200);
        assertThat(claimed.body().path("workerName").asText()).isEqualTo("扫码人");
        assertThat(claimed.body().path("workerIdNumber").asText()).contains("**********");
        assertThat(claimed.body().path("slotName").asText()).isEqualTo("身份证");
        String session = claimed.body().path("session").asText();
        assertThat(session).hasSize(43).isNotEqualTo(token);

        // used: the same link cannot be opened again, by this phone or another
        Answer again = support.claim(token);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.code()).isEqualTo("UPLOAD_TOKEN_USED");

        Answer uploaded = support.scanUpload(session, declarationId, "ID_CARD", "IMG_0001.jpg", MaterialTestSupport.photo(1000, 750));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        assertThat(uploaded.body().path("via").asText()).isEqualTo("SCAN");
        Answer more = support.scanUpload(session, declarationId, "ID_CARD", "IMG_0002.jpg", MaterialTestSupport.photo(640, 480));
        assertThat(more.status()).as(more.raw()).isEqualTo(201);
        assertThat(api.get(null, "/api/scan-uploads/session").status()).isEqualTo(404);

        // other slot, other declaration: refused, nothing stored there
        Answer otherSlot = support.scanUpload(session, declarationId, "DIPLOMA", "x.jpg", MaterialTestSupport.photo(300, 200));
        assertThat(otherSlot.status()).isEqualTo(403);
        assertThat(otherSlot.code()).isEqualTo("UPLOAD_TOKEN_SLOT_MISMATCH");
        long other = support.returned(unit, login("zhuguan"), "扫码他人");
        Answer otherDeclaration = support.scanUpload(session, other, "ID_CARD", "x.jpg", MaterialTestSupport.photo(300, 200));
        assertThat(otherDeclaration.code()).isEqualTo("UPLOAD_TOKEN_SLOT_MISMATCH");
        assertThat(materials.findByDeclarationIdOrderByIdAsc(declarationId)).extracting(Material::getSlotCode).containsOnly("ID_CARD");
        assertThat(materials.findByDeclarationIdOrderByIdAsc(other)).isEmpty();

        // tampered token and session match nothing
        String tampered = (token.charAt(0) == 'A' ? 'B' : 'A') + token.substring(1);
        assertThat(support.claim(tampered).code()).isEqualTo("UPLOAD_TOKEN_INVALID");
        String tamperedSession = session.substring(0, 42) + (session.charAt(42) == 'A' ? 'B' : 'A');
        Answer forged = support.scanUpload(tamperedSession, declarationId, "ID_CARD", "x.jpg", MaterialTestSupport.photo(300, 200));
        assertThat(forged.status()).isEqualTo(404);
        assertThat(forged.code()).isEqualTo("UPLOAD_TOKEN_INVALID");

        assertThat(MaterialsIT.slot(api.get(unit, "/api/declarations/" + declarationId + "/materials").body(), "ID_CARD")
                .path("materials")).hasSize(2);
    }

    @Test
    void anExpiredLinkIsRefused() {
        String token = tokenOf(scanLink("DIPLOMA"));
        clock.advance(Duration.ofMinutes(10));
        Answer expired = support.claim(token);
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.code()).isEqualTo("UPLOAD_TOKEN_EXPIRED");

        // a session claimed in time stops at the link's expiry too
        clock.reset();
        String session = support.claim(tokenOf(scanLink("DIPLOMA"))).body().path("session").asText();
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(support.scanUpload(session, declarationId, "DIPLOMA", "a.jpg", MaterialTestSupport.photo(300, 200)).code())
                .isEqualTo("UPLOAD_TOKEN_EXPIRED");
        assertThat(materials.findByDeclarationIdOrderByIdAsc(declarationId)).isEmpty();
    }

    @Test
    void aRevokedLinkAndItsSessionAreRefused() {
        JsonNode unclaimed = scanLink("ID_CARD");
        JsonNode claimed = scanLink("ID_CARD");
        String session = support.claim(tokenOf(claimed)).body().path("session").asText();

        assertThat(api.exchange(HttpMethod.DELETE, login("danwei2"), "/api/scan-links/" + claimed.path("tokenId").asLong(), null).status())
                .isEqualTo(404);
        assertThat(api.exchange(HttpMethod.DELETE, unit, "/api/scan-links/" + unclaimed.path("tokenId").asLong(), null).status()).isEqualTo(204);
        assertThat(api.exchange(HttpMethod.DELETE, unit, "/api/scan-links/" + claimed.path("tokenId").asLong(), null).status()).isEqualTo(204);

        assertThat(support.claim(tokenOf(unclaimed)).code()).isEqualTo("UPLOAD_TOKEN_REVOKED");
        Answer upload = support.scanUpload(session, declarationId, "ID_CARD", "a.jpg", MaterialTestSupport.photo(300, 200));
        assertThat(upload.status()).isEqualTo(409);
        assertThat(upload.code()).isEqualTo("UPLOAD_TOKEN_REVOKED");
        assertThat(materials.findByDeclarationIdOrderByIdAsc(declarationId)).isEmpty();
    }

    @Test
    void linksStopWorkingOnceTheDeclarationIsSubmitted() {
        String unclaimed = tokenOf(scanLink("ID_CARD"));
        String session = support.claim(tokenOf(scanLink("ID_CARD"))).body().path("session").asText();
        // resubmission (the declaration lifecycle) puts it back under review
        transactions.executeWithoutResult(status ->
                jdbc.update("update declaration set status = 'UNDER_REVIEW' where id = ?", declarationId));

        Answer upload = support.scanUpload(session, declarationId, "ID_CARD", "a.jpg", MaterialTestSupport.photo(300, 200));
        assertThat(upload.status()).isEqualTo(409);
        assertThat(upload.code()).isEqualTo("MATERIALS_LOCKED");
        assertThat(support.claim(unclaimed).code()).isEqualTo("MATERIALS_LOCKED");
        assertThat(support.upload(unit, "/api/declarations/" + declarationId + "/materials/ID_CARD", "a.jpg",
                MaterialTestSupport.photo(300, 200)).code()).isEqualTo("MATERIALS_LOCKED");
        assertThat(materials.findByDeclarationIdOrderByIdAsc(declarationId)).isEmpty();
    }

    @Test
    void anOpenPcPageHearsOfThePhonesPhotoWithinTwoSeconds() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> response = openEvents(lines);

        String session = support.claim(tokenOf(scanLink("ID_CARD"))).body().path("session").asText();
        Answer uploaded = support.scanUpload(session, declarationId, "ID_CARD", "IMG_0003.jpg", MaterialTestSupport.photo(800, 600));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(201);
        long stored = System.nanoTime();
        String event = null;
        while (event == null) {
            String line = lines.poll(2, TimeUnit.SECONDS);
            assertThat(line).as("an event within two seconds of the upload").isNotNull();
            if (line.startsWith("data:") && line.contains(uploaded.body().path("id").asText())) {
                event = line;
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - stored)).isLessThan(Duration.ofSeconds(2));
        assertThat(event).contains("\"slotCode\":\"ID_CARD\"").contains("\"declarationId\":" + declarationId);
        response.body().close();
    }

    @Test
    void aFileStoredByAnotherInstanceReachesThePageThroughTheDatabase() throws Exception {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        HttpResponse<java.io.InputStream> response = openEvents(lines);
        // another gateway instance shares only the database with this one: its row is all this instance sees
        String publicId = "otherinstance" + System.nanoTime();
        transactions.executeWithoutResult(status -> jdbc.update(
                "insert into material (public_id, declaration_id, slot_code, kind, media_type, display_name, size_bytes, uploaded_via, uploaded_at)"
                        + " values (?, ?, 'ID_CARD', 'PHOTO', 'image/jpeg', 'x.jpg', 1, 'SCAN', ?)",
                publicId, declarationId, java.sql.Timestamp.from(clock.instant())));
        long stored = System.nanoTime();
        String event = null;
        while (event == null) {
            String line = lines.poll(2, TimeUnit.SECONDS);
            assertThat(line).as("an event within two seconds of the insert").isNotNull();
            if (line.startsWith("data:") && line.contains(publicId)) {
                event = line;
            }
        }
        assertThat(Duration.ofNanos(System.nanoTime() - stored)).isLessThan(Duration.ofSeconds(2));
        response.body().close();
        transactions.executeWithoutResult(status -> jdbc.update("delete from material where public_id = ?", publicId));
    }

    /** Opens the page's event stream as the console does (bearer token, fetch-style Accept) and waits for "ready". */
    private HttpResponse<java.io.InputStream> openEvents(BlockingQueue<String> lines) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/declarations/" + declarationId + "/materials/events"))
                .header("Authorization", "Bearer " + unit).header("Accept", "text/event-stream, application/json").build();
        HttpResponse<java.io.InputStream> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        assertThat(response.headers().firstValue("X-Accel-Buffering")).contains("no");
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (java.io.IOException ignored) {
                // the test closes the stream
            }
        });
        reader.setDaemon(true);
        reader.start();
        assertThat(lines.poll(5, TimeUnit.SECONDS)).isEqualTo("event:ready");
        return response;
    }

    private JsonNode scanLink(String slot) {
        Answer link = api.post(unit, "/api/declarations/" + declarationId + "/materials/" + slot + "/scan-links", null);
        assertThat(link.status()).as(link.raw()).isEqualTo(201);
        return link.body();
    }

    private static String tokenOf(JsonNode link) {
        String url = link.path("link").asText();
        return url.substring(url.lastIndexOf('/') + 1);
    }

    private static String decodeQr(String dataUrl) throws Exception {
        byte[] png = Base64.getDecoder().decode(dataUrl.substring("data:image/png;base64,".length()));
        var image = ImageIO.read(new ByteArrayInputStream(png));
        return new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
    }
}
