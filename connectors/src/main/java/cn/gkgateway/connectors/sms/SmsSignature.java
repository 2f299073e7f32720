package cn.gkgateway.connectors.sms;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;

/** HMAC-SHA256 over "timestamp\nbody" with the app secret, hex encoded: how the gateway authenticates a request. */
final class SmsSignature {

    /** One keyed MAC per thread and secret, reused: no provider look-up and key set-up per request. */
    private record Keyed(String secret, Mac mac) {
    }

    private static final ThreadLocal<Keyed> MACS = new ThreadLocal<>();

    private SmsSignature() {
    }

    static String sign(String secret, String timestamp, byte[] body) {
        try {
            Keyed keyed = MACS.get();
            if (keyed == null || !keyed.secret().equals(secret)) {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                keyed = new Keyed(secret, mac);
                MACS.set(keyed);
            }
            Mac mac = keyed.mac();
            mac.reset();
            mac.update((timestamp + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static boolean verify(String secret, String timestamp, byte[] body, String signature) {
        if (timestamp == null || signature == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.UTF_8),
                signature.getBytes(StandardCharsets.UTF_8));
    }
}
