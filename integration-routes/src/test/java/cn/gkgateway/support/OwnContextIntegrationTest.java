package cn.gkgateway.support;

import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * For an integration test whose Spring context differs from the shared one of
 * {@link GatewayIntegrationTest} (other properties, profiles or beans): the whole gateway on a random
 * port with the {@link MutableClock}, against a MariaDB database of its own
 * ({@link MariaDbTestDatabase#createFresh()}). Its own database matters: the shared context, still
 * cached and running, would otherwise claim this context's ledger rows and outbox events and send
 * them through its own stand-ins and broker.
 * <p>
 * Subclasses add properties with {@code @TestPropertySource(properties = ...)} (or their own
 * {@code @SpringBootTest} with the same web environment), profiles with {@code @ActiveProfiles}
 * (merged with these), and further dynamic properties with their own {@code @DynamicPropertySource}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "mariadb"})
@Import(TestClockConfiguration.class)
public abstract class OwnContextIntegrationTest {

    public static final String PASSWORD = GatewayIntegrationTest.PASSWORD;

    @LocalServerPort
    protected int port;

    protected ApiClient api;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        String database = MariaDbTestDatabase.createFresh();
        registry.add("spring.datasource.url", () -> MariaDbTestDatabase.url(database));
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
