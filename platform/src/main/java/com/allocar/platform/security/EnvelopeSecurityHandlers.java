package com.allocar.platform.security;

import java.io.IOException;
import java.util.Map;

import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.api.ErrorEnvelope;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401/403 from the security chain in the spec's envelope, with a machine-readable reason. */
final class EnvelopeSecurityHandlers {

    private final JsonMapper json;

    EnvelopeSecurityHandlers(JsonMapper json) {
        this.json = json;
    }

    AuthenticationEntryPoint entryPoint() {
        return (request, response, e) -> {
            String reason = reason(e, request.getHeader("Authorization") != null);
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, ErrorCode.AUTH_REQUIRED, message(reason), Map.of("reason", reason));
        };
    }

    AccessDeniedHandler accessDenied() {
        return (request, response, e) -> write(response, ErrorCode.FORBIDDEN, "You are not allowed to do this", Map.of());
    }

    /** 401 with a reason decided by the caller (a refused service token, a revoked access token). */
    void unauthorized(HttpServletResponse response, String reason) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer");
        write(response, ErrorCode.AUTH_REQUIRED, message(reason), Map.of("reason", reason));
    }

    /** 503 when a token cannot be checked (the revoke list is away): refused rather than let through. */
    void unavailable(HttpServletResponse response, String reason) throws IOException {
        response.setHeader("Retry-After", "1");
        write(response, ErrorCode.SERVICE_UNAVAILABLE, "Cannot verify access tokens right now", Map.of("reason", reason));
    }

    private static String reason(AuthenticationException e, boolean hadToken) {
        if (!hadToken) {
            return "missing_token";
        }
        if (e instanceof OAuth2AuthenticationException o && o.getMessage() != null && o.getMessage().contains("expired")) {
            return "token_expired";
        }
        return "invalid_token";
    }

    private static String message(String reason) {
        return switch (reason) {
            case "token_expired" -> "Access token expired";
            case "invalid_token" -> "Access token invalid";
            case "token_revoked" -> "Access token revoked";
            case "missing_token" -> "Authentication required";
            default -> "Service token refused";
        };
    }

    private void write(HttpServletResponse response, ErrorCode code, String message, Map<String, Object> details) throws IOException {
        response.setStatus(code.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), ErrorEnvelope.of(code, message, details));
    }
}
