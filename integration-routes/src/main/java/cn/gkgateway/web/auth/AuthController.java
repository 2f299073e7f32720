package cn.gkgateway.web.auth;

import cn.gkgateway.identity.Caller;
import cn.gkgateway.identity.SignInResult;
import cn.gkgateway.identity.SignInService;
import cn.gkgateway.organisation.Organisations;
import cn.gkgateway.security.GatewayAuthentication;
import cn.gkgateway.security.SessionGuard;
import cn.gkgateway.security.TokenService;
import cn.gkgateway.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
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
    private final SessionGuard guard;
    private final SecondFactorStart secondFactor;

    AuthController(SignInService signIn, TokenService tokens, Organisations organisations, SessionGuard guard,
                   SecondFactorStart secondFactor) {
        this.secondFactor = secondFactor;
        this.signIn = signIn;
        this.tokens = tokens;
        this.organisations = organisations;
        this.guard = guard;
    }

    record LoginRequest(String username, String password) {
    }

    record ChangePasswordRequest(String currentPassword, String newPassword) {
    }

    record UserResponse(String username, String displayName, String role, String roleName, Long organisationId, String organisationName,
                        boolean mustChangePassword) {
    }

    record LoginResponse(String token, Instant expiresAt, UserResponse user) {
    }

    @Operation(summary = "用户名密码登录，返回访问令牌；连续5次失败锁定30分钟（不存在的用户名同样计数）；需双因素的角色答 secondFactorRequired 与 challenge，验证码已发往账号手机")
    @PostMapping("/auth/login")
    Object login(@RequestBody LoginRequest request) {
        if (request.username() == null || request.username().isBlank() || request.password() == null || request.password().isEmpty()) {
            throw DomainException.invalid("AUTH_FIELDS_REQUIRED", "username", "请输入用户名和密码");
        }
        SignInResult result = signIn.signIn(request.username(), request.password());
        if (result instanceof SignInResult.SignedIn signedIn) {
            return issue(signedIn);
        }
        if (result instanceof SignInResult.SecondFactorRequired required) {
            return secondFactor.start(required);
        }
        if (result instanceof SignInResult.Locked locked) {
            throw new DomainException(DomainException.Kind.LOCKED, "AUTH_ACCOUNT_LOCKED",
                    "连续 " + SignInService.MAX_ATTEMPTS + " 次密码错误，账号已锁定，请于 " + CLOCK_TIME.format(locked.until()) + " 后再试");
        }
        if (result instanceof SignInResult.Disabled) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "ACCOUNT_DISABLED", "账号已停用，请联系管理员");
        }
        throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "AUTH_BAD_CREDENTIALS",
                "用户名或密码错误，还可尝试 " + ((SignInResult.BadCredentials) result).attemptsLeft() + " 次");
    }

    @Operation(summary = "退出登录：结束本次会话，令牌随即失效")
    @PostMapping("/auth/logout")
    ResponseEntity<Void> logout() {
        GatewayAuthentication authentication = current();
        signIn.signOut(authentication.sessionId());
        guard.forgetSession(authentication.sessionId());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "修改本人密码（含首次登录或重置后的强制修改）；此前的令牌全部失效，返回新令牌")
    @PostMapping("/auth/password")
    LoginResponse changePassword(@RequestBody ChangePasswordRequest request) {
        GatewayAuthentication authentication = current();
        SignInResult.SignedIn signedIn = signIn.changePassword(authentication.caller(), authentication.sessionId(),
                request.currentPassword(), request.newPassword());
        guard.forgetAccount(signedIn.caller().accountId());
        return issue(signedIn);
    }

    @Operation(summary = "当前登录用户")
    @GetMapping("/me")
    UserResponse me(Caller caller) {
        return user(caller, current().mustChangePassword());
    }

    private LoginResponse issue(SignInResult.SignedIn signedIn) {
        TokenService.IssuedToken token = tokens.issue(signedIn);
        return new LoginResponse(token.token(), token.expiresAt(), user(signedIn.caller(), signedIn.mustChangePassword()));
    }

    private static GatewayAuthentication current() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof GatewayAuthentication authentication) {
            return authentication;
        }
        throw new DomainException(DomainException.Kind.UNAUTHENTICATED, "AUTH_REQUIRED", "请先登录");
    }

    private UserResponse user(Caller caller, boolean mustChangePassword) {
        return new UserResponse(caller.username(), caller.displayName(), caller.role().name(), caller.role().displayName(),
                caller.organisationId(), organisations.nameOf(caller.organisationId()), mustChangePassword);
    }
}
