package cn.gkgateway.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupSettingsTest {

    private static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789ABCDEF".getBytes());

    @Test
    void realValuesPass() {
        assertThat(StartupSettings.problems(environment(real(), "mysql"))).isEmpty();
    }

    @Test
    void everyMissingVariableIsNamedAtOnce() {
        List<String> problems = StartupSettings.problems(environment(Map.of(), "mysql"));
        assertThat(String.join("\n", problems)).contains("GK_ENCRYPTION_KEY", "GK_HASH_KEY", "GK_TOKEN_SECRET",
                "GK_SMS_BASE_URL", "GK_SMS_APP_KEY", "GK_SMS_APP_SECRET");
        assertThat(problems).hasSize(6).allSatisfy(problem -> assertThat(problem).contains("is not set"));
    }

    @Test
    void anUnresolvedPlaceholderCountsAsMissing() {
        Map<String, Object> settings = real();
        settings.put("gk.security.token-secret", "${GK_TOKEN_SECRET}");
        assertThat(StartupSettings.problems(environment(settings, "mysql"))).singleElement()
                .asString().startsWith("GK_TOKEN_SECRET (gk.security.token-secret) is not set");
    }

    @Test
    void everyDemoValueOfTheLocalProfileIsRefused() throws IOException {
        StandardEnvironment environment = environment(Map.of(), "mysql");
        for (PropertySource<?> source : new YamlPropertySourceLoader().load("local", new ClassPathResource("application-local.yml"))) {
            environment.getPropertySources().addFirst(source);
        }
        String problems = String.join("\n", StartupSettings.problems(environment));
        for (String variable : List.of("GK_ENCRYPTION_KEY", "GK_HASH_KEY", "GK_TOKEN_SECRET", "GK_SMS_APP_KEY", "GK_SMS_APP_SECRET")) {
            assertThat(problems).contains(variable + " (").containsPattern(variable + " \\([^)]*\\) is the demo value");
        }
        assertThat(problems).contains("gk.demo-data.enabled is true", "gk.connectors.sms.stand-in.enabled is true");
    }

    @Test
    void malformedKeysAreExplainedNotThrown() {
        Map<String, Object> settings = real();
        settings.put("gk.personal-data.encryption-key", "$(openssl rand -base64 32)");
        settings.put("gk.personal-data.hash-key", Base64.getEncoder().encodeToString(new byte[16]));
        settings.put("gk.security.token-secret", "short");
        assertThat(StartupSettings.problems(environment(settings, "mysql"))).containsExactly(
                "GK_ENCRYPTION_KEY (gk.personal-data.encryption-key) is not base64 (characters A-Z a-z 0-9 + / and = padding)."
                        + " Generate one with `openssl rand -base64 32` and keep it: stored ID numbers and phones cannot be read or found without it.",
                "GK_HASH_KEY (gk.personal-data.hash-key) decodes to 16 bytes; it must be at least 32 bytes."
                        + " Generate one with `openssl rand -base64 32` and keep it: stored ID numbers and phones cannot be read or found without it.",
                "GK_TOKEN_SECRET (gk.security.token-secret) is too short: at least 32 bytes (openssl rand -base64 48).");
    }

    @Test
    void anSmsBaseUrlMustBeHttp() {
        Map<String, Object> settings = real();
        settings.put("gk.connectors.sms.base-url", "sms.example.gov.cn");
        assertThat(StartupSettings.problems(environment(settings, "mysql"))).singleElement().asString().startsWith("GK_SMS_BASE_URL");
    }

    @Test
    void theMariadbProfileNeedsMariaDbsDriver() {
        Map<String, Object> settings = real();
        settings.put("spring.datasource.url", "jdbc:mysql://db:3306/gk_gateway");
        assertThat(StartupSettings.problems(environment(settings, "mysql"))).isEmpty();
        assertThat(StartupSettings.problems(environment(settings, "mysql", "mariadb"))).singleElement()
                .asString().startsWith("GK_DB_URL (spring.datasource.url) must be a jdbc:mariadb:// URL");
        settings.put("spring.datasource.url", "jdbc:mariadb://db:3306/gk_gateway");
        assertThat(StartupSettings.problems(environment(settings, "mysql", "mariadb"))).isEmpty();
    }

    @Test
    void theCheckSkipsOnlyTheDemoProfiles() {
        StartupSettingsCheck check = new StartupSettingsCheck();
        assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(environment(Map.of(), "local"), null));
        assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(environment(Map.of(), "test", "mariadb"), null));
        StandardEnvironment byDefault = environment(Map.of());
        byDefault.setDefaultProfiles("local");
        assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(byDefault, null));
        assertThatThrownBy(() -> check.postProcessEnvironment(environment(Map.of(), "mysql", "mariadb"), null))
                .isInstanceOf(UnsafeSettingsException.class)
                .hasMessageStartingWith("The gateway refuses to start with profiles [mysql, mariadb]: 6 setting(s)")
                .hasMessageContaining("GK_TOKEN_SECRET");
    }

    @Test
    void theOperatorReadsTheListNotAStackTrace() {
        var failure = new UnsafeSettingsException(List.of("mysql"), List.of("GK_TOKEN_SECRET (gk.security.token-secret) is not set."));
        var analysis = new UnsafeSettingsFailureAnalyzer().analyze(new IllegalStateException("wrapped", failure));
        assertThat(analysis.getDescription()).contains("profiles [mysql]", " - GK_TOKEN_SECRET (gk.security.token-secret) is not set.");
        assertThat(analysis.getAction()).contains("no migration ran");
    }

    @Test
    void nativeBrokerModeSwitchesTheEmbeddedBrokerOff() {
        Map<String, Object> settings = new HashMap<>(Map.of("spring.artemis.mode", "native", "spring.artemis.embedded.enabled", "true"));
        StandardEnvironment environment = environment(settings, "mysql");
        new ExternalBrokerMode().postProcessEnvironment(environment, null);
        assertThat(environment.getProperty("spring.artemis.embedded.enabled")).isEqualTo("false");

        StandardEnvironment embedded = environment(Map.of("spring.artemis.mode", "embedded", "spring.artemis.embedded.enabled", "true"), "mysql");
        new ExternalBrokerMode().postProcessEnvironment(embedded, null);
        assertThat(embedded.getProperty("spring.artemis.embedded.enabled")).isEqualTo("true");
    }

    private static Map<String, Object> real() {
        Map<String, Object> settings = new HashMap<>();
        settings.put("gk.personal-data.encryption-key", KEY);
        settings.put("gk.personal-data.hash-key", KEY);
        settings.put("gk.security.token-secret", "a-real-token-secret-of-more-than-32-bytes-xyz");
        settings.put("gk.connectors.sms.base-url", "https://sms.example.gov.cn");
        settings.put("gk.connectors.sms.app-key", "gk-prod");
        settings.put("gk.connectors.sms.app-secret", "s3cret-from-the-provider");
        return settings;
    }

    private static StandardEnvironment environment(Map<String, Object> settings, String... profiles) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
        environment.setActiveProfiles(profiles);
        return environment;
    }
}
