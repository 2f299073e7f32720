package cn.gkgateway.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * An external broker means external: with {@code spring.artemis.mode=native} ({@code GK_ARTEMIS_MODE=native})
 * no embedded broker starts and nothing is written to its data directory. Spring Boot starts the
 * embedded broker whenever {@code spring.artemis.embedded.enabled} is true, whatever the mode, so
 * native mode switches it off here.
 */
public class ExternalBrokerMode implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY_SOURCE = "gkExternalBroker";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String mode;
        try {
            mode = environment.getProperty("spring.artemis.mode", "");
        } catch (IllegalArgumentException unresolvable) {
            return;
        }
        if ("native".equalsIgnoreCase(mode.strip())) {
            environment.getPropertySources().addFirst(new MapPropertySource(PROPERTY_SOURCE, Map.of("spring.artemis.embedded.enabled", "false")));
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE - 10;
    }
}
