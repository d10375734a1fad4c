package com.allocar.platform.api;

import java.util.Map;

/** {@code {"error": {...}}} — every non-2xx answer of the fleet has this shape. */
public record ErrorEnvelope(ApiError error) {

    public static ErrorEnvelope of(ErrorCode code, String message) {
        return new ErrorEnvelope(ApiError.of(code, message, Map.of()));
    }

    public static ErrorEnvelope of(ErrorCode code, String message, Map<String, Object> details) {
        return new ErrorEnvelope(ApiError.of(code, message, details));
    }
}
