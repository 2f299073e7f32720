package cn.gkgateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Sessions of signed-in accounts ({@code gk.sign-in.*}).
 *
 * @param idleTimeout   a session unused this long ends (default 30 minutes)
 * @param stateCacheTtl how long one instance trusts what it read about a session and its account;
 *                      a lock, disable, role or password change takes at most this long to end tokens everywhere
 * @param touchInterval a session in use is renewed in the database at most this often
 */
@ConfigurationProperties("gk.sign-in")
public record SignInProperties(Duration idleTimeout, Duration stateCacheTtl, Duration touchInterval) {

    public SignInProperties {
        idleTimeout = idleTimeout == null ? Duration.ofMinutes(30) : idleTimeout;
        stateCacheTtl = stateCacheTtl == null ? Duration.ofSeconds(5) : stateCacheTtl;
        touchInterval = touchInterval == null ? Duration.ofMinutes(1) : touchInterval;
    }
}
