package cn.gkgateway.security.govlogin;

import cn.gkgateway.audit.Actor;
import cn.gkgateway.audit.AuditLog;
import cn.gkgateway.identity.ApplicantLinking;
import cn.gkgateway.identity.GovernmentIdentity;
import cn.gkgateway.identity.IdNumber;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.identity.SignInResult;
import cn.gkgateway.identity.SignInService;
import cn.gkgateway.identity.SignInTickets;
import cn.gkgateway.shared.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * What the OIDC callback ends in. Success: the claims are mapped by configuration, a real-name level
 * below {@code gk.gov-login.required-level} is refused with the explanation page, otherwise the person
 * is linked to their applicant account, a session is opened exactly as for a password sign-in, and the
 * browser goes to the H5 app with a one-time ticket (never the token). Failure: an invalid or missing
 * state, a bad nonce or ID token (e.g. issued to another client), a replayed code: refused and audited;
 * the provider unreachable: the page that says what to do.
 */
class GovLoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(GovLoginOutcomes.class);
    private static final Actor ANONYMOUS = new Actor() {
        @Override
        public long accountId() {
            return 0;
        }

        @Override
        public String username() {
            return "政务服务网登录";
        }

        @Override
        public String roleName() {
            return "ANONYMOUS";
        }
    };

    private final GovLoginProperties properties;
    private final ApplicantLinking linking;
    private final SignInService signIn;
    private final SignInTickets tickets;
    private final AuditLog auditLog;
    private final Clock clock;

    GovLoginOutcomes(GovLoginProperties properties, ApplicantLinking linking, SignInService signIn, SignInTickets tickets, AuditLog auditLog,
                     Clock clock) {
        this.properties = properties;
        this.linking = linking;
        this.signIn = signIn;
        this.tickets = tickets;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException {
        OidcUser user = (OidcUser) authentication.getPrincipal();
        GovernmentIdentity identity;
        try {
            identity = identityOf(user);
        } catch (DomainException | IllegalArgumentException unusable) {
            auditLog.recordRefusal(ANONYMOUS, "GOV_SIGN_IN_REFUSED", "account", null, "身份信息不完整或无效：" + unusable.getMessage());
            response.sendRedirect(GovLoginPages.PATH + "?reason=" + GovLoginPages.Reason.CLAIMS);
            return;
        }
        if (identity.realNameLevel() < properties.requiredLevel()) {
            auditLog.recordRefusal(ANONYMOUS, "GOV_SIGN_IN_LEVEL_TOO_LOW", "account", null, identity.toString());
            response.sendRedirect(GovLoginPages.PATH + "?reason=" + GovLoginPages.Reason.LEVEL + "&level=" + identity.realNameLevel());
            return;
        }
        long accountId = linking.link(identity);
        Optional<SignInResult.SignedIn> signedIn = signIn.signInVerified(accountId, null, "政务服务网统一身份认证");
        if (signedIn.isEmpty()) {
            response.sendRedirect(GovLoginPages.PATH + "?reason=" + GovLoginPages.Reason.ACCOUNT);
            return;
        }
        String ticket = tickets.issue(signedIn.get(), user.getIdToken().getTokenValue());
        response.sendRedirect("/h5/#/auth/callback?ticket=" + ticket);
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String error = exception instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "unknown";
        boolean providerDown = "invalid_token_response".equals(error) || "invalid_user_info_response".equals(error)
                || "client_registration_not_found".equals(error);
        auditLog.recordRefusal(ANONYMOUS, providerDown ? "GOV_SIGN_IN_PROVIDER_DOWN" : "GOV_SIGN_IN_REFUSED", "account", null,
                "OIDC 回调被拒绝：" + error);
        log.warn("government sign-in callback refused: {}", error);
        response.sendRedirect(GovLoginPages.PATH + "?reason=" + (providerDown ? GovLoginPages.Reason.UNAVAILABLE : GovLoginPages.Reason.REFUSED));
    }

    private GovernmentIdentity identityOf(OidcUser user) {
        GovLoginProperties.Claims claims = properties.claims();
        String name = user.getClaimAsString(claims.name());
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("缺少姓名");
        }
        IdNumber idNumber = IdNumber.parse(user.getClaimAsString(claims.idNumber()), "idNumber", LocalDate.now(clock));
        String phoneClaim = user.getClaimAsString(claims.phone());
        PhoneNumber phone = phoneClaim == null || !PhoneNumber.isMobile(phoneClaim) ? null : PhoneNumber.parse(phoneClaim, "phone");
        Object level = user.getClaims().get(claims.level());
        int realNameLevel = level instanceof Number number ? number.intValue() : parseLevel(String.valueOf(level));
        return new GovernmentIdentity(name.strip(), idNumber, phone, realNameLevel);
    }

    /** "3", "L3" and the like; anything else is level 0. */
    private static int parseLevel(String text) {
        String digits = text.replaceAll("\\D", "");
        return digits.isEmpty() ? 0 : Integer.parseInt(digits.substring(0, Math.min(digits.length(), 3)));
    }
}
