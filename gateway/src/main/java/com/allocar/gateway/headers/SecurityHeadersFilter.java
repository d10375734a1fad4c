package com.allocar.gateway.headers;

import com.allocar.gateway.WebFilterOrder;
import com.allocar.gateway.docs.DocsPaths;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Security headers on every answer, the gateway's own errors included. They are applied with
 * {@code set} just before the response is committed, so they also replace whatever a service sent
 * under the same names (no duplicated or contradicting values reach the client).
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {

    /** API answers are JSON: nothing may be loaded, framed or executed from them. */
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'";
    /**
     * The Swagger UI served from the local webjar: its own scripts and styles (it sets inline styles),
     * its SVG icons as data: URIs, and fetches of the OpenAPI documents and "try it out" calls to this origin.
     */
    static final String DOCS_UI_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; connect-src 'self'; font-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private final DocsPaths docsPaths;

    public SecurityHeadersFilter(DocsPaths docsPaths) {
        this.docsPaths = docsPaths;
    }

    @Override
    public int getOrder() {
        return WebFilterOrder.SECURITY_HEADERS;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        boolean docsUi = docsPaths.isUiPath(exchange.getRequest().getPath().pathWithinApplication().value());
        exchange.getResponse().beforeCommit(() -> {
            apply(exchange.getResponse().getHeaders(), docsUi);
            return Mono.empty();
        });
        return chain.filter(exchange);
    }

    static void apply(HttpHeaders headers, boolean docsUi) {
        // TLS terminates in front of the gateway; the header is meaningful to the browser either way.
        headers.set("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Referrer-Policy", "no-referrer");
        headers.set("Content-Security-Policy", docsUi ? DOCS_UI_CSP : API_CSP);
        headers.set(HttpHeaders.CACHE_CONTROL, "no-store");
        headers.remove(HttpHeaders.PRAGMA);
        headers.remove(HttpHeaders.EXPIRES);
        headers.remove("Server");
        headers.remove("X-Powered-By");
    }
}
