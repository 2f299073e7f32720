package cn.gkgateway.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import java.io.IOException;

/** Calls the running gateway over HTTP as the pages do, and never throws on an error status. */
public final class ApiClient {

    private final RestClient http;
    private final ObjectMapper json = new ObjectMapper();

    public ApiClient(int port) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
                .requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(status -> true, (request, response) -> { })
                .build();
    }

    /** A response: status and the parsed JSON body (a missing body is an empty object). */
    public record Answer(int status, JsonNode body, String raw) {

        public String code() {
            return body.path("code").asText(null);
        }
    }

    public String login(String username, String password) {
        Answer answer = post(null, "/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + password + "\"}");
        if (answer.status() != 200) {
            throw new AssertionError("login of " + username + " failed: " + answer.raw());
        }
        return answer.body().path("token").asText();
    }

    public Answer get(String token, String path) {
        return exchange(HttpMethod.GET, token, path, null);
    }

    public Answer post(String token, String path, String body) {
        return exchange(HttpMethod.POST, token, path, body);
    }

    public Answer exchange(HttpMethod method, String token, String path, String body) {
        var request = http.method(method).uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        if (body != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return request.exchange((req, response) -> {
            String raw = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new Answer(response.getStatusCode().value(), parse(raw), raw);
        });
    }

    /** Posts one file as the multipart part {@code file}, as the console's upload does. */
    public Answer upload(String token, String path, String filename, byte[] content) {
        var body = new org.springframework.util.LinkedMultiValueMap<String, Object>();
        body.add("file", new org.springframework.core.io.ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return filename;
            }
        });
        var request = http.post().uri(path).contentType(MediaType.MULTIPART_FORM_DATA).body(body);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, response) -> {
            String raw = new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return new Answer(response.getStatusCode().value(), parse(raw), raw);
        });
    }

    /** A download: status, content type and the bytes. */
    public record Download(int status, String contentType, String disposition, byte[] bytes) {
    }

    public Download download(String token, String path) {
        var request = http.get().uri(path);
        if (token != null) {
            request.header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        }
        return request.exchange((req, response) -> new Download(response.getStatusCode().value(),
                String.valueOf(response.getHeaders().getContentType()), response.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION),
                response.getBody().readAllBytes()));
    }

    private JsonNode parse(String raw) {
        try {
            return raw.isBlank() ? json.createObjectNode() : json.readTree(raw);
        } catch (IOException e) {
            return json.createObjectNode().put("unparsed", raw);
        }
    }
}
