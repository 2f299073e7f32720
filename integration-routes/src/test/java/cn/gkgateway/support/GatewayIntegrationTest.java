package cn.gkgateway.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole gateway on a random port, against this run's MariaDB database, the embedded
 * Artemis broker and the SMS stand-in, with the demo data. Subclasses share one context. The
 * gateway's clock is a {@link MutableClock} starting 2026-06-15 10:00 (Shanghai), so no test
 * depends on today's date.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mariadb"})
@Import(TestClockConfiguration.class)
public abstract class GatewayIntegrationTest {

    public static final String PASSWORD = "Gk@123456";

    @LocalServerPort
    protected int port;

    protected ApiClient api;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", MariaDbTestDatabase::url);
        registry.add("spring.datasource.username", MariaDbTestDatabase::user);
        registry.add("spring.datasource.password", MariaDbTestDatabase::password);
    }

    @BeforeEach
    void client() {
        api = new ApiClient(port);
    }

    protected String login(String username) {
        return api.login(username, PASSWORD);
    }
}
