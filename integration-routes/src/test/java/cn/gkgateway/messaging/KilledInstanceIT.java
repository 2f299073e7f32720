package cn.gkgateway.messaging;

import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.support.ApiClient;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.MariaDbTestDatabase;
import cn.gkgateway.support.SmsJourneys;
import cn.gkgateway.support.TestBroker;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static cn.gkgateway.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code kill -9} of a gateway JVM in the middle of relaying and sending, then a restart: every
 * event still becomes exactly one SMS. The gateway runs as a child process from the repackaged
 * jar (built before the integration tests run) against a database of its own, a TCP broker and an
 * SMS stand-in started here. The broker has a dead-letter address, as in production: an event
 * whose delivery attempts a kill used up would wait there instead of being dropped, and fails the test.
 *
 * <p>This test found the loss it guards against: with 64 concurrent consumers on the killed
 * gateway's connection, the broker, clearing the dead sessions one by one, passed their messages
 * from one dead session to the next, each pass counting a delivery attempt, and dead-lettered
 * (on a broker without a dead-letter address: dropped) the events that ran out of attempts —
 * 9 of 1,500 in one run. See {@code EventConsumer}.
 */
class KilledInstanceIT {

    private static final int EVENTS = 1500;
    private static final Path JAR = Path.of("target", "gk-gateway.jar");
    private static final String QUEUE = "gk.events.review.decided";
    private static final List<File> LOGS = new ArrayList<>();

    static TestBroker broker;
    static SmsGatewayStandIn provider;
    static String database;
    static Process gateway;

    @BeforeAll
    static void start() throws Exception {
        broker = new TestBroker();
        provider = new SmsGatewayStandIn(0, "gk-local", "gk-local-secret", new ObjectMapper());
        provider.answerDelay(Duration.ofMillis(20));
        database = MariaDbTestDatabase.fresh();
    }

    @AfterAll
    static void stop() throws Exception {
        if (gateway != null) {
            gateway.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        if (provider != null) {
            provider.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    void killedMidRelayAndRestartedSendsEachSmsOnce() throws Exception {
        int port = TestBroker.freePort();
        gateway = launch(port, "first");
        ApiClient api = new ApiClient(port);
        // health answers UP before the demo accounts exist
        await(() -> api.post(null, "/api/auth/login", "{\"username\":\"admin\",\"password\":\"" + GatewayIntegrationTest.PASSWORD + "\"}").status() == 200,
                Duration.ofSeconds(60));
        // the submission's 申报提醒 first (one more SMS, sent before the kill), then EVENTS decisions
        long declarationId = SmsJourneys.declareAndAwaitNotice(api, provider, "强杀", "13912340031");
        SmsJourneys.decide(api, declarationId, "REJECT");
        cloneLastEvent(EVENTS - 1);

        // mid-flight: some SMS sent, many events still in the outbox, the ledger or in flight
        await(() -> provider.received().size() >= 100, Duration.ofSeconds(60));
        gateway.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hooks, no clean close
        int sentBeforeKill = provider.received().size();
        assertThat(sentBeforeKill).isLessThan(EVENTS);

        gateway = launch(TestBroker.freePort(), "second");
        try {
            await(() -> count("SELECT COUNT(*) FROM notification WHERE status = 'SENT'") == EVENTS + 1, Duration.ofSeconds(240));
        } catch (AssertionError notYet) {
            throw new AssertionError(notYet.getMessage() + "; ledger " + count("SELECT COUNT(*) FROM notification")
                    + " rows, " + count("SELECT COUNT(*) FROM notification WHERE status = 'SENT'") + " SENT, "
                    + count("SELECT COUNT(*) FROM notification WHERE status = 'UNKNOWN'") + " UNKNOWN; "
                    + count("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL") + " events unpublished; "
                    + provider.received().size() + " received by the provider; "
                    + (gateway.isAlive() ? "the second gateway is running" : "the second gateway stopped") + "; broker: "
                    + broker.stats(QUEUE) + "; events without a ledger row: " + missing() + "; logs " + LOGS, notYet);
        }
        Thread.sleep(1000);
        assertThat(count("SELECT COUNT(*) FROM notification WHERE kind = 'REVIEW_DECIDED_SMS'")).isEqualTo(EVENTS);
        assertThat(count("SELECT COUNT(*) FROM notification")).isEqualTo(EVENTS + 1);
        assertThat(count("SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
        assertThat(provider.received()).hasSize(EVENTS + 1);
        assertThat(provider.received().stream().map(SmsGatewayStandIn.Received::requestId).distinct()).hasSize(EVENTS + 1);
        // nothing was dead-lettered on the way: the kill did not use up the events' delivery attempts
        assertThat(broker.deadLetters(QUEUE)).as(broker.stats(QUEUE)).isZero();
    }

    private static Process launch(int port, String name) throws Exception {
        assertThat(JAR).as("the repackaged jar (mvn package runs before the integration tests)").exists();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-jar", JAR.toString(),
                "--spring.profiles.active=local,mariadb",
                "--gk.connectors.sms.stand-in.enabled=false",
                // the local profile's other stand-in and its second factor: off, so the only SMS are the events'
                "--gk.gov-login.stand-in.port=0",
                "--gk.verification.second-factor-roles=",
                "--server.port=" + port,
                "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + MariaDbTestDatabase.user(),
                "--spring.datasource.password=" + MariaDbTestDatabase.password(),
                "--spring.artemis.mode=native",
                "--spring.artemis.broker-url=" + broker.url(),
                "--spring.artemis.embedded.enabled=false",
                "--gk.demo-data.enabled=true",
                // the worker made below has no training records: the demo plan's continuing-education rule off, as in the test profile
                "--gk.demo-data.plan-training-years=0",
                "--gk.connectors.sms.base-url=" + provider.baseUrl(),
                "--gk.messaging.instance-id=" + name,
                "--gk.messaging.sms-lease=3s",
                "--gk.messaging.relay-batch-size=50",
                "--gk.messaging.dispatch-idle-max=200ms"));
        File log = Files.createTempFile("gk-killed-" + name, ".log").toFile();
        LOGS.add(log);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
        ApiClient api = new ApiClient(port);
        await(() -> {
            if (!process.isAlive()) {
                throw new AssertionError("the gateway stopped; see " + log);
            }
            try {
                return api.get(null, "/actuator/health").status() == 200;
            } catch (RuntimeException notYet) {
                return false;
            }
        }, Duration.ofSeconds(180));
        return process;
    }

    private static void cloneLastEvent(int copies) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database, MariaDbTestDatabase.user(), MariaDbTestDatabase.password());
             Statement statement = connection.createStatement()) {
            connection.setAutoCommit(false); // the relay sees the copies only with their final payload
            String template;
            try (ResultSet last = statement.executeQuery("SELECT event_id FROM outbox_event ORDER BY id DESC LIMIT 1")) {
                last.next();
                template = last.getString(1);
            }
            // written while the gateway runs: the relay picks them up batch by batch
            statement.executeUpdate("INSERT INTO outbox_event (event_id, event_type, aggregate_type, aggregate_id, payload, created_at)"
                    + " SELECT UUID(), event_type, aggregate_type, aggregate_id, REPLACE(payload, event_id, '@@EVENT@@'), UTC_TIMESTAMP(6)"
                    + " FROM outbox_event CROSS JOIN seq_1_to_" + copies + " WHERE event_id = '" + template + "'");
            statement.executeUpdate("UPDATE outbox_event SET payload = REPLACE(payload, '@@EVENT@@', event_id) WHERE payload LIKE '%@@EVENT@@%'");
            connection.commit();
        }
    }

    private static List<String> missing() {
        List<String> missing = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database, MariaDbTestDatabase.user(), MariaDbTestDatabase.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT e.event_id, e.id, e.published_at FROM outbox_event e"
                     + " LEFT JOIN notification n ON n.event_id = e.event_id WHERE n.id IS NULL ORDER BY e.id LIMIT 20")) {
            while (result.next()) {
                missing.add(result.getString(1) + " (outbox id " + result.getLong(2) + ", published " + result.getString(3) + ")");
            }
        } catch (SQLException e) {
            missing.add(e.toString());
        }
        return missing;
    }

    private static long count(String sql) {
        try (Connection connection = DriverManager.getConnection(database, MariaDbTestDatabase.user(), MariaDbTestDatabase.password());
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
