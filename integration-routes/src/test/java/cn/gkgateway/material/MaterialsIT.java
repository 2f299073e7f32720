package cn.gkgateway.material;

import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.Role;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.ApiClient.Download;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.password.PasswordEncoder;

import javax.imageio.ImageIO;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Materials of declarations over HTTP: PC upload into slots and deletion while a declaration takes
 * materials, refusal once it is submitted, the three copies served only to those who may see the
 * declaration, and the completeness check on submit (MATERIALS_MISSING).
 */
class MaterialsIT extends GatewayIntegrationTest {

    @Autowired
    Materials materials;
    @Autowired
    Accounts accounts;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    PersonalDataProtector protector;

    MaterialTestSupport support;

    @BeforeEach
    void support() {
        support = new MaterialTestSupport(port, api);
    }

    @Test
    void unitUploadsIntoSlotsReviewersSeeTheCopiesAndNobodyElseDoes() throws IOException {
        String unit = login("danwei");
        long id = support.returned(unit, login("zhuguan"), "材料甲");

        Answer slots = api.get(unit, "/api/declarations/" + id + "/materials");
        assertThat(slots.status()).as(slots.raw()).isEqualTo(200);
        assertThat(slots.body().path("changeable").asBoolean()).isTrue();
        assertThat(codes(slots.body())).contains("ID_CARD", "CURRENT_CERT", "DIPLOMA", "WAGE_APPROVAL")
                .doesNotContain("THESIS", "EXCEPTIONAL_PROOF");

        Answer first = support.upload(unit, "/api/declarations/" + id + "/materials/ID_CARD", "身份证正面.jpg", MaterialTestSupport.photo(2400, 1800));
        assertThat(first.status()).as(first.raw()).isEqualTo(201);
        Answer second = support.upload(unit, "/api/declarations/" + id + "/materials/ID_CARD", "身份证反面.png", MaterialTestSupport.photo(800, 600));
        assertThat(second.status()).as(second.raw()).isEqualTo(201);
        String materialId = first.body().path("id").asText();
        assertThat(materialId).hasSizeGreaterThanOrEqualTo(22).doesNotContain("/");
        assertThat(first.body().path("via").asText()).isEqualTo("PC");
        assertThat(first.body().toString()).doesNotContain("Key").doesNotContain("key");

        JsonNode idCard = slot(api.get(unit, "/api/declarations/" + id + "/materials").body(), "ID_CARD");
        assertThat(idCard.path("materials")).hasSize(2);
        assertThat(idCard.path("materials").get(0).path("name").asText()).isEqualTo("身份证正面.jpg");

        // the unit, its department and the district exam office see the copies; the types are the stored ones
        for (String reader : List.of(unit, login("zhuguan"), login("gkb_qu"))) {
            Download thumbnail = api.download(reader, "/api/materials/" + materialId + "/thumbnail");
            assertThat(thumbnail.status()).isEqualTo(200);
            assertThat(thumbnail.contentType()).isEqualTo("image/jpeg");
            assertThat(Math.max(image(thumbnail.bytes()).getWidth(), image(thumbnail.bytes()).getHeight())).isLessThanOrEqualTo(320);
            Download display = api.download(reader, "/api/materials/" + materialId + "/display");
            assertThat(display.status()).isEqualTo(200);
            assertThat(display.disposition()).startsWith("inline");
            assertThat(image(display.bytes()).getWidth()).isEqualTo(1600);
            Download original = api.download(reader, "/api/materials/" + materialId + "/original");
            assertThat(original.status()).isEqualTo(200);
            assertThat(original.disposition()).startsWith("attachment").contains("filename");
            assertThat(image(original.bytes()).getWidth()).isEqualTo(2400);
        }
        var headers = org.springframework.web.client.RestClient.create("http://127.0.0.1:" + port).get()
                .uri("/api/materials/" + materialId + "/original").header("Authorization", "Bearer " + unit)
                .retrieve().toBodilessEntity().getHeaders();
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");

        // another unit, another department, an applicant who is someone else: no URL reaches the file
        String otherUnit = login("danwei2");
        for (String stranger : List.of(otherUnit, login("zhuguan2"), login("shenbao"))) {
            for (String copy : List.of("thumbnail", "display", "original")) {
                assertThat(api.download(stranger, "/api/materials/" + materialId + "/" + copy).status()).as(copy).isEqualTo(404);
            }
            assertThat(api.get(stranger, "/api/declarations/" + id + "/materials").status()).isEqualTo(404);
            assertThat(api.exchange(HttpMethod.DELETE, stranger, "/api/materials/" + materialId, null).status()).isIn(403, 404);
            assertThat(support.upload(stranger, "/api/declarations/" + id + "/materials/ID_CARD", "x.jpg", MaterialTestSupport.photo(100, 100)).status())
                    .isIn(403, 404);
            assertThat(api.post(stranger, "/api/declarations/" + id + "/materials/ID_CARD/scan-links", null).status()).isIn(403, 404);
            assertThat(api.get(stranger, "/api/declarations/" + id + "/materials/events").status()).isEqualTo(404);
        }
        assertThat(api.download(null, "/api/materials/" + materialId + "/original").status()).isEqualTo(401);
        // a reviewer sees but does not change
        assertThat(api.exchange(HttpMethod.DELETE, login("zhuguan"), "/api/materials/" + materialId, null).status()).isEqualTo(403);

        // a slot the declaration does not have, and deletion before submission
        Answer noSlot = support.upload(unit, "/api/declarations/" + id + "/materials/THESIS", "论文.docx", new byte[]{1, 2, 3});
        assertThat(noSlot.status()).isEqualTo(404);
        assertThat(noSlot.code()).isEqualTo("MATERIAL_SLOT_NOT_FOUND");
        assertThat(api.exchange(HttpMethod.DELETE, unit, "/api/materials/" + materialId, null).status()).isEqualTo(204);
        assertThat(materials.findByPublicId(materialId)).isEmpty();
        assertThat(api.download(unit, "/api/materials/" + materialId + "/thumbnail").status()).isEqualTo(404);
        assertThat(slot(api.get(unit, "/api/declarations/" + id + "/materials").body(), "ID_CARD").path("materials")).hasSize(1);
    }

    @Test
    void aSubmittedDeclarationTakesNoUploadsAndNoScanLinks() {
        String unit = login("danwei");
        long id = support.declared(unit, "材料乙");
        Answer listed = api.get(unit, "/api/declarations/" + id + "/materials");
        assertThat(listed.body().path("changeable").asBoolean()).isFalse();

        Answer upload = support.upload(unit, "/api/declarations/" + id + "/materials/ID_CARD", "身份证.jpg", MaterialTestSupport.photo(640, 480));
        assertThat(upload.status()).as(upload.raw()).isEqualTo(409);
        assertThat(upload.code()).isEqualTo("MATERIALS_LOCKED");
        assertThat(api.post(unit, "/api/declarations/" + id + "/materials/ID_CARD/scan-links", null).code()).isEqualTo("MATERIALS_LOCKED");
        assertThat(materials.findByDeclarationIdOrderByIdAsc(id)).isEmpty();
    }

    @Test
    void theApplicantUploadsToTheirOwnDeclaration() {
        String unit = login("danwei");
        String idNumber = TestIdNumbers.next();
        Answer worker = api.post(unit, "/api/roster/workers", Fixtures.worker("材料丙", idNumber, "13912345670", "FW01", "2006-07-01"));
        assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
        long id = api.post(unit, "/api/declarations", Fixtures.declaration(worker.body().path("id").asLong(), "INTERMEDIATE", "FW01"))
                .body().path("id").asLong();
        api.post(login("zhuguan"), "/api/reviews/" + id + "/decision", "{\"decision\":\"RETURN\",\"reason\":\"补充材料\"}");
        String username = "tapp_" + System.nanoTime() % 100_000;
        accounts.save(new Account(username, "材料丙", passwordEncoder.encode(PASSWORD), Role.APPLICANT, null, protector.hash(idNumber)));
        String applicant = login(username);

        Answer own = support.upload(applicant, "/api/declarations/" + id + "/materials/DIPLOMA", "毕业证.jpg", MaterialTestSupport.photo(1200, 900));
        assertThat(own.status()).as(own.raw()).isEqualTo(201);
        assertThat(api.get(applicant, "/api/declarations/" + id + "/materials").body().path("changeable").asBoolean()).isTrue();
        assertThat(api.download(applicant, "/api/materials/" + own.body().path("id").asText() + "/display").status()).isEqualTo(200);
    }

    @Test
    void submittingWithoutARequiredSlotNamesTheMissingMaterials() {
        String unit = login("danwei");
        // a 高级工 declaring 技师: the default slots require the current-level certificate
        String body = Fixtures.worker("材料丁", TestIdNumbers.next(), "13912345671", "FW01", "2001-07-01")
                .replace("\"level\":\"JUNIOR\"", "\"level\":\"SENIOR\"").replace("\"levelYear\":2016", "\"levelYear\":2015");
        Answer worker = api.post(unit, "/api/roster/workers", body);
        assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
        long workerId = worker.body().path("id").asLong();
        Answer refused = api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "TECHNICIAN", "FW01"));
        assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
        assertThat(refused.code()).isEqualTo("MATERIALS_MISSING");
        assertThat(refused.body().path("message").asText()).contains("三级（高级工）证书");
        List<String> fields = new ArrayList<>();
        refused.body().path("fieldErrors").forEach(field -> fields.add(field.path("field").asText()));
        assertThat(fields).containsExactly("material:CURRENT_CERT");
        // nothing half-saved: the worker can still be declared later
        assertThat(api.get(unit, "/api/declarations").body().findValuesAsText("workerName")).doesNotContain("材料丁");
    }

    private static List<String> codes(JsonNode materials) {
        List<String> codes = new ArrayList<>();
        materials.path("slots").forEach(slot -> codes.add(slot.path("code").asText()));
        return codes;
    }

    static JsonNode slot(JsonNode materials, String code) {
        for (JsonNode slot : materials.path("slots")) {
            if (slot.path("code").asText().equals(code)) {
                return slot;
            }
        }
        throw new AssertionError("no slot " + code + " in " + materials);
    }

    private static java.awt.image.BufferedImage image(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
