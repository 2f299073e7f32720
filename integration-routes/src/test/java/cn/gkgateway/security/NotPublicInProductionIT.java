package cn.gkgateway.security;

import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the local profile (the tests run "test,mariadb"), API docs and health details are for
 * administrators only, and every page and answer carries the security headers.
 */
class NotPublicInProductionIT extends GatewayIntegrationTest {

    @Test
    void apiDocsAndSwaggerUiAreNotPublic() {
        Answer anonymous = api.get(null, "/v3/api-docs");
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("AUTH_REQUIRED");
        assertThat(api.get(login("danwei"), "/v3/api-docs").status()).isEqualTo(403);
        assertThat(api.get(login("admin"), "/v3/api-docs").body().path("paths").has("/api/declarations")).isTrue();
        assertThat(api.get(null, "/swagger-ui/index.html").status()).isIn(401, 403, 404);
        assertThat(api.get(login("admin"), "/swagger-ui/index.html").status()).as("Swagger UI is off outside local").isEqualTo(404);
    }

    @Test
    void healthShowsStatusOnlyUnlessAdministrator() {
        Answer anonymous = api.get(null, "/actuator/health");
        assertThat(anonymous.body().path("status").asText()).isEqualTo("UP");
        assertThat(anonymous.body().has("components")).isFalse();
        assertThat(api.get(login("danwei"), "/actuator/health").body().has("components")).isFalse();
        Answer admin = api.get(login("admin"), "/actuator/health");
        assertThat(admin.body().path("components").has("db")).isTrue();
        assertThat(admin.body().path("components").has("jms")).isTrue();
        assertThat(admin.body().path("components").has("camelHealth")).isTrue();
    }

    @Test
    void pagesAndAnswersCarryTheSecurityHeaders() {
        for (String path : new String[]{"/console/", "/h5/", "/api/me", "/actuator/health"}) {
            HttpHeaders headers = headersOf(path);
            assertThat(headers.getFirst("Content-Security-Policy")).as(path)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                    .doesNotContain("unsafe-eval");
            assertThat(headers.getFirst("Content-Security-Policy")).as(path + ": scripts only from the gateway")
                    .doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("same-origin");
            assertThat(headers.getFirst("Permissions-Policy")).contains("geolocation=()");
            assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
        }
    }

    private HttpHeaders headersOf(String path) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).requestFactory(new JdkClientHttpRequestFactory())
                .defaultStatusHandler(status -> true, (request, response) -> { }).build()
                .get().uri(path).retrieve().toBodilessEntity().getHeaders();
    }
}
