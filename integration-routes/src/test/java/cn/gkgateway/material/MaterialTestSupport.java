package cn.gkgateway.material;

import cn.gkgateway.support.ApiClient;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Declarations that take materials, real photos, and raw-body uploads as the pages send them. */
final class MaterialTestSupport {

    private final ApiClient api;
    private final RestClient http;
    private final com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();

    MaterialTestSupport(int port, ApiClient api) {
        this.api = api;
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    /** A new worker of the unit, declared for 中级工 (FW01), as the unit's operator does it. */
    long declared(String unitToken, String name) {
        Answer worker = api.post(unitToken, "/api/roster/workers", Fixtures.worker(name, TestIdNumbers.next(), "13912345678", "FW01", "2006-07-01"));
        assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
        Answer declared = api.post(unitToken, "/api/declarations", Fixtures.declaration(worker.body().path("id").asLong(), "INTERMEDIATE", "FW01"));
        assertThat(declared.status()).as(declared.raw()).isEqualTo(201);
        return declared.body().path("id").asLong();
    }

    /** A declaration returned for supplement by the supervising department: it takes materials again. */
    long returned(String unitToken, String departmentToken, String name) {
        long id = declared(unitToken, name);
        Answer decided = api.post(departmentToken, "/api/reviews/" + id + "/decision", "{\"decision\":\"RETURN\",\"reason\":\"请补充身份证照片\"}");
        assertThat(decided.status()).as(decided.raw()).isEqualTo(200);
        assertThat(decided.body().path("status").asText()).isEqualTo("RETURNED");
        return id;
    }

    /** Uploads a file as the PC page does: the body is the file itself, its name in {@code name}. */
    Answer upload(String token, String path, String fileName, byte[] content) {
        return send(HttpMethod.POST, path, fileName, content, token == null ? null : "Bearer " + token, null);
    }

    /** Uploads a file as the phone does, with its upload session. */
    Answer scanUpload(String session, long declarationId, String slot, String fileName, byte[] content) {
        return send(HttpMethod.POST, "/api/scan-uploads/" + declarationId + "/" + slot + "/files", fileName, content, null, session);
    }

    Answer claim(String token) {
        return api.post(null, "/api/scan-uploads/claim", "{\"token\":\"" + token + "\"}");
    }

    private Answer send(HttpMethod method, String path, String fileName, byte[] content, String authorization, String session) {
        // the URI template encodes the name once, as the browser's URLSearchParams does
        var request = http.method(method).uri(path + "?name={name}", java.util.Map.of("name", fileName)).contentType(MediaType.APPLICATION_OCTET_STREAM).body(content);
        if (authorization != null) {
            request.header(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (session != null) {
            request.header("X-Upload-Session", session);
        }
        return request.exchange((req, response) -> {
            String raw = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            JsonNode body = raw.isBlank() ? json.createObjectNode() : json.readTree(raw);
            return new Answer(response.getStatusCode().value(), body, raw);
        });
    }

    /** A real JPEG photo of {@code width}×{@code height}. */
    static byte[] photo(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 120, 200));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.WHITE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "jpg", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
