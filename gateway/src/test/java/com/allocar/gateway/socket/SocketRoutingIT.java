package com.allocar.gateway.socket;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.allocar.gateway.support.GatewayIntegrationTest;
import com.allocar.gateway.support.SocketEchoServer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The socket paths through the gateway to a live WebSocket service (TestServers.MESSAGING): the member's token from a header, a subprotocol
 * or the query (handed on as {@code Authorization}, never left in the forwarded query), frames both ways; no token,
 * a bad token or another path → refused at the handshake, in the envelope.
 */
class SocketRoutingIT extends GatewayIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theTokenAsASubprotocolOrAQueryParameterReachesTheServiceAsAuthorizationAndFramesFlow() throws Exception {
        String token = JWKS.token(newUserId());
        String booking = UUID.randomUUID().toString();

        Frames viaProtocol = new Frames();
        WebSocket socket = client().subprotocols("bearer", token).buildAsync(uri("/ws/bookings/" + booking), viaProtocol).join();
        assertThat(socket.getSubprotocol()).isEqualTo("bearer");
        JsonNode seen = JSON.readTree(viaProtocol.next());
        assertThat(seen.path("path").asString()).isEqualTo("/ws/bookings/" + booking);
        assertThat(seen.path("authorization").asString()).isEqualTo("Bearer " + token);
        socket.sendText("salut", true).join();
        assertThat(viaProtocol.next()).isEqualTo("echo:salut");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();

        Frames viaQuery = new Frames();
        WebSocket second = client().buildAsync(uri("/ws/trips/" + booking + "/driver-location?after=42&access_token=" + token), viaQuery).join();
        JsonNode seenByQuery = JSON.readTree(viaQuery.next());
        assertThat(seenByQuery.path("authorization").asString()).isEqualTo("Bearer " + token);
        assertThat(seenByQuery.path("query").asString()).isEqualTo("after=42").doesNotContain(token);
        second.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();

        Frames viaHeader = new Frames();
        WebSocket third = client().header("Authorization", "Bearer " + token).buildAsync(uri("/ws/bookings/" + booking), viaHeader).join();
        assertThat(JSON.readTree(viaHeader.next()).path("authorization").asString()).isEqualTo("Bearer " + token);
        third.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
    }

    @Test
    void aHandshakeWithoutAValidTokenOrOnAnotherPathIsRefusedBeforeTheUpgrade() {
        String booking = UUID.randomUUID().toString();
        assertThat(refusal(client(), "/ws/bookings/" + booking)).isEqualTo(401);
        assertThat(refusal(client().subprotocols("bearer", "not.a.token"), "/ws/bookings/" + booking)).isEqualTo(401);
        assertThat(refusal(client(), "/ws/bookings/" + booking + "?access_token=")).isEqualTo(401);
        // the service's own refusal (not a party) reaches the client before any upgrade
        String token = JWKS.token(newUserId());
        assertThat(refusal(client().subprotocols("bearer", token), "/ws/bookings/" + SocketEchoServer.REFUSED_BOOKING)).isEqualTo(403);
        // only the socket paths are routed
        assertThat(refusal(client().subprotocols("bearer", token), "/ws/anything")).isEqualTo(404);
    }

    @Test
    void theRefusalsAreTheEnvelope() throws Exception {
        assertThat(RawHandshake.answer(port, "/ws/bookings/" + UUID.randomUUID(), null))
                .startsWith("HTTP/1.1 401").contains("\"code\":\"auth_required\"");
        assertThat(RawHandshake.answer(port, "/ws/bookings/" + SocketEchoServer.REFUSED_BOOKING, JWKS.token(newUserId())))
                .startsWith("HTTP/1.1 403").contains("\"code\":\"forbidden\"").doesNotContain("Upgrade: websocket");
    }

    private int refusal(WebSocket.Builder builder, String path) {
        var thrown = assertThatThrownBy(() -> builder.buildAsync(uri(path), new Frames()).join())
                .isInstanceOf(CompletionException.class).actual();
        assertThat(thrown.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) thrown.getCause()).getResponse().statusCode();
    }

    private URI uri(String path) {
        return URI.create("ws://127.0.0.1:" + port + path);
    }

    private static WebSocket.Builder client() {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().newWebSocketBuilder()
                .header("X-Forwarded-For", "10.66.0." + (1 + (int) (Math.random() * 200)));
    }

    /** What a socket received, text frames in order. */
    static final class Frames implements WebSocket.Listener {

        private final BlockingQueue<String> texts = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                texts.add(partial.toString());
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        String next() throws InterruptedException {
            String text = texts.poll(5, TimeUnit.SECONDS);
            assertThat(text).as("a frame within 5 s").isNotNull();
            return text;
        }
    }
}
