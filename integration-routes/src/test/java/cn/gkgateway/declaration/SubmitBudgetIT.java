package cn.gkgateway.declaration;

import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.OwnContextIntegrationTest;
import cn.gkgateway.support.TestIdNumbers;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The submission's statement budget (issue 16, the last-day rush): one {@code POST /api/declarations} — sign-in token,
 * scope, every rule, 合格库, material slots, review chain, audit, outbox event — sends at most 7 SQL statements once the
 * reference data is cached (the worker, one read of their training, integrity and 合格库 records, and an INSERT each
 * for the declaration, its review steps, the audit entry and the outbox event); and the reference caches follow a plan change: at once when the exam office changes the plan on this
 * instance, within {@code gk.reference-data.ttl} when the change comes from elsewhere (another instance).
 */
@TestPropertySource(properties = {"gk.reference-data.ttl=2s", "gk.sign-in.state-cache-ttl=30s"})
class SubmitBudgetIT extends OwnContextIntegrationTest {

    /** Every statement executed by a request thread of the embedded Tomcat, in order. */
    static final List<String> STATEMENTS = new CopyOnWriteArrayList<>();
    private static final Set<String> EXECUTES = Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

    @TestConfiguration
    static class CountingDataSource {
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource) ? counting(dataSource) : bean;
                }
            };
        }

        private static DataSource counting(DataSource target) {
            return new DelegatingDataSource(target) {
                @Override
                public Connection getConnection() throws java.sql.SQLException {
                    Connection connection = super.getConnection();
                    return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                            (proxy, method, args) -> {
                                Object result = invoke(connection, method, args);
                                if (result instanceof Statement statement && method.getName().startsWith("prepare")) {
                                    return statement((Statement) result, (String) args[0]);
                                }
                                return result;
                            });
                }
            };
        }

        private static Object statement(Statement statement, String sql) {
            List<Class<?>> interfaces = List.of(statement.getClass().getInterfaces());
            Class<?> type = statement instanceof java.sql.CallableStatement ? java.sql.CallableStatement.class
                    : statement instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
            return Proxy.newProxyInstance(Statement.class.getClassLoader(), new Class<?>[]{type}, (proxy, method, args) -> {
                if (EXECUTES.contains(method.getName()) && Thread.currentThread().getName().contains("http-nio")) {
                    STATEMENTS.add(args != null && args.length > 0 && args[0] instanceof String text ? text : sql);
                }
                if (method.getName().equals("executeBatch") && Thread.currentThread().getName().contains("http-nio")) {
                    STATEMENTS.add("batch of " + sql);
                }
                return invoke(statement, method, args);
            });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transaction;

    private long worker(String unit) {
        Answer worker = api.post(unit, "/api/roster/workers", Fixtures.worker("预算", TestIdNumbers.next(), "13912345678", "FW01", "2006-07-01"));
        assertThat(worker.status()).as(worker.raw()).isEqualTo(201);
        return worker.body().path("id").asLong();
    }

    private Answer declare(String unit, long workerId) {
        return api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "FW01"));
    }

    @Test
    void oneSubmissionSendsAtMostSevenStatements() {
        String unit = login("danwei");
        long first = worker(unit);
        long second = worker(unit);
        // the first submission fills the reference caches (and the sign-in state cache)
        assertThat(declare(unit, first).status()).isEqualTo(201);

        STATEMENTS.clear();
        Answer submitted = declare(unit, second);
        List<String> sent = List.copyOf(STATEMENTS);

        assertThat(submitted.status()).as(submitted.raw()).isEqualTo(201);
        assertThat(submitted.body().path("status").asText()).isEqualTo("UNDER_REVIEW");
        assertThat(submitted.body().path("steps").findValuesAsText("name")).containsExactly("主管部门审核", "县区级工考办审核");
        assertThat(sent).as(String.join("\n", sent)).hasSizeLessThanOrEqualTo(7)
                .anySatisfy(sql -> assertThat(sql).containsIgnoringCase("insert into outbox_event"));
        // what was answered is what was stored
        long id = submitted.body().path("id").asLong();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM review_step WHERE subject_type = 'DECLARATION' AND subject_id = ?",
                Integer.class, id)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'DECLARATION_SUBMITTED' AND target_id = ?",
                Integer.class, id)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_event WHERE event_type = 'declaration.submitted' AND aggregate_id = ?",
                Integer.class, id)).isEqualTo(1);
        JsonNode shown = api.get(unit, "/api/declarations/" + id).body();
        assertThat(shown.path("steps").findValuesAsText("status")).isEqualTo(submitted.body().path("steps").findValuesAsText("status"));
    }

    @Test
    void requestsAreObservedButNotEachSecurityFilter(@Autowired ObservationRegistry observations) {
        assertThat(Observation.createNotStarted("spring.security.filterchains", observations).isNoop()).isTrue();
        assertThat(Observation.createNotStarted("spring.security.authentications", observations).isNoop()).isTrue();
        assertThat(Observation.createNotStarted("http.server.requests", observations).isNoop()).isFalse();
    }

    @Test
    void aPlanChangeTakesEffectAtOnceHereAndWithinTheTtlFromElsewhere() throws Exception {
        String unit = login("danwei");
        assertThat(declare(unit, worker(unit)).status()).as("caches filled").isEqualTo(201);

        // the exam office closes the 等级 window on this instance: the next submission is refused at once
        String office = login("gkb_sheng");
        JsonNode plan = api.get(office, "/api/plans?year=2026").body().get(0);
        ObjectNode change = (ObjectNode) plan.deepCopy();
        for (JsonNode window : change.path("windows")) {
            if (window.path("levelGroup").asText().equals("GRADE")) {
                ((ObjectNode) window).put("closesAt", "2026-06-14T17:00:00");
            }
        }
        Answer changed = api.exchange(HttpMethod.PUT, office, "/api/plans/" + plan.path("id").asLong(), change.toString());
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        Answer refused = declare(unit, worker(unit));
        assertThat(refused.code()).as(refused.raw()).isEqualTo("WINDOW_CLOSED");

        // opened again by another instance (straight in the database: no listener here sees it) → taken up within the ttl
        transaction.executeWithoutResult(status -> jdbc.update(
                "UPDATE registration_window SET closes_on = '2026-08-14', closes_second = 86399 WHERE level_group = 'GRADE'"));
        long waiting = worker(unit);
        long deadline = System.nanoTime() + 2_000_000_000L + 1_500_000_000L;
        Answer accepted = declare(unit, waiting);
        while (accepted.status() != 201 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            accepted = declare(unit, waiting);
        }
        assertThat(accepted.status()).as("within gk.reference-data.ttl (2 s) plus a margin: " + accepted.raw()).isEqualTo(201);
    }
}
