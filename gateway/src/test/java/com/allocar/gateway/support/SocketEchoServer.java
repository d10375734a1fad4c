package com.allocar.gateway.support;

import java.util.LinkedHashMap;
import java.util.Map;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.WebsocketServerSpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * messaging-service played by the test, REST and sockets on one port as the real one. {@code GET <socket>/admission}
 * answers 204, or 403 in the envelope for {@link #REFUSED_BOOKING}. Any other plain request is answered
 * with {@code {"service", "method", "path"}} (as {@link EchoServer}); a WebSocket handshake is accepted with the
 * {@code bearer} subprotocol, first sends what the handshake received ({@code {"path", "query", "authorization",
 * "protocol"}}), then echoes every text frame as {@code echo:<text>}.
 */
public final class SocketEchoServer {

    /** The one booking whose socket admission this service refuses (403 forbidden). */
    public static final String REFUSED_BOOKING = "00000000-0000-4000-8000-000000000403";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DisposableServer server;

    private SocketEchoServer(DisposableServer server) {
        this.server = server;
    }

    public static SocketEchoServer start(String service) {
        DisposableServer server = HttpServer.create().host("127.0.0.1").port(0)
                .handle((req, res) -> {
                    if (req.fullPath().endsWith("/admission")) {
                        // the service's handshake rule: the booking REFUSED_BOOKING's chat is not this member's
                        return req.fullPath().contains(REFUSED_BOOKING)
                                ? res.status(403).header("Content-Type", "application/json")
                                        .sendString(Mono.just("{\"error\":{\"code\":\"forbidden\",\"message\":\"Not a party\",\"details\":{}}}"))
                                : res.status(204).send();
                    }
                    if (!"websocket".equalsIgnoreCase(req.requestHeaders().get("Upgrade", ""))) {
                        String echo = JSON.writeValueAsString(Map.of("service", service, "method", req.method().name(), "path", req.fullPath()));
                        return res.header("Content-Type", "application/json").sendString(Mono.just(echo));
                    }
                    Map<String, Object> seen = new LinkedHashMap<>();
                    seen.put("path", req.fullPath());
                    String uri = req.uri();
                    seen.put("query", uri.contains("?") ? uri.substring(uri.indexOf('?') + 1) : "");
                    seen.put("authorization", req.requestHeaders().get("Authorization", ""));
                    seen.put("protocol", req.requestHeaders().get("Sec-WebSocket-Protocol", ""));
                    String handshake = JSON.writeValueAsString(seen);
                    return res.sendWebsocket((in, out) -> out.sendString(Flux.just(handshake)
                            .concatWith(in.receive().asString().map(m -> "echo:" + m))),
                            // Reactor Netty never runs the handler of a spec with protocols when the client asked for none
                            req.requestHeaders().contains("Sec-WebSocket-Protocol")
                                    ? WebsocketServerSpec.builder().protocols("bearer").build() : WebsocketServerSpec.builder().build());
                })
                .bindNow();
        return new SocketEchoServer(server);
    }

    public String url() {
        return "http://127.0.0.1:" + server.port();
    }
}
