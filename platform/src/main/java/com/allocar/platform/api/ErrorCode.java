package com.allocar.platform.api;

/**
 * The error codes of the spec's catalogue, each with the HTTP status it travels with.
 * The wire value is the lower-case name, e.g. {@code validation_error}.
 */
public enum ErrorCode {
    VALIDATION_ERROR(400),
    AUTH_REQUIRED(401),
    WEBHOOK_INVALID_SIGNATURE(401),
    PAYMENT_FAILED(402),
    FORBIDDEN(403),
    KYC_REQUIRED(403),
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    NOT_ACCEPTABLE(406),
    CONFLICT(409),
    BOOKING_CONFLICT(409),
    INSUFFICIENT_FUNDS(402),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    RATE_LIMITED(429),
    INTERNAL_ERROR(500),
    BAD_GATEWAY(502),
    SERVICE_UNAVAILABLE(503),
    GATEWAY_TIMEOUT(504);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The code of a wire name ({@code "not_found"}), if it is one of ours. */
    public static java.util.Optional<ErrorCode> of(String wire) {
        return java.util.Arrays.stream(values()).filter(c -> c.code().equals(wire)).findFirst();
    }
}
