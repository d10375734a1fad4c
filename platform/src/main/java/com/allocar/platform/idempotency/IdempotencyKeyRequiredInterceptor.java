package com.allocar.platform.idempotency;

import java.util.List;
import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/** Enforces {@link IdempotencyKeyRequired}; the replay itself is {@link IdempotencyFilter}'s job. */
public class IdempotencyKeyRequiredInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (handler instanceof HandlerMethod m && m.hasMethodAnnotation(IdempotencyKeyRequired.class)
                && request.getHeader(IdempotencyFilter.HEADER) == null) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "This request needs an Idempotency-Key header",
                    Map.of("fields", List.of(Map.of("field", IdempotencyFilter.HEADER, "message", "header is required"))));
        }
        return true;
    }
}
