package cn.gkgateway.identity;

import cn.gkgateway.shared.DomainException;

/** The outcome of checking a verification code. */
public enum CodeCheck {
    /** Right code, now spent. */
    ACCEPTED,
    /** Wrong code; the code still lives. */
    WRONG,
    /** Wrong code, and it was the last try: the code is spent. */
    WRONG_AND_SPENT,
    /** No live code for this phone and purpose: never sent, expired, used, or ended by wrong tries. */
    NO_CODE;

    /** Throws the answer a person sees for anything but {@link #ACCEPTED}. */
    public void orThrow() {
        switch (this) {
            case ACCEPTED -> {
            }
            case WRONG -> throw DomainException.invalid("SMS_CODE_WRONG", "code", "验证码不正确，请核对后重新输入");
            case WRONG_AND_SPENT -> throw DomainException.invalid("SMS_CODE_TRIES_EXCEEDED", "code",
                    "验证码错误次数过多，已失效，请重新获取验证码");
            case NO_CODE -> throw DomainException.invalid("SMS_CODE_INVALID", "code", "验证码已失效或未获取，请重新获取验证码");
        }
    }
}
