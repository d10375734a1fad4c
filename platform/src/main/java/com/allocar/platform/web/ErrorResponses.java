package com.allocar.platform.web;

import java.time.Duration;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.api.ErrorEnvelope;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Builds error envelopes as responses; the one place that pairs a code with its HTTP status. */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static ResponseEntity<ErrorEnvelope> of(ErrorCode code, String message, Map<String, Object> details) {
        return of(code, message, details, null);
    }

    public static ResponseEntity<ErrorEnvelope> of(ApiException e) {
        return of(e.code(), e.getMessage(), e.details(), e.retryAfter());
    }

    static ResponseEntity<ErrorEnvelope> of(ErrorCode code, String message, Map<String, Object> details, Duration retryAfter) {
        var builder = ResponseEntity.status(code.status()).contentType(MediaType.APPLICATION_JSON);
        if (retryAfter != null) {
            builder.header(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, retryAfter.toSeconds())));
        }
        return builder.body(ErrorEnvelope.of(code, message, details));
    }
}
