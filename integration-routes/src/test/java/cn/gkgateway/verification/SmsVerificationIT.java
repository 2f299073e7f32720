package cn.gkgateway.verification;

import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.demo.DemoData;
import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.identity.Role;
import cn.gkgateway.support.Eventually;
import cn.gkgateway.support.OwnContextIntegrationTest;
import cn.gkgateway.support.MutableClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.TestPropertySource;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * SMS verification codes end to end: request (with the client address as a proxy forwards it),
 * delivery through the ledger to the SMS stand-in, sign-in by code, expiry, single use, five wrong
 * tries, both rate limits per phone and per address, the same answer for unknown phones, password
 * reset, and the second factor of exam-office accounts (turned on here; off in the test profile, so
 * this test has a context and database of its own).
 */
@TestPropertySource(properties = "gk.verification.second-factor-roles=ADMIN,EXAM_OFFICE")
class SmsVerificationIT extends OwnContextIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    SmsGatewayStandIn smsGateway;
    @Autowired
    Accounts accounts;
    @Autowired
    PersonalDataProtector protector;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void anApplicantSignsInWithACodeThatWorksOnce() throws Exception {
        String phone = applicantWithPhone();
        Reply sent = requestCode("SIGN_IN", phone, null, newAddress());
        assertThat(sent.status()).isEqualTo(200);
        assertThat(sent.body().path("message").asText()).contains(PhoneNumber.mask(phone)).contains("10 分钟内有效");
        String code = codeSentTo(phone);

        assertThat(post("/api/auth/sms-login", json("phone", phone, "code", wrong(code)), null).code()).isEqualTo("SMS_CODE_WRONG");
        Reply signedIn = post("/api/auth/sms-login", json("phone", phone, "code", code), null);
        assertThat(signedIn.status()).isEqualTo(200);
        assertThat(api.get(signedIn.body().path("token").asText(), "/api/me").body().path("role").asText()).isEqualTo("APPLICANT");

        Reply again = post("/api/auth/sms-login", json("phone", phone, "code", code), null);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.code()).isEqualTo("SMS_CODE_INVALID");
    }

    @Test
    void aCodeExpiresAfterTenMinutes() throws Exception {
        String phone = applicantWithPhone();
        requestCode("SIGN_IN", phone, null, newAddress());
        String code = codeSentTo(phone);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        assertThat(post("/api/auth/sms-login", json("phone", phone, "code", code), null).code()).isEqualTo("SMS_CODE_INVALID");
    }

    @Test
    void fiveWrongTriesEndTheCode() throws Exception {
        String phone = applicantWithPhone();
        requestCode("SIGN_IN", phone, null, newAddress());
        String code = codeSentTo(phone);
        for (int i = 0; i < 4; i++) {
            assertThat(post("/api/auth/sms-login", json("phone", phone, "code", wrong(code)), null).code()).isEqualTo("SMS_CODE_WRONG");
        }
        Reply fifth = post("/api/auth/sms-login", json("phone", phone, "code", wrong(code)), null);
        assertThat(fifth.code()).isEqualTo("SMS_CODE_TRIES_EXCEEDED");
        assertThat(fifth.body().path("message").asText()).contains("已失效");
        assertThat(post("/api/auth/sms-login", json("phone", phone, "code", code), null).code()).isEqualTo("SMS_CODE_INVALID");
    }

    @Test
    void onePerMinuteAndTenPerHourPerPhone() throws Exception {
        String phone = applicantWithPhone();
        assertThat(requestCode("SIGN_IN", phone, null, newAddress()).status()).isEqualTo(200);
        Reply second = requestCode("SIGN_IN", phone, null, newAddress());
        assertThat(second.status()).isEqualTo(429);
        assertThat(second.code()).isEqualTo("SMS_CODE_TOO_FREQUENT");
        assertThat(second.retryAfter()).isBetween(1L, 60L);
        assertThat(second.body().path("message").asText()).contains("秒后再试");
        for (int i = 2; i <= 10; i++) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(requestCode("SIGN_IN", phone, null, newAddress()).status()).as("request %d", i).isEqualTo(200);
        }
        clock.advance(Duration.ofSeconds(61));
        Reply eleventh = requestCode("SIGN_IN", phone, null, newAddress());
        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.retryAfter()).isGreaterThan(60L).isLessThanOrEqualTo(3600L);
        assertThat(eleventh.body().path("message").asText()).contains("分钟后再试");
    }

    @Test
    void onePerMinuteAndTenPerHourPerClientAddress() throws Exception {
        String address = newAddress();
        assertThat(requestCode("SIGN_IN", unknownPhone(), null, address).status()).isEqualTo(200);
        assertThat(requestCode("SIGN_IN", unknownPhone(), null, address).status()).isEqualTo(429);
        for (int i = 2; i <= 10; i++) {
            clock.advance(Duration.ofSeconds(61));
            assertThat(requestCode("SIGN_IN", unknownPhone(), null, address).status()).as("request %d", i).isEqualTo(200);
        }
        clock.advance(Duration.ofSeconds(61));
        Reply eleventh = requestCode("SIGN_IN", unknownPhone(), null, address);
        assertThat(eleventh.status()).isEqualTo(429);
        assertThat(eleventh.retryAfter()).isGreaterThan(60L);
    }

    @Test
    void anUnknownPhoneGetsTheSameAnswersAndNoMessage() throws Exception {
        String known = applicantWithPhone();
        String unknown = unknownPhone();
        Reply toKnown = requestCode("SIGN_IN", known, null, newAddress());
        Reply toUnknown = requestCode("SIGN_IN", unknown, null, newAddress());
        assertThat(toUnknown.status()).isEqualTo(toKnown.status()).isEqualTo(200);
        assertThat(toUnknown.raw().replace(PhoneNumber.mask(unknown), "#")).isEqualTo(toKnown.raw().replace(PhoneNumber.mask(known), "#"));
        Reply knownAgain = requestCode("SIGN_IN", known, null, newAddress());
        Reply unknownAgain = requestCode("SIGN_IN", unknown, null, newAddress());
        assertThat(unknownAgain.status()).isEqualTo(knownAgain.status()).isEqualTo(429);
        assertThat(unknownAgain.code()).isEqualTo(knownAgain.code());
        codeSentTo(known);
        assertThat(messagesTo(unknown)).isEmpty();
        assertThat(post("/api/auth/sms-login", json("phone", unknown, "code", "123456"), null).code()).isEqualTo("SMS_CODE_INVALID");
    }

    @Test
    void aConsoleAccountResetsItsForgottenPasswordByCode() throws Exception {
        String phone = uniquePhone();
        String username = "reset" + SEQUENCE.incrementAndGet() + ThreadLocalRandom.current().nextInt(1000, 9999);
        Account account = new Account(username, "测试经办人", passwordEncoder.encode(PASSWORD), Role.UNIT_OPERATOR, null, null);
        account.registerPhone(PhoneNumber.parse(phone, "phone"), protector);
        accounts.save(account);

        assertThat(requestCode("PASSWORD_RESET", phone, username, newAddress()).status()).isEqualTo(200);
        String code = codeSentTo(phone);
        Reply reset = post("/api/auth/password-reset", json("username", username, "phone", phone, "code", code, "newPassword", "Xin#Mima2026"), null);
        assertThat(reset.status()).isEqualTo(204);
        assertThat(api.login(username, "Xin#Mima2026")).isNotBlank();
        assertThat(post("/api/auth/password-reset", json("username", username, "phone", phone, "code", code, "newPassword", "Ling#Mima2026"), null)
                .code()).isEqualTo("SMS_CODE_INVALID");
    }

    @Test
    void anExamOfficeAccountSignsInWithPasswordAndSmsCode() throws Exception {
        Reply first = post("/api/auth/login", json("username", "gkb_qu", "password", PASSWORD), null);
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.body().path("secondFactorRequired").asBoolean()).isTrue();
        assertThat(first.body().has("token")).isFalse();
        assertThat(first.body().path("phoneMasked").asText()).isEqualTo("139****0001");
        String challenge = first.body().path("challenge").asText();
        String code = codeSentTo(DemoData.GKB_QU_PHONE);

        assertThat(api.get(challenge, "/api/me").status()).as("a challenge is no token").isEqualTo(401);
        assertThat(post("/api/auth/second-factor", json("challenge", challenge, "code", wrong(code)), null).code()).isEqualTo("SMS_CODE_WRONG");
        assertThat(post("/api/auth/second-factor", json("challenge", challenge + "x", "code", code), null).code())
                .isEqualTo("SECOND_FACTOR_EXPIRED");
        Reply signedIn = post("/api/auth/second-factor", json("challenge", challenge, "code", code), null);
        assertThat(signedIn.status()).isEqualTo(200);
        JsonNode me = api.get(signedIn.body().path("token").asText(), "/api/me").body();
        assertThat(me.path("username").asText()).isEqualTo("gkb_qu");
        assertThat(me.path("role").asText()).isEqualTo("EXAM_OFFICE");

        // a unit operator is not asked for a second factor
        assertThat(post("/api/auth/login", json("username", "danwei", "password", PASSWORD), null).body().path("token").asText()).isNotBlank();
    }

    @Test
    void anAdministratorSignsInWithTwoFactorsAndRegistersAnAccountsPhone() throws Exception {
        Reply first = post("/api/auth/login", json("username", "admin", "password", PASSWORD), null);
        assertThat(first.body().path("secondFactorRequired").asBoolean()).as(first.raw()).isTrue();
        String admin = post("/api/auth/second-factor", json("challenge", first.body().path("challenge").asText(),
                "code", codeSentTo(DemoData.ADMIN_PHONE)), null).body().path("token").asText();

        Account holder = accounts.save(new Account("phone" + SEQUENCE.incrementAndGet() + ThreadLocalRandom.current().nextInt(1000, 9999),
                "测试经办人", passwordEncoder.encode(PASSWORD), Role.UNIT_OPERATOR, null, null));
        String phone = uniquePhone();
        var registered = api.exchange(org.springframework.http.HttpMethod.PUT, admin, "/api/admin/accounts/" + holder.getId() + "/phone",
                json("phone", phone));
        assertThat(registered.status()).as(registered.raw()).isEqualTo(200);
        assertThat(registered.body().path("phoneMasked").asText()).isEqualTo(PhoneNumber.mask(phone));
        assertThat(registered.raw()).doesNotContain(phone);
        Account stored = accounts.findById(holder.getId()).orElseThrow();
        assertThat(stored.getPhoneCipher()).doesNotContain(phone);
        assertThat(protector.decrypt(stored.getPhoneCipher())).isEqualTo(phone);
    }

    // --- helpers

    private record Reply(int status, JsonNode body, String raw, long retryAfter) {
        String code() {
            return body.path("code").asText(null);
        }
    }

    private Reply requestCode(String purpose, String phone, String username, String address) throws Exception {
        return post("/api/auth/sms-code", username == null ? json("purpose", purpose, "phone", phone)
                : json("purpose", purpose, "phone", phone, "username", username), address);
    }

    private Reply post(String path, String body, String forwardedFor) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        JsonNode parsed = response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        long retryAfter = response.headers().firstValue("Retry-After").map(Long::parseLong).orElse(-1L);
        return new Reply(response.statusCode(), parsed, response.body(), retryAfter);
    }

    private static String json(String... pairs) throws Exception {
        var node = JSON.createObjectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.put(pairs[i], pairs[i + 1]);
        }
        return JSON.writeValueAsString(node);
    }

    private String applicantWithPhone() {
        String phone = uniquePhone();
        Account account = new Account("sj" + phone, "测试申报人", passwordEncoder.encode(PASSWORD), Role.APPLICANT, null, null);
        account.registerPhone(PhoneNumber.parse(phone, "phone"), protector);
        accounts.save(account);
        return phone;
    }

    /** A phone no account has. */
    private static String unknownPhone() {
        return uniquePhone();
    }

    private static String uniquePhone() {
        return "15" + String.format("%09d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet() * 7919L) % 1_000_000_000L);
    }

    private static String newAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    private List<SmsGatewayStandIn.Received> messagesTo(String phone) {
        return smsGateway.received().stream()
                .filter(message -> message.phoneNumber().equals(phone) && message.templateCode().equals("GK_VERIFICATION_CODE")).toList();
    }

    /** The code in the newest verification SMS the stand-in received for {@code phone}. */
    private String codeSentTo(String phone) throws InterruptedException {
        Eventually.await(() -> !messagesTo(phone).isEmpty(), Duration.ofSeconds(15));
        Optional<SmsGatewayStandIn.Received> newest = messagesTo(phone).stream()
                .max(Comparator.comparing(SmsGatewayStandIn.Received::receivedAt));
        return newest.orElseThrow().templateParam().get("code");
    }
}
