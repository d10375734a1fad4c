package com.allocar.platform.security;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/** {@code /internal/**}: the service-to-service API, for service tokens only. One matcher for filter and rules. */
final class InternalPaths {

    static final String PATTERN = "/internal/**";
    static final RequestMatcher MATCHER = PathPatternRequestMatcher.pathPattern(PATTERN);

    private InternalPaths() {
    }

    static boolean isInternal(HttpServletRequest request) {
        return MATCHER.matches(request);
    }

    static boolean isInternal(String pattern) {
        return pattern.equals("/internal") || pattern.startsWith("/internal/");
    }
}
