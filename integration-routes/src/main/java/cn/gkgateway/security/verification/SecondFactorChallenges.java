package cn.gkgateway.security.verification;

import cn.gkgateway.config.GatewayProperties;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The stateless proof that an account's password was right, handed out instead of a token when a
 * second factor must follow: account id, token version and expiry, signed (HMAC-SHA256) with a key
 * derived from the token secret, so any instance can check it. It is not a bearer token.
 */
@Component
public class SecondFactorChallenges {

    private final byte[] key;
    private final Clock clock;
    private final Duration lifetime;

    SecondFactorChallenges(GatewayProperties properties, VerificationProperties verification, Clock clock) {
        this.key = ("second-factor:" + properties.security().tokenSecret()).getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
        this.lifetime = verification.codeValidity() == null ? Duration.ofMinutes(10) : verification.codeValidity();
    }

    /** What a valid challenge names. */
    public record Challenge(long accountId, int tokenVersion) {
    }

    public String issue(long accountId, int tokenVersion) {
        String payload = accountId + "." + tokenVersion + "." + clock.instant().plus(lifetime).getEpochSecond();
        String encoded = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + sign(encoded);
    }

    /** The challenge's content if it is genuine and not expired. */
    public Optional<Challenge> read(String challenge) {
        if (challenge == null) {
            return Optional.empty();
        }
        int dot = challenge.lastIndexOf('.');
        if (dot <= 0 || !MessageDigest.isEqual(sign(challenge.substring(0, dot)).getBytes(StandardCharsets.UTF_8),
                challenge.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
            return Optional.empty();
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(challenge.substring(0, dot)), StandardCharsets.UTF_8).split("\\.");
            if (Instant.ofEpochSecond(Long.parseLong(parts[2])).isBefore(clock.instant())) {
                return Optional.empty();
            }
            return Optional.of(new Challenge(Long.parseLong(parts[0]), Integer.parseInt(parts[1])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException malformed) {
            return Optional.empty();
        }
    }

    private String sign(String encoded) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(encoded.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
