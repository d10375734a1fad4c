package com.allocar.platform.web;

import java.io.IOException;

import com.allocar.platform.api.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Outermost filter: accepts or generates the request id, echoes it, puts it in the MDC so every
 * log line of the request carries it, and writes one access line with status and latency.
 */
public class RequestLoggingFilter extends OncePerRequestFilter {

    /** Set by the security chain once the caller is known, read here for the access line. */
    public static final String USER_ID_ATTRIBUTE = RequestLoggingFilter.class.getName() + ".userId";

    private static final Logger access = LoggerFactory.getLogger("allocar.access");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = RequestIds.acceptOrGenerate(request.getHeader(RequestIds.HEADER));
        long started = System.nanoTime();
        MDC.put(RequestIds.MDC_KEY, requestId);
        response.setHeader(RequestIds.HEADER, requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            Object userId = request.getAttribute(USER_ID_ATTRIBUTE);
            if (userId != null) {
                MDC.put(RequestIds.USER_MDC_KEY, userId.toString());
            }
            MDC.put("status", String.valueOf(response.getStatus()));
            MDC.put("latency_ms", String.valueOf((System.nanoTime() - started) / 1_000_000));
            MDC.put("method", request.getMethod());
            MDC.put("path", request.getRequestURI());
            if (!request.getRequestURI().startsWith("/actuator")) {
                access.info("{} {} -> {}", request.getMethod(), request.getRequestURI(), response.getStatus());
            }
            MDC.clear();
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }
}
