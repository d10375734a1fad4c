package com.allocar.platform.api;

import java.util.Map;

/** The body of the spec's error envelope: {@code {"error": {"code", "message", "details"}}}. */
public record ApiError(String code, String message, Map<String, Object> details) {

    public ApiError {
        details = details == null ? Map.of() : details;
    }

    public static ApiError of(ErrorCode code, String message, Map<String, Object> details) {
        return new ApiError(code.code(), message, details);
    }
}
