package com.allocar.trip.search;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestServiceKeys;
import com.allocar.platform.testing.TestTokens;
import com.allocar.trip.TripApplication;
import com.allocar.trip.api.TripEventType;
import com.allocar.trip.support.TripIT;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/** The searches answered through the real endpoint, reported as {@code search.volume} on the real Kafka. */
class SearchVolumeIT extends TripIT {

    private static final String TOPIC = TripEventType.SEARCH_VOLUME.topic();

    @Autowired
    SearchVolumeJob job;

    private static List<ConsumerRecord<String, String>> reports(String instanceId) {
        return KafkaProbe.recordsWithKey(TestInfra.KAFKA, TOPIC, instanceId, Duration.ofSeconds(2));
    }

    private static JsonNode payload(ConsumerRecord<String, String> r) {
        return TestHttp.json().readTree(r.value()).path("payload");
    }

    /** Two searches answered (a cache miss then a hit) and one refused, on the instance behind {@code http}. */
    private static void searchTwiceAndOnceRefused(TestHttp http, LocalDate day) {
        String search = "/api/v1/trips/search?from=" + ll(PLATEAU) + "&to=" + ll(YAMOUSSOUKRO) + "&date=" + day;
        assertThat(http.get(search).header("X-Cache")).isEqualTo("miss");
        assertThat(http.get(search).header("X-Cache")).isEqualTo("hit");
        assertThat(fieldsOf(http.get("/api/v1/trips/search?from=" + ll(PLATEAU)))).contains("to");
    }

    @Test
    void everySearchAnsweredIsInOneReportAndAWindowWithoutSearchesReportsNothing() {
        // this context's other tests searched too: that belongs to an earlier window
        job.publish();
        searchTwiceAndOnceRefused(http(), freshDay());
        var other = http().get("/api/v1/trips/search?from=" + ll(BOUAKE) + "&to=" + ll(KORHOGO) + "&seats=2");
        assertThat(other.status()).as(other.toString()).isEqualTo(200);

        var report = job.publish().orElseThrow();
        assertThat(report.searches()).isEqualTo(3);
        assertThat(report.instanceId()).isEqualTo(job.instanceId());

        String key = job.instanceId().toString();
        var records = reports(key);
        var ours = records.stream().filter(r -> Instant.parse(payload(r).path("window_end").asString()).equals(report.windowEnd())).toList();
        assertThat(ours).hasSize(1);
        assertThat(types(ours)).containsExactly(TripEventType.SEARCH_VOLUME.wire());
        JsonNode p = payload(ours.getFirst());
        assertThat(p.path("searches").asLong()).isEqualTo(3);
        assertThat(p.path("instance_id").asString()).isEqualTo(key);
        assertThat(Instant.parse(p.path("window_start").asString())).isEqualTo(report.windowStart()).isBefore(report.windowEnd());

        // nothing searched since: no report, on Kafka nor in the outbox
        assertThat(job.publish()).isEmpty();
        var after = reports(key);
        assertThat(after).hasSameSizeAs(records);
        assertThat(after).noneMatch(r -> Instant.parse(payload(r).path("window_start").asString()).isAfter(report.windowStart()));
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE topic = ? AND aggregate_id = ?").params(TOPIC, key)
                .query(Long.class).single()).isEqualTo(records.size());
    }

    /** A second instance (same database and Kafka) counts on its own and, when it stops, reports what is left. */
    @Test
    void aStoppingInstanceReportsWhatItCountedUnderItsOwnKey() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--management.server.port=0",
                "--allocar.security.jwks-uri=" + TestTokens.get().jwksUri(),
                // its Kafka listeners would share this context's consumer groups: not needed here
                "--spring.kafka.listener.auto-startup=false"));
        args.addAll(TestServiceKeys.args(FleetService.TRIP));
        ConfigurableApplicationContext second = new SpringApplicationBuilder(TripApplication.class).profiles("it")
                .run(args.toArray(String[]::new));
        String key;
        try {
            key = second.getBean(SearchVolumeJob.class).instanceId().toString();
            assertThat(key).isNotEqualTo(job.instanceId().toString());
            int port = ((WebServerApplicationContext) second).getWebServer().getPort();
            searchTwiceAndOnceRefused(new TestHttp("http://127.0.0.1:" + port), freshDay());
        } finally {
            second.close();
        }

        // its relay stopped before the last report: this instance's relay sends it
        var records = reports(key);
        assertThat(records).hasSize(1);
        assertThat(payload(records.getFirst()).path("searches").asLong()).isEqualTo(2);
    }
}
