package com.allocar.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the beginning with a throw-away consumer group, the way another service would. */
public final class KafkaProbe {

    private KafkaProbe() {
    }

    /** Every record of {@code topic} with {@code key}, read for {@code settle} after the first one shows up (max 20 s). */
    public static List<ConsumerRecord<String, String>> recordsWithKey(String bootstrap, String topic, String key, Duration settle) {
        Map<String, Object> config = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(config)) {
            consumer.subscribe(List.of(topic));
            Instant hardDeadline = Instant.now().plusSeconds(20);
            Instant settleDeadline = null;
            while (Instant.now().isBefore(hardDeadline) && (settleDeadline == null || Instant.now().isBefore(settleDeadline))) {
                for (var r : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(r.key())) {
                        found.add(r);
                        if (settleDeadline == null) {
                            settleDeadline = Instant.now().plus(settle);
                        }
                    }
                }
            }
        }
        return found;
    }
}
