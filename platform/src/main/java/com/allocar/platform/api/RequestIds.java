package com.allocar.platform.api;

import java.util.UUID;
import java.util.regex.Pattern;

import org.slf4j.MDC;

/** The request id travels in {@code X-Request-Id}, lives in the MDC under {@code request_id} and ends in {@code meta}. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "request_id";
    public static final String USER_MDC_KEY = "user_id";
    /** Headers the gateway sets from a verified token; anything a client sends under these names is dropped. */
    public static final String USER_ID_HEADER = "X-User-Id";
    public static final String USER_ROLES_HEADER = "X-User-Roles";

    // Accept a caller's id only if it is harmless in logs and headers.
    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

    private RequestIds() {
    }

    public static String acceptOrGenerate(String candidate) {
        return candidate != null && ACCEPTABLE.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    public static String current() {
        return MDC.get(MDC_KEY);
    }
}
