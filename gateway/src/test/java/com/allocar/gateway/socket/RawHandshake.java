package com.allocar.gateway.socket;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** A WebSocket handshake written by hand, to read the gateway's refusal as the bytes a client gets (status, body). */
final class RawHandshake {

    private RawHandshake() {
    }

    /** The answer's head and body, read until its JSON body is complete (or the connection ends, 5 s at most). */
    static String answer(int port, String path, String bearerToken) throws IOException {
        try (Socket raw = new Socket("127.0.0.1", port)) {
            raw.setSoTimeout(5000);
            OutputStream out = raw.getOutputStream();
            out.write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\nX-Forwarded-For: 10.66.1.1\r\n"
                    + (bearerToken == null ? "" : "Sec-WebSocket-Protocol: bearer, " + bearerToken + "\r\n") + "\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            StringBuilder answer = new StringBuilder();
            byte[] chunk = new byte[1024];
            InputStream in = raw.getInputStream();
            int n;
            while (!answer.toString().contains("}}") && (n = in.read(chunk)) > 0) {
                answer.append(new String(chunk, 0, n, StandardCharsets.UTF_8));
            }
            return answer.toString();
        }
    }
}
