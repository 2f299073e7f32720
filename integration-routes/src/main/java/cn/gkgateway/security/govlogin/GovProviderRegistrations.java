package cn.gkgateway.security.govlogin;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.web.client.RestClient;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The provider's client registration, found by OIDC discovery on first use (not at start-up: the
 * gateway starts while the provider is down) and cached once found; a failed discovery is tried
 * again at the next sign-in. Discovery has the configured timeouts, so a slow provider counts as down.
 */
public class GovProviderRegistrations implements ClientRegistrationRepository {

    private final GovLoginProperties properties;
    private final Supplier<String> issuer;
    private final RestClient http;
    private volatile ClientRegistration registration;

    GovProviderRegistrations(GovLoginProperties properties, Supplier<String> issuer) {
        this.properties = properties;
        this.issuer = issuer;
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(properties.connectTimeout());
        factory.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(factory).build();
    }

    /** Whether a provider is configured at all. */
    public boolean configured() {
        String location = issuer.get();
        return location != null && !location.isBlank();
    }

    /** The registration, discovering it if needed; null when none is configured or the provider cannot be reached. */
    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        if (!GovLoginConfiguration.REGISTRATION_ID.equals(registrationId) || !configured()) {
            return null;
        }
        ClientRegistration known = registration;
        if (known != null) {
            return known;
        }
        try {
            registration = discover(issuer.get());
            return registration;
        } catch (RuntimeException unreachable) {
            return null;
        }
    }

    /** Forgets the discovered registration (it is discovered again at the next sign-in). */
    public void forget() {
        registration = null;
    }

    private ClientRegistration discover(String issuerUri) {
        String base = issuerUri.endsWith("/") ? issuerUri.substring(0, issuerUri.length() - 1) : issuerUri;
        Map<String, Object> metadata = http.get().uri(base + "/.well-known/openid-configuration").retrieve()
                .body(new ParameterizedTypeReference<Map<String, Object>>() {
                });
        if (metadata == null || !issuerUri.equals(metadata.get("issuer"))) {
            throw new IllegalStateException("discovery answered another issuer");
        }
        return ClientRegistration.withRegistrationId(GovLoginConfiguration.REGISTRATION_ID)
                .clientId(properties.clientId())
                .clientSecret(properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(properties.scopes())
                .authorizationUri((String) metadata.get("authorization_endpoint"))
                .tokenUri((String) metadata.get("token_endpoint"))
                .jwkSetUri((String) metadata.get("jwks_uri"))
                .userInfoUri((String) metadata.get("userinfo_endpoint"))
                .userNameAttributeName("sub")
                .issuerUri(issuerUri)
                .providerConfigurationMetadata(metadata)
                .clientName("政务服务网")
                .build();
    }
}
