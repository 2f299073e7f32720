package cn.gkgateway.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

import java.util.List;

/**
 * Stops a deployment that would run on demo secrets or without its keys, before any bean exists:
 * so before Flyway touches the database and before a broker starts. Runs as an
 * {@link EnvironmentPostProcessor} once the profiles' configuration is loaded. The {@code local}
 * profile (the default) and the {@code test} profile bring demo values and are not checked.
 */
public class StartupSettingsCheck implements EnvironmentPostProcessor, Ordered {

    static final Profiles DEMO_PROFILES = Profiles.of("local | test");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.acceptsProfiles(DEMO_PROFILES)) {
            return;
        }
        List<String> problems = StartupSettings.problems(environment);
        if (!problems.isEmpty()) {
            throw new UnsafeSettingsException(List.of(environment.getActiveProfiles()), problems);
        }
    }

    /** After the configuration files are loaded (ConfigDataEnvironmentPostProcessor runs first). */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
