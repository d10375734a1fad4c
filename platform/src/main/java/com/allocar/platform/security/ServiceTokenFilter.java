package com.allocar.platform.security;

import java.io.IOException;

import com.allocar.platform.security.service.ServiceCaller;
import com.allocar.platform.security.service.ServiceTokenVerifier;
import com.allocar.platform.security.service.ServiceTokens;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates calls to {@code /internal/**} by the caller's service token ({@link ServiceTokens#HEADER}). A token that
 * does not verify is a 401 at once, with the reason; no token leaves the request anonymous (401 too). The gateway
 * never routes {@code /internal}, and a service token means nothing on any other path.
 */
class ServiceTokenFilter extends OncePerRequestFilter {

    private final ServiceTokenVerifier verifier;
    private final EnvelopeSecurityHandlers handlers;

    ServiceTokenFilter(ServiceTokenVerifier verifier, EnvelopeSecurityHandlers handlers) {
        this.verifier = verifier;
        this.handlers = handlers;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !InternalPaths.isInternal(request);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String presented = request.getHeader(ServiceTokens.HEADER);
        if (presented != null) {
            try {
                SecurityContextHolder.getContext().setAuthentication(new ServiceCaller(verifier.verify(presented.trim())));
            } catch (ServiceTokenVerifier.Refused e) {
                handlers.unauthorized(response, e.reason());
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
