package cn.gkgateway.accounts;

import cn.gkgateway.identity.Account;

import java.time.Instant;

/** An account's state as the management pages show and filter it. */
public enum AccountStatus {
    ACTIVE("正常"),
    LOCKED("已锁定"),
    DISABLED("已停用");

    private final String displayName;

    AccountStatus(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    public static AccountStatus of(Account account, Instant now) {
        if (!account.isEnabled()) {
            return DISABLED;
        }
        return account.isLockedAt(now) ? LOCKED : ACTIVE;
    }
}
