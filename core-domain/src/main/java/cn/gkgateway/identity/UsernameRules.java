package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Usernames: 3–30 characters, lower-case letters, digits and underscores, starting with a letter.
 * Sign-in compares the normalised form (NFKC, trimmed, lower case), so {@code ＤanWei } finds {@code danwei}.
 */
public final class UsernameRules {

    private static final Pattern ALLOWED = Pattern.compile("[a-z][a-z0-9_]{2,29}");

    private UsernameRules() {
    }

    public static String normalise(String raw) {
        return raw == null ? "" : Normalizer.normalize(raw, Normalizer.Form.NFKC).strip().toLowerCase(Locale.ROOT);
    }

    /** The normalised username, or a refusal that says what to fix. */
    public static String requireValid(String raw) {
        String name = normalise(raw);
        if (!ALLOWED.matcher(name).matches()) {
            throw DomainException.invalid("USERNAME_INVALID", "username",
                    "用户名须为3至30位小写字母、数字或下划线，并以字母开头");
        }
        return name;
    }

    /** SHA-256 of the normalised name: the key of an unknown name's failure count. */
    public static String hashOf(String raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normalise(raw).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
