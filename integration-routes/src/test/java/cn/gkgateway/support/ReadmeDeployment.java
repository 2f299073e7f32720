package cn.gkgateway.support;

import cn.gkgateway.GatewayApplication;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerInitializedEvent;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * The gateway started as the README's "External MySQL/MariaDB and Artemis" section starts it:
 * profiles {@code mysql,mariadb} and nothing but the environment variables that section sets
 * (given here as command-line properties, which resolve the same {@code ${GK_…}} placeholders).
 * Tests change one variable with {@link #with} to see what an operator's mistake does.
 */
public final class ReadmeDeployment {

    private final Map<String, String> environment = new LinkedHashMap<>();
    private final CompletableFuture<Integer> port = new CompletableFuture<>();

    /** The README's variables for a database on this test run's MariaDB server, a standalone broker and an SMS gateway. */
    public static ReadmeDeployment of(String database, String brokerUrl, String smsBaseUrl) {
        return new ReadmeDeployment()
                .with("GK_DB_URL", MariaDbTestDatabase.url(database))
                .with("GK_DB_USER", MariaDbTestDatabase.user())
                .with("GK_DB_PASSWORD", MariaDbTestDatabase.password())
                .with("GK_DB_POOL", "5")
                .with("GK_ENCRYPTION_KEY", "q3Zp9bC1t7mW0xY2eR4uI6oP8aS0dF2gH4jK6lZ8xC0=")
                .with("GK_HASH_KEY", "Wm9wN0xrMnE4ZEQ0dkY2YkgzeUoxbkswY1o5eE0ydFI=")
                .with("GK_TOKEN_SECRET", "Vb3kX9qL2mR7tY1wZ5nC8dF0gH4jK6sP3aE9uI2oQ7xM1vB5nT8rW")
                .with("GK_SMS_BASE_URL", smsBaseUrl)
                .with("GK_SMS_APP_KEY", "gk-it-app")
                .with("GK_SMS_APP_SECRET", "gk-it-app-secret")
                .with("GK_ARTEMIS_MODE", "native")
                .with("GK_ARTEMIS_URL", brokerUrl)
                .with("GK_ARTEMIS_USER", StandaloneArtemis.USER)
                .with("GK_ARTEMIS_PASSWORD", StandaloneArtemis.PASSWORD)
                .with("GK_ADMIN_USERNAME", "gk_operator")
                .with("GK_ADMIN_PASSWORD", "Start-2026-ok")
                .with("GK_ADMIN_PHONE", "13900000001");
    }

    public ReadmeDeployment with(String variable, String value) {
        environment.put(variable, value);
        return this;
    }

    public String get(String variable) {
        return environment.get(variable);
    }

    /**
     * Starts the gateway on a free port (blocks until its start-up runners are done).
     *
     * @param runners extra start-up runners, e.g. one that holds the start to look at readiness meanwhile
     */
    public ConfigurableApplicationContext start(ApplicationRunner... runners) {
        List<String> args = new java.util.ArrayList<>(environment.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toList());
        args.add("--server.port=0");
        return new SpringApplicationBuilder(GatewayApplication.class)
                .profiles("mysql", "mariadb")
                .initializers(context -> {
                    for (int i = 0; i < runners.length; i++) {
                        context.getBeanFactory().registerSingleton("readmeDeploymentRunner" + i, runners[i]);
                    }
                })
                .listeners(event -> {
                    if (event instanceof WebServerInitializedEvent initialized) {
                        port.complete(initialized.getWebServer().getPort());
                    }
                })
                .run(args.toArray(String[]::new));
    }

    /** The HTTP port, once the web server is up (before the start-up runners finish). */
    public CompletableFuture<Integer> port() {
        return port;
    }
}
