package cn.gkgateway.material;

import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 材料栏目设置: the exam office of a plan's region changes its slots; declarations under the plan then need
 * what it requires (MATERIALS_MISSING names the slot), and the defaults apply again once restored.
 */
class SlotSettingsIT extends GatewayIntegrationTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theExamOfficeMakesASlotRequiredAndDeclarationsNeedIt() throws Exception {
        String office = login("gkb_sheng");
        Answer plans = api.get(office, "/api/material-slots/plans");
        assertThat(plans.status()).as(plans.raw()).isEqualTo(200);
        long planId = provincePlan(plans.body());

        Answer defaults = api.get(office, "/api/material-slots/plans/" + planId);
        assertThat(defaults.status()).isEqualTo(200);
        assertThat(defaults.body().path("customised").asBoolean()).isFalse();
        ArrayNode slots = (ArrayNode) defaults.body().path("slots");
        assertThat(slots.findValuesAsText("code")).contains("ID_CARD", "THESIS", "APPLICATION_FORM", "EXCEPTIONAL_PROOF", "CONDITION_8");
        JsonNode thesis = find(slots, "THESIS");
        assertThat(thesis.path("kind").asText()).isEqualTo("DOCUMENT");
        assertThat(thesis.path("required").asBoolean()).isTrue();
        assertThat(thesis.path("levelGroup").asText()).isEqualTo("SENIOR_TECHNICIAN");

        // only exam offices (and the administrator) change slots; a district office does not govern the province's plan
        assertThat(api.get(login("danwei"), "/api/material-slots/plans/" + planId).status()).isEqualTo(403);
        assertThat(api.get(login("gkb_qu"), "/api/material-slots/plans/" + planId).status()).isEqualTo(404);

        ArrayNode required = slots.deepCopy();
        ((ObjectNode) find(required, "ID_CARD")).put("required", true);
        try {
            Answer changed = api.exchange(HttpMethod.PUT, office, "/api/material-slots/plans/" + planId,
                    JSON.createObjectNode().set("slots", required).toString());
            assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
            assertThat(changed.body().path("customised").asBoolean()).isTrue();
            assertThat(find((ArrayNode) changed.body().path("slots"), "ID_CARD").path("required").asBoolean()).isTrue();

            String unit = login("danwei");
            Answer worker = api.post(unit, "/api/roster/workers", Fixtures.worker("栏目甲", TestIdNumbers.next(), "13912345672", "FW01", "2006-07-01"));
            Answer refused = api.post(unit, "/api/declarations", Fixtures.declaration(worker.body().path("id").asLong(), "INTERMEDIATE", "FW01"));
            assertThat(refused.status()).as(refused.raw()).isEqualTo(422);
            assertThat(refused.code()).isEqualTo("MATERIALS_MISSING");
            assertThat(refused.body().path("message").asText()).contains("身份证");
        } finally {
            Answer restored = api.exchange(HttpMethod.DELETE, office, "/api/material-slots/plans/" + planId, null);
            assertThat(restored.status()).as(restored.raw()).isEqualTo(200);
            assertThat(restored.body().path("customised").asBoolean()).isFalse();
        }
        assertThat(find((ArrayNode) api.get(office, "/api/material-slots/plans/" + planId).body().path("slots"), "ID_CARD")
                .path("required").asBoolean()).isFalse();
        String unit = login("danwei");
        Answer worker = api.post(unit, "/api/roster/workers", Fixtures.worker("栏目乙", TestIdNumbers.next(), "13912345673", "FW01", "2006-07-01"));
        assertThat(api.post(unit, "/api/declarations", Fixtures.declaration(worker.body().path("id").asLong(), "INTERMEDIATE", "FW01"))
                .status()).isEqualTo(201);
    }

    @Test
    void invalidSlotListsAreRefusedWithReasons() {
        String office = login("gkb_sheng");
        long planId = provincePlan(api.get(office, "/api/material-slots/plans").body());
        String duplicate = """
                {"slots":[{"code":"ID_CARD","name":"身份证","kind":"PHOTO","required":true,"sortOrder":1},
                          {"code":"ID_CARD","name":"身份证2","kind":"PHOTO","required":false,"sortOrder":2},
                          {"code":"bad code","name":"","kind":null,"required":false,"sortOrder":3}]}
                """;
        Answer refused = api.exchange(HttpMethod.PUT, office, "/api/material-slots/plans/" + planId, duplicate);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.code()).isEqualTo("MATERIAL_SLOTS_INVALID");
        assertThat(refused.body().path("fieldErrors").findValuesAsText("field"))
                .contains("slots[1].code", "slots[2].code", "slots[2].name", "slots[2].kind");
        Answer empty = api.exchange(HttpMethod.PUT, office, "/api/material-slots/plans/" + planId, "{\"slots\":[]}");
        assertThat(empty.code()).isEqualTo("MATERIAL_SLOTS_INVALID");
        assertThat(api.get(office, "/api/material-slots/plans/" + planId).body().path("customised").asBoolean()).isFalse();
    }

    /** The demo plan: this year's (the test clock's 2026), province-wide. */
    private static long provincePlan(JsonNode plans) {
        for (JsonNode plan : plans) {
            if (plan.path("year").asInt() == 2026 && plan.path("regionCode").asText().equals("320000")) {
                return plan.path("id").asLong();
            }
        }
        throw new AssertionError("no 2026 province plan in " + plans);
    }

    private static JsonNode find(ArrayNode slots, String code) {
        for (JsonNode slot : slots) {
            if (slot.path("code").asText().equals(code)) {
                return slot;
            }
        }
        throw new AssertionError("no slot " + code);
    }
}
