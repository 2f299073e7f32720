package cn.gkgateway.security;

import cn.gkgateway.audit.AuditEntries;
import cn.gkgateway.audit.AuditEntry;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Eventually;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Accounts managed through the API: rules, scope of exam offices, forced password change, revocation, audit. */
class AccountAdministrationIT extends GatewayIntegrationTest {

    @Autowired
    TestAccounts testAccounts;

    @Autowired
    Organisations organisations;

    @Autowired
    AuditEntries audit;

    @Test
    void anAdministratorCreatesAnAccountWhoseHolderMustChangeTheTemporaryPassword() {
        String admin = login("admin");
        String username = "op_" + System.nanoTime() % 1_000_000;
        Answer created = api.post(admin, "/api/admin/accounts", create(username, "UNIT_OPERATOR", unit(), null));
        assertThat(created.status()).isEqualTo(201);
        String temporary = created.body().path("temporaryPassword").asText();
        assertThat(temporary).hasSize(12).containsPattern("[A-Za-z]").containsPattern("[0-9]");
        assertThat(created.body().path("account").path("mustChangePassword").asBoolean()).isTrue();
        assertThat(created.raw()).doesNotContain("passwordHash");

        Answer signedIn = api.post(null, "/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + temporary + "\"}");
        assertThat(signedIn.body().path("user").path("mustChangePassword").asBoolean()).isTrue();
        String token = signedIn.body().path("token").asText();
        Answer blocked = api.get(token, "/api/roster/workers");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        assertThat(api.get(token, "/api/me").status()).isEqualTo(200);

        Answer weak = api.post(token, "/api/auth/password", "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"onlyletters\"}");
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.code()).isEqualTo("PASSWORD_LETTERS_AND_DIGITS");
        assertThat(api.post(token, "/api/auth/password", "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"" + username + "\"}").code())
                .isIn("PASSWORD_SAME_AS_USERNAME", "PASSWORD_LETTERS_AND_DIGITS", "PASSWORD_LENGTH");
        Answer changed = api.post(token, "/api/auth/password", "{\"currentPassword\":\"" + temporary + "\",\"newPassword\":\"Shui2li2024\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.body().path("user").path("mustChangePassword").asBoolean()).isFalse();
        assertThat(api.get(changed.body().path("token").asText(), "/api/roster/workers").status()).isEqualTo(200);

        long id = created.body().path("account").path("id").asLong();
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdAsc("account", id)).extracting(AuditEntry::getAction)
                .contains("ACCOUNT_CREATED", "PASSWORD_CHANGED");
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdAsc("account", id)).extracting(AuditEntry::getDetail)
                .noneMatch(detail -> detail != null && (detail.contains(temporary) || detail.contains("Shui2li2024")));
    }

    @Test
    void rolesMustFitTheOrganisationAndUsernamesAndPasswordsTheRules() {
        String admin = login("admin");
        assertThat(api.post(admin, "/api/admin/accounts", create("sup_" + System.nanoTime() % 100000, "SUPERVISOR", unit(), null)).code())
                .isEqualTo("ACCOUNT_ROLE_MISMATCH");
        assertThat(api.post(admin, "/api/admin/accounts", create("Bad Name", "UNIT_OPERATOR", unit(), null)).code())
                .isEqualTo("USERNAME_INVALID");
        Answer weak = api.post(admin, "/api/admin/accounts", create("weak_" + System.nanoTime() % 100000, "UNIT_OPERATOR", unit(), "1234567"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.code()).isEqualTo("PASSWORD_LENGTH");
        assertThat(weak.body().path("fieldErrors").findValuesAsText("message")).contains("密码须同时包含英文字母和数字");
        Answer taken = api.post(admin, "/api/admin/accounts", create("danwei", "UNIT_OPERATOR", unit(), null));
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("USERNAME_TAKEN");
    }

    @Test
    void anExamOfficeManagesOnlyAccountsOfItsRegion() {
        String district = login("gkb_qu");
        Answer list = api.get(district, "/api/admin/accounts?size=100");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.body().path("content").findValuesAsText("username")).contains("danwei", "zhuguan", "gkb_qu")
                .doesNotContain("admin", "gkb_shi", "gkb_sheng", "shenbao");
        long cityAccount = testAccounts.byUsername("gkb_shi").getId();
        assertThat(api.post(district, "/api/admin/accounts/" + cityAccount + "/disable", null).status()).isEqualTo(404);
        long province = organisations.findByName("江苏省工考办").orElseThrow().getId();
        assertThat(api.post(district, "/api/admin/accounts", create("qu_" + System.nanoTime() % 100000, "EXAM_OFFICE", province, null)).code())
                .isEqualTo("ORGANISATION_NOT_FOUND");
        assertThat(api.post(district, "/api/admin/accounts", create("qa_" + System.nanoTime() % 100000, "ADMIN", null, null)).status())
                .isEqualTo(403);
        Answer mine = api.post(district, "/api/admin/accounts", create("qo_" + System.nanoTime() % 100000, "UNIT_OPERATOR", unit(), null));
        assertThat(mine.status()).isEqualTo(201);
        assertThat(api.get(login("danwei"), "/api/admin/accounts").status()).isEqualTo(403);
        assertThat(api.get(login("shenbao"), "/api/admin/accounts").status()).isEqualTo(403);
    }

    @Test
    void disablingEndsTheAccountsTokensAndSignIns() throws Exception {
        String admin = login("admin");
        String username = testAccounts.unitOperator();
        long id = testAccounts.byUsername(username).getId();
        String token = login(username);
        assertThat(api.post(admin, "/api/admin/accounts/" + id + "/disable", null).body().path("status").asText()).isEqualTo("DISABLED");
        Eventually.await(() -> api.get(token, "/api/me").status() == 401, Duration.ofSeconds(10));
        assertThat(api.get(token, "/api/me").code()).isEqualTo("ACCOUNT_DISABLED");
        Answer refused = api.post(null, "/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.code()).isEqualTo("ACCOUNT_DISABLED");
        assertThat(api.get(admin, "/api/admin/accounts?status=DISABLED&name=" + username).body().path("totalElements").asInt()).isEqualTo(1);
        api.post(admin, "/api/admin/accounts/" + id + "/enable", null);
        assertThat(login(username)).isNotBlank();
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdAsc("account", id)).extracting(AuditEntry::getAction)
                .contains("ACCOUNT_DISABLED", "ACCOUNT_ENABLED");
        assertThat(api.post(admin, "/api/admin/accounts/" + testAccounts.byUsername("admin").getId() + "/disable", null).code())
                .isEqualTo("ACCOUNT_SELF_CHANGE");
    }

    @Test
    void unlockReopensALockedAccount() {
        String admin = login("admin");
        String username = testAccounts.unitOperator();
        long id = testAccounts.byUsername(username).getId();
        for (int i = 0; i < 5; i++) {
            api.post(null, "/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"wrong\"}");
        }
        assertThat(api.get(admin, "/api/admin/accounts?status=LOCKED&name=" + username).body().path("content").path(0).path("statusName").asText())
                .isEqualTo("已锁定");
        assertThat(api.post(admin, "/api/admin/accounts/" + id + "/unlock", null).body().path("status").asText()).isEqualTo("ACTIVE");
        assertThat(login(username)).isNotBlank();
    }

    @Test
    void aRoleChangeOrPasswordResetEndsEarlierTokens() throws Exception {
        String admin = login("admin");
        String username = testAccounts.unitOperator();
        long id = testAccounts.byUsername(username).getId();
        String token = login(username);
        long department = organisations.findByName("扬州市江都区水利局").orElseThrow().getId();
        Answer moved = api.exchange(HttpMethod.PUT, admin, "/api/admin/accounts/" + id + "/role",
                "{\"role\":\"SUPERVISOR\",\"organisationId\":" + department + "}");
        assertThat(moved.body().path("role").asText()).isEqualTo("SUPERVISOR");
        Eventually.await(() -> api.get(token, "/api/me").status() == 401, Duration.ofSeconds(10));
        assertThat(api.get(token, "/api/me").code()).isEqualTo("SESSION_REVOKED");
        String supervisor = login(username);
        assertThat(api.get(supervisor, "/api/me").body().path("role").asText()).isEqualTo("SUPERVISOR");

        Answer reset = api.post(admin, "/api/admin/accounts/" + id + "/password-reset", "{}");
        String temporary = reset.body().path("temporaryPassword").asText();
        Eventually.await(() -> api.get(supervisor, "/api/me").status() == 401, Duration.ofSeconds(10));
        Answer again = api.post(null, "/api/auth/login", "{\"username\":\"" + username + "\",\"password\":\"" + temporary + "\"}");
        assertThat(again.body().path("user").path("mustChangePassword").asBoolean()).isTrue();
        assertThat(audit.findByTargetTypeAndTargetIdOrderByIdAsc("account", id)).extracting(AuditEntry::getAction)
                .contains("ACCOUNT_ROLE_CHANGED", "ACCOUNT_PASSWORD_RESET");
    }

    private long unit() {
        return organisations.findByName("扬州市江都区水利工程管理处").orElseThrow().getId();
    }

    private static String create(String username, String role, Long organisationId, String password) {
        return "{\"username\":\"" + username + "\",\"displayName\":\"新账号\",\"role\":\"" + role + "\",\"organisationId\":"
                + organisationId + (password == null ? "" : ",\"password\":\"" + password + "\"") + "}";
    }
}
