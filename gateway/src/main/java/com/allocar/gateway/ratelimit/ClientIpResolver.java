package com.allocar.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.List;

import com.allocar.platform.web.ClientIp;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;

/**
 * The client's IP: the TCP peer address, unless {@code allocar.gateway.trust-forwarded-for=true}
 * (the gateway runs behind one trusted proxy or load balancer). Then it is the right-most
 * {@code X-Forwarded-For} entry — the one our proxy appended; entries to its left are client-supplied
 * and could be forged to dodge the per-IP limit.
 */
@Component
public class ClientIpResolver {

    private final boolean trustForwardedFor;

    public ClientIpResolver(@Value("${allocar.gateway.trust-forwarded-for:false}") boolean trustForwardedFor) {
        this.trustForwardedFor = trustForwardedFor;
    }

    public String resolve(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        String peer = remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
        return resolve(peer, request.getHeaders().getOrEmpty("X-Forwarded-For"));
    }

    String resolve(String peer, List<String> forwardedFor) {
        if (trustForwardedFor) {
            String forwarded = lastForwarded(forwardedFor);
            if (forwarded != null) {
                return forwarded;
            }
        }
        return peer;
    }

    private static @Nullable String lastForwarded(List<String> headerValues) {
        for (int i = headerValues.size() - 1; i >= 0; i--) {
            String[] entries = headerValues.get(i).split(",");
            for (int j = entries.length - 1; j >= 0; j--) {
                String candidate = entries[j].trim();
                if (!candidate.isEmpty()) {
                    // A malformed last hop means the header was not written by our proxy: ignore it all.
                    return ClientIp.isAddress(candidate) ? candidate : null;
                }
            }
        }
        return null;
    }
}
