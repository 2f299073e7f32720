package cn.gkgateway.security;

import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.Role;
import cn.gkgateway.support.ApiClient;
import cn.gkgateway.support.ApiClient.Answer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A deployment without demo data (here on the embedded H2 database, so that no administrator
 * exists): the first administrator comes from the environment, must change the password first,
 * and later starts (also two at once) create no second one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:gk_bootstrap;MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
        "spring.datasource.username=sa",
        "spring.datasource.password=",
        "gk.demo-data.enabled=false",
        "gk.bootstrap.admin.username=chief",
        "gk.bootstrap.admin.password=Start2026go"})
@ActiveProfiles("test")
class AdminBootstrapIT {

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Autowired
    AdminBootstrap bootstrap;

    @Test
    void theFirstAdministratorMustChangeThePasswordAndIsCreatedOnce() {
        Account chief = accounts.findByUsername("chief").orElseThrow();
        assertThat(chief.getRole()).isEqualTo(Role.ADMIN);
        assertThat(chief.getOrganisationId()).isNull();
        assertThat(chief.isMustChangePassword()).isTrue();

        ApiClient api = new ApiClient(port);
        Answer signedIn = api.post(null, "/api/auth/login", "{\"username\":\"chief\",\"password\":\"Start2026go\"}");
        assertThat(signedIn.body().path("user").path("mustChangePassword").asBoolean()).isTrue();
        String token = signedIn.body().path("token").asText();
        assertThat(api.get(token, "/api/admin/accounts").code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        Answer changed = api.post(token, "/api/auth/password", "{\"currentPassword\":\"Start2026go\",\"newPassword\":\"Chief2026ok\"}");
        assertThat(changed.status()).isEqualTo(200);
        assertThat(api.get(changed.body().path("token").asText(), "/api/admin/accounts").status()).isEqualTo(200);

        List<CompletableFuture<Void>> restarts = List.of(CompletableFuture.runAsync(() -> bootstrap.run(null)),
                CompletableFuture.runAsync(() -> bootstrap.run(null)));
        restarts.forEach(CompletableFuture::join);
        assertThat(accounts.findAll()).filteredOn(account -> account.getRole() == Role.ADMIN).hasSize(1);
        assertThat(accounts.findByUsername("chief").orElseThrow().isMustChangePassword()).as("a restart leaves the changed password").isFalse();
    }

    @Test
    void lockOutCountsOnThisDatabaseToo() {
        ApiClient api = new ApiClient(port);
        for (int i = 0; i < 4; i++) {
            assertThat(api.post(null, "/api/auth/login", "{\"username\":\"nobody\",\"password\":\"wrong\"}").code()).isEqualTo("AUTH_BAD_CREDENTIALS");
        }
        assertThat(api.post(null, "/api/auth/login", "{\"username\":\"nobody\",\"password\":\"wrong\"}").code()).isEqualTo("AUTH_ACCOUNT_LOCKED");
    }
}
