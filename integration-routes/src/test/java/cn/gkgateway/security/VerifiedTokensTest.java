package cn.gkgateway.security;

import cn.gkgateway.support.MutableClock;
import com.nimbusds.jose.jwk.source.ImmutableSecret;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A token's signature is verified once; its expiry and issuer on every use; any other string is verified afresh. */
class VerifiedTokensTest {

    private final SecretKeySpec key = new SecretKeySpec("a-test-secret-of-at-least-32-bytes!".getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    private final MutableClock clock = new MutableClock(ZoneId.of("Asia/Shanghai"));
    private final AtomicInteger verifications = new AtomicInteger();
    private final VerifiedTokens tokens = tokens();

    private VerifiedTokens tokens() {
        NimbusJwtDecoder nimbus = NimbusJwtDecoder.withSecretKey(key).macAlgorithm(MacAlgorithm.HS256).build();
        JwtTimestampValidator timestamps = new JwtTimestampValidator(Duration.ZERO);
        timestamps.setClock(clock);
        OAuth2TokenValidator<Jwt> validator = new DelegatingOAuth2TokenValidator<>(timestamps, new JwtIssuerValidator(TokenService.ISSUER));
        nimbus.setJwtValidator(validator);
        JwtDecoder counting = token -> {
            verifications.incrementAndGet();
            return nimbus.decode(token);
        };
        return new VerifiedTokens(counting, validator, 100, Duration.ofMinutes(10));
    }

    private String token(Duration ttl) {
        JwtClaimsSet claims = JwtClaimsSet.builder().issuer(TokenService.ISSUER).subject("7").issuedAt(clock.instant())
                .expiresAt(clock.instant().plus(ttl)).build();
        return new NimbusJwtEncoder(new ImmutableSecret<>(key)).encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims))
                .getTokenValue();
    }

    @Test
    void theSameTokenIsVerifiedOnceAndItsExpiryOnEveryUse() {
        String token = token(Duration.ofMinutes(30));
        assertThat(tokens.decode(token).getSubject()).isEqualTo("7");
        assertThat(tokens.decode(token).getSubject()).isEqualTo("7");
        assertThat(verifications).hasValue(1);

        clock.advance(Duration.ofMinutes(31));
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtValidationException.class);
        // forgotten once refused: the next use is verified afresh (and refused again)
        assertThatThrownBy(() -> tokens.decode(token)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }

    @Test
    void aTamperedTokenIsNeverTakenFromMemory() {
        String token = token(Duration.ofMinutes(30));
        tokens.decode(token);
        String[] parts = token.split("\\.");
        String tampered = parts[0] + "." + parts[1] + "." + new StringBuilder(parts[2]).reverse();
        assertThatThrownBy(() -> tokens.decode(tampered)).isInstanceOf(JwtException.class);
        assertThat(verifications).hasValue(2);
    }
}
