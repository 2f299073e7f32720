package cn.gkgateway.deployment;

import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.demo.DemoData;
import cn.gkgateway.support.ApiClient;
import cn.gkgateway.support.OwnContextIntegrationTest;
import cn.gkgateway.support.StandaloneArtemis;
import cn.gkgateway.support.SmsJourneys;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Profile;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static cn.gkgateway.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway in native broker mode ({@code GK_ARTEMIS_MODE=native}) against a real standalone
 * Artemis set up as the README says (fragment merged, broker user with the {@code gk-gateway} role
 * only): no embedded broker, review SMS delivered, failed SMS parked and replayed with the user's
 * permissions, and a broker outage ridden out. The outage lasts {@code gk.test.broker-outage}
 * (an ISO-8601 duration, default 20 s to keep the suite fast; {@code -Dgk.test.broker-outage=PT2M}
 * for the two minutes).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // inline, not dynamic: the mode must be visible where the operator's environment is (ExternalBrokerMode)
        "spring.artemis.mode=native",
        // a persistent embedded broker, if one started, would create this directory
        "spring.artemis.embedded.persistent=true",
        "spring.artemis.embedded.data-directory=" + StandaloneBrokerIT.EMBEDDED_DATA})
@ActiveProfiles(StandaloneBrokerIT.PROFILE)
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StandaloneBrokerIT extends OwnContextIntegrationTest {

    static final String PROFILE = "standalone-broker-it";
    private static final String QUEUE = "gk.events.review.decided";
    private static final Duration OUTAGE = Duration.parse(System.getProperty("gk.test.broker-outage", "PT20S"));
    static final String EMBEDDED_DATA = "target/no-embedded-artemis";
    private static StandaloneArtemis broker;

    @Autowired
    ApplicationContext context;
    @Autowired
    SmsGatewayStandIn smsGateway;

    /** The standalone broker (the database of its own comes from {@link OwnContextIntegrationTest}). */
    @DynamicPropertySource
    static void standaloneBroker(DynamicPropertyRegistry registry) throws Exception {
        FileSystemUtils.deleteRecursively(Path.of(EMBEDDED_DATA));
        broker = StandaloneArtemis.create();
        broker.start();
        registry.add("spring.artemis.broker-url", broker::url);
        registry.add("spring.artemis.user", () -> StandaloneArtemis.USER);
        registry.add("spring.artemis.password", () -> StandaloneArtemis.PASSWORD);
    }

    /**
     * Stops the broker when the context closes (after its JMS listeners), not before. Only in this test's
     * profile: other tests that scan the package must not pick it up.
     */
    @TestConfiguration
    @Profile(PROFILE)
    static class BrokerLifecycle {
        @Bean(destroyMethod = "close")
        StandaloneArtemis standaloneArtemis() {
            return broker;
        }
    }

    @Override
    protected String login(String username) {
        return api.login(username, DemoData.PASSWORD);
    }

    @Test
    @Order(1)
    void nativeModeStartsNoEmbeddedBrokerAndWritesNothingLocally() {
        assertThat(context.getBeansOfType(EmbeddedActiveMQ.class)).isEmpty();
        assertThat(Path.of(EMBEDDED_DATA)).doesNotExist();
        // the overall health includes the JMS connection to the standalone broker
        assertThat(api.get(null, "/actuator/health").body().path("status").asText()).isEqualTo("UP");
    }

    @Test
    @Order(2)
    void aDecisionBecomesOneSmsAndAFailedOneIsParkedAndReplayed() throws InterruptedException {
        String phone = "13912350001";
        decideFinally(phone, "REJECT");
        await(() -> messagesTo(phone).size() == 1, Duration.ofSeconds(30));

        // a provider that never answers well: the ledger row fails after every retry delay and the
        // event is parked on gk.sms.parked — sent, browsed and consumed with the broker user's rights
        String parkedPhone = "13912350002";
        long parked = SmsJourneys.declareAndAwaitNotice(api, smsGateway, "外部代理", parkedPhone);
        smsGateway.failNext(Integer.MAX_VALUE);
        SmsJourneys.decide(api, parked, "REJECT");
        String admin = login("admin");
        await(() -> api.get(admin, "/api/admin/notifications/parked").body().size() == 1, Duration.ofSeconds(60));
        assertThat(messagesTo(parkedPhone)).isEmpty();
        smsGateway.failNext(0);
        var replayed = api.post(admin, "/api/admin/notifications/parked/replay", null);
        assertThat(replayed.body().path("replayed").asInt()).as(replayed.raw()).isEqualTo(1);
        await(() -> messagesTo(parkedPhone).size() == 1, Duration.ofSeconds(30));
        assertThat(api.get(admin, "/api/admin/notifications/parked").body().size()).isZero();
        // the dead-letter queues on DLA are readable with the same user (nothing failed in the consumer)
        assertThat(api.get(admin, "/api/admin/dead-letters/" + QUEUE).body().path("count").asInt()).isZero();
    }

    @Test
    @Order(3)
    void decisionsDuringABrokerOutageSucceedAndTheirSmsArriveOnce() throws Exception {
        // every warning and error the gateway logs while the broker is away and coming back
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> logged = new ListAppender<>();
        logged.start();
        root.addAppender(logged);
        try {
            rideOutAnOutage(logged);
        } finally {
            root.detachAppender(logged);
        }
    }

    private void rideOutAnOutage(ListAppender<ILoggingEvent> logged) throws Exception {
        broker.stop();
        long outageEnds = System.nanoTime() + OUTAGE.toNanos();
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String phone = "1391236000" + i;
            phones.add(phone);
            decideFinally(phone, "REJECT");
        }
        // still serving, so still ready; the overall health shows the broker down
        assertThat(api.get(null, "/actuator/health/readiness").status()).isEqualTo(200);
        assertThat(api.get(null, "/actuator/health").status()).isEqualTo(503);
        String admin = login("admin");
        await(() -> "DOWN".equals(api.get(admin, "/actuator/health").body().path("components").path("messaging").path("status").asText()),
                Duration.ofSeconds(20));
        Thread.sleep(Math.max(0, (outageEnds - System.nanoTime()) / 1_000_000));
        assertThat(phones).allSatisfy(phone -> assertThat(messagesTo(phone)).isEmpty());
        // still DOWN at the end of the outage, with the reason
        assertThat(api.get(admin, "/actuator/health").body().path("components").path("messaging").path("status").asText()).isEqualTo("DOWN");

        broker.start();
        await(() -> phones.stream().allMatch(phone -> messagesTo(phone).size() == 1), Duration.ofSeconds(90));
        Thread.sleep(3000);
        assertThat(phones).allSatisfy(phone -> assertThat(messagesTo(phone)).hasSize(1));
        await(() -> "UP".equals(api.get(admin, "/actuator/health").body().path("components").path("messaging").path("status").asText()),
                Duration.ofSeconds(20));

        // the outage is logged when it starts and when it ends (with its duration), once per loop that
        // uses the broker (the relay and the two event consumers) — not a warning per retry
        List<String> lines = logged.list.stream().filter(event -> event.getLevel().isGreaterOrEqual(Level.WARN)
                || event.getFormattedMessage().contains("works again")).map(event -> event.getLevel() + " " + event.getLoggerName()
                + ": " + event.getFormattedMessage()).toList();
        assertThat(lines).as(String.join("\n", lines)).hasSizeLessThanOrEqualTo(12)
                .anySatisfy(line -> assertThat(line).contains("Event consumer").contains("is failing"))
                .anySatisfy(line -> assertThat(line).contains("Event consumer").containsPattern("works again after \\d+ s"));
        assertThat(lines.stream().filter(line -> line.contains("Event consumer of gk.events.review.decided") && line.contains("is failing")))
                .hasSize(1);
        assertThat(lines.stream().filter(line -> line.contains("Event consumer of gk.events.declaration.submitted") && line.contains("is failing")))
                .hasSize(1);
    }

    /** A declaration of a new worker with {@code phone}, decided by the department with HTTP 200 (a rejection ends the chain). */
    private void decideFinally(String phone, String decision) {
        SmsJourneys.decide(api, SmsJourneys.declareWorkerWithPhone(api, "外部代理", phone), decision);
    }

    private List<SmsGatewayStandIn.Received> messagesTo(String phone) {
        return SmsJourneys.reviewTexts(smsGateway, phone);
    }
}
