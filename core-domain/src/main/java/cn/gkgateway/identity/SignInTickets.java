package cn.gkgateway.identity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * One-time tickets that carry an opened session from a browser redirect (the OIDC callback) to the
 * app, which exchanges the ticket for the gateway's token: valid {@link #LIFETIME}, usable once,
 * kept only as a keyed hash, in the database so that any instance can take the exchange. The
 * provider's ID token waits sealed (encrypted) until the exchange and is erased then.
 */
@Service
public class SignInTickets {

    public static final Duration LIFETIME = Duration.ofSeconds(60);
    /** The column's size: a sealed ID token longer than this is not kept (the logout then ends only the gateway's session). */
    private static final int MAX_SEALED_ID_TOKEN = 8000;

    private final JdbcTemplate jdbc;
    private final PersonalDataProtector protector;
    private final Accounts accounts;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public SignInTickets(JdbcTemplate jdbc, PersonalDataProtector protector, Accounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.protector = protector;
        this.accounts = accounts;
        this.clock = clock;
    }

    /** What an exchanged ticket yields: the session, and the provider's ID token (for its logout) if one was kept. */
    public record Redeemed(SignInResult.SignedIn signedIn, String idToken) {
    }

    /** A new ticket for an opened session; {@code idToken} may be null. */
    @Transactional
    public String issue(SignInResult.SignedIn signedIn, String idToken) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        jdbc.update("DELETE FROM sign_in_ticket WHERE expires_at < ?", utc(now.minus(Duration.ofHours(1))));
        // the ID token carries the person's claims (ID number, phone): sealed while it waits for the exchange
        String sealed = idToken == null ? null : protector.encrypt(idToken);
        jdbc.update("INSERT INTO sign_in_ticket (ticket_hash, account_id, session_id, token_version, id_token, expires_at) VALUES (?, ?, ?, ?, ?, ?)",
                protector.hash("ticket:" + ticket), signedIn.caller().accountId(), signedIn.sessionId(), signedIn.tokenVersion(),
                sealed == null || sealed.length() > MAX_SEALED_ID_TOKEN ? null : sealed, utc(now.plus(LIFETIME)));
        return ticket;
    }

    /** The ticket's session, once; empty when unknown, expired or already used. */
    @Transactional
    public Optional<Redeemed> redeem(String ticket) {
        if (ticket == null || ticket.isBlank() || ticket.length() > 100) {
            return Optional.empty();
        }
        String hash = protector.hash("ticket:" + ticket);
        Instant now = clock.instant();
        if (jdbc.update("UPDATE sign_in_ticket SET used_at = ? WHERE ticket_hash = ? AND used_at IS NULL AND expires_at > ?",
                utc(now), hash, utc(now)) != 1) {
            return Optional.empty();
        }
        List<Object[]> rows = jdbc.query("SELECT account_id, session_id, token_version, id_token FROM sign_in_ticket WHERE ticket_hash = ?",
                (rs, row) -> new Object[]{rs.getLong("account_id"), rs.getString("session_id"), rs.getInt("token_version"), rs.getString("id_token")},
                hash);
        List<Redeemed> found = rows.stream().flatMap(row -> accounts.findById((Long) row[0]).stream()
                .map(account -> new Redeemed(new SignInResult.SignedIn(account.asCaller(), (String) row[1], (Integer) row[2],
                        account.isMustChangePassword()), open((String) row[3])))).toList();
        jdbc.update("UPDATE sign_in_ticket SET id_token = NULL WHERE ticket_hash = ?", hash);
        return found.stream().findFirst();
    }

    /** The sealed ID token opened; null when none was kept or it cannot be opened (e.g. kept before sealing began). */
    private String open(String sealed) {
        if (sealed == null) {
            return null;
        }
        try {
            return protector.decrypt(sealed);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
