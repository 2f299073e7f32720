package cn.gkgateway.security.govlogin;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * The government-service login (统一身份认证), an OpenID Connect provider ({@code gk.gov-login.*}).
 *
 * @param issuer                the provider's issuer URL; discovery reads {@code issuer/.well-known/openid-configuration}.
 *                              Blank: the stand-in's when it runs, else the login is switched off
 * @param clientId              the gateway's client id at the provider
 * @param clientSecret          its secret (client_secret_basic)
 * @param scopes                scopes to ask for (openid is required)
 * @param claims                the provider's claim names for name, ID number, phone and real-name level
 * @param requiredLevel         the lowest real-name level that may sign in and declare
 * @param levelHelp             what a person below the level must do (shown on the refusal page)
 * @param postLogoutRedirectUri where the provider sends the browser after its logout (must be registered there); blank: none
 * @param connectTimeout        connect timeout towards the provider
 * @param readTimeout           read timeout towards the provider (a slow provider is treated as down)
 * @param standIn               the local stand-in provider (local profile and tests only)
 */
@ConfigurationProperties("gk.gov-login")
public record GovLoginProperties(String issuer, String clientId, String clientSecret, List<String> scopes, Claims claims,
                                 Integer requiredLevel, String levelHelp, String postLogoutRedirectUri, Duration connectTimeout,
                                 Duration readTimeout, StandIn standIn) {

    public GovLoginProperties {
        scopes = scopes == null || scopes.isEmpty() ? List.of("openid", "profile", "phone") : List.copyOf(scopes);
        claims = claims == null ? new Claims(null, null, null, null) : claims;
        requiredLevel = requiredLevel == null ? 3 : requiredLevel;
        levelHelp = levelHelp == null || levelHelp.isBlank()
                ? "请登录政务服务网，在“个人中心 → 实名认证”中完成人脸识别或银行卡认证，将实名等级提升后重新登录。" : levelHelp;
        connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
        readTimeout = readTimeout == null ? Duration.ofSeconds(5) : readTimeout;
        standIn = standIn == null ? new StandIn(false, 0, List.of()) : standIn;
    }

    /** Claim names; defaults are those of the stand-in. */
    public record Claims(String name, String idNumber, String phone, String level) {

        public Claims {
            name = name == null ? "real_name" : name;
            idNumber = idNumber == null ? "id_card" : idNumber;
            phone = phone == null ? "mobile" : phone;
            level = level == null ? "auth_level" : level;
        }
    }

    /**
     * @param redirectUris where the stand-in may send the browser back (loopback addresses match on any port)
     */
    public record StandIn(boolean enabled, int port, List<String> redirectUris) {

        public StandIn {
            redirectUris = redirectUris == null || redirectUris.isEmpty()
                    ? List.of("http://127.0.0.1:8080/login/oauth2/code/" + GovLoginConfiguration.REGISTRATION_ID) : List.copyOf(redirectUris);
        }
    }
}
