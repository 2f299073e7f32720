package cn.gkgateway.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A database of its own for this test run on the MariaDB (or MySQL) server at
 * {@code GK_TEST_DB_HOST:GK_TEST_DB_PORT} (default 127.0.0.1:3306, root, empty password),
 * created on first use and dropped when the JVM exits.
 */
public final class MariaDbTestDatabase {

    private static final String HOST = env("GK_TEST_DB_HOST", "127.0.0.1");
    private static final String PORT = env("GK_TEST_DB_PORT", "3306");
    private static final String USER = env("GK_TEST_DB_USER", "root");
    private static final String PASSWORD = env("GK_TEST_DB_PASSWORD", "");
    private static final String OPTIONS = "useUnicode=true&characterEncoding=utf8&serverTimezone=UTC&rewriteBatchedStatements=true&allowPublicKeyRetrieval=true&useSSL=false";

    private static volatile String name;

    private MariaDbTestDatabase() {
    }

    public static synchronized String url() {
        if (name == null) {
            String candidate = "gk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            execute("CREATE DATABASE " + candidate + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + candidate)));
            name = candidate;
        }
        return serverUrl() + name + "?" + OPTIONS;
    }

    /** A further empty database of its own (e.g. for gateway instances that must not share the common one), dropped at exit. */
    public static String fresh() {
        String candidate = "gk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        execute("CREATE DATABASE " + candidate + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> execute("DROP DATABASE IF EXISTS " + candidate)));
        return serverUrl() + candidate + "?" + OPTIONS;
    }

    public static String user() {
        return USER;
    }

    public static String password() {
        return PASSWORD;
    }

    private static String serverUrl() {
        return "jdbc:mysql://" + HOST + ":" + PORT + "/";
    }

    private static void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(serverUrl() + "?" + OPTIONS, USER, PASSWORD);
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
