package com.allocar.platform.sms;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

import com.sun.net.httpserver.HttpServer;

/**
 * A local HTTP server standing in for Orange in the gateway's tests: records every request as it arrived (raw path
 * included) and answers what the test set per path, by default Orange's happy answers.
 */
final class FakeOrange implements AutoCloseable {

    record Received(String method, String rawPath, Map<String, String> headers, String body) {
        String header(String name) {
            return headers.get(name.toLowerCase(java.util.Locale.ROOT));
        }
    }

    record Reply(int status, String body) {
    }

    static final String SEND_PATH = "/smsmessaging/v1/outbound/tel%3A%2B2250000/requests";

    private final HttpServer server;
    final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Function<Received, Reply>> answers = new ConcurrentHashMap<>();
    private int tokens;

    FakeOrange() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        answer(OrangeSmsGateway.TOKEN_PATH, r -> new Reply(200,
                "{\"token_type\":\"Bearer\",\"access_token\":\"token-" + nextToken() + "\",\"expires_in\":\"3600\"}"));
        answer(SEND_PATH, r -> new Reply(201, "{\"outboundSMSMessageRequest\":{\"address\":\"tel:+2250701020304\","
                + "\"senderAddress\":\"tel:+2250000\",\"outboundSMSTextMessage\":{\"message\":\"hi\"},"
                + "\"resourceURL\":\"https://api.orange.com/smsmessaging/v1/outbound/tel:+2250000/requests/req-"
                + received.size() + "\"}}"));
        server.createContext("/", ex -> {
            Map<String, String> headers = new java.util.HashMap<>();
            ex.getRequestHeaders().forEach((k, v) -> headers.put(k.toLowerCase(java.util.Locale.ROOT), v.getFirst()));
            Received r = new Received(ex.getRequestMethod(), ex.getRequestURI().getRawPath(), headers,
                    new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            received.add(r);
            Function<Received, Reply> answer = answers.get(r.rawPath());
            Reply reply = answer == null ? new Reply(404, "{\"code\":60,\"message\":\"Resource not found\"}") : answer.apply(r);
            byte[] out = reply.body().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(reply.status(), out.length == 0 ? -1 : out.length);
            if (out.length > 0) {
                ex.getResponseBody().write(out);
            }
            ex.close();
        });
        server.setExecutor(java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor());
        server.start();
    }

    private synchronized int nextToken() {
        return ++tokens;
    }

    void answer(String rawPath, Function<Received, Reply> answer) {
        answers.put(rawPath, answer);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    List<Received> to(String rawPath) {
        return received.stream().filter(r -> r.rawPath().equals(rawPath)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
