package cn.gkgateway.config;

import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * The settings a real deployment must bring itself: personal-data keys, the token secret and the
 * SMS gateway's address and credentials, none of them a demo value, each of the right shape; no
 * demo data, no SMS stand-in; MariaDB's own driver with the {@code mariadb} profile.
 * {@link #problems} names every bad setting at once, by its environment variable, in English for
 * the operator.
 */
final class StartupSettings {

    /** The keys and secrets of the local profile (application-local.yml) and the tests: never accepted elsewhere. */
    static final Set<String> DEMO_VALUES = Set.of(
            "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=",
            "ZGVtby1oYXNoLWtleS1mb3ItbG9jYWwtb25seS0xMjM0NTY3OA==",
            "demo-token-secret-for-local-use-only-0123456789",
            "gk-local",
            "gk-local-secret");

    static final Setting ENCRYPTION_KEY = new Setting("GK_ENCRYPTION_KEY", "gk.personal-data.encryption-key");
    static final Setting HASH_KEY = new Setting("GK_HASH_KEY", "gk.personal-data.hash-key");
    static final Setting TOKEN_SECRET = new Setting("GK_TOKEN_SECRET", "gk.security.token-secret");
    static final Setting SMS_BASE_URL = new Setting("GK_SMS_BASE_URL", "gk.connectors.sms.base-url");
    static final Setting SMS_APP_KEY = new Setting("GK_SMS_APP_KEY", "gk.connectors.sms.app-key");
    static final Setting SMS_APP_SECRET = new Setting("GK_SMS_APP_SECRET", "gk.connectors.sms.app-secret");
    static final Setting DB_URL = new Setting("GK_DB_URL", "spring.datasource.url");

    private static final int KEY_BYTES = 32;

    private StartupSettings() {
    }

    /** One sentence per missing, malformed or demo setting; empty when the deployment may start. */
    static List<String> problems(Environment environment) {
        List<String> problems = new ArrayList<>();
        checkKey(environment, ENCRYPTION_KEY, true, problems);
        checkKey(environment, HASH_KEY, false, problems);
        checkSecret(environment, TOKEN_SECRET, KEY_BYTES, "openssl rand -base64 48", problems);
        checkUrl(environment, SMS_BASE_URL, problems);
        checkSecret(environment, SMS_APP_KEY, 1, "the SMS provider issues it", problems);
        checkSecret(environment, SMS_APP_SECRET, 1, "the SMS provider issues it", problems);
        if (flag(environment, "gk.demo-data.enabled")) {
            problems.add("gk.demo-data.enabled is true: demo accounts and data belong to the local profile only.");
        }
        if (flag(environment, "gk.connectors.sms.stand-in.enabled")) {
            problems.add("gk.connectors.sms.stand-in.enabled is true: the SMS stand-in belongs to the local profile and the tests only;"
                    + " point GK_SMS_BASE_URL at the real SMS gateway.");
        }
        if (environment.acceptsProfiles(Profiles.of("mariadb"))) {
            String url = read(environment, DB_URL);
            if (url != null && !url.startsWith("jdbc:mariadb:")) {
                problems.add(DB_URL + " must be a jdbc:mariadb:// URL with the mariadb profile (MySQL Connector/J drops the"
                        + " fractional seconds of DATETIME(6) on MariaDB); it starts with '" + url.substring(0, Math.min(url.length(), 13)) + "'.");
            }
        }
        return problems;
    }

    private static void checkKey(Environment environment, Setting setting, boolean exact, List<String> problems) {
        String value = read(environment, setting);
        String generate = " Generate one with `openssl rand -base64 32` and keep it: stored ID numbers and phones cannot be read or found without it.";
        if (value == null) {
            problems.add(setting + " is not set." + generate);
        } else if (DEMO_VALUES.contains(value)) {
            problems.add(setting + " is the demo value of the local profile." + generate);
        } else {
            byte[] key;
            try {
                key = Base64.getDecoder().decode(value.strip());
            } catch (IllegalArgumentException e) {
                problems.add(setting + " is not base64 (characters A-Z a-z 0-9 + / and = padding)." + generate);
                return;
            }
            if (exact ? key.length != KEY_BYTES : key.length < KEY_BYTES) {
                problems.add(setting + " decodes to " + key.length + " bytes; it must be " + (exact ? "exactly " : "at least ")
                        + KEY_BYTES + " bytes." + generate);
            }
        }
    }

    private static void checkSecret(Environment environment, Setting setting, int minBytes, String source, List<String> problems) {
        String value = read(environment, setting);
        if (value == null) {
            problems.add(setting + " is not set (" + source + ").");
        } else if (DEMO_VALUES.contains(value)) {
            problems.add(setting + " is the demo value of the local profile (" + source + ").");
        } else if (value.getBytes(StandardCharsets.UTF_8).length < minBytes) {
            problems.add(setting + " is too short: at least " + minBytes + " bytes (" + source + ").");
        }
    }

    private static void checkUrl(Environment environment, Setting setting, List<String> problems) {
        String value = read(environment, setting);
        if (value == null) {
            problems.add(setting + " is not set: the SMS gateway's base URL, e.g. https://sms.example.gov.cn.");
            return;
        }
        try {
            URI uri = URI.create(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                problems.add(setting + " is not an http(s) URL with a host: the SMS gateway's base URL, e.g. https://sms.example.gov.cn.");
            }
        } catch (IllegalArgumentException e) {
            problems.add(setting + " is not a URL: the SMS gateway's base URL, e.g. https://sms.example.gov.cn.");
        }
    }

    private static boolean flag(Environment environment, String property) {
        try {
            return Boolean.parseBoolean(environment.getProperty(property, "false").strip());
        } catch (IllegalArgumentException unresolvable) {
            return false;
        }
    }

    /** The value, or null when unset, blank or an unresolvable placeholder such as {@code ${GK_TOKEN_SECRET}}. */
    private static String read(Environment environment, Setting setting) {
        try {
            String value = environment.getProperty(setting.property());
            return value == null || value.isBlank() ? null : value;
        } catch (IllegalArgumentException unresolvable) {
            return null;
        }
    }

    /** A setting as the operator sets it (environment variable) and as the gateway reads it (property). */
    record Setting(String variable, String property) {
        @Override
        public String toString() {
            return variable + " (" + property + ")";
        }
    }
}
