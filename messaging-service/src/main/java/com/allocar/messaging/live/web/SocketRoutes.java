package com.allocar.messaging.live.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.allocar.messaging.live.LiveSocketHandler;
import com.allocar.platform.security.RevokedTokens;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;

/**
 * Every socket handler of the service ({@link LiveSocketHandler} beans) at its {@link LiveSocketHandler#path() path},
 * behind the {@link TokenHandshake} (the platform's token beans, then the handler's own admission), answering the
 * {@code bearer} subprotocol, from any origin — a socket is authenticated by a token, never by a cookie, so a foreign
 * page cannot ride a member's session. Each path also answers {@code GET <path>/admission} ({@link SocketAdmissions}).
 */
@Configuration
class SocketRoutes implements WebSocketConfigurer {

    private final Map<LiveSocketHandler, TokenHandshake> gates = new LinkedHashMap<>();

    SocketRoutes(List<LiveSocketHandler> handlers, JwtDecoder decoder, RevokedTokens revoked, JsonMapper json) {
        handlers.forEach(h -> gates.put(h, new TokenHandshake(decoder, revoked, json, h::admit)));
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        gates.forEach((handler, gate) -> registry.addHandler(handler, handler.path()).setHandshakeHandler(Handshakes.handler())
                .addInterceptors(gate).setAllowedOriginPatterns("*"));
    }

    /** {@code GET <socket path>/admission} for each socket path, next to the sockets' own mapping (order 1). */
    @Bean
    SimpleUrlHandlerMapping socketAdmissionMapping() {
        Map<String, Object> urls = new LinkedHashMap<>();
        gates.forEach((handler, gate) -> urls.put(handler.path() + SocketAdmissions.SUFFIX, new SocketAdmissions(gate)));
        return new SimpleUrlHandlerMapping(urls, 2);
    }
}
