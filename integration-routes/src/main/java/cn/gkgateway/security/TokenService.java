package cn.gkgateway.security;

import cn.gkgateway.config.GatewayProperties;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Issues and reads the signed sign-in tokens (HS256 JWT). Everything a request needs to know
 * about its caller is in the token, so any gateway instance can serve it.
 */
@Component
public class TokenService {

    static final String ISSUER = "gk-gateway";

    private final JwtEncoder encoder;
    private final GatewayProperties properties;
    private final Clock clock;

    public TokenService(JwtEncoder encoder, GatewayProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    public IssuedToken issue(Caller caller) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.security().tokenTtl());
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(caller.username())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim("uid", caller.accountId())
                .claim("name", caller.displayName())
                .claim("role", caller.role().name());
        if (caller.organisationId() != null) {
            claims.claim("org", caller.organisationId());
        }
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build())).getTokenValue();
        return new IssuedToken(token, expiresAt);
    }

    static Caller callerOf(Jwt jwt) {
        Number org = jwt.getClaim("org");
        Number uid = jwt.getClaim("uid");
        return new Caller(uid.longValue(), jwt.getSubject(), jwt.getClaimAsString("name"),
                Role.valueOf(jwt.getClaimAsString("role")), org == null ? null : org.longValue());
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
