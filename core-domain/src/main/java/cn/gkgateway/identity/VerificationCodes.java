package cn.gkgateway.identity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * SMS verification codes: 6 digits, valid {@link VerificationSettings#validity()}, single use,
 * kept only as a keyed hash, ended by {@link VerificationSettings#maxFailures()} wrong tries. Requests
 * are limited per phone and per client address (see {@link CodeRequestLimits}) whether or not the
 * phone is known, so that the answers cannot tell the two apart; only known phones get an SMS.
 */
@Service
public class VerificationCodes {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final PersonalDataProtector protector;
    private final CodeSender sender;
    private final VerificationSettings settings;
    private final CodeRequestLimits limits;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public VerificationCodes(JdbcTemplate jdbc, TransactionTemplate transaction, PersonalDataProtector protector, CodeSender sender,
                             VerificationSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.protector = protector;
        this.sender = sender;
        this.settings = settings;
        this.limits = new CodeRequestLimits(jdbc, settings);
        this.clock = clock;
    }

    public VerificationSettings settings() {
        return settings;
    }

    /**
     * Counts a request for a code for {@code phone} from {@code clientAddress} and, if
     * {@code deliver}, sends a new code (ending any earlier one of the same purpose). A null
     * {@code clientAddress} limits by phone only (the second factor, after a right password).
     *
     * @throws CodeRequestsThrottled when the phone or the address is at its limit, known or not
     */
    public void request(CodePurpose purpose, PhoneNumber phone, String clientAddress, boolean deliver) {
        Instant now = clock.instant();
        String phoneHash = protector.hash(phone.value());
        String code = String.format("%06d", random.nextInt(1_000_000));
        transaction.executeWithoutResult(status -> {
            limits.admit(clientAddress == null ? List.of(protector.hash("phone:" + phone.value()))
                    : List.of(protector.hash("phone:" + phone.value()), protector.hash("address:" + clientAddress)), now);
            if (!deliver) {
                return;
            }
            jdbc.update("UPDATE verification_code SET spent_at = ? WHERE phone_hash = ? AND purpose = ? AND spent_at IS NULL",
                    utc(now), phoneHash, purpose.name());
            jdbc.update("INSERT INTO verification_code (purpose, phone_hash, code_hash, failed_attempts, created_at, expires_at)"
                            + " VALUES (?, ?, ?, 0, ?, ?)", purpose.name(), phoneHash, hashOf(purpose, phoneHash, code),
                    utc(now), utc(now.plus(settings.validity())));
            sender.send(phone, purpose, code, settings.validity());
        });
    }

    /** Checks {@code code} against the live code of this phone and purpose; a right code is spent. */
    public CodeCheck check(CodePurpose purpose, String phoneDigits, String code) {
        Instant now = clock.instant();
        String phoneHash = protector.hash(phoneDigits);
        return transaction.execute(status -> {
            List<Map<String, Object>> live = jdbc.queryForList("SELECT id, code_hash, failed_attempts FROM verification_code"
                    + " WHERE phone_hash = ? AND purpose = ? AND spent_at IS NULL AND expires_at > ? ORDER BY id DESC LIMIT 1 FOR UPDATE",
                    phoneHash, purpose.name(), utc(now));
            if (live.isEmpty()) {
                return CodeCheck.NO_CODE;
            }
            long id = ((Number) live.get(0).get("id")).longValue();
            boolean right = code != null && code.matches("\\d{6}") && hashOf(purpose, phoneHash, code).equals(live.get(0).get("code_hash"));
            if (right) {
                jdbc.update("UPDATE verification_code SET spent_at = ? WHERE id = ?", utc(now), id);
                return CodeCheck.ACCEPTED;
            }
            int failures = ((Number) live.get(0).get("failed_attempts")).intValue() + 1;
            boolean last = failures >= settings.maxFailures();
            jdbc.update("UPDATE verification_code SET failed_attempts = ?, spent_at = ? WHERE id = ?", failures, last ? utc(now) : null, id);
            return last ? CodeCheck.WRONG_AND_SPENT : CodeCheck.WRONG;
        });
    }

    private String hashOf(CodePurpose purpose, String phoneHash, String code) {
        return protector.hash("code:" + purpose.name() + ":" + phoneHash + ":" + code);
    }

    private static LocalDateTime utc(Instant instant) {
        return CodeRequestLimits.utc(instant);
    }
}
