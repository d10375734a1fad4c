package com.allocar.gateway.auth;

import java.util.Locale;

/** {@code details.reason} of a 401 {@code auth_required} answer, so clients know whether refreshing can help. */
public enum AuthFailureReason {
    MISSING_TOKEN("Authentication required"),
    TOKEN_EXPIRED("Access token expired"),
    INVALID_TOKEN("Invalid access token"),
    TOKEN_REVOKED("Access token revoked");

    private final String message;

    AuthFailureReason(String message) {
        this.message = message;
    }

    public String message() {
        return message;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
