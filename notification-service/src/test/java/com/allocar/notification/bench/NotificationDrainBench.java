package com.allocar.notification.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.allocar.notification.support.NotificationIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Benchmark of issue 12, run by hand (never in CI: not an IT) with the test devstack up:
 * {@code ./mvnw -B -pl notification-service verify -Dit.test=NotificationDrainBench -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dbench.events=10000}.
 * <p>
 * {@code bench.members} drivers (200), each with one device registered through the API, then {@code bench.events}
 * {@code booking.paid} events (10 000) on the real broker, each a fresh booking of one of them. {@code bench.rate} = 0
 * (default) is a backlog: the listener is stopped while they are published, then started — the drain's events/s, from
 * the first event handled to the last push sent, without the load generator's own CPU on the same two cores (the
 * latencies then include the wait in the backlog, so they are not the figure); {@code bench.rate} > 0 paces them open-loop at that many
 * a second: the latency below saturation. Each event is timed from just before its publish to its driver's push
 * attempt turning {@code sent} ({@code notifications.updated_at}, the database's {@code now()} of the update the FCM
 * adapter makes on the fake FCM's 200: same machine, same clock). As in production, each event also gives the driver a
 * feed line and an e-mail; only the push is timed. Prints "BENCH …" lines.
 */
class NotificationDrainBench extends NotificationIT {

    private static final int EVENTS = Integer.getInteger("bench.events", 10_000);
    private static final int MEMBERS = Integer.getInteger("bench.members", 200);
    private static final int RATE = Integer.getInteger("bench.rate", 0);
    /** Drivers with an e-mail too (each booking.paid then also e-mails them, through devstack's SMTP on the same cores). */
    private static final boolean WITH_EMAIL = Boolean.getBoolean("bench.with-email");

    @Autowired
    KafkaListenerEndpointRegistry listeners;

    @Test
    void drainsPaidBookingsToPushes() throws Exception {
        List<Member> drivers = new ArrayList<>();
        List<Member> passengers = new ArrayList<>();
        for (int i = 0; i < MEMBERS; i++) {
            Member driver = WITH_EMAIL ? member() : phoneOnly();
            device(driver);
            drivers.add(driver);
            passengers.add(member());
        }
        List<UUID> driverIds = drivers.stream().map(Member::id).toList();
        // far enough that no reminder falls due during the run
        Instant departure = Instant.now().plus(Duration.ofDays(30));

        if (RATE == 0) {
            listeners.stop();
        }
        // a synchronous send waits for the broker's ack: a pool keeps the producer's batches full (burst) or the pace (rate)
        Map<UUID, Instant> sentAt = new ConcurrentHashMap<>();
        ExecutorService senders = Executors.newFixedThreadPool(16);
        long periodNanos = RATE > 0 ? TimeUnit.SECONDS.toNanos(1) / RATE : 0;
        long start = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            if (RATE > 0) {
                long wait = start + i * periodNanos - System.nanoTime();
                if (wait > 0) {
                    TimeUnit.NANOSECONDS.sleep(wait);
                }
            }
            Member driver = drivers.get(i % MEMBERS);
            Member passenger = passengers.get(i % MEMBERS);
            senders.submit(() -> {
                UUID booking = UUID.randomUUID();
                Instant at = Instant.now();
                var sent = send("booking.bookings", "booking.paid", booking, bookingChanged(booking, passenger, driver, "paid", "accepted", departure));
                sentAt.put(sent.eventId(), at);
            });
        }
        senders.shutdown();
        assertThat(senders.awaitTermination(5, TimeUnit.MINUTES)).as("all events published").isTrue();
        assertThat(sentAt).hasSize(EVENTS);
        Instant firstSend = Collections.min(sentAt.values());
        double published = Duration.between(firstSend, Instant.now()).toNanos() / 1e9;
        if (RATE == 0) {
            listeners.start();
        }

        // one aggregate every 250 ms until every driver's push attempt is settled (the retry job is off in tests)
        await().atMost(Duration.ofSeconds(60 + EVENTS / 50)).pollInterval(Duration.ofMillis(250))
                .until(() -> count(driverIds, "status IN ('sent', 'failed', 'skipped')") >= EVENTS);

        Map<UUID, Instant> pushedAt = jdbc.sql("""
                SELECT event_id, updated_at FROM notifications
                WHERE user_id IN (:drivers) AND channel = 'push' AND status = 'sent' AND provider_id LIKE 'projects/%'""")
                .param("drivers", driverIds)
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, OffsetDateTime.class).toInstant())).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        // the inbox row is written with the attempts, in the listener's transaction: handled = consumed
        var inboxed = jdbc.sql("""
                SELECT count(DISTINCT i.event_id), max(i.handled_at), min(i.handled_at) FROM inbox i JOIN notifications n ON n.event_id = i.event_id
                WHERE i.consumer = 'notification.events' AND n.user_id IN (:drivers) AND n.channel = 'push'""")
                .param("drivers", driverIds).query((rs, n) -> new Handled(rs.getLong(1), rs.getObject(2, OffsetDateTime.class).toInstant(),
                        rs.getObject(3, OffsetDateTime.class).toInstant())).single();
        long handled = inboxed.count();
        long notSent = count(driverIds, "status <> 'sent'");
        System.out.printf("BENCH events=%d members=%d rate=%s e-mail=%s handled=%d push_sent=%d push_failed_or_skipped=%d%n", EVENTS, MEMBERS,
                RATE > 0 ? RATE + "/s" : "backlog", WITH_EMAIL, handled, pushedAt.size(), notSent);
        assertThat(handled).as("every event handled").isEqualTo(EVENTS);
        assertThat(notSent).as("no push failed or skipped").isZero();
        assertThat(pushedAt.keySet()).as("every event's push accepted by the fake FCM").isEqualTo(sentAt.keySet());

        List<Long> micros = pushedAt.entrySet().stream()
                .map(e -> Duration.between(sentAt.get(e.getKey()), e.getValue()).toNanos() / 1_000).sorted().toList();
        // paced: from the first publish; backlog: from the first event handled (the listener's restart is not the drain)
        Instant from = RATE > 0 ? firstSend : inboxed.first();
        double drain = Duration.between(from, Collections.max(pushedAt.values())).toNanos() / 1e9;
        double consumed = Duration.between(from, inboxed.last()).toNanos() / 1e9;
        System.out.printf("BENCH published in %.2f s; from %s: last handled at %.2f s, last push sent at %.2f s%n", published,
                RATE > 0 ? "the first publish" : "the first event handled", consumed, drain);
        System.out.printf("BENCH drain=%.2f s throughput=%.1f events/s%n", drain, EVENTS / drain);
        System.out.printf("BENCH event→push sent p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms%n", ms(micros, 0.50), ms(micros, 0.95),
                ms(micros, 0.99), micros.getLast() / 1e3);
    }

    private record Handled(long count, Instant last, Instant first) {
    }

    /** A member who signed up with their phone number, as most do (e-mail is optional at sign-up). */
    private Member phoneOnly() {
        Member m = new Member(UUID.randomUUID(), com.allocar.platform.testing.TestPhones.ivorianMobile(), null);
        jdbc.sql("INSERT INTO recipients (user_id, first_name, phone, locale, updated_at) VALUES (?, 'Awa', ?, 'fr', now())")
                .params(m.id(), m.phone()).update();
        return m;
    }

    /** One normal device (a token the fake FCM accepts), registered as the app does. */
    private void device(Member m) {
        String token = "bench-" + UUID.randomUUID().toString().replace("-", "") + ":APA91bH" + UUID.randomUUID().toString().replace("-", "");
        var r = http().post("/api/v1/me/devices", body("token", token, "platform", "android", "app_version", "1.4.0"), auth(m.id()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    private long count(List<UUID> drivers, String condition) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE user_id IN (:drivers) AND channel = 'push' AND " + condition)
                .param("drivers", drivers).query(Long.class).single();
    }

    private static double ms(List<Long> sortedMicros, double q) {
        return sortedMicros.get(Math.min(sortedMicros.size() - 1, (int) Math.ceil(q * sortedMicros.size()) - 1)) / 1e3;
    }
}
