package cn.gkgateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Duration;

/**
 * Verifies a bearer token's signature once: a token string verified before is answered from memory, and only its
 * claims are validated again on each use (expiry by the gateway's clock, issuer). Whether its session and account
 * still allow it is {@link SessionGuard}'s check, on every request. Saves parsing and HMAC-checking the same token on
 * each of a signed-in person's requests.
 */
final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifying;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifying, OAuth2TokenValidator<Jwt> validator, int maximumSize, Duration idle) {
        this.verifying = verifying;
        this.validator = validator;
        this.verified = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterAccess(idle).build();
    }

    @Override
    public Jwt decode(String token) {
        Jwt jwt = verified.getIfPresent(token);
        if (jwt == null) {
            jwt = verifying.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        OAuth2TokenValidatorResult result = validator.validate(jwt);
        if (result.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("the token is no longer valid", result.getErrors());
        }
        return jwt;
    }
}
