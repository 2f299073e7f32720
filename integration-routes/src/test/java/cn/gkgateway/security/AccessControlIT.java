package cn.gkgateway.security;

import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may do what is enforced on the server, whatever a page offers. */
class AccessControlIT extends GatewayIntegrationTest {

    @Test
    void apiNeedsAValidToken() {
        Answer none = api.get(null, "/api/roster/workers");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.code()).isEqualTo("AUTH_REQUIRED");
        assertThat(none.body().path("message").asText()).isEqualTo("登录已失效或尚未登录，请重新登录");
        assertThat(api.get("not-a-token", "/api/roster/workers").status()).isEqualTo(401);
        String token = login("danwei");
        String tampered = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");
        assertThat(api.get(tampered, "/api/roster/workers").status()).isEqualTo(401);
    }

    @Test
    void publicPartsNeedNoToken() {
        assertThat(api.get(null, "/actuator/health").body().path("status").asText()).isEqualTo("UP");
        assertThat(api.get(null, "/actuator/env").status()).isEqualTo(401);
    }

    @Test
    void unitOperatorSeesOnlyOwnUnitsWorkers() {
        String roads = login("danwei2");
        Answer created = api.post(roads, "/api/roster/workers", Fixtures.worker("公路站职工", TestIdNumbers.next(), "13912345678", "JT07", "2008-07-01"));
        long othersWorker = created.body().path("id").asLong();
        String water = login("danwei");
        assertThat(api.get(water, "/api/roster/workers/" + othersWorker).status()).isEqualTo(404);
        Answer list = api.get(water, "/api/roster/workers?size=100");
        list.body().path("content").forEach(worker -> assertThat(worker.path("unitName").asText()).isEqualTo("扬州市江都区水利工程管理处"));
        assertThat(list.body().path("content").findValuesAsText("name")).doesNotContain("公路站职工");
    }

    @Test
    void departmentAndExamOfficeSeeTheirOwnScope() {
        Answer department = api.get(login("zhuguan2"), "/api/roster/workers?size=100");
        department.body().path("content").forEach(worker -> assertThat(worker.path("unitName").asText()).isEqualTo("扬州市江都区公路管理站"));
        Answer city = api.get(login("gkb_shi"), "/api/roster/workers?size=100");
        assertThat(city.body().path("content").findValuesAsText("unitName"))
                .contains("扬州市江都区公路管理站", "扬州市江都区水利工程管理处");
    }

    @Test
    void onlyTheStepsOrganisationMayDecideIt() {
        String unit = login("danwei");
        long workerId = api.post(unit, "/api/roster/workers", Fixtures.worker("审核权限", TestIdNumbers.next(), "13912345678", "FW01", "2005-07-01")).body().path("id").asLong();
        long declarationId = api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "FW01")).body().path("id").asLong();
        String approve = "{\"decision\":\"APPROVE\"}";
        // another department: not its unit, so not found
        assertThat(api.post(login("zhuguan2"), "/api/reviews/" + declarationId + "/decision", approve).status()).isEqualTo(404);
        // the exam office may see it, but it is not its step yet
        Answer early = api.post(login("gkb_qu"), "/api/reviews/" + declarationId + "/decision", approve);
        assertThat(early.status()).isEqualTo(409);
        assertThat(early.code()).isEqualTo("REVIEW_NOT_YOUR_STEP");
        // a unit operator may not review at all
        assertThat(api.post(unit, "/api/reviews/" + declarationId + "/decision", approve).status()).isEqualTo(403);
        // and an applicant may not add workers
        Answer applicant = api.post(login("shenbao"), "/api/roster/workers", "{}");
        assertThat(applicant.status()).isEqualTo(403);
        assertThat(applicant.body().path("message").asText()).isEqualTo("当前账号（申报人）无权办理此事项");
    }

    @Test
    void fiveFailedSignInsLockTheAccount() {
        Answer first = api.post(null, "/api/auth/login", "{\"username\":\"gkb_sheng\",\"password\":\"wrong\"}");
        assertThat(first.status()).isEqualTo(401);
        assertThat(first.body().path("message").asText()).isEqualTo("用户名或密码错误，还可尝试 4 次");
        for (int i = 0; i < 3; i++) {
            api.post(null, "/api/auth/login", "{\"username\":\"gkb_sheng\",\"password\":\"wrong\"}");
        }
        Answer fifth = api.post(null, "/api/auth/login", "{\"username\":\"gkb_sheng\",\"password\":\"wrong\"}");
        assertThat(fifth.status()).isEqualTo(423);
        assertThat(fifth.code()).isEqualTo("AUTH_ACCOUNT_LOCKED");
        Answer right = api.post(null, "/api/auth/login", "{\"username\":\"gkb_sheng\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(right.status()).as("the right password does not open a locked account").isEqualTo(423);
        assertThat(right.body().path("message").asText()).startsWith("连续 5 次密码错误，账号已锁定，请于 ");
    }

    @Test
    void unknownUserAnswersLikeAWrongPassword() {
        Answer answer = api.post(null, "/api/auth/login", "{\"username\":\"nobody\",\"password\":\"x\"}");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.code()).isEqualTo("AUTH_BAD_CREDENTIALS");
    }

    @Test
    void errorsNeverShowAStackTrace() {
        Answer answer = api.exchange(HttpMethod.DELETE, login("danwei"), "/api/roster/workers/1", null);
        assertThat(answer.status()).isEqualTo(405);
        assertThat(answer.raw()).doesNotContain("Exception").contains("不支持的请求方式");
        Answer missing = api.get(login("danwei"), "/api/nothing-here");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.code()).isEqualTo("NOT_FOUND");
    }
}
