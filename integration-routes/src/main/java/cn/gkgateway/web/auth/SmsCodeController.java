package cn.gkgateway.web.auth;

import cn.gkgateway.identity.Account;
import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.CodeCheck;
import cn.gkgateway.identity.CodePurpose;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.identity.Role;
import cn.gkgateway.identity.SignInService;
import cn.gkgateway.identity.UsernameRules;
import cn.gkgateway.identity.VerificationCodes;
import cn.gkgateway.security.verification.SecondFactorChallenges;
import cn.gkgateway.shared.DomainException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Optional;

/**
 * Sign-in and password reset by SMS verification code, and the second factor after a password.
 * A code request is answered alike whether the phone is known or not; only known phones get an SMS.
 */
@Tag(name = "短信验证码")
@RestController
@RequestMapping("/api/auth")
class SmsCodeController {

    private final VerificationCodes codes;
    private final Accounts accounts;
    private final PersonalDataProtector protector;
    private final SignInService signIn;
    private final SecondFactorChallenges challenges;
    private final SignInResponses responses;

    SmsCodeController(VerificationCodes codes, Accounts accounts, PersonalDataProtector protector, SignInService signIn,
                      SecondFactorChallenges challenges, SignInResponses responses) {
        this.codes = codes;
        this.accounts = accounts;
        this.protector = protector;
        this.signIn = signIn;
        this.challenges = challenges;
        this.responses = responses;
    }

    /** {@code purpose}: SIGN_IN (applicants) or PASSWORD_RESET (console accounts, with {@code username}). */
    record CodeRequest(String purpose, String phone, String username) {
    }

    record CodeSent(String message, long resendAfterSeconds, long validMinutes) {
    }

    record SmsSignInRequest(String phone, String code) {
    }

    record PasswordResetRequest(String username, String phone, String code, String newPassword) {
    }

    record SecondFactorRequest(String challenge, String code) {
    }

    @Operation(summary = "获取短信验证码（登录或重置密码）；每个手机号、每个客户端地址每分钟1次、每小时10次，超出答429；手机号是否登记答复相同")
    @PostMapping("/sms-code")
    CodeSent requestCode(@RequestBody CodeRequest request, HttpServletRequest http) {
        PhoneNumber phone = PhoneNumber.parse(request.phone(), "phone");
        CodePurpose purpose = purposeOf(request.purpose());
        boolean known = switch (purpose) {
            case SIGN_IN -> applicantOf(phone.value()).isPresent();
            case PASSWORD_RESET -> consoleAccount(request.username(), phone.value()).isPresent();
            case SECOND_FACTOR, PHONE_CHANGE -> false;
        };
        codes.request(purpose, phone, http.getRemoteAddr(), known);
        return sent(phone);
    }

    @Operation(summary = "申报人以手机号和短信验证码登录（手机号须已关联账号），返回访问令牌")
    @PostMapping("/sms-login")
    AuthController.LoginResponse smsLogin(@RequestBody SmsSignInRequest request) {
        PhoneNumber phone = PhoneNumber.parse(request.phone(), "phone");
        codes.check(CodePurpose.SIGN_IN, phone.value(), request.code()).orThrow();
        Account account = applicantOf(phone.value()).orElseThrow(SmsCodeController::noCode);
        return signIn.signInVerified(account.getId(), null, "短信验证码登录").map(responses::issue).orElseThrow(SmsCodeController::unusable);
    }

    @Operation(summary = "忘记密码：以登记的手机号和短信验证码重置管理端账号密码")
    @PostMapping("/password-reset")
    ResponseEntity<Void> resetPassword(@RequestBody PasswordResetRequest request) {
        PhoneNumber phone = PhoneNumber.parse(request.phone(), "phone");
        codes.check(CodePurpose.PASSWORD_RESET, phone.value(), request.code()).orThrow();
        Account account = consoleAccount(request.username(), phone.value()).orElseThrow(SmsCodeController::noCode);
        signIn.resetForgottenPassword(account.getId(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "双因素登录第二步：提交发送到账号手机的短信验证码，返回访问令牌")
    @PostMapping("/second-factor")
    AuthController.LoginResponse secondFactor(@RequestBody SecondFactorRequest request) {
        SecondFactorChallenges.Challenge challenge = challenges.read(request.challenge()).orElseThrow(SmsCodeController::expiredChallenge);
        Account account = accounts.findById(challenge.accountId()).filter(found -> found.getPhoneCipher() != null)
                .orElseThrow(SmsCodeController::expiredChallenge);
        codes.check(CodePurpose.SECOND_FACTOR, protector.decrypt(account.getPhoneCipher()), request.code()).orThrow();
        return signIn.signInVerified(account.getId(), challenge.tokenVersion(), "密码+短信验证码").map(responses::issue)
                .orElseThrow(SmsCodeController::unusable);
    }

    @Operation(summary = "双因素登录：重新发送验证码到账号手机（每分钟1次）")
    @PostMapping("/second-factor/code")
    CodeSent resendSecondFactor(@RequestBody SecondFactorRequest request) {
        SecondFactorChallenges.Challenge challenge = challenges.read(request.challenge()).orElseThrow(SmsCodeController::expiredChallenge);
        Account account = accounts.findById(challenge.accountId()).filter(found -> found.getPhoneCipher() != null)
                .orElseThrow(SmsCodeController::expiredChallenge);
        PhoneNumber phone = PhoneNumber.parse(protector.decrypt(account.getPhoneCipher()), "phone");
        codes.request(CodePurpose.SECOND_FACTOR, phone, null, true);
        return sent(phone);
    }

    private CodeSent sent(PhoneNumber phone) {
        long minutes = codes.settings().validity().toMinutes();
        return new CodeSent("如手机号 " + phone.masked() + " 已登记，验证码已发送，" + minutes + " 分钟内有效", 60, minutes);
    }

    private Optional<Account> applicantOf(String phoneDigits) {
        return accounts.findByPhoneHashAndRole(protector.hash(phoneDigits), Role.APPLICANT).stream().findFirst();
    }

    private Optional<Account> consoleAccount(String username, String phoneDigits) {
        if (username == null || username.isBlank()) {
            throw DomainException.invalid("AUTH_FIELDS_REQUIRED", "username", "请输入用户名");
        }
        String hash = protector.hash(phoneDigits);
        return accounts.findByUsername(UsernameRules.normalise(username))
                .filter(account -> account.getRole() != Role.APPLICANT && hash.equals(account.getPhoneHash()));
    }

    private static CodePurpose purposeOf(String purpose) {
        if ("SIGN_IN".equals(purpose)) {
            return CodePurpose.SIGN_IN;
        }
        if ("PASSWORD_RESET".equals(purpose)) {
            return CodePurpose.PASSWORD_RESET;
        }
        throw DomainException.invalid("SMS_CODE_PURPOSE", "purpose", "请选择验证码用途：登录（SIGN_IN）或重置密码（PASSWORD_RESET）");
    }

    private static DomainException noCode() {
        return DomainException.invalid("SMS_CODE_INVALID", "code", "验证码已失效或未获取，请重新获取验证码");
    }

    private static DomainException unusable() {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, "AUTH_ACCOUNT_UNUSABLE", "账号已停用、锁定或已变更，请重新登录");
    }

    private static DomainException expiredChallenge() {
        return new DomainException(DomainException.Kind.UNAUTHENTICATED, "SECOND_FACTOR_EXPIRED", "登录验证已过期，请重新输入用户名和密码");
    }
}
