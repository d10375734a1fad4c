package com.allocar.gateway;

import org.springframework.core.Ordered;

/**
 * Order of the gateway's own WebFilters (lower runs first). They all run before routing, so a request
 * refused here never reaches a service.
 */
public final class WebFilterOrder {

    /** Request id, access log, and last-resort translation of any error into the envelope. */
    public static final int REQUEST_LOG = Ordered.HIGHEST_PRECEDENCE;
    /** Registers the security headers before anything can answer, so errors carry them too. */
    public static final int SECURITY_HEADERS = REQUEST_LOG + 10;
    /** Refuses paths a downstream server would normalise into something else ({@code ..}, {@code %2F}, {@code ;}). */
    public static final int PATH_GUARD = REQUEST_LOG + 20;
    /** Answers pre-flights and refuses foreign origins before any counting or token work. */
    public static final int CORS = REQUEST_LOG + 30;
    /** Per-IP limit before the token check, so floods of bad tokens are limited too. */
    public static final int IP_RATE_LIMIT = REQUEST_LOG + 40;
    /** Hands the resolved client IP to the services (X-Client-Ip), replacing any client-sent value. */
    public static final int CLIENT_IP = REQUEST_LOG + 45;
    public static final int AUTHENTICATION = REQUEST_LOG + 50;
    /** Per-user limit once the caller is known. */
    public static final int USER_RATE_LIMIT = REQUEST_LOG + 60;

    private WebFilterOrder() {
    }
}
