package cn.gkgateway.web.auth;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.SignInResult;
import cn.gkgateway.identity.SignInService;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.security.TokenService;
import cn.gkgateway.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

@Tag(name = "登录")
@RestController
@RequestMapping("/api")
class AuthController {

    private static final DateTimeFormatter CLOCK_TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final SignInService signIn;
    private final TokenService tokens;
    private final Organisations organisations;

    AuthController(SignInService signIn, TokenService tokens, Organisations organisations) {
        this.signIn = signIn;
        this.tokens = tokens;
        this.organisations = organisations;
    }

    record LoginRequest(String username, String password) {
    }

    record UserResponse(String username, String displayName, String role, String roleName, Long organisationId, String organisationName) {
    }

    record LoginResponse(String token, Instant expiresAt, UserResponse user) {
    }

    @Operation(summary = "用户名密码登录，返回访问令牌；连续5次失败锁定30分钟")
    @PostMapping("/auth/login")
    LoginResponse login(@RequestBody LoginRequest request) {
        if (request.username() == null || request.username().isBlank() || request.password() == null || request.password().isEmpty()) {
            throw DomainException.invalid("AUTH_FIELDS_REQUIRED", "username", "请输入用户名和密码");
        }
        SignInResult result = signIn.signIn(request.username(), request.password());
        if (result instanceof SignInResult.SignedIn signedIn) {
            TokenService.IssuedToken token = tokens.issue(signedIn.caller());
            return new LoginResponse(token.token(), token.expiresAt(), user(signedIn.caller()));
        }
        if (result instanceof SignInResult.Locked locked) {
            throw new DomainException(DomainException.Kind.LOCKED, "AUTH_ACCOUNT_LOCKED",
                    "连续 5 次密码错误，账号已锁定，请于 " + CLOCK_TIME.format(locked.until()) + " 后再试");
        }
        throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "AUTH_BAD_CREDENTIALS",
                "用户名或密码错误，还可尝试 " + ((SignInResult.BadCredentials) result).attemptsLeft() + " 次");
    }

    @Operation(summary = "当前登录用户")
    @GetMapping("/me")
    UserResponse me(Caller caller) {
        return user(caller);
    }

    private UserResponse user(Caller caller) {
        return new UserResponse(caller.username(), caller.displayName(), caller.role().name(), caller.role().displayName(),
                caller.organisationId(), organisations.nameOf(caller.organisationId()));
    }
}
