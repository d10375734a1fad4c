package com.allocar.payment;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import com.allocar.platform.testing.TestInfra;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the two latencies on this machine (real PostgreSQL, Kafka, fake Wave and booking-service):
 * {@code POST /payments/init} and a signed webhook → {@code payment.succeeded} readable on Kafka (what booking-service
 * consumes to mark the booking paid). Target ≤ 1 s; printed for the closing note.
 */
class LatencyIT extends PaymentIT {

    @Test
    void p95OfInitAndOfWebhookToPaymentSucceededOnKafka() {
        int n = 30;
        List<Long> init = new ArrayList<>();
        List<String[]> started = new ArrayList<>();
        for (int i = 0; i < n + 5; i++) {
            UUID passenger = UUID.randomUUID();
            UUID booking = acceptedBooking(passenger);
            long t0 = System.nanoTime();
            var r = init(passenger, booking, "wave");
            long ms = (System.nanoTime() - t0) / 1_000_000;
            assertThat(r.status()).isEqualTo(200);
            if (i >= 5) { // warm-up
                init.add(ms);
            }
            started.add(new String[] {r.data().path("payment_id").asString(), r.data().path("provider_payload").path("checkout_session_id").asString()});
        }
        List<Long> webhook = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfra.KAFKA,
                ConsumerConfig.GROUP_ID_CONFIG, "latency-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            consumer.subscribe(List.of("payment.payments"));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            consumer.poll(Duration.ofMillis(200));
            Map<String, Long> seen = new HashMap<>();
            for (int i = 0; i < n; i++) {
                String[] p = started.get(i);
                long t0 = System.nanoTime();
                assertThat(WAVE.deliver(WAVE.pay(p[1]))).isEqualTo(200);
                long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (!seen.containsKey(p[0]) && System.nanoTime() < deadline) {
                    for (var rec : consumer.poll(Duration.ofMillis(20))) {
                        seen.putIfAbsent(rec.key(), System.nanoTime());
                    }
                }
                assertThat(seen).containsKey(p[0]);
                webhook.add((seen.get(p[0]) - t0) / 1_000_000);
            }
        }
        long p95Init = p95(init);
        long p95Webhook = p95(webhook);
        System.out.printf("LATENCY p95 /payments/init = %d ms, webhook -> payment.succeeded on Kafka = %d ms (n=%d)%n", p95Init, p95Webhook, n);
        assertThat(p95Init).isLessThan(1000);
        assertThat(p95Webhook).isLessThan(1000);
    }

    private static long p95(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    }
}
