package com.allocar.messaging.live;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.allocar.messaging.support.BookingEvents.Booking;
import com.allocar.messaging.support.MessagingIT;
import com.allocar.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that vanished (a phone out of coverage) never answers the server's pings: its socket is closed once
 * nothing was heard for the idle timeout (45 s in production, 3 s here), without waiting for TCP to notice.
 * A raw TCP client plays it: it upgrades, then never reads nor answers.
 */
@TestPropertySource(properties = {"allocar.messaging.sockets.ping-interval=PT1S", "allocar.messaging.sockets.idle-timeout=PT3S"})
class DeadConnectionIT extends MessagingIT {

    @Test
    void a_socket_that_answers_no_ping_is_closed_after_the_idle_timeout() throws IOException {
        Booking b = acceptedBooking();
        try (Socket tcp = new Socket("127.0.0.1", port)) {
            tcp.setSoTimeout((int) Duration.ofSeconds(30).toMillis());
            OutputStream out = tcp.getOutputStream();
            String key = Base64.getEncoder().encodeToString("allocar-dead-conn".getBytes(StandardCharsets.US_ASCII)).substring(0, 22) + "==";
            out.write(("GET /ws/bookings/" + b.id() + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + key + "\r\nSec-WebSocket-Version: 13\r\nAuthorization: Bearer "
                    + TestTokens.get().accessToken(b.passenger()) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = tcp.getInputStream();
            String status = readLine(in);
            assertThat(status).startsWith("HTTP/1.1 101");
            long started = System.nanoTime();
            boolean sawPing = false;
            boolean sawClose = false;
            // frames from the server (unmasked): ping = 0x89, close = 0x88; then the connection ends
            int b0;
            while ((b0 = in.read()) != -1) {
                int len = in.read() & 0x7f;
                in.readNBytes(len == 126 ? 2 : len == 127 ? 8 : 0);
                in.readNBytes(len < 126 ? len : 0);
                sawPing |= (b0 & 0x0f) == 0x9;
                if ((b0 & 0x0f) == 0x8) {
                    sawClose = true;
                    break;
                }
            }
            Duration after = Duration.ofNanos(System.nanoTime() - started);
            assertThat(sawPing).as("the server pinged").isTrue();
            assertThat(sawClose).as("the server closed the socket").isTrue();
            assertThat(after).isBetween(Duration.ofSeconds(2), Duration.ofSeconds(20));
        }
    }

    private static String readLine(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        String first = null;
        int c;
        int prev = -1;
        // read the whole header block, keep its first line
        while ((c = in.read()) != -1) {
            line.append((char) c);
            if (prev == '\r' && c == '\n') {
                if (first == null) {
                    first = line.toString().strip();
                }
                if (line.length() == 2) {
                    break;
                }
                line.setLength(0);
            }
            prev = c;
        }
        return first;
    }
}
