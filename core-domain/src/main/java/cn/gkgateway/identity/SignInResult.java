package cn.gkgateway.identity;

import java.time.Instant;

/** The outcome of a sign-in attempt; failures are results, not exceptions, so that they are counted. */
public sealed interface SignInResult {

    record SignedIn(Caller caller) implements SignInResult {
    }

    record BadCredentials(int attemptsLeft) implements SignInResult {
    }

    record Locked(Instant until) implements SignInResult {
    }
}
