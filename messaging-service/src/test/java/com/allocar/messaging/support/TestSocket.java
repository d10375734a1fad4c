package com.allocar.messaging.support;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.allocar.platform.testing.TestHttp;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A real WebSocket client (the JDK's {@code java.net.http.WebSocket}, as a mobile app or the e2e module would connect):
 * every text frame received lands in a queue read with timeouts (no sleeps), the close code and reason in a future.
 * The JDK client answers the server's ping frames with pongs by itself.
 */
public final class TestSocket implements WebSocket.Listener, AutoCloseable {

    /** How the socket closed. */
    public record Closed(int code, String reason) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
    private final CompletableFuture<Closed> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private WebSocket ws;

    private TestSocket() {
    }

    /** Connects; headers as name/value pairs; subprotocols offered in order. Fails the test when refused. */
    public static TestSocket connect(String url, Map<String, String> headers, String... subprotocols) {
        TestSocket s = new TestSocket();
        s.ws = builder(headers, subprotocols).buildAsync(URI.create(url), s).join();
        return s;
    }

    /** The HTTP status of a refused handshake (the test fails if the upgrade succeeds). */
    public static int refusal(String url, Map<String, String> headers, String... subprotocols) {
        TestSocket s = new TestSocket();
        try {
            WebSocket ws = builder(headers, subprotocols).buildAsync(URI.create(url), s).join();
            ws.abort();
            throw new AssertionError("the handshake of " + url.replaceAll("access_token=[^&]*", "access_token=…") + " was accepted");
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) {
                return h.getResponse().statusCode();
            }
            throw e;
        }
    }

    private static WebSocket.Builder builder(Map<String, String> headers, String... subprotocols) {
        WebSocket.Builder b = CLIENT.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(5));
        headers.forEach(b::header);
        if (subprotocols.length > 0) {
            String[] rest = new String[subprotocols.length - 1];
            System.arraycopy(subprotocols, 1, rest, 0, rest.length);
            b.subprotocols(subprotocols[0], rest);
        }
        return b;
    }

    public String subprotocol() {
        return ws.getSubprotocol();
    }

    public void send(Object frame) {
        sendText(frame instanceof String s ? s : TestHttp.json().writeValueAsString(frame));
    }

    public synchronized void sendText(String text) {
        ws.sendText(text, true).join();
    }

    /** The next frame, whatever its type; fails after {@code timeout}. */
    public JsonNode next(Duration timeout) {
        try {
            JsonNode f = frames.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            assertThat(f).as("a frame within %s", timeout).isNotNull();
            return f;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The next frame of this type (frames of other types before it are skipped); fails after {@code timeout}. */
    public JsonNode next(String type, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        List<String> skipped = new ArrayList<>();
        while (true) {
            long left = deadline - System.nanoTime();
            JsonNode f;
            try {
                f = left <= 0 ? null : frames.poll(left, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            assertThat(f).as("a %s frame within %s (skipped %s)", type, timeout, skipped).isNotNull();
            if (type.equals(f.path("type").asString())) {
                return f;
            }
            skipped.add(f.toString());
        }
    }

    public JsonNode next(String type) {
        return next(type, Duration.ofSeconds(10));
    }

    /** Nothing arrives within {@code wait} (used once a later frame proved the earlier ones were all delivered). */
    public JsonNode poll(Duration wait) throws InterruptedException {
        return frames.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    public Closed awaitClose(Duration timeout) {
        return closed.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
    }

    public boolean isOpen() {
        return !closed.isDone() && !ws.isInputClosed();
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            frames.add(TestHttp.json().readTree(partial.toString()));
            partial.setLength(0);
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onPing(WebSocket webSocket, ByteBuffer message) {
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        closed.complete(new Closed(statusCode, reason));
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        closed.complete(new Closed(-1, error.toString()));
    }

    @Override
    public void close() {
        if (ws != null && !ws.isOutputClosed()) {
            try {
                ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(2, TimeUnit.SECONDS);
            } catch (Exception e) {
                ws.abort();
            }
        }
    }
}
