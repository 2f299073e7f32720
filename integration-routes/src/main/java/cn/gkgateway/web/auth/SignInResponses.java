package cn.gkgateway.web.auth;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.SignInResult;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.security.TokenService;
import org.springframework.stereotype.Component;

/** The answer of every way of signing in (password, SMS code, second factor): the gateway's own token and the user. */
@Component
class SignInResponses {

    private final TokenService tokens;
    private final Organisations organisations;

    SignInResponses(TokenService tokens, Organisations organisations) {
        this.tokens = tokens;
        this.organisations = organisations;
    }

    AuthController.LoginResponse issue(SignInResult.SignedIn signedIn) {
        TokenService.IssuedToken token = tokens.issue(signedIn);
        Caller caller = signedIn.caller();
        return new AuthController.LoginResponse(token.token(), token.expiresAt(), new AuthController.UserResponse(caller.username(),
                caller.displayName(), caller.role().name(), caller.role().displayName(), caller.organisationId(),
                organisations.nameOf(caller.organisationId()), signedIn.mustChangePassword()));
    }
}
