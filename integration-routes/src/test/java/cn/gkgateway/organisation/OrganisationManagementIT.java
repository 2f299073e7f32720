package cn.gkgateway.organisation;

import cn.gkgateway.audit.AuditEntries;
import cn.gkgateway.audit.AuditEntry;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.TestIdNumbers;
import cn.gkgateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import java.util.List;

import static cn.gkgateway.organisation.OrganisationFixtures.creditCode;
import static cn.gkgateway.organisation.OrganisationFixtures.department;
import static cn.gkgateway.organisation.OrganisationFixtures.unique;
import static cn.gkgateway.organisation.OrganisationFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;

/** 组织机构管理 over HTTP: create, edit, move, close and reopen, scoped by region, refused with reasons, audited. */
class OrganisationManagementIT extends GatewayIntegrationTest {

    private static final String BASE = "/api/admin/organisations";

    @Autowired
    Organisations organisations;
    @Autowired
    AuditEntries audit;

    private long id(String name) {
        return organisations.findByName(name).orElseThrow().getId();
    }

    private long create(String token, String body) {
        Answer answer = api.post(token, BASE, body);
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body().path("id").asLong();
    }

    @Test
    void anExamOfficeSetsUpADepartmentAndAUnitInItsDistrictAndEveryChangeIsAudited() {
        String office = login("gkb_qu");
        long jiangdu = id("扬州市江都区工考办");
        String departmentName = unique("江都区卫生健康委员会");
        long department = create(office, department(departmentName, "DISTRICT", "321012", jiangdu));
        String unitName = unique("江都区人民医院");
        String code = creditCode();
        Answer created = api.post(office, BASE, unit(unitName, code, "321012", department, null));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        long unit = created.body().path("id").asLong();
        assertThat(created.body().path("parentName").asText()).as("a unit without parent hangs under its department").isEqualTo(departmentName);
        assertThat(created.body().path("supervisorName").asText()).isEqualTo(departmentName);
        assertThat(created.body().path("statusName").asText()).isEqualTo("正常");
        assertThat(created.body().path("levelName").asText()).isEqualTo("县区级");

        Answer edited = api.exchange(HttpMethod.PUT, office, BASE + "/" + unit, """
                {"name":"%s（总院）","creditCode":"%s","category":"PUBLIC_INSTITUTION","jurisdictionLevel":"DISTRICT","regionCode":"321012"}
                """.formatted(unitName, code));
        assertThat(edited.status()).as(edited.raw()).isEqualTo(200);
        assertThat(edited.body().path("name").asText()).isEqualTo(unitName + "（总院）");

        Answer tree = api.get(office, BASE + "/tree");
        assertThat(tree.status()).isEqualTo(200);
        assertThat(tree.body().findValuesAsText("name")).contains(departmentName, unitName + "（总院）", "扬州市江都区水利局");
        Answer filtered = api.get(office, BASE + "?kind=UNIT&name=" + unitName.substring(0, 6));
        assertThat(filtered.body().findValuesAsText("name")).contains(unitName + "（总院）").allMatch(n -> n.startsWith("江都区人民医院"));
        assertThat(api.get(office, BASE + "?name=%25").body()).as("%% is matched literally").isEmpty();

        List<AuditEntry> entries = audit.findByTargetTypeAndTargetIdOrderByIdAsc("organisation", unit);
        assertThat(entries).extracting(AuditEntry::getAction).containsExactly("ORGANISATION_CREATED", "ORGANISATION_UPDATED");
        assertThat(entries.get(0).getActorUsername()).isEqualTo("gkb_qu");
        assertThat(entries.get(0).getDetail()).contains("统一社会信用代码：（空） → " + code).contains("主管部门：（空） → " + departmentName);
        assertThat(entries.get(1).getDetail()).isEqualTo("名称：" + unitName + " → " + unitName + "（总院）");
    }

    @Test
    void anExamOfficeCannotActOutsideItsRegionNorAboveItsLevel() {
        String admin = login("admin");
        long province = id("江苏省工考办");
        String nanjingName = unique("南京市工考办");
        long nanjing = create(admin, """
                {"kind":"EXAM_OFFICE","name":"%s","jurisdictionLevel":"CITY","regionCode":"320100","parentId":%d}
                """.formatted(nanjingName, province));
        String district = login("gkb_qu");

        Answer elsewhere = api.post(district, BASE, department(unique("南京市某局"), "DISTRICT", "320102", null));
        assertThat(elsewhere.status()).isEqualTo(403);
        assertThat(elsewhere.code()).isEqualTo("ORGANISATION_OUT_OF_REGION");
        assertThat(elsewhere.body().path("message").asText()).contains("不在本工考办（扬州市江都区工考办）的管辖区域内");
        Answer above = api.post(district, BASE, department(unique("扬州市某局"), "CITY", "321012", null));
        assertThat(above.status()).isEqualTo(403);
        assertThat(above.code()).isEqualTo("ORGANISATION_ABOVE_OWN_LEVEL");

        assertThat(api.get(district, BASE + "/" + nanjing).status()).as("outside the region is not found").isEqualTo(404);
        assertThat(api.post(district, BASE + "/" + nanjing + "/close", null).status()).isEqualTo(404);
        assertThat(api.get(district, BASE).body().findValuesAsText("name")).doesNotContain(nanjingName, "扬州市工考办");
        assertThat(api.get(district, BASE + "/" + id("扬州市江都区工考办")).status()).as("it sees itself").isEqualTo(200);
        Answer itself = api.post(district, BASE + "/" + id("扬州市江都区工考办") + "/close", null);
        assertThat(itself.status()).as("but may not close itself").isEqualTo(403);

        Answer operator = api.get(login("danwei"), BASE);
        assertThat(operator.status()).isEqualTo(403);
        assertThat(api.post(login("zhuguan"), BASE, department(unique("某局"), "DISTRICT", "321012", null)).status()).isEqualTo(403);
        assertThat(api.get(null, BASE).status()).isEqualTo(401);
    }

    @Test
    void movesKeepTheTreeSoundAndClosingNeedsNoOpenChildren() {
        String admin = login("admin");
        long water = id("扬州市江都区水利局");
        long works = create(admin, unit(unique("江都区河道管理所"), creditCode(), "321012", water, null));
        long station = create(admin, unit(unique("江都区河道管理所抽水站"), creditCode(), "321012", water, works));

        Answer cycle = api.post(admin, BASE + "/" + works + "/move", "{\"parentId\":%d,\"supervisorId\":%d}".formatted(station, water));
        assertThat(cycle.status()).isEqualTo(422);
        assertThat(cycle.code()).isEqualTo("ORGANISATION_CYCLE");
        Answer relocate = api.exchange(HttpMethod.PUT, admin, BASE + "/" + works, """
                {"name":"%s","creditCode":"%s","category":"PUBLIC_INSTITUTION","jurisdictionLevel":"DISTRICT","regionCode":"321023"}
                """.formatted(organisations.nameOf(works), organisations.findById(works).orElseThrow().getCreditCode()));
        assertThat(relocate.status()).as("its station still hangs under it").isEqualTo(409);
        assertThat(relocate.code()).isEqualTo("ORGANISATION_HAS_CHILDREN");
        String nanjingDepartment = unique("南京市水务局");
        long foreign = create(admin, department(nanjingDepartment, "CITY", "320100", null));
        Answer wrongRegion = api.post(admin, BASE + "/" + station + "/move", "{\"supervisorId\":%d}".formatted(foreign));
        assertThat(wrongRegion.status()).isEqualTo(422);
        assertThat(wrongRegion.body().path("fieldErrors").findValuesAsText("message"))
                .anyMatch(m -> m.contains("不管辖行政区划 321012")).anyMatch(m -> m.contains("不在上级单位"));
        Answer moved = api.post(admin, BASE + "/" + station + "/move", "{\"parentId\":%d,\"supervisorId\":%d}".formatted(water, water));
        assertThat(moved.status()).as(moved.raw()).isEqualTo(200);
        assertThat(moved.body().path("parentId").asLong()).isEqualTo(water);
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdAsc("organisation", station)).last()
                .extracting(AuditEntry::getAction, AuditEntry::getDetail)
                .containsExactly("ORGANISATION_MOVED", "上级单位：" + organisations.nameOf(works) + " → 扬州市江都区水利局");

        Answer busy = api.post(admin, BASE + "/" + water + "/close", null);
        assertThat(busy.status()).isEqualTo(409);
        assertThat(busy.code()).isEqualTo("ORGANISATION_HAS_ACTIVE_CHILDREN");
        Answer closed = api.post(admin, BASE + "/" + works + "/close", null);
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.body().path("status").asText()).isEqualTo("CLOSED");
        Answer underClosed = api.post(admin, BASE + "/" + station + "/move", "{\"parentId\":%d,\"supervisorId\":%d}".formatted(works, water));
        assertThat(underClosed.code()).isEqualTo("ORGANISATION_PARENT_CLOSED");
        assertThat(api.get(admin, BASE + "?status=CLOSED").body().findValuesAsText("id")).contains(String.valueOf(works));
        assertThat(api.post(admin, BASE + "/" + works + "/reopen", null).body().path("statusName").asText()).isEqualTo("正常");
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdAsc("organisation", works)).extracting(AuditEntry::getDetail)
                .contains("状态：正常 → 已关闭", "状态：已关闭 → 正常");
    }

    @Test
    void aClosedUnitTakesNoNewWorkUntilReopened() {
        String admin = login("admin");
        long roads = id("扬州市江都区公路管理站");
        String operator = login("danwei2");
        long worker = api.post(operator, "/api/roster/workers",
                Fixtures.worker("关闭前新增", TestIdNumbers.next(), "13912345678", "FW01", "2005-07-01")).body().path("id").asLong();
        assertThat(api.post(admin, BASE + "/" + roads + "/close", null).status()).isEqualTo(200);
        try {
            Answer declaration = api.post(operator, "/api/declarations", Fixtures.declaration(worker, "INTERMEDIATE", "FW01"));
            assertThat(declaration.status()).isEqualTo(409);
            assertThat(declaration.code()).isEqualTo("ORGANISATION_CLOSED");
            Answer refused = api.post(operator, "/api/roster/workers",
                    Fixtures.worker("关闭后新增", TestIdNumbers.next(), "13912345678", "JT07", "2008-07-01"));
            assertThat(refused.status()).isEqualTo(409);
            assertThat(refused.code()).isEqualTo("ORGANISATION_CLOSED");
            assertThat(refused.body().path("message").asText()).startsWith("“扬州市江都区公路管理站”已关闭，不能办理新的业务");
            assertThat(api.get(operator, "/api/roster/workers").status()).as("its records stay readable").isEqualTo(200);
        } finally {
            assertThat(api.post(admin, BASE + "/" + roads + "/reopen", null).status()).isEqualTo(200);
        }
        assertThat(api.post(operator, "/api/roster/workers",
                Fixtures.worker("恢复后新增", TestIdNumbers.next(), "13912345678", "JT07", "2008-07-01")).status()).isEqualTo(201);
    }

    @Test
    void refusalsNameEveryFieldToFix() {
        String admin = login("admin");
        long water = id("扬州市江都区水利局");
        Answer bad = api.post(admin, BASE, """
                {"kind":"UNIT","name":" ","creditCode":"12321012466893813","jurisdictionLevel":"DISTRICT","regionCode":"991012","supervisorId":%d}
                """.formatted(water));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body().path("fieldErrors").findValuesAsText("field"))
                .containsExactly("name", "creditCode", "category", "regionCode");
        Answer duplicate = api.post(admin, BASE, unit("扬州市江都区公路管理站", creditCode(), "321012", water, null));
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.code()).isEqualTo("ORGANISATION_NAME_TAKEN");
        Answer wrongKind = api.post(admin, BASE, unit(unique("某单位"), creditCode(), "321012", id("扬州市江都区工考办"), null));
        assertThat(wrongKind.status()).isEqualTo(422);
        assertThat(wrongKind.code()).isEqualTo("ORGANISATION_SUPERVISOR_KIND");
        assertThat(api.post(admin, BASE, "{\"kind\":\"PLANET\"}").code()).isEqualTo("REQUEST_FIELD_INVALID");
    }
}
