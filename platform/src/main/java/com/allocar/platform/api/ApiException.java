package com.allocar.platform.api;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A client-facing failure: carries the spec's code, a human message and structured details.
 * Thrown anywhere below a controller; the exception handler turns it into the error envelope.
 */
public class ApiException extends RuntimeException {

    private final ErrorCode code;
    private final Map<String, Object> details;
    private final Duration retryAfter;

    public ApiException(ErrorCode code, String message) {
        this(code, message, Map.of(), null);
    }

    public ApiException(ErrorCode code, String message, Map<String, Object> details) {
        this(code, message, details, null);
    }

    public ApiException(ErrorCode code, String message, Map<String, Object> details, Duration retryAfter) {
        super(message, null, false, false);
        this.code = code;
        this.details = details == null ? Map.of() : new LinkedHashMap<>(details);
        this.retryAfter = retryAfter;
    }

    public ErrorCode code() {
        return code;
    }

    public Map<String, Object> details() {
        return details;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public static ApiException notFound(String resource, Object id) {
        return new ApiException(ErrorCode.NOT_FOUND, resource + " not found", Map.of("resource", resource, "id", String.valueOf(id)));
    }

    public static ApiException forbidden(String message) {
        return new ApiException(ErrorCode.FORBIDDEN, message);
    }

    public static ApiException conflict(String message, Map<String, Object> details) {
        return new ApiException(ErrorCode.CONFLICT, message, details);
    }

    public static ApiException validation(String field, String message) {
        return new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid request",
                Map.of("fields", java.util.List.of(Map.of("field", field, "message", message))));
    }

    public static ApiException rateLimited(String message, Duration retryAfter) {
        return new ApiException(ErrorCode.RATE_LIMITED, message,
                Map.of("retry_after_seconds", Math.max(1, retryAfter.toSeconds())), retryAfter);
    }

    public static ApiException authRequired(String message) {
        return new ApiException(ErrorCode.AUTH_REQUIRED, message);
    }
}
