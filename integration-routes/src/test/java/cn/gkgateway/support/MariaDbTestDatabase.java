package cn.gkgateway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A database of its own for this test run on the MariaDB (or MySQL) server at
 * {@code GK_TEST_DB_HOST:GK_TEST_DB_PORT} (default 127.0.0.1:3306, root, empty password),
 * created on first use and dropped when the JVM exits. The URLs use MariaDB Connector/J, as the
 * {@code mariadb} profile does in production.
 */
public final class MariaDbTestDatabase {

    private static final String HOST = env("GK_TEST_DB_HOST", "127.0.0.1");
    private static final String PORT = env("GK_TEST_DB_PORT", "3306");
    private static final String USER = env("GK_TEST_DB_USER", "root");
    private static final String PASSWORD = env("GK_TEST_DB_PASSWORD", "");

    private static volatile String name;

    private MariaDbTestDatabase() {
    }

    /** The shared database of this test run (the one {@code GatewayIntegrationTest} uses). */
    public static synchronized String url() {
        if (name == null) {
            name = createFresh();
        }
        return url(name);
    }

    /** A new, empty database of its own (dropped when the JVM exits), for tests that start from nothing. */
    public static String createFresh() {
        String candidate = "gk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + candidate + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + candidate)));
        return candidate;
    }

    public static String url(String database) {
        return serverUrl() + database;
    }

    /** The tables of {@code database}, in name order. */
    public static List<String> tables(String database) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                     + database + "' ORDER BY table_name")) {
            List<String> tables = new ArrayList<>();
            while (rows.next()) {
                tables.add(rows.getString(1).toLowerCase());
            }
            return tables;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The URL of a further empty database of its own (e.g. for gateway instances that must not share the common one). */
    public static String fresh() {
        return url(createFresh());
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static String serverUrl() {
        return "jdbc:mariadb://" + HOST + ":" + PORT + "/";
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), USER, PASSWORD);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("MariaDB/MySQL at " + HOST + ":" + PORT + " is needed for the integration tests"
                    + " (.ci/run starts the machine's MariaDB): " + e.getMessage(), e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
