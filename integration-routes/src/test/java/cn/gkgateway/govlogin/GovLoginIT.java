package cn.gkgateway.govlogin;

import cn.gkgateway.audit.AuditEntries;
import cn.gkgateway.connectors.govlogin.GovLoginStandIn;
import cn.gkgateway.connectors.govlogin.StandInIdentity;
import cn.gkgateway.security.govlogin.GovProviderRegistrations;
import cn.gkgateway.support.ApiClient;
import cn.gkgateway.support.Fixtures;
import cn.gkgateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The government-service login over HTTP against the stand-in OIDC provider, step by step as a
 * browser follows the redirects: PKCE and the signed request cookie, the provider's login, the
 * callback, the one-time ticket exchanged for the gateway's token, the linked applicant; and the
 * refusals: real-name level too low, tampered or missing state, forged nonce, an ID token for another
 * client, replayed code, replayed ticket, provider down or slow; and the logout at the provider.
 */
class GovLoginIT extends GatewayIntegrationTest {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @Autowired
    GovLoginStandIn standIn;
    @Autowired
    GovProviderRegistrations registrations;
    @Autowired
    AuditEntries auditEntries;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transaction;
    @Autowired
    cn.gkgateway.connectors.sms.SmsGatewayStandIn sms;

    private final HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @AfterEach
    void providerBack() {
        standIn.healthy();
    }

    @Test
    void theLinkedApplicantSignsInThroughTheProviderAndSeesTheirDeclarations() throws Exception {
        String unit = login("danwei");
        long workerId = api.get(unit, "/api/roster/workers?name=王建国").body().path("content").get(0).path("id").asLong();
        api.post(unit, "/api/declarations", Fixtures.declaration(workerId, "INTERMEDIATE", "SL01"));

        HttpResponse<String> start = get(base() + "/oauth2/authorization/gov");
        assertThat(start.statusCode()).isEqualTo(302);
        String authorize = location(start);
        assertThat(authorize).startsWith(standIn.issuer()).contains("code_challenge=").contains("code_challenge_method=S256")
                .contains("nonce=").contains("client_id=gk-gateway");
        assertThat(start.headers().allValues("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("gk_oidc_request=")
                .contains("HttpOnly"));

        String callback = signInAtProvider(authorize, "wangjianguo");
        HttpResponse<String> landed = get(callback);
        assertThat(landed.statusCode()).isEqualTo(302);
        String app = location(landed);
        assertThat(app).contains("/h5/#/auth/callback?ticket=").doesNotContain("token=");
        String ticket = app.substring(app.indexOf("ticket=") + 7);
        // the provider's ID token (with the ID number and phone among its claims) waits for the exchange sealed, never readable
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_ticket WHERE id_token IS NOT NULL", Integer.class)).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM sign_in_ticket WHERE id_token LIKE 'eyJ%'", Integer.class)).isZero();

        ApiClient.Answer exchanged = api.post(null, "/api/auth/gov/ticket", "{\"ticket\":\"" + ticket + "\"}");
        assertThat(exchanged.status()).isEqualTo(200);
        assertThat(exchanged.body().path("user").path("username").asText()).isEqualTo("shenbao");
        assertThat(exchanged.body().path("user").path("role").asText()).isEqualTo("APPLICANT");
        assertThat(exchanged.body().path("providerLogoutUrl").asText()).startsWith(standIn.issuer()).contains("id_token_hint=");
        String token = exchanged.body().path("token").asText();
        assertThat(api.get(token, "/api/declarations").body().size()).as("the applicant's own declarations").isPositive();

        ApiClient.Answer again = api.post(null, "/api/auth/gov/ticket", "{\"ticket\":\"" + ticket + "\"}");
        assertThat(again.status()).isEqualTo(401);
        assertThat(again.code()).isEqualTo("GOV_TICKET_INVALID");
    }

    @Test
    void aPhoneThePersonProvedThemselvesIsKeptAtTheNextProviderSignIn() throws Exception {
        java.util.Map<String, Object> saved = jdbc.queryForMap("SELECT phone_cipher, phone_masked, phone_hash, phone_proven_at FROM account"
                + " WHERE username = 'shenbao'");
        try {
            String first = signInThroughProvider();
            assertThat(api.get(first, "/api/me/phone").body().path("phoneMasked").asText()).isEqualTo("138****8000");

            // 个人设置: the person sets and proves a phone of their own
            String own = "17" + String.format("%09d", System.nanoTime() % 1_000_000_000L);
            HttpResponse<String> sent = browser.send(HttpRequest.newBuilder(URI.create(base() + "/api/me/phone/code"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + first)
                    .header("X-Forwarded-For", "10.77." + (System.nanoTime() % 250) + ".9")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"phone\":\"" + own + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(sent.statusCode()).as(sent.body()).isEqualTo(200);
            cn.gkgateway.support.Eventually.await(() -> codeSentTo(own) != null, java.time.Duration.ofSeconds(15));
            ApiClient.Answer proven = api.exchange(org.springframework.http.HttpMethod.PUT, first, "/api/me/phone",
                    "{\"phone\":\"" + own + "\",\"code\":\"" + codeSentTo(own) + "\"}");
            assertThat(proven.status()).as(proven.raw()).isEqualTo(200);

            // a later sign-in through the provider (which still reports 138…8000) keeps the person's own phone
            ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().removeAll();
            String second = signInThroughProvider();
            String masked = own.substring(0, 3) + "****" + own.substring(7);
            assertThat(api.get(second, "/api/me/phone").body().path("phoneMasked").asText()).isEqualTo(masked);
            assertThat(jdbc.queryForObject("SELECT phone_proven_at FROM account WHERE username = 'shenbao'", java.sql.Timestamp.class))
                    .isNotNull();
        } finally {
            transaction.executeWithoutResult(status -> jdbc.update("UPDATE account SET phone_cipher = ?, phone_masked = ?, phone_hash = ?,"
                    + " phone_proven_at = ? WHERE username = 'shenbao'", saved.get("phone_cipher"), saved.get("phone_masked"),
                    saved.get("phone_hash"), saved.get("phone_proven_at")));
        }
    }

    /** The whole provider sign-in of 王建国 (shenbao), answering the gateway's token. */
    private String signInThroughProvider() throws Exception {
        String callback = signInAtProvider(location(get(base() + "/oauth2/authorization/gov")), "wangjianguo");
        String ticket = ticketOf(get(callback));
        ApiClient.Answer exchanged = api.post(null, "/api/auth/gov/ticket", "{\"ticket\":\"" + ticket + "\"}");
        assertThat(exchanged.status()).as(exchanged.raw()).isEqualTo(200);
        return exchanged.body().path("token").asText();
    }

    private String codeSentTo(String phone) {
        return sms.received().stream().filter(message -> message.phoneNumber().equals(phone)
                        && message.templateCode().equals("GK_VERIFICATION_CODE"))
                .reduce((a, b) -> b).map(message -> message.templateParam().get("code")).orElse(null);
    }

    @Test
    void anIdentityBelowTheRealNameLevelIsRefusedWithTheWayToRaiseIt() throws Exception {
        String callback = signInAtProvider(location(get(base() + "/oauth2/authorization/gov")), "lixiuying");
        String result = location(get(callback));
        assertThat(result).contains("reason=LEVEL").contains("level=1");
        HttpResponse<String> page = get(gateway(result));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("实名认证等级不足").contains("L1").contains("L3").contains("实名认证").contains("短信验证码登录");
        assertThat(auditEntries.findAll()).anySatisfy(entry -> assertThat(entry.getAction()).isEqualTo("GOV_SIGN_IN_LEVEL_TOO_LOW"));
    }

    @Test
    void aTamperedStateAndAReplayedCodeAreRefusedAndAudited() throws Exception {
        String callback = signInAtProvider(location(get(base() + "/oauth2/authorization/gov")), "wangjianguo");
        String tampered = callback.replaceAll("state=[^&]+", "state=forged");
        assertThat(location(get(tampered))).contains("reason=REFUSED");

        String cookie = requestCookie();
        assertThat(location(get(callback))).contains("/h5/#/auth/callback?ticket=");
        // the same code again, with the request cookie a second time: the provider refuses the spent code
        HttpResponse<String> replay = browser.send(HttpRequest.newBuilder(URI.create(callback)).header("Cookie", cookie).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(location(replay)).contains("reason=REFUSED");
        assertThat(get(gateway(location(replay))).body()).contains("登录未完成");
        assertThat(auditEntries.findAll()).anySatisfy(entry -> assertThat(entry.getAction()).isEqualTo("GOV_SIGN_IN_REFUSED"));
    }

    @Test
    void theProviderDownGivesAPageThatSaysWhatToDo() throws Exception {
        standIn.unavailable(true);
        registrations.forget();
        HttpResponse<String> start = get(base() + "/oauth2/authorization/gov");
        assertThat(start.statusCode()).isEqualTo(302);
        assertThat(location(start)).contains("reason=UNAVAILABLE");
        HttpResponse<String> page = get(gateway(location(start)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("政务服务网暂时无法访问").contains("重新登录").contains("短信验证码登录");

        // down between the provider's login and the callback: the code cannot be redeemed
        standIn.unavailable(false);
        String callback = signInAtProvider(location(get(base() + "/oauth2/authorization/gov")), "wangjianguo");
        standIn.unavailable(true);
        assertThat(location(get(callback))).contains("reason=UNAVAILABLE");
    }

    @Test
    void aCallbackWithoutItsPendingRequestIsRefusedAndAudited() throws Exception {
        String callback = signInAtProvider(location(get(base() + "/oauth2/authorization/gov")), "wangjianguo");
        long before = audited("GOV_SIGN_IN_REFUSED", "authorization_request_not_found");
        // the callback reaches the gateway from another browser (no signed request cookie, so no state to match)
        HttpResponse<String> elsewhere = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build()
                .send(HttpRequest.newBuilder(URI.create(callback)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(location(elsewhere)).contains("reason=REFUSED");
        assertThat(audited("GOV_SIGN_IN_REFUSED", "authorization_request_not_found")).isEqualTo(before + 1);
    }

    @Test
    void anIdTokenWithAForgedNonceIsRefusedAndAudited() throws Exception {
        String callback = signInAtProvider(location(get(base() + "/oauth2/authorization/gov")), "wangjianguo");
        long before = audited("GOV_SIGN_IN_REFUSED", "invalid_nonce");
        standIn.issueWrongNonce(true);
        HttpResponse<String> refused = get(callback);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(location(refused)).contains("reason=REFUSED").doesNotContain("ticket=");
        HttpResponse<String> page = get(gateway(location(refused)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("登录未完成").contains("重新登录").contains("短信验证码登录");
        assertThat(audited("GOV_SIGN_IN_REFUSED", "invalid_nonce")).isEqualTo(before + 1);
    }

    @Test
    void anIdTokenIssuedForAnotherClientIsRefusedAndAudited() throws Exception {
        String callback = signInAtProvider(location(get(base() + "/oauth2/authorization/gov")), "wangjianguo");
        long before = audited("GOV_SIGN_IN_REFUSED", "invalid_id_token");
        standIn.issueForAnotherClient(true);
        HttpResponse<String> refused = get(callback);
        assertThat(location(refused)).contains("reason=REFUSED").doesNotContain("ticket=");
        assertThat(get(gateway(location(refused))).body()).contains("登录未完成");
        assertThat(audited("GOV_SIGN_IN_REFUSED", "invalid_id_token")).isEqualTo(before + 1);
    }

    @Test
    void aSlowProviderCountsAsDownWithinTheConfiguredTimeouts() throws Exception {
        // slow at discovery: the sign-in does not start, the page says what to do
        standIn.slow(java.time.Duration.ofSeconds(4));
        registrations.forget();
        long started = System.nanoTime();
        HttpResponse<String> start = get(base() + "/oauth2/authorization/gov");
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - started)).as("the read timeout (2 s in tests) ends the wait")
                .isLessThan(java.time.Duration.ofSeconds(4));
        assertThat(location(start)).contains("reason=UNAVAILABLE");
        HttpResponse<String> page = get(gateway(location(start)));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("政务服务网暂时无法访问").contains("重新登录").contains("短信验证码登录");

        // slow when the code is redeemed: refused as unavailable (never a 500), and audited
        standIn.slow(null);
        String callback = signInAtProvider(location(get(base() + "/oauth2/authorization/gov")), "wangjianguo");
        long before = audited("GOV_SIGN_IN_PROVIDER_DOWN", "invalid_token_response");
        standIn.slow(java.time.Duration.ofSeconds(4));
        HttpResponse<String> redeemed = get(callback);
        assertThat(redeemed.statusCode()).isEqualTo(302);
        assertThat(location(redeemed)).contains("reason=UNAVAILABLE");
        assertThat(audited("GOV_SIGN_IN_PROVIDER_DOWN", "invalid_token_response")).isEqualTo(before + 1);
    }

    @Test
    void logoutEndsTheProviderSessionToo() throws Exception {
        String ticket = ticketOf(get(signInAtProvider(location(get(base() + "/oauth2/authorization/gov")), "wangjianguo")));
        ApiClient.Answer exchanged = api.post(null, "/api/auth/gov/ticket", "{\"ticket\":\"" + ticket + "\"}");
        String providerLogout = exchanged.body().path("providerLogoutUrl").asText();
        assertThat(providerLogout).startsWith(standIn.issuer() + "/connect/logout?").contains("id_token_hint=").contains("client_id=gk-gateway");

        // while the provider's session lives, a new sign-in passes the provider without its login page (single sign-on)
        HttpResponse<String> again = get(location(get(base() + "/oauth2/authorization/gov")));
        assertThat(location(again)).startsWith(base() + "/login/oauth2/code/gov?");
        String token = api.post(null, "/api/auth/gov/ticket", "{\"ticket\":\"" + ticketOf(get(location(again))) + "\"}")
                .body().path("token").asText();

        // the H5 app ends the gateway session, then sends the browser to the provider's end-session endpoint
        assertThat(api.post(token, "/api/auth/logout", "").status()).isEqualTo(204);
        assertThat(api.get(token, "/api/me").status()).isEqualTo(401);
        HttpResponse<String> loggedOut = get(providerLogout);
        assertThat(loggedOut.statusCode()).as(loggedOut.body()).isIn(200, 302);

        // the provider asks for the password again
        HttpResponse<String> afterLogout = get(location(get(base() + "/oauth2/authorization/gov")));
        assertThat(afterLogout.statusCode()).isEqualTo(302);
        assertThat(absolute(location(afterLogout))).isEqualTo(standIn.issuer() + "/login");
    }

    private String ticketOf(HttpResponse<String> landed) {
        String app = location(landed);
        assertThat(app).contains("/h5/#/auth/callback?ticket=");
        return app.substring(app.indexOf("ticket=") + 7);
    }

    /** How many audit entries of {@code action} have a detail containing {@code detail}. */
    private long audited(String action, String detail) {
        return auditEntries.findAll().stream()
                .filter(entry -> action.equals(entry.getAction()) && entry.getDetail() != null && entry.getDetail().contains(detail)).count();
    }

    // --- a browser, step by step

    /** Signs in at the provider's login page and answers the redirect back to the gateway's callback. */
    private String signInAtProvider(String authorize, String username) throws Exception {
        HttpResponse<String> toLogin = get(authorize);
        assertThat(toLogin.statusCode()).isEqualTo(302);
        HttpResponse<String> loginPage = get(absolute(location(toLogin)));
        assertThat(loginPage.body()).contains("统一身份认证").contains("王建国").contains("李秀英");
        Matcher csrf = CSRF.matcher(loginPage.body());
        assertThat(csrf.find()).isTrue();
        String form = "username=" + username + "&password=" + URLEncoder.encode(StandInIdentity.PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(URI.create(standIn.issuer() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        HttpResponse<String> back = get(absolute(location(signedIn)));
        assertThat(back.statusCode()).isEqualTo(302);
        String callback = location(back);
        assertThat(callback).startsWith(base() + "/login/oauth2/code/gov?").contains("code=").contains("state=");
        return callback;
    }

    private String requestCookie() {
        return ((CookieManager) browser.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals("gk_oidc_request")).map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .findFirst().orElseThrow();
    }

    private HttpResponse<String> get(String url) throws Exception {
        return browser.send(HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
    }

    private String absolute(String location) {
        return location.startsWith("http") ? location : standIn.issuer() + location;
    }

    private static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElseThrow(() -> new AssertionError("no redirect: " + response.statusCode()));
    }

    private String gateway(String location) {
        return location.startsWith("http") ? location : base() + location;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }
}
