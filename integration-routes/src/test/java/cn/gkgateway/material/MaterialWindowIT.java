package cn.gkgateway.material;

import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.MutableClock;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A draft takes no materials once its level's window has closed: one second after the close the PC upload,
 * the QR-scan upload (of a link claimed in time) and the delete are refused with the window's code and
 * message, and nothing is stored or removed.
 */
class MaterialWindowIT extends GatewayIntegrationTest {

    /** The test context's 等级工 window closes 2026-08-14 23:59:59 (Asia/Shanghai), see DemoData. */
    private static final OffsetDateTime CLOSE = OffsetDateTime.parse("2026-08-14T23:59:59+08:00");
    private static final Path MATERIALS = Path.of(System.getProperty("java.io.tmpdir"), "gk-test-materials");

    @Autowired
    MutableClock clock;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clockBack() {
        clock.reset();
    }

    private long draft(String unit) {
        Answer worker = api.post(unit, "/api/roster/workers", Fixtures.worker("窗口材料", TestIdNumbers.next(), "13912345678", "FW01", "2006-07-01"));
        assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
        Answer drafts = api.post(unit, "/api/declarations/drafts", "{\"entries\":[{\"workerId\":" + worker.body().path("id").asLong()
                + ",\"targetLevel\":\"INTERMEDIATE\",\"workTypeCode\":\"FW01\",\"mode\":\"NORMAL\"}]}");
        assertThat(drafts.status()).as(drafts.raw()).isEqualTo(201);
        assertThat(drafts.body().get(0).path("status").asText()).isEqualTo("DRAFT");
        return drafts.body().get(0).path("id").asLong();
    }

    private static long storedFiles() throws IOException {
        if (!Files.isDirectory(MATERIALS)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(MATERIALS)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static void closedWindow(Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("WINDOW_CLOSED");
        assertThat(answer.body().path("message").asText()).contains("截止").contains("系统已关闭");
    }

    @Test
    void oneSecondAfterTheCloseADraftTakesNoUploadsAndLosesNoFiles() throws IOException {
        MaterialTestSupport support = new MaterialTestSupport(port, api);
        String unit = login("danwei");
        long id = draft(unit);
        String slot = "/api/declarations/" + id + "/materials/ID_CARD";

        // in the last minutes of the window: a file uploaded, a QR link issued and claimed by the phone
        clock.setTo(CLOSE.minusMinutes(5).toInstant());
        unit = login("danwei");
        Answer kept = support.upload(unit, slot, "身份证正面.jpg", MaterialTestSupport.photo(800, 600));
        assertThat(kept.status()).as(kept.raw()).isEqualTo(201);
        JsonNode link = api.post(unit, slot + "/scan-links", null).body();
        String token = link.path("link").asText().substring(link.path("link").asText().indexOf("/scan/") + 6);
        Answer claimed = support.claim(token);
        assertThat(claimed.status()).as(claimed.raw()).isEqualTo(200);
        String session = claimed.body().path("session").asText();
        long files = storedFiles();
        int rows = jdbc.queryForObject("select count(*) from material where declaration_id = ?", Integer.class, id);

        clock.setTo(CLOSE.plusSeconds(1).toInstant());
        unit = login("danwei");
        closedWindow(support.upload(unit, slot, "身份证反面.jpg", MaterialTestSupport.photo(800, 600)));
        closedWindow(support.scanUpload(session, id, "ID_CARD", "手机拍摄.jpg", MaterialTestSupport.photo(800, 600)));
        closedWindow(api.exchange(HttpMethod.DELETE, unit, "/api/materials/" + kept.body().path("id").asText(), null));
        closedWindow(api.post(unit, slot + "/scan-links", null));
        assertThat(api.get(unit, "/api/declarations/" + id + "/materials").body().path("changeable").asBoolean()).isFalse();

        assertThat(storedFiles()).isEqualTo(files);
        assertThat(jdbc.queryForObject("select count(*) from material where declaration_id = ?", Integer.class, id)).isEqualTo(rows);
        assertThat(api.download(unit, "/api/materials/" + kept.body().path("id").asText() + "/thumbnail").status()).isEqualTo(200);
    }
}
