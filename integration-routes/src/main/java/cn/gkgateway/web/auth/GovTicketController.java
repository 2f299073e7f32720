package cn.gkgateway.web.auth;

import cn.gkgateway.identity.SignInTickets;
import cn.gkgateway.security.govlogin.GovProviderLogout;
import cn.gkgateway.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** The H5 app exchanges the one-time ticket of a government sign-in for the gateway's token. */
@Tag(name = "政务服务网登录")
@RestController
@RequestMapping("/api/auth/gov")
class GovTicketController {

    private final SignInTickets tickets;
    private final SignInResponses responses;
    private final GovProviderLogout providerLogout;

    GovTicketController(SignInTickets tickets, SignInResponses responses, GovProviderLogout providerLogout) {
        this.tickets = tickets;
        this.responses = responses;
        this.providerLogout = providerLogout;
    }

    record TicketRequest(String ticket) {
    }

    /** Like the login answer, plus where to send the browser to end the provider's session at logout (null: not supported). */
    record GovLoginResponse(String token, Instant expiresAt, AuthController.UserResponse user, String providerLogoutUrl) {
    }

    @Operation(summary = "以政务服务网登录回调的一次性票据换取访问令牌（60秒内、仅一次）")
    @PostMapping("/ticket")
    GovLoginResponse exchange(@RequestBody TicketRequest request) {
        SignInTickets.Redeemed redeemed = tickets.redeem(request.ticket()).orElseThrow(() ->
                new DomainException(DomainException.Kind.UNAUTHENTICATED, "GOV_TICKET_INVALID", "登录凭据已失效，请重新使用政务服务网登录"));
        AuthController.LoginResponse login = responses.issue(redeemed.signedIn());
        return new GovLoginResponse(login.token(), login.expiresAt(), login.user(), providerLogout.urlFor(redeemed.idToken()));
    }
}
