package cn.gkgateway.accounts;

/** The outcome of a change: the account, and a temporary password when one was generated (shown once, stored only hashed). */
public record AccountChange(AccountView account, String temporaryPassword) {
}
