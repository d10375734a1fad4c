package com.allocar.platform.security;

import java.util.Arrays;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.ServiceCaller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Scopes the internal API: a verified service may call only the handlers whose {@link CalledBy} names it — booking
 * holds seats, payment writes ledger entries, wallet asks for topups — and gets 403 {@code forbidden} elsewhere.
 */
class CalledByInterceptor implements HandlerInterceptor {

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // registered on InternalPaths.PATTERN only (PlatformSecurityAutoConfiguration)
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        CalledBy allowed = calledBy(method);
        var auth = SecurityContextHolder.getContext().getAuthentication();
        if (allowed == null || !(auth instanceof ServiceCaller caller)
                || Arrays.stream(allowed.value()).noneMatch(s -> s == caller.caller())) {
            throw ApiException.forbidden("This service may not call " + request.getMethod() + " " + request.getRequestURI());
        }
        return true;
    }

    static CalledBy calledBy(HandlerMethod method) {
        CalledBy onMethod = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), CalledBy.class);
        return onMethod != null ? onMethod : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), CalledBy.class);
    }
}
