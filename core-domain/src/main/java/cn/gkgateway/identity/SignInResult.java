package cn.gkgateway.identity;

import java.time.Instant;

/** The outcome of a sign-in attempt; failures are results, not exceptions, so that they are counted. */
public sealed interface SignInResult {

    /** Signed in: the session to put into the token, the account's token version and whether the password must be changed first. */
    record SignedIn(Caller caller, String sessionId, int tokenVersion, boolean mustChangePassword) implements SignInResult {
    }

    /** A wrong password or an unknown username, answered alike. */
    record BadCredentials(int attemptsLeft) implements SignInResult {
    }

    record Locked(Instant until) implements SignInResult {
    }

    /**
     * The right password of an account whose role needs a second factor: no session yet; an SMS code
     * to {@code phoneMasked} must follow ({@code phoneMasked} null: the account has no phone registered).
     */
    record SecondFactorRequired(Caller caller, int tokenVersion, String phoneMasked) implements SignInResult {
    }

    /** The right password of a disabled account. */
    record Disabled() implements SignInResult {
    }
}
