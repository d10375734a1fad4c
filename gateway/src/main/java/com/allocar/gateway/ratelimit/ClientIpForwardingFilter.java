package com.allocar.gateway.ratelimit;

import com.allocar.gateway.WebFilterOrder;
import com.allocar.platform.web.ClientIp;
import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Tells the services who the client is: the address this gateway resolved ({@link ClientIpResolver}, the same one its
 * per-IP limits count) in {@link ClientIp#HEADER}, set over whatever the client sent. Spring Cloud Gateway strips
 * X-Forwarded-* from proxied requests, so without this identity's login limits would see the gateway as every client.
 */
@Component
public class ClientIpForwardingFilter implements WebFilter, Ordered {

    private final ClientIpResolver resolver;

    public ClientIpForwardingFilter(ClientIpResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public int getOrder() {
        return WebFilterOrder.CLIENT_IP;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String ip = resolver.resolve(exchange.getRequest());
        return chain.filter(exchange.mutate().request(r -> r.headers(h -> h.set(ClientIp.HEADER, ip))).build());
    }
}
