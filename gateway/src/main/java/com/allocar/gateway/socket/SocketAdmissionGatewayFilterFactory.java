package com.allocar.gateway.socket;

import java.net.URI;
import java.time.Duration;

import com.allocar.platform.api.RequestIds;
import com.allocar.platform.web.ClientIp;
import io.netty.channel.ChannelOption;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code - SocketAdmission} on a WebSocket route: the gateway upgrades the client's connection before it connects to
 * the service, so a refusal of the service's own handshake (not a party, unknown booking) would reach the client as a
 * bare close frame. Before the upgrade, the gateway asks the service {@code GET <socket path>/admission} with the
 * member's headers: a 2xx lets the upgrade go on; any refusal (401, 403, 404, 409…) is answered to the client as is,
 * before the upgrade, in the service's envelope; an unreachable service fails the route's circuit breaker (503
 * envelope). One local round trip per handshake, and handshakes are rate-limited per user.
 */
@Component
public class SocketAdmissionGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

    static final String ADMISSION_SUFFIX = "/admission";

    private final WebClient client = WebClient.builder()
            .clientConnector(new ReactorClientHttpConnector(HttpClient.create()
                    .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
                    .responseTimeout(Duration.ofSeconds(5))))
            .build();

    public SocketAdmissionGatewayFilterFactory() {
        super(Object.class);
    }

    @Override
    public GatewayFilter apply(Object config) {
        // the refusal's body is read inside the exchange (it is released once the exchange's Mono completes)
        return (exchange, chain) -> admission(exchange)
                .exchangeToMono(answer -> answer.statusCode().is2xxSuccessful()
                        ? answer.releaseBody().thenReturn(true)
                        : refuse(exchange, answer).thenReturn(false))
                .flatMap(admitted -> admitted ? chain.filter(exchange) : Mono.empty());
    }

    private WebClient.RequestHeadersSpec<?> admission(ServerWebExchange exchange) {
        Route route = exchange.getRequiredAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        ServerHttpRequest request = exchange.getRequest();
        URI uri = UriComponentsBuilder.fromUri(route.getUri()).replacePath(request.getPath().value() + ADMISSION_SUFFIX)
                .replaceQuery(request.getURI().getRawQuery()).build(true).toUri();
        return client.get().uri(uri).headers(h -> {
            for (String name : new String[] {HttpHeaders.AUTHORIZATION, RequestIds.HEADER, RequestIds.USER_ID_HEADER,
                    RequestIds.USER_ROLES_HEADER, ClientIp.HEADER}) {
                String value = request.getHeaders().getFirst(name);
                if (value != null) {
                    h.set(name, value);
                }
            }
        });
    }

    private static Mono<Void> refuse(ServerWebExchange exchange, ClientResponse answer) {
        var response = exchange.getResponse();
        response.setStatusCode(answer.statusCode());
        answer.headers().contentType().ifPresent(t -> response.getHeaders().setContentType(t));
        String authenticate = answer.headers().asHttpHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE);
        if (authenticate != null) {
            response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, authenticate);
        }
        return answer.bodyToMono(byte[].class).defaultIfEmpty(new byte[0])
                .flatMap(body -> response.writeWith(Mono.just(response.bufferFactory().wrap(body))));
    }
}
