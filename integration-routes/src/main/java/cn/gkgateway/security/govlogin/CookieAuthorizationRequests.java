package cn.gkgateway.security.govlogin;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.web.AuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Keeps the pending authorization request (state, nonce, PKCE verifier) in a short-lived, signed,
 * HttpOnly cookie instead of a server session, so the callback may reach any instance. The cookie
 * lives {@link #LIFETIME}, is removed at the callback, and a forged or expired one reads as absent
 * (Spring then refuses the callback as {@code authorization_request_not_found}).
 */
class CookieAuthorizationRequests implements AuthorizationRequestRepository<OAuth2AuthorizationRequest> {

    static final String COOKIE = "gk_oidc_request";
    static final Duration LIFETIME = Duration.ofMinutes(10);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final byte[] key;
    private final ObjectMapper json = new ObjectMapper();
    private final Clock clock;

    CookieAuthorizationRequests(String secret, Clock clock) {
        this.key = ("oidc-request:" + secret).getBytes(StandardCharsets.UTF_8);
        this.clock = clock;
    }

    @Override
    public OAuth2AuthorizationRequest loadAuthorizationRequest(HttpServletRequest request) {
        if (request.getCookies() == null) {
            return null;
        }
        for (Cookie cookie : request.getCookies()) {
            if (COOKIE.equals(cookie.getName())) {
                return read(cookie.getValue());
            }
        }
        return null;
    }

    @Override
    public void saveAuthorizationRequest(OAuth2AuthorizationRequest authorizationRequest, HttpServletRequest request,
                                         HttpServletResponse response) {
        if (authorizationRequest == null) {
            write(response, request, "", Duration.ZERO);
            return;
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("authorizationUri", authorizationRequest.getAuthorizationUri());
        fields.put("clientId", authorizationRequest.getClientId());
        fields.put("redirectUri", authorizationRequest.getRedirectUri());
        fields.put("scopes", List.copyOf(authorizationRequest.getScopes()));
        fields.put("state", authorizationRequest.getState());
        fields.put("parameters", authorizationRequest.getAdditionalParameters());
        fields.put("attributes", authorizationRequest.getAttributes());
        fields.put("requestUri", authorizationRequest.getAuthorizationRequestUri());
        fields.put("expires", clock.instant().plus(LIFETIME).getEpochSecond());
        try {
            String payload = Base64.getUrlEncoder().withoutPadding().encodeToString(json.writeValueAsBytes(fields));
            write(response, request, payload + "." + sign(payload), LIFETIME);
        } catch (Exception e) {
            throw new IllegalStateException("authorization request not storable", e);
        }
    }

    @Override
    public OAuth2AuthorizationRequest removeAuthorizationRequest(HttpServletRequest request, HttpServletResponse response) {
        OAuth2AuthorizationRequest found = loadAuthorizationRequest(request);
        // only a callback with the request's own state uses it up (as Spring's session-based repository does)
        if (found == null || !found.getState().equals(request.getParameter("state"))) {
            return null;
        }
        write(response, request, "", Duration.ZERO);
        return found;
    }

    @SuppressWarnings("unchecked")
    private OAuth2AuthorizationRequest read(String value) {
        int dot = value.lastIndexOf('.');
        if (dot <= 0 || !MessageDigest.isEqual(sign(value.substring(0, dot)).getBytes(StandardCharsets.UTF_8),
                value.substring(dot + 1).getBytes(StandardCharsets.UTF_8))) {
            return null;
        }
        try {
            Map<String, Object> fields = json.readValue(Base64.getUrlDecoder().decode(value.substring(0, dot)), MAP);
            if (((Number) fields.get("expires")).longValue() < clock.instant().getEpochSecond()) {
                return null;
            }
            return OAuth2AuthorizationRequest.authorizationCode()
                    .authorizationUri((String) fields.get("authorizationUri"))
                    .clientId((String) fields.get("clientId"))
                    .redirectUri((String) fields.get("redirectUri"))
                    .scopes(new LinkedHashSet<>((List<String>) fields.get("scopes")))
                    .state((String) fields.get("state"))
                    .additionalParameters((Map<String, Object>) fields.get("parameters"))
                    .attributes((Map<String, Object>) fields.get("attributes"))
                    .authorizationRequestUri((String) fields.get("requestUri"))
                    .build();
        } catch (Exception unreadable) {
            return null;
        }
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, String value, Duration maxAge) {
        ResponseCookie cookie = ResponseCookie.from(COOKIE, value).path("/login/oauth2/").httpOnly(true).secure(request.isSecure())
                .sameSite("Lax").maxAge(maxAge).build();
        response.addHeader(HttpHeaders.SET_COOKIE, cookie.toString());
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
