package cn.gkgateway.web.auth;

import cn.gkgateway.identity.Accounts;
import cn.gkgateway.identity.CodePurpose;
import cn.gkgateway.identity.CodeRequestsThrottled;
import cn.gkgateway.identity.PersonalDataProtector;
import cn.gkgateway.identity.PhoneNumber;
import cn.gkgateway.identity.SignInResult;
import cn.gkgateway.identity.VerificationCodes;
import cn.gkgateway.security.verification.SecondFactorChallenges;
import cn.gkgateway.shared.DomainException;
import org.springframework.stereotype.Component;

/**
 * After a right password of a role that needs two factors: sends an SMS code to the account's
 * phone and answers a challenge to send back with the code. A code request refused by the rate
 * limit still answers the challenge: the code sent less than a minute ago is still valid.
 */
@Component
class SecondFactorStart {

    private final Accounts accounts;
    private final PersonalDataProtector protector;
    private final VerificationCodes codes;
    private final SecondFactorChallenges challenges;

    SecondFactorStart(Accounts accounts, PersonalDataProtector protector, VerificationCodes codes, SecondFactorChallenges challenges) {
        this.accounts = accounts;
        this.protector = protector;
        this.codes = codes;
        this.challenges = challenges;
    }

    record SecondFactorStep(boolean secondFactorRequired, String challenge, String phoneMasked, String message, long resendAfterSeconds) {
    }

    /** Limited per phone only: colleagues behind one office address must not block each other's sign-in. */
    SecondFactorStep start(SignInResult.SecondFactorRequired required) {
        String cipher = accounts.findById(required.caller().accountId()).map(account -> account.getPhoneCipher()).orElse(null);
        if (cipher == null) {
            throw new DomainException(DomainException.Kind.FORBIDDEN, "SECOND_FACTOR_PHONE_MISSING",
                    "该账号登录需要短信验证码，但尚未登记手机号，请联系系统管理员登记手机号后再登录");
        }
        PhoneNumber phone = PhoneNumber.parse(protector.decrypt(cipher), "phone");
        long resendAfter = 60;
        try {
            codes.request(CodePurpose.SECOND_FACTOR, phone, null, true);
        } catch (CodeRequestsThrottled throttled) {
            resendAfter = throttled.retryAfterSeconds();
        }
        return new SecondFactorStep(true, challenges.issue(required.caller().accountId(), required.tokenVersion()), phone.masked(),
                "验证码已发送至 " + phone.masked() + "，请输入短信验证码完成登录", resendAfter);
    }
}
