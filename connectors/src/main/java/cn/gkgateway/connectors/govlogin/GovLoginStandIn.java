package cn.gkgateway.connectors.govlogin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.List;
import java.util.Map;

/**
 * The stand-in of the provincial government-service login (统一身份认证): a real OpenID Connect
 * provider (Spring Authorization Server) in its own small servlet context on loopback, with
 * discovery, authorization code + PKCE, signed ID tokens, userinfo and RP-initiated logout. Its
 * test identities ({@link StandInIdentity#DEMO}) carry provincial-style claims ({@code real_name},
 * {@code id_card}, {@code mobile}, {@code auth_level}) that the gateway maps by configuration.
 * Started by the local profile and tests only. {@link #unavailable(boolean)} makes it answer 503; tests
 * can also make it slow or make it issue ID tokens with a forged nonce or for another client.
 */
public class GovLoginStandIn implements AutoCloseable {

    public static final String CLIENT_ID = "gk-gateway";
    private static final Logger log = LoggerFactory.getLogger(GovLoginStandIn.class);

    private final ConfigurableApplicationContext context;
    private final StandInSwitches switches;

    /**
     * @param port         0 for a free port
     * @param clientSecret the gateway's client secret
     * @param redirectUris where the provider may send the browser back (loopback: any port is accepted)
     * @param logoutRedirectUris where the provider may send the browser after its logout
     * @param profiles     the gateway's profiles (local or test), so that its start-up checks accept this context too
     */
    public GovLoginStandIn(int port, String clientSecret, List<String> redirectUris, List<String> logoutRedirectUris, String... profiles) {
        this.context = new SpringApplicationBuilder(GovLoginStandInServer.class)
                .profiles(profiles)
                .web(WebApplicationType.SERVLET)
                .bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false)
                .registerShutdownHook(false)
                // read none of the gateway's application*.yml: this context is configured here only
                .properties(Map.of("spring.config.name", "gk-gov-login-stand-in", "server.port", String.valueOf(port),
                        "server.address", "127.0.0.1", "spring.main.allow-bean-definition-overriding", "false",
                        "gk.stand-in.client-secret", clientSecret, "gk.stand-in.redirect-uris", String.join(",", redirectUris),
                        "gk.stand-in.logout-redirect-uris", String.join(",", logoutRedirectUris)))
                .run();
        this.switches = context.getBean(StandInSwitches.class);
        log.info("government-login stand-in (OIDC) listening on {}", issuer());
    }

    /** The issuer URL, which is also where discovery starts ({@code /.well-known/openid-configuration}). */
    public String issuer() {
        return "http://127.0.0.1:" + ((ServletWebServerApplicationContext) context).getWebServer().getPort();
    }

    /** While true every request is answered 503, as a provider in maintenance does. */
    public void unavailable(boolean down) {
        switches.unavailable = down;
    }

    /** While positive every answer comes this late, as an overloaded provider's do. */
    public void slow(java.time.Duration delay) {
        switches.delayMillis = delay == null ? 0 : delay.toMillis();
    }

    /** While true the ID tokens carry a nonce the client did not send (a replayed or injected token). */
    public void issueWrongNonce(boolean wrong) {
        switches.wrongNonce = wrong;
    }

    /** While true the ID tokens are issued for another client (audience {@code another-client}). */
    public void issueForAnotherClient(boolean foreign) {
        switches.foreignAudience = foreign;
    }

    /** Switches every fault off. */
    public void healthy() {
        switches.unavailable = false;
        switches.delayMillis = 0;
        switches.wrongNonce = false;
        switches.foreignAudience = false;
    }

    @Override
    public void close() {
        context.close();
    }
}
