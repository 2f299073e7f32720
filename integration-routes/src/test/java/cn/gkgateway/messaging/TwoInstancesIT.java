package cn.gkgateway.messaging;

import cn.gkgateway.GatewayApplication;
import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.outbox.OutboxEvent;
import cn.gkgateway.outbox.OutboxEvents;
import cn.gkgateway.support.ApiClient;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.MariaDbTestDatabase;
import cn.gkgateway.support.TestBroker;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static cn.gkgateway.support.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two gateway instances (two application contexts) on one MariaDB database and one Artemis
 * broker over TCP, sending to one SMS provider: 1,000 review decisions become exactly 1,000 SMS
 * and 1,000 SENT ledger rows — none lost, none twice, not even a repeated request. The decisions'
 * events are written straight into the outbox (cloned from one real decision) to keep the test
 * short; relay, broker, consumer, ledger and provider are the real ones.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoInstancesIT {

    private static final int EVENTS = 1000;

    static TestBroker broker;
    static SmsGatewayStandIn provider;
    static ConfigurableApplicationContext first;
    static ConfigurableApplicationContext second;

    @BeforeAll
    static void start() throws Exception {
        broker = new TestBroker();
        provider = new SmsGatewayStandIn(0, "gk-local", "gk-local-secret", new ObjectMapper());
        String database = MariaDbTestDatabase.fresh();
        first = instance(database, "gateway-a");
        second = instance(database, "gateway-b");
    }

    @AfterAll
    static void stop() throws Exception {
        for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[]{second, first}) {
            if (context != null) {
                context.close();
            }
        }
        if (provider != null) {
            provider.close();
        }
        if (broker != null) {
            broker.close();
        }
    }

    @Test
    @Order(1)
    void thousandDecisionsOnTwoInstancesSendThousandSmsOnce() throws InterruptedException {
        ApiClient api = new ApiClient(Integer.parseInt(first.getEnvironment().getProperty("local.server.port")));
        String unit = api.login("danwei", GatewayIntegrationTest.PASSWORD);
        long workerId = api.post(unit, "/api/roster/workers", Fixtures.worker("两实例", TestIdNumbers.next(), "13912340021", "FW01", "2005-07-01"))
                .body().path("id").asLong();
        long declarationId = api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "FW01")).body().path("id").asLong();
        assertThat(api.post(api.login("zhuguan", GatewayIntegrationTest.PASSWORD), "/api/reviews/" + declarationId + "/decision",
                "{\"decision\":\"REJECT\",\"reason\":\"材料不全\"}").status()).isEqualTo(200);
        OutboxEvent decided = decided(declarationId);

        cloneEvent(decided, EVENTS - 1);

        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        // the decisions' EVENTS messages, and the one 申报提醒 of the submission
        await(() -> count(jdbc, "SELECT COUNT(*) FROM notification WHERE status = 'SENT' AND kind = 'REVIEW_DECIDED_SMS'") == EVENTS,
                Duration.ofSeconds(90));
        Thread.sleep(1000);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM notification WHERE kind = 'REVIEW_DECIDED_SMS'")).isEqualTo(EVENTS);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM notification")).isEqualTo(EVENTS + 1);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM outbox_event WHERE published_at IS NULL")).isZero();
        assertThat(provider.received()).hasSize(EVENTS + 1);
        assertThat(provider.received().stream().map(SmsGatewayStandIn.Received::requestId).distinct()).hasSize(EVENTS + 1);
        assertThat(provider.acceptedRequests()).as("requests the provider accepted, repeats included").isEqualTo(EVENTS + 1);
    }

    /**
     * One event delivered twice at the same moment — as a redelivery racing a relay repeat would —
     * while each instance's consumer waits for work: the two copies go to the two consumers, both
     * write the row at once, the unique key keeps one, and one SMS goes out.
     */
    @Test
    @Order(2)
    void oneEventDeliveredToBothInstancesAtOnceSendsOneSms() throws Exception {
        String phone = "13912340022";
        ApiClient api = new ApiClient(Integer.parseInt(first.getEnvironment().getProperty("local.server.port")));
        String unit = api.login("danwei", GatewayIntegrationTest.PASSWORD);
        long workerId = api.post(unit, "/api/roster/workers", Fixtures.worker("两实例重复", TestIdNumbers.next(), phone, "FW01", "2005-07-01"))
                .body().path("id").asLong();
        long declarationId = api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "FW01")).body().path("id").asLong();
        assertThat(api.post(api.login("zhuguan", GatewayIntegrationTest.PASSWORD), "/api/reviews/" + declarationId + "/decision",
                "{\"decision\":\"REJECT\",\"reason\":\"材料不全\"}").status()).isEqualTo(200);
        await(() -> messagesTo(phone) == 2, Duration.ofSeconds(30)); // the 申报提醒 and the decision
        OutboxEvent decided = decided(declarationId);
        long consumedBefore = consumed(first) + consumed(second);

        CyclicBarrier together = new CyclicBarrier(2);
        List<CompletableFuture<Void>> sends = List.of(1, 2).stream().map(copy -> CompletableFuture.runAsync(() -> {
            try (Connection connection = new ActiveMQConnectionFactory(broker.url()).createConnection()) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                MessageProducer producer = session.createProducer(session.createQueue("gk.events.review.decided"));
                TextMessage message = session.createTextMessage(decided.getPayload());
                message.setStringProperty("gkEventId", decided.getEventId());
                message.setStringProperty("gkEventType", decided.getEventType());
                together.await();
                producer.send(message);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        })).toList();
        CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();

        await(() -> consumed(first) + consumed(second) >= consumedBefore + 2,
                Duration.ofSeconds(30));
        Thread.sleep(2000); // time for a (wrong) second SMS to reach the provider
        assertThat(messagesTo(phone)).isEqualTo(2);
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        assertThat(count(jdbc, "SELECT COUNT(*) FROM notification WHERE event_id = '" + decided.getEventId() + "'")).isEqualTo(1);
    }

    private static long consumed(ConfigurableApplicationContext instance) {
        return instance.getBean("reviewDecidedConsumer", EventConsumer.class).consumed();
    }

    private static OutboxEvent decided(long declarationId) {
        return first.getBean(OutboxEvents.class).findByAggregateTypeAndAggregateIdOrderByIdAsc("declaration", declarationId).stream()
                .filter(event -> event.getEventType().equals("review.decided")).findFirst().orElseThrow();
    }

    private static long messagesTo(String phone) {
        return provider.received().stream().filter(sms -> sms.phoneNumber().equals(phone)).count();
    }

    /** Writes {@code copies} more events like {@code decided}, each with an event id of its own, in batches over ~1 s. */
    private static void cloneEvent(OutboxEvent decided, int copies) throws InterruptedException {
        JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
        TransactionTemplate transaction = first.getBean(TransactionTemplate.class);
        for (int from = 0; from < copies; from += 100) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = from; i < Math.min(copies, from + 100); i++) {
                String eventId = UUID.randomUUID().toString();
                rows.add(new Object[]{eventId, decided.getEventType(), decided.getAggregateType(), decided.getAggregateId(),
                        decided.getPayload().replace(decided.getEventId(), eventId), LocalDateTime.now(ZoneOffset.UTC)});
            }
            transaction.executeWithoutResult(status -> jdbc.batchUpdate("INSERT INTO outbox_event (event_id, event_type, aggregate_type,"
                    + " aggregate_id, payload, created_at) VALUES (?, ?, ?, ?, ?, ?)", rows));
            Thread.sleep(100);
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        Long count = jdbc.queryForObject(sql, Long.class);
        return count == null ? 0 : count;
    }

    private static ConfigurableApplicationContext instance(String database, String name) {
        Map<String, Object> properties = Map.ofEntries(
                Map.entry("spring.datasource.url", database),
                Map.entry("spring.datasource.username", MariaDbTestDatabase.user()),
                Map.entry("spring.datasource.password", MariaDbTestDatabase.password()),
                Map.entry("spring.artemis.mode", "native"),
                Map.entry("spring.artemis.broker-url", broker.url()),
                Map.entry("spring.artemis.embedded.enabled", "false"),
                Map.entry("server.port", "0"),
                Map.entry("gk.connectors.sms.stand-in.enabled", "false"),
                Map.entry("gk.connectors.sms.base-url", provider.baseUrl()),
                Map.entry("gk.messaging.instance-id", name),
                Map.entry("gk.messaging.relay-batch-size", "25"),
                Map.entry("gk.messaging.sms-claim-batch", "25"),
                Map.entry("gk.messaging.sms-window", "16"));
        // as command-line arguments: they must win over application.yml (default properties would not)
        return new SpringApplicationBuilder(GatewayApplication.class)
                .profiles("test", "mariadb")
                .run(properties.entrySet().stream().map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new));
    }
}
