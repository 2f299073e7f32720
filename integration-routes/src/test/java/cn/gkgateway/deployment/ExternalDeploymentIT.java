package cn.gkgateway.deployment;

import cn.gkgateway.config.UnsafeSettingsException;
import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.support.ApiClient;
import cn.gkgateway.support.MariaDbTestDatabase;
import cn.gkgateway.support.ReadmeDeployment;
import cn.gkgateway.support.StandaloneArtemis;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static cn.gkgateway.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Follows the README's "External MySQL/MariaDB and Artemis" section from a FRESH empty MariaDB
 * database, a standalone Artemis set up with the README's fragment and an SMS gateway, with only
 * the variables the README sets ({@link ReadmeDeployment}). Meant to grow into the full journey:
 * add steps to {@link #aFreshDatabaseBecomesAServingGateway} after the readiness check.
 */
class ExternalDeploymentIT {

    private static final List<String> DEMO_USERNAMES = List.of("danwei", "danwei2", "zhuguan", "zhuguan2", "gkb_qu", "gkb_shi",
            "gkb_sheng", "shenbao", "admin");
    private static StandaloneArtemis broker;
    private static SmsGatewayStandIn sms;

    @BeforeAll
    static void outsideSystems() throws Exception {
        broker = StandaloneArtemis.create();
        broker.start();
        sms = new SmsGatewayStandIn(0, "gk-it-app", "gk-it-app-secret", new ObjectMapper());
    }

    @AfterAll
    static void stopOutsideSystems() throws Exception {
        sms.close();
        broker.close();
    }

    @Test
    void theDemoTokenSecretIsRefusedBeforeFlywayRunsOrABrokerStarts() {
        String database = MariaDbTestDatabase.createFresh();
        Path brokerData = Path.of("target", "refused-start-artemis-" + database);
        ReadmeDeployment deployment = ReadmeDeployment.of(database, broker.url(), sms.baseUrl())
                .with("GK_TOKEN_SECRET", "demo-token-secret-for-local-use-only-0123456789")
                .with("GK_HASH_KEY", "not base64!")
                .with("GK_ARTEMIS_MODE", "embedded")
                .with("GK_ARTEMIS_DATA", brokerData.toString());
        assertThatThrownBy(deployment::start).isInstanceOf(UnsafeSettingsException.class)
                .hasMessageContaining("GK_TOKEN_SECRET (gk.security.token-secret) is the demo value")
                .hasMessageContaining("GK_HASH_KEY (gk.personal-data.hash-key) is not base64");
        assertThat(MariaDbTestDatabase.tables(database)).as("no migration ran").isEmpty();
        assertThat(brokerData).as("no embedded broker started").doesNotExist();
    }

    @Test
    void aFreshDatabaseBecomesAServingGateway() throws Exception {
        String database = MariaDbTestDatabase.createFresh();
        ReadmeDeployment deployment = ReadmeDeployment.of(database, broker.url(), sms.baseUrl());
        CountDownLatch release = new CountDownLatch(1);
        ApplicationRunner lastStartUpWork = args -> release.await(120, TimeUnit.SECONDS);
        CompletableFuture<ConfigurableApplicationContext> started = CompletableFuture.supplyAsync(() -> deployment.start(lastStartUpWork));
        try {
            ApiClient api = new ApiClient(deployment.port().get(180, TimeUnit.SECONDS));
            // serving HTTP but still in its start-up runners: alive (once the context has started), not ready,
            // and the overall health says so too
            await(() -> api.get(null, "/actuator/health/liveness").status() == 200, Duration.ofSeconds(60));
            assertThat(api.get(null, "/actuator/health/readiness").status()).isEqualTo(503);
            assertThat(api.get(null, "/actuator/health").status()).isEqualTo(503);

            release.countDown();
            ConfigurableApplicationContext context = started.get(120, TimeUnit.SECONDS);
            try {
                await(() -> api.get(null, "/actuator/health/readiness").status() == 200, Duration.ofSeconds(30));
                assertThat(api.get(null, "/actuator/health/readiness").body().path("status").asText()).isEqualTo("UP");
                assertThat(api.get(null, "/actuator/health").body().path("status").asText()).isEqualTo("UP");

                JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
                assertThat(MariaDbTestDatabase.tables(database)).contains("flyway_schema_history", "account", "outbox_event");
                assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM flyway_schema_history WHERE success = 0", Integer.class)).isZero();
                assertThat(jdbc.queryForList("SELECT username FROM account", String.class)).doesNotContainAnyElementsOf(DEMO_USERNAMES);
                assertThat(api.post(null, "/api/auth/login", "{\"username\":\"admin\",\"password\":\"Gk@123456\"}").status()).isEqualTo(401);

                firstJourneyWithoutSql(api, deployment);
            } finally {
                context.close();
            }
        } finally {
            release.countDown();
        }
    }

    /**
     * What the README tells a new operator to do next, through the API only: the bootstrap
     * administrator signs in and must change the password, builds the organisation tree, creates
     * a unit operator's account, and that operator (after changing the temporary password) adds a
     * worker whose ID number is stored protected.
     */
    private static void firstJourneyWithoutSql(ApiClient api, ReadmeDeployment deployment) {
        String firstPassword = deployment.get("GK_ADMIN_PASSWORD");
        // administrators sign in with two factors: the password, then the code sent to GK_ADMIN_PHONE
        ApiClient.Answer first = api.post(null, "/api/auth/login",
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(deployment.get("GK_ADMIN_USERNAME"), firstPassword));
        assertThat(first.body().path("secondFactorRequired").asBoolean()).as(first.raw()).isTrue();
        String adminPhone = deployment.get("GK_ADMIN_PHONE");
        try {
            await(() -> sms.received().stream().anyMatch(message -> message.phoneNumber().equals(adminPhone)), Duration.ofSeconds(30));
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
        String code = sms.received().stream().filter(message -> message.phoneNumber().equals(adminPhone))
                .reduce((a, b) -> b).orElseThrow().templateParam().get("code");
        ApiClient.Answer second = api.post(null, "/api/auth/second-factor",
                "{\"challenge\":\"%s\",\"code\":\"%s\"}".formatted(first.body().path("challenge").asText(), code));
        assertThat(second.status()).as(second.raw()).isEqualTo(200);
        String admin = second.body().path("token").asText();
        assertThat(api.get(admin, "/api/admin/organisations").code()).isEqualTo("PASSWORD_CHANGE_REQUIRED");
        admin = changePassword(api, admin, firstPassword, "Admin-2026-new");

        long office = created(api.post(admin, ORGANISATIONS, """
                {"kind":"EXAM_OFFICE","name":"江苏省工考办","jurisdictionLevel":"PROVINCE","regionCode":"320000"}"""));
        long department = created(api.post(admin, ORGANISATIONS, """
                {"kind":"DEPARTMENT","name":"江苏省水利厅","category":"ADMINISTRATIVE","jurisdictionLevel":"PROVINCE","regionCode":"320000"}"""));
        String first17 = "12320000466893817".substring(0, 17);
        String creditCode = first17 + cn.gkgateway.organisation.CreditCode.checkCharacter(first17);
        long unit = created(api.post(admin, ORGANISATIONS, """
                {"kind":"UNIT","name":"江苏省水利工程管理处","creditCode":"%s","category":"PUBLIC_INSTITUTION","jurisdictionLevel":"PROVINCE",
                 "regionCode":"320000","supervisorId":%d}""".formatted(creditCode, department)));
        assertThat(office).isPositive();

        ApiClient.Answer account = api.post(admin, "/api/admin/accounts", """
                {"username":"shuili_li","displayName":"李经办","role":"UNIT_OPERATOR","organisationId":%d}""".formatted(unit));
        assertThat(account.status()).as(account.raw()).isEqualTo(201);
        String temporary = account.body().path("temporaryPassword").asText();
        String operator = changePassword(api, api.login("shuili_li", temporary), temporary, "Shuili-2026-ok");

        String idNumber = cn.gkgateway.support.TestIdNumbers.next();
        ApiClient.Answer worker = api.post(operator, "/api/roster/workers",
                cn.gkgateway.support.Fixtures.worker("周立新", idNumber, "13812345678", "FW01", "2005-07-01"));
        assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
        assertThat(worker.body().path("idNumber").asText()).doesNotContain(idNumber.substring(6, 14));
        assertThat(api.get(operator, "/api/roster/workers").body().path("content").findValuesAsText("name")).containsExactly("周立新");
    }

    private static final String ORGANISATIONS = "/api/admin/organisations";

    private static String changePassword(ApiClient api, String token, String current, String next) {
        ApiClient.Answer changed = api.post(token, "/api/auth/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(current, next));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        return changed.body().path("token").asText();
    }

    private static long created(ApiClient.Answer answer) {
        assertThat(answer.status()).as(answer.raw()).isEqualTo(201);
        return answer.body().path("id").asLong();
    }
}
