package cn.gkgateway.rosterimport;

import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The optional 在编/编外 column of the import template, and 参加工作时间 kept to the month on the roster. */
class ImportEstablishmentIT extends GatewayIntegrationTest {

    private static final String IMPORTS = "/api/roster/imports";
    private static final String[] HEADERS = Arrays.copyOf(ImportFiles.HEADERS, ImportFiles.HEADERS.length + 1);
    private static final ObjectMapper JSON = new ObjectMapper();

    static {
        HEADERS[HEADERS.length - 1] = "在编/编外";
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PersonalDataProtector protector;

    private Answer send(String token, String path, byte[] body) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(response.statusCode(), JSON.readTree(response.body()), response.body());
    }

    private static String[] row(String id, String establishment, String workStart) {
        String[] row = Arrays.copyOf(ImportFiles.row(id), HEADERS.length);
        row[8] = workStart;
        row[10] = establishment;
        return row;
    }

    @Test
    void establishmentIsReadAndAMonthOnlyWorkStartStaysAMonth() throws Exception {
        String token = login("danwei");
        String outside = TestIdNumbers.next();
        String inside = TestIdNumbers.next();
        String blank = TestIdNumbers.next();
        String wrong = TestIdNumbers.next();
        Answer uploaded = send(token, IMPORTS, ImportFiles.xlsx(HEADERS, List.of(
                row(outside, "编外", "2010-07"), row(inside, "在编", "2010-07-15"), row(blank, null, "2011年3月"), row(wrong, "临时工", "2010-07"))));
        assertThat(uploaded.status()).as(uploaded.raw()).isEqualTo(200);
        assertThat(uploaded.body().path("acceptedCount").asInt()).isEqualTo(3);
        JsonNode rejected = uploaded.body().path("rejectedRows").get(0);
        assertThat(rejected.path("rowNumber").asInt()).isEqualTo(5);
        assertThat(rejected.path("faults").get(0).path("code").asText()).isEqualTo("ESTABLISHMENT_INVALID");

        long id = uploaded.body().path("id").asLong();
        String path = IMPORTS + "/" + id;
        assertThat(api.exchange(org.springframework.http.HttpMethod.PUT, token, path + "/mode", "{\"onlyValidRows\":true}").status()).isEqualTo(200);
        assertThat(send(token, path + "/evidence?name=p.png", ImportFiles.png()).status()).isEqualTo(200);
        assertThat(api.post(token, path + "/submit", "{\"contactName\":\"陈红梅\",\"contactPhone\":\"13900139000\"}").status()).isEqualTo(200);
        String approve = "{\"decision\":\"APPROVE\",\"reason\":\"同意\"}";
        assertThat(api.post(login("gkb_qu"), path + "/decision", approve).status()).isEqualTo(200);
        Answer approved = api.post(login("gkb_shi"), path + "/decision", approve);
        assertThat(approved.body().path("status").asText()).as(approved.raw()).isEqualTo("APPROVED");

        JsonNode out = worker(token, outside);
        assertThat(out.path("establishment").asText()).isEqualTo("OUT_OF_ESTABLISHMENT");
        assertThat(out.path("workStart").asText()).isEqualTo("2010-07");
        JsonNode in = worker(token, inside);
        assertThat(in.path("establishment").asText()).isEqualTo("IN_ESTABLISHMENT");
        assertThat(in.path("workStart").asText()).isEqualTo("2010-07-15");
        JsonNode none = worker(token, blank);
        assertThat(none.path("establishment").asText()).isEqualTo("IN_ESTABLISHMENT");
        assertThat(none.path("workStart").asText()).isEqualTo("2011-03");
        assertThat(jdbc.queryForObject("select work_start_month_only from worker where id_number_hash = ?", Boolean.class,
                protector.hash(outside))).isTrue();
    }

    private JsonNode worker(String token, String idNumber) {
        JsonNode found = api.get(token, "/api/roster/workers?idNumber=" + idNumber).body().path("content");
        assertThat(found).hasSize(1);
        return api.get(token, "/api/roster/workers/" + found.get(0).path("id").asLong()).body();
    }
}
