package cn.gkgateway.security;

import cn.gkgateway.config.GatewayProperties;
import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.Role;
import cn.gkgateway.identity.SignInResult;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Issues and reads the signed sign-in tokens (HS256 JWT). A token names its caller, its session
 * ({@code sid}) and the account's token version ({@code tv}); {@link SessionGuard} checks the last
 * two against the database on every request, so a token stops working within seconds of a logout,
 * lock, disable, role or password change. {@code gk.security.token-ttl} caps a token's whole life.
 */
@Component
public class TokenService {

    static final String ISSUER = "gk-gateway";
    static final String SESSION = "sid";
    static final String TOKEN_VERSION = "tv";

    private final JwtEncoder encoder;
    private final GatewayProperties properties;
    private final Clock clock;

    public TokenService(JwtEncoder encoder, GatewayProperties properties, Clock clock) {
        this.encoder = encoder;
        this.properties = properties;
        this.clock = clock;
    }

    public IssuedToken issue(SignInResult.SignedIn signedIn) {
        Caller caller = signedIn.caller();
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.security().tokenTtl());
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer(ISSUER)
                .subject(caller.username())
                .issuedAt(now)
                .expiresAt(expiresAt)
                .claim("uid", caller.accountId())
                .claim("name", caller.displayName())
                .claim("role", caller.role().name())
                .claim(SESSION, signedIn.sessionId())
                .claim(TOKEN_VERSION, signedIn.tokenVersion());
        if (caller.organisationId() != null) {
            claims.claim("org", caller.organisationId());
        }
        String token = encoder.encode(JwtEncoderParameters.from(JwsHeader.with(MacAlgorithm.HS256).build(), claims.build())).getTokenValue();
        return new IssuedToken(token, expiresAt);
    }

    /** The caller a token names; a signed token without the expected claims is refused as invalid (401), never a 500. */
    static Caller callerOf(Jwt jwt) {
        Object uid = jwt.getClaims().get("uid");
        Object org = jwt.getClaims().get("org");
        String role = jwt.getClaimAsString("role");
        if (!(uid instanceof Number id) || (org != null && !(org instanceof Number)) || role == null || jwt.getSubject() == null) {
            throw new InvalidBearerTokenException("token lacks its caller");
        }
        try {
            return new Caller(id.longValue(), jwt.getSubject(), jwt.getClaimAsString("name"), Role.valueOf(role),
                    org == null ? null : ((Number) org).longValue());
        } catch (IllegalArgumentException unknownRole) {
            throw new InvalidBearerTokenException("token names an unknown role");
        }
    }

    /** The session id and token version a token carries; refused as invalid when missing. */
    static SessionClaims sessionOf(Jwt jwt) {
        Object sid = jwt.getClaims().get(SESSION);
        Object version = jwt.getClaims().get(TOKEN_VERSION);
        if (!(sid instanceof String id) || !(version instanceof Number number)) {
            throw new InvalidBearerTokenException("token lacks its session");
        }
        return new SessionClaims(id, number.intValue());
    }

    record SessionClaims(String sessionId, int tokenVersion) {
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
