package com.allocar.gateway.auth;

/** Outcome of checking one access token: the caller, or why the token is refused. */
public sealed interface TokenVerification {

    record Verified(AuthenticatedUser user) implements TokenVerification {
    }

    record Rejected(AuthFailureReason reason) implements TokenVerification {
    }
}
