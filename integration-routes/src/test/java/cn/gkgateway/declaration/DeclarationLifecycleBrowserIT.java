package cn.gkgateway.declaration;

import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.BrowserScripts;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The declaration lifecycle in the browser (e2e/declaration-lifecycle.mjs): batch add two
 * workers with different modes, 暂存, 查看/补充, 承诺书 同意, submit with a landline, the
 * department returns one, the unit resubmits it, approvals — then checked over the API.
 */
class DeclarationLifecycleBrowserIT extends GatewayIntegrationTest {

    @Test
    void aUnitDeclaresInABatchAndResubmitsWhatWasReturned() throws Exception {
        String unit = login("danwei");
        String search = "周期" + Long.toString(System.nanoTime() % 1_000_000, 36);
        String a = search + "甲";
        String b = search + "乙";
        long workerA = 0;
        for (String name : List.of(a, b)) {
            Answer worker = api.post(unit, "/api/roster/workers", Fixtures.worker(name, TestIdNumbers.next(), "13912345678", "FW01", "2006-07-01"));
            assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
            workerA = workerA == 0 ? worker.body().path("id").asLong() : workerA;
        }
        // the 合格库 holds A's 初级工 certificate from 2015 while the roster says 2016: the submit dialog asks to confirm
        assertThat(api.post(unit, "/api/roster/workers/" + workerA + "/records/QUALIFICATION",
                "{\"title\":\"五级/初级工\",\"route\":\"考试\",\"obtainedOn\":\"2015-06-01\",\"workTypeCode\":\"FW01\"}").status())
                .isEqualTo(201);

        // 转岗's proof is a required material slot: the journey uploads this photo in 查看/补充
        java.nio.file.Path photo = java.nio.file.Files.createTempFile("post-change-proof", ".jpg");
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 240, java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(image, "jpg", photo.toFile());
        try {
            BrowserScripts.run(port, "declaration-lifecycle.mjs", Map.of("WORKER_A", a, "WORKER_B", b, "SEARCH", search,
                    "PHOTO_PATH", photo.toString()));
        } finally {
            java.nio.file.Files.deleteIfExists(photo);
        }

        JsonNode found = api.get(login("gkb_qu"), "/api/declarations/search?name=" + search).body().path("items");
        assertThat(found).hasSize(2);
        for (JsonNode declaration : found) {
            assertThat(declaration.path("status").asText()).isEqualTo("APPROVED");
            assertThat(declaration.path("contactPhone").asText()).isEqualTo("0514-****1234");
        }
        JsonNode confirmed = found.get(0).path("workerName").asText().equals(a) ? found.get(0) : found.get(1);
        assertThat(confirmed.path("qualificationConfirmedAt").isTextual()).as("A's 确认报考 is stored").isTrue();
        JsonNode returned = found.get(0).path("workerName").asText().equals(b) ? found.get(0) : found.get(1);
        assertThat(returned.path("mode").asText()).isEqualTo("POST_CHANGE");
        assertThat(returned.path("formerPost").asText()).isEqualTo("机关后勤服务（2019年转岗，附证明）");
        assertThat(returned.path("round").asInt()).isEqualTo(2);
        assertThat(returned.path("steps")).extracting(step -> step.path("round").asInt() + ":" + step.path("decision").asText())
                .containsExactly("1:RETURN", "1:null", "2:APPROVE", "2:APPROVE");
    }
}
