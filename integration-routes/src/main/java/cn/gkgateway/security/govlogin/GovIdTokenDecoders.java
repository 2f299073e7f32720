package cn.gkgateway.security.govlogin;

import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoderFactory;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.web.client.RestTemplate;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decodes and validates the provider's ID tokens as Spring's {@link OidcIdTokenDecoderFactory} does
 * (RS256 signature against the provider's JWK set, issuer, audience = our client id, expiry), but
 * fetches the JWK set with the configured connect and read timeouts, so that a provider slow to
 * answer there too counts as down instead of holding the callback indefinitely.
 */
class GovIdTokenDecoders implements JwtDecoderFactory<ClientRegistration> {

    private final RestTemplate http;
    private final Map<String, JwtDecoder> decoders = new ConcurrentHashMap<>();

    GovIdTokenDecoders(GovLoginProperties properties) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(properties.connectTimeout());
        factory.setReadTimeout(properties.readTimeout());
        this.http = new RestTemplate(factory);
    }

    @Override
    public JwtDecoder createDecoder(ClientRegistration registration) {
        // keyed by the JWK set too: a registration discovered again may point elsewhere
        return decoders.computeIfAbsent(registration.getRegistrationId() + " " + registration.getProviderDetails().getJwkSetUri(),
                key -> {
                    NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri())
                            .jwsAlgorithm(SignatureAlgorithm.RS256).restOperations(http).build();
                    decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(),
                            new OidcIdTokenValidator(registration)));
                    decoder.setClaimSetConverter(new MappedJwtClaimSetConverter(OidcIdTokenDecoderFactory.createDefaultClaimTypeConverters()));
                    return decoder;
                });
    }
}
