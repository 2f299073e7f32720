package cn.gkgateway.verification;

import cn.gkgateway.audit.AuditEntries;
import cn.gkgateway.audit.AuditEntry;
import cn.gkgateway.connectors.sms.SmsGatewayStandIn;
import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.identity.Role;
import cn.gkgateway.identity.SessionState;
import cn.gkgateway.identity.SignInSessions;
import cn.gkgateway.support.ApiClient.Answer;
import cn.gkgateway.support.Eventually;
import cn.gkgateway.support.GatewayIntegrationTest;
import cn.gkgateway.support.MutableClock;
import org.junit.jupiter.api.AfterEach;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.security.crypto.password.PasswordEncoder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 个人设置: console accounts and applicants set their own phone, proving the new phone with an SMS
 * code sent to it (console accounts also with their password); masked in every answer, encrypted in
 * the database, audited with masked numbers only.
 */
class OwnPhoneIT extends GatewayIntegrationTest {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    SmsGatewayStandIn smsGateway;
    @Autowired
    Accounts accounts;
    @Autowired
    PersonalDataProtector protector;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuditEntries auditEntries;
    @Autowired
    MutableClock clock;
    @Autowired
    SignInSessions sessions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aConsoleAccountSetsItsPhoneWithTheCodeSentToItAndItsPassword() throws Exception {
        Account holder = account(Role.UNIT_OPERATOR, null);
        String token = api.login(holder.getUsername(), PASSWORD);
        assertThat(api.get(token, "/api/me/phone").body().path("phoneMasked").isNull()).isTrue();
        assertThat(api.get(token, "/api/me/phone").body().path("passwordRequired").asBoolean()).isTrue();

        String phone = uniquePhone();
        HttpResponse<String> sent = requestCode(token, phone);
        assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
        assertThat(sent.body()).contains(PhoneNumber.mask(phone)).doesNotContain(phone);
        String code = codeSentTo(phone);

        Answer wrongPassword = change(token, phone, code, "Wrong#Pass2026");
        assertThat(wrongPassword.status()).isEqualTo(400);
        assertThat(wrongPassword.code()).isEqualTo("PASSWORD_CURRENT_WRONG");
        Answer noPassword = change(token, phone, code, null);
        assertThat(noPassword.code()).isEqualTo("PASSWORD_CURRENT_WRONG");
        assertThat(accounts.findById(holder.getId()).orElseThrow().getFailedAttempts()).as("counted as failed sign-ins").isEqualTo(2);
        assertThat(change(token, phone, wrong(code), PASSWORD).code()).isEqualTo("SMS_CODE_WRONG");

        Answer changed = change(token, phone, code, PASSWORD);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.body().path("phoneMasked").asText()).isEqualTo(PhoneNumber.mask(phone));
        assertThat(changed.raw()).doesNotContain(phone);
        assertThat(api.get(token, "/api/me/phone").body().path("phoneMasked").asText()).isEqualTo(PhoneNumber.mask(phone));
        Account stored = accounts.findById(holder.getId()).orElseThrow();
        assertThat(stored.getPhoneCipher()).doesNotContain(phone);
        assertThat(protector.decrypt(stored.getPhoneCipher())).isEqualTo(phone);
        assertThat(stored.getPhoneHash()).isEqualTo(protector.hash(phone));

        List<AuditEntry> audit = auditEntries.findAll().stream().filter(entry -> holder.getId().equals(entry.getTargetId())).toList();
        assertThat(audit).anySatisfy(entry -> {
            assertThat(entry.getAction()).isEqualTo("PHONE_CHANGED");
            assertThat(entry.getDetail()).contains(PhoneNumber.mask(phone)).doesNotContain(phone);
        });
        assertThat(audit).anySatisfy(entry -> assertThat(entry.getAction()).isEqualTo("PHONE_CHANGE_REFUSED"));

        // the code was single use; the same phone again is no change
        assertThat(change(token, phone, code, PASSWORD).code()).isEqualTo("PHONE_UNCHANGED");
    }

    @Test
    void anApplicantSetsTheirPhoneWithTheCodeAloneAndThenSignsInWithIt() throws Exception {
        Account applicant = account(Role.APPLICANT, null);
        String token = api.login(applicant.getUsername(), PASSWORD);
        assertThat(api.get(token, "/api/me/phone").body().path("passwordRequired").asBoolean()).isFalse();
        String phone = uniquePhone();
        assertThat(requestCode(token, phone).statusCode()).isEqualTo(200);
        String code = codeSentTo(phone);
        // a code proves only the phone it was sent to
        assertThat(change(token, uniquePhone(), code, null).code()).isEqualTo("SMS_CODE_INVALID");
        Answer changed = change(token, phone, code, null);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.body().path("phoneMasked").asText()).isEqualTo(PhoneNumber.mask(phone));

        // the new phone signs the applicant in by SMS code (a minute later: one code a minute per phone)
        clock.advance(Duration.ofSeconds(61));
        assertThat(post("/api/auth/sms-code", "{\"purpose\":\"SIGN_IN\",\"phone\":\"" + phone + "\"}", null).statusCode()).isEqualTo(200);
        Eventually.await(() -> messagesTo(phone).size() == 2, Duration.ofSeconds(15));
        HttpResponse<String> signedIn = post("/api/auth/sms-login", "{\"phone\":\"" + phone + "\",\"code\":\"" + codeSentTo(phone) + "\"}", null);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(200);
        assertThat(JSON.readTree(signedIn.body()).path("user").path("username").asText()).isEqualTo(applicant.getUsername());

        // another applicant cannot take the same phone (it would sign in two people)
        Account other = account(Role.APPLICANT, null);
        String otherToken = api.login(other.getUsername(), PASSWORD);
        clock.advance(Duration.ofSeconds(61));
        assertThat(requestCode(otherToken, phone).statusCode()).isEqualTo(200);
        Eventually.await(() -> messagesTo(phone).size() == 3, Duration.ofSeconds(15));
        Answer taken = change(otherToken, phone, codeSentTo(phone), null);
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.code()).isEqualTo("PHONE_IN_USE");
    }

    @Test
    void changingThePhoneEndsTheOtherSessionsButKeepsThisOne() throws Exception {
        Account holder = account(Role.UNIT_OPERATOR, null);
        String elsewhere = api.login(holder.getUsername(), PASSWORD);
        String here = api.login(holder.getUsername(), PASSWORD);
        assertThat(api.get(elsewhere, "/api/me").status()).isEqualTo(200);
        String phone = uniquePhone();
        assertThat(requestCode(here, phone).statusCode()).isEqualTo(200);
        Answer changed = change(here, phone, codeSentTo(phone), PASSWORD);
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);

        Answer refused = api.get(elsewhere, "/api/me");
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.code()).isEqualTo("SESSION_ENDED");
        assertThat(api.get(here, "/api/me").status()).isEqualTo(200);
        // another instance has no cache of its own: it reads the session from the database and refuses it as well
        String elsewhereSid = cn.gkgateway.support.TestAccounts.claims(elsewhere).path("sid").asText();
        SessionState state = sessions.stateOf(elsewhereSid).orElseThrow();
        assertThat(state.verdict(holder.getId(), cn.gkgateway.support.TestAccounts.claims(elsewhere).path("tv").asInt(),
                clock.instant(), Duration.ofMinutes(30))).isEqualTo(SessionState.Verdict.ENDED);
        String hereSid = cn.gkgateway.support.TestAccounts.claims(here).path("sid").asText();
        assertThat(sessions.stateOf(hereSid).orElseThrow().endedAt()).isNull();
        assertThat(accounts.findById(holder.getId()).orElseThrow().getPhoneProvenAt()).isNotNull();
        assertThat(auditEntries.findAll()).anySatisfy(entry -> {
            assertThat(entry.getAction()).isEqualTo("PHONE_CHANGED");
            assertThat(entry.getTargetId()).isEqualTo(holder.getId());
            assertThat(entry.getDetail()).contains("其他1处登录已退出");
        });
    }

    @Test
    void settingAPhoneNeedsASignIn() throws Exception {
        assertThat(api.get(null, "/api/me/phone").status()).isEqualTo(401);
        assertThat(post("/api/me/phone/code", "{\"phone\":\"" + uniquePhone() + "\"}", null).statusCode()).isEqualTo(401);
    }

    // --- helpers

    private Account account(Role role, Long organisationId) {
        String username = (role == Role.APPLICANT ? "sjphone" : "phoneop") + SEQUENCE.incrementAndGet() + ThreadLocalRandom.current().nextInt(10000, 99999);
        return accounts.save(new Account(username, "测试用户", passwordEncoder.encode(PASSWORD), role, organisationId, null));
    }

    private Answer change(String token, String phone, String code, String password) throws Exception {
        var body = JSON.createObjectNode().put("phone", phone).put("code", code);
        if (password != null) {
            body.put("password", password);
        }
        return api.exchange(HttpMethod.PUT, token, "/api/me/phone", JSON.writeValueAsString(body));
    }

    private HttpResponse<String> requestCode(String token, String phone) throws Exception {
        return post("/api/me/phone/code", "{\"phone\":\"" + phone + "\"}", token);
    }

    /** From an address of its own each time, so the per-address limit of other tests does not interfere. */
    private HttpResponse<String> post(String path, String body, String token) throws Exception {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("X-Forwarded-For", "10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(1, 255))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String uniquePhone() {
        return "17" + String.format("%09d", (System.nanoTime() / 1000 + SEQUENCE.incrementAndGet() * 7919L) % 1_000_000_000L);
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "000001" : "000000";
    }

    private List<SmsGatewayStandIn.Received> messagesTo(String phone) {
        return smsGateway.received().stream()
                .filter(message -> message.phoneNumber().equals(phone) && message.templateCode().equals("GK_VERIFICATION_CODE")).toList();
    }

    private String codeSentTo(String phone) throws InterruptedException {
        Eventually.await(() -> !messagesTo(phone).isEmpty(), Duration.ofSeconds(15));
        return messagesTo(phone).stream().max(Comparator.comparing(SmsGatewayStandIn.Received::receivedAt)).orElseThrow()
                .templateParam().get("code");
    }
}
