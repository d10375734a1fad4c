package com.allocar.messaging.bench;

import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.allocar.messaging.support.BookingEvents;
import com.allocar.messaging.support.BookingEvents.Booking;
import com.allocar.messaging.support.MessagingIT;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark of issue 11, run by hand (never in CI: not an IT): {@code ./mvnw -B -pl messaging-service verify
 * -Dit.test=ChatFanOutBench} with the test devstack up. 250 bookings, both parties connected (500 sockets on this one
 * instance), then {@code bench.rate} REST posts a second for {@code bench.seconds}; each post's latency is measured from
 * just before the POST to its frame's arrival at the other party's socket (through PostgreSQL, Redis pub/sub and back).
 * Memory: heap after GC before and after the 500 sockets connect, divided by 500 — client and server sockets share this
 * JVM, so the figure is an upper bound of the server's own cost. Prints "BENCH …" lines; bench/README.md keeps the figures.
 */
class ChatFanOutBench extends MessagingIT {

    private static final int BOOKINGS = Integer.getInteger("bench.bookings", 250);
    private static final int RATE = Integer.getInteger("bench.rate", 50);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);

    @Test
    void fanOutLatencyAndMemoryPerSocket() throws Exception {
        List<Booking> bookings = new ArrayList<>();
        for (int i = 0; i < BOOKINGS; i++) {
            Booking b = Booking.fresh();
            BookingEvents.accepted(b, Instant.now()).send();
            bookings.add(b);
        }
        eventually(() -> jdbc.sql("SELECT count(*) FROM conversations WHERE booking_id IN (:ids)")
                .param("ids", bookings.stream().map(Booking::id).toList()).query(Long.class).single() == BOOKINGS);

        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = new CopyOnWriteArrayList<>();
        long before = usedHeapAfterGc();
        HttpClient client = HttpClient.newHttpClient();
        List<WebSocket> sockets = new ArrayList<>();
        for (Booking b : bookings) {
            for (UUID member : new UUID[] {b.passenger(), b.driver()}) {
                boolean receiver = member.equals(b.driver());
                sockets.add(client.newWebSocketBuilder().header("Authorization", TestHttp.bearer(TestTokens.get().accessToken(member)))
                        .buildAsync(URI.create(ws("/ws/bookings/" + b.id())), new Timing(receiver, sentAt, latencies)).get(10, TimeUnit.SECONDS));
            }
        }
        long after = usedHeapAfterGc();
        System.out.printf("BENCH sockets=%d heap_before=%d KiB heap_after=%d KiB per_socket=%.1f KiB (client+server)%n",
                sockets.size(), before / 1024, after / 1024, (after - before) / 1024.0 / sockets.size());

        // an app signs in once and reuses its access token: signing one per post (RSA in this JVM) would bench the client
        Map<UUID, String[]> tokens = new ConcurrentHashMap<>();
        bookings.forEach(b -> tokens.put(b.passenger(), auth(b.passenger())));
        var poster = Executors.newFixedThreadPool(8);
        AtomicInteger sent = new AtomicInteger();
        long periodNanos = TimeUnit.SECONDS.toNanos(1) / RATE;
        long start = System.nanoTime();
        for (int i = 0; i < RATE * SECONDS; i++) {
            long due = start + i * periodNanos;
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            Booking b = bookings.get(ThreadLocalRandom.current().nextInt(bookings.size()));
            String nonce = "bench " + UUID.randomUUID();
            poster.submit(() -> {
                sentAt.put(nonce, System.nanoTime());
                var r = http().post("/api/v1/bookings/" + b.id() + "/messages", Map.of("type", "text", "content", nonce), tokens.get(b.passenger()));
                if (r.status() == 201) {
                    sent.incrementAndGet();
                }
            });
        }
        poster.shutdown();
        poster.awaitTermination(30, TimeUnit.SECONDS);
        eventually(() -> latencies.size() >= sent.get());
        double elapsed = (System.nanoTime() - start) / 1e9;

        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("BENCH posted=%d delivered=%d in %.1f s (%.1f msg/s) p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n",
                sent.get(), sorted.size(), elapsed, sent.get() / elapsed, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99),
                sorted.get(sorted.size() - 1) / 1e6);
        assertThat(sorted).hasSize(sent.get());
        sockets.forEach(s -> s.sendClose(WebSocket.NORMAL_CLOSURE, "bench over"));
    }

    private static double ms(List<Long> sorted, double q) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(q * sorted.size()) - 1)) / 1e6;
    }

    private static long usedHeapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** Records, on the receiving party's socket, how long each bench message took since its POST began. */
    private record Timing(boolean receiver, Map<String, Long> sentAt, List<Long> latencies) implements WebSocket.Listener {

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            long now = System.nanoTime();
            if (receiver) {
                String text = data.toString();
                int i = text.indexOf("bench ");
                if (i >= 0) {
                    String nonce = text.substring(i, i + 6 + 36);
                    Long sent = sentAt.get(nonce);
                    if (sent != null) {
                        latencies.add(now - sent);
                    }
                }
            }
            socket.request(1);
            return null;
        }
    }
}
