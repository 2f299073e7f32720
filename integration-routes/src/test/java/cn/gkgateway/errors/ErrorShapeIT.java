package cn.gkgateway.errors;

import cn.gkgateway.identity.Accounts;
import cn.gkgateway.support.GatewayIntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of bad request answers the one error shape {@code {code, message, fieldErrors}} in
 * JSON with a Chinese message and the right status — never a 500, an HTML page or an empty body.
 */
class ErrorShapeIT extends GatewayIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JwtEncoder jwtEncoder;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private String unit;

    @BeforeEach
    void signIn() {
        unit = login("danwei");
    }

    record Reply(int status, String contentType, JsonNode body, String raw) {
    }

    @Test
    void unknownPathsAre404Json() throws Exception {
        assertShape(send(get("/api/no-such-thing").header("Authorization", "Bearer " + unit)), 404, "NOT_FOUND");
        assertShape(send(get("/no-such-page.php")), 404, "NOT_FOUND");
    }

    @Test
    void doubleSlashesAre400JsonNot500Html() throws Exception {
        assertShape(send(get("//api/roster/workers").header("Authorization", "Bearer " + unit)), 400, "REQUEST_REJECTED");
        assertShape(send(get("/api//roster/workers")), 400, "REQUEST_REJECTED");
    }

    @Test
    void wrongMethodIs405Json() throws Exception {
        assertShape(send(request("/api/declarations").header("Authorization", "Bearer " + unit)
                .method("DELETE", HttpRequest.BodyPublishers.noBody())), 405, "REQUEST_METHOD");
    }

    @Test
    void anAcceptHeaderAskingForXmlIsAnsweredInJson() throws Exception {
        Reply list = send(get("/api/roster/workers").header("Authorization", "Bearer " + unit).header("Accept", "application/xml"));
        assertShape(list, 406, "NOT_ACCEPTABLE");
        Reply missing = send(get("/api/roster/workers/999999999").header("Authorization", "Bearer " + unit).header("Accept", "application/xml"));
        assertShape(missing, 404, "WORKER_NOT_FOUND");
        Reply anonymous = send(get("/api/roster/workers").header("Accept", "application/xml"));
        assertShape(anonymous, 401, "AUTH_REQUIRED");
    }

    @Test
    void wrongContentTypeIs415Json() throws Exception {
        assertShape(send(request("/api/roster/workers").header("Authorization", "Bearer " + unit)
                .header("Content-Type", "text/plain").POST(HttpRequest.BodyPublishers.ofString("{}"))), 415, "REQUEST_MEDIA_TYPE");
    }

    @Test
    void theErrorPageItselfAnswersTheShape() throws Exception {
        assertShape(send(get("/error")), 404, "NOT_FOUND");
        assertShape(send(get("/error").header("Accept", "text/html")), 404, "NOT_FOUND");
    }

    @Test
    void tokensWhoseClaimsMakeNoCallerAre401Json() throws Exception {
        long uid = accounts.findByUsername("danwei").orElseThrow().getId();
        String unknownRole = token(uid, "EMPEROR");
        String noUid = token(null, "UNIT_OPERATOR");
        assertShape(send(get("/api/roster/workers").header("Authorization", "Bearer " + unknownRole)), 401, null);
        assertShape(send(get("/api/roster/workers").header("Authorization", "Bearer " + noUid)), 401, null);
    }

    @Test
    void anUnknownDeadLetterAddressIsNotFound() throws Exception {
        String admin = login("admin");
        assertShape(send(get("/api/admin/dead-letters/gk.no.such.address").header("Authorization", "Bearer " + admin)),
                404, "DEAD_LETTER_ADDRESS_UNKNOWN");
        assertShape(send(request("/api/admin/dead-letters/gk.no.such.address/replay").header("Authorization", "Bearer " + admin)
                .POST(HttpRequest.BodyPublishers.noBody())), 404, "DEAD_LETTER_ADDRESS_UNKNOWN");
        Reply known = send(get("/api/admin/dead-letters/gk.sms.parked").header("Authorization", "Bearer " + admin));
        assertThat(known.status()).as(known.raw()).isEqualTo(200);
    }

    @Test
    void aHugeBodyWithALengthIsRefusedBeforeItIsRead() throws Exception {
        // 19 MB of username, declared up front: answered 413 at once, without reading (nor signing in)
        byte[] head = "{\"username\":\"".getBytes(StandardCharsets.UTF_8);
        long length = 19L * 1024 * 1024;
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(head);
            out.flush();
            String answer = readAnswer(socket.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 413");
            JsonNode body = JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(body.path("code").asText()).isEqualTo("PAYLOAD_TOO_LARGE");
            assertThat(body.path("message").asText()).contains("提交的内容过大");
        }
    }

    @Test
    void aHugeStreamedBodyIsCutOffAtTheCap() throws Exception {
        // 3 MB without a length (chunked): counted as it streams and refused at 1 MB
        byte[] filler = new byte[3 * 1024 * 1024];
        Arrays.fill(filler, (byte) 'a');
        InputStream body = new java.io.SequenceInputStream(new ByteArrayInputStream("{\"name\":\"".getBytes(StandardCharsets.UTF_8)),
                new ByteArrayInputStream(filler));
        Reply reply = send(request("/api/roster/workers").header("Authorization", "Bearer " + unit)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(() -> body)));
        assertShape(reply, 413, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void aBodyUnderTheCapIsStillServed() throws Exception {
        Reply reply = send(request("/api/roster/workers").header("Authorization", "Bearer " + unit)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"" + "王".repeat(100_000) + "\"}")));
        assertShape(reply, 400, "WORKER_INVALID");
        assertThat(reply.raw().length()).isLessThan(4000);
    }

    /** Reads one HTTP answer whose JSON body ends the answer (the server need not close the connection). */
    private static String readAnswer(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream read = new java.io.ByteArrayOutputStream();
        byte[] buffer = new byte[1024];
        while (true) {
            int n = in.read(buffer);
            if (n < 0) {
                return read.toString(StandardCharsets.UTF_8);
            }
            read.write(buffer, 0, n);
            String sofar = read.toString(StandardCharsets.UTF_8);
            int bodyStart = sofar.indexOf("\r\n\r\n");
            if (bodyStart >= 0 && sofar.stripTrailing().endsWith("}")) {
                return sofar;
            }
        }
    }

    private String token(Long uid, String role) {
        Instant now = clock.instant();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder().issuer("gk-gateway").subject("danwei").issuedAt(now)
                .expiresAt(now.plusSeconds(600)).claim("name", "陈红梅").claim("role", role);
        if (uid != null) {
            claims.claim("uid", uid);
        }
        return jwtEncoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build())).getTokenValue();
    }

    private void assertShape(Reply reply, int status, String code) {
        assertThat(reply.status()).as(reply.raw()).isEqualTo(status);
        assertThat(reply.contentType()).as(reply.raw()).startsWith("application/json");
        assertThat(reply.body().path("code").isTextual()).as(reply.raw()).isTrue();
        if (code != null) {
            assertThat(reply.body().path("code").asText()).isEqualTo(code);
        }
        assertThat(reply.body().path("message").asText()).as(reply.raw()).matches(".*\\p{IsHan}.*");
        assertThat(reply.body().path("fieldErrors").isArray()).as(reply.raw()).isTrue();
        assertThat(reply.raw()).doesNotContain("Exception").doesNotContain("<html");
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).timeout(Duration.ofSeconds(20));
    }

    private Reply send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String raw = response.body();
        JsonNode body;
        try {
            body = raw.isBlank() ? JSON.createObjectNode() : JSON.readTree(raw);
        } catch (IOException e) {
            body = JSON.createObjectNode();
        }
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), body, raw);
    }
}
