package cn.gkgateway.deployment;

import cn.gkgateway.audit.AuditEntries;
import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Time on MariaDB as the mariadb profile runs it: a DATETIME(6) written through JPA keeps its
 * microseconds (MySQL Connector/J, seeing the server as "5.5.5", sent whole seconds).
 */
class MariaDbTimeIT extends GatewayIntegrationTest {

    private static final Instant WITH_MICROS = Instant.parse("2026-03-01T08:15:30.123456Z");

    @Autowired
    AuditEntries entries;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    DataSource dataSource;

    @Test
    void aTimestampKeepsItsFractionalSeconds() throws Exception {
        AuditLog log = new AuditLog(entries, Clock.fixed(WITH_MICROS, ZoneOffset.UTC));
        String action = "TIME_PROBE_" + System.nanoTime();
        transaction.executeWithoutResult(status ->
                log.record(new Caller(1, "probe", "探针", Role.ADMIN, null), action, "PROBE", 1L, null));

        LocalDateTime stored = new JdbcTemplate(dataSource).queryForObject(
                "SELECT occurred_at FROM audit_entry WHERE action = ?", LocalDateTime.class, action);
        // stored in UTC: the wall-clock value in the column is the instant's UTC time
        assertThat(stored).isEqualTo(LocalDateTime.of(2026, 3, 1, 8, 15, 30, 123_456_000));
        assertThat(entries.findAll()).filteredOn(entry -> action.equals(entry.getAction()))
                .singleElement().satisfies(entry -> assertThat(entry.getOccurredAt()).isEqualTo(WITH_MICROS));
        try (var connection = dataSource.getConnection()) {
            assertThat(connection.getMetaData().getDriverName()).containsIgnoringCase("MariaDB");
            assertThat(connection.getMetaData().getDatabaseProductVersion()).doesNotStartWith("5.5.5");
        }
    }
}
