package com.allocar.identity.auth.web;

import com.allocar.identity.auth.token.Sessions;
import com.allocar.identity.user.UserView;

final class AuthResponses {

    private AuthResponses() {
    }

    record Tokens(String accessToken, String refreshToken, String tokenType, long expiresIn, UserView user) {
        static Tokens of(Sessions.Tokens t, UserView user) {
            return new Tokens(t.accessToken(), t.refreshToken(), "Bearer", t.expiresIn(), user);
        }
    }

    record Verification(String channel, String destination, long expiresIn) {
    }

    record Registered(UserView user, Verification verification) {
    }

    record CodeSent(String channel, String destination, long expiresIn) {
    }
}
