package com.allocar.trip.stop;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class StopsIT extends TripIT {

    @Test
    void theDriverSetsOrderedStopsInBulkAndAnyoneReadsThem() {
        UUID driver = driverWithKyc();
        String id = createTrip(driver, trip(BOUAKE, "Bouaké", PLATEAU, "Abidjan, Plateau", soon(), 8000, 3)).path("id").asString();
        var set = http().post("/api/v1/trips/" + id + "/stops", Map.of("stops", List.of(
                Map.of("order", 20, "lat", TOUMODI[0], "lon", TOUMODI[1], "label", "Toumodi", "pickup_allowed", false),
                Map.of("order", 10, "lat", YAMOUSSOUKRO[0], "lon", YAMOUSSOUKRO[1], "label", "Yamoussoukro", "dropoff_allowed", false))),
                auth(driver));
        assertThat(set.status()).as(set.toString()).isEqualTo(200);
        assertThat(set.data()).hasSize(2);
        assertThat(set.data().get(0).path("label").asString()).isEqualTo("Yamoussoukro");
        assertThat(set.data().get(0).path("order").asInt()).isEqualTo(1);
        assertThat(set.data().get(0).path("pickup_allowed").asBoolean()).isTrue();
        assertThat(set.data().get(0).path("dropoff_allowed").asBoolean()).isFalse();
        assertThat(set.data().get(1).path("order").asInt()).isEqualTo(2);
        assertThat(set.data().get(1).path("lat").asDouble()).isEqualTo(TOUMODI[0]);

        var read = http().get("/api/v1/trips/" + id + "/stops");
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.data()).isEqualTo(set.data());
        assertThat(http().get("/api/v1/trips/" + id).data().path("stops")).isEqualTo(set.data());

        // a new list replaces the old one
        var replaced = http().post("/api/v1/trips/" + id + "/stops", Map.of("stops", List.of(
                Map.of("lat", TOUMODI[0], "lon", TOUMODI[1], "label", "Toumodi, carrefour"))), auth(driver));
        assertThat(replaced.data()).hasSize(1);
        assertThat(replaced.data().get(0).path("order").asInt()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM trip_stops WHERE trip_id = ?::uuid").param(id).query(Long.class).single()).isEqualTo(1);
        assertThat(http().post("/api/v1/trips/" + id + "/stops", Map.of("stops", List.of()), auth(driver)).data()).isEmpty();

        var events = KafkaProbe.recordsWithKey(TestInfra.KAFKA, "trip.trips", id, Duration.ofSeconds(1));
        assertThat(types(events)).containsExactly("trip.created", "trip.published", "trip.updated",
                "trip.updated", "trip.updated");
        JsonNode firstUpdate = TestHttp.json().readTree(events.get(2).value()).path("payload");
        assertThat(firstUpdate.path("stops")).hasSize(2);
    }

    @Test
    void stopsAreValidatedAndOnlyTheDriverSetsThem() {
        UUID driver = driverWithKyc();
        String id = publishedTrip(driver, 3).path("id").asString();
        String path = "/api/v1/trips/" + id + "/stops";
        assertThat(fieldsOf(http().post(path, Map.of("stops", List.of(Map.of("lat", 91, "lon", -5.0, "label", "x"))), auth(driver))))
                .contains("stops[0].lat");
        assertThat(fieldsOf(http().post(path, Map.of("stops", List.of(Map.of("lat", 6.5, "lon", -181, "label", "x"))), auth(driver))))
                .contains("stops[0].lon");
        assertThat(fieldsOf(http().post(path, Map.of("stops", List.of(Map.of("lat", 6.5, "lon", -5.0))), auth(driver))))
                .contains("stops[0].label");
        assertThat(fieldsOf(http().post(path, Map.of("stops", List.of(
                Map.of("order", 1, "lat", 6.5, "lon", -5.0, "label", "a"), Map.of("order", 1, "lat", 6.6, "lon", -5.0, "label", "b"))), auth(driver))))
                .contains("stops[1].order");
        assertThat(fieldsOf(http().post(path, Map.of("stops", List.of(
                Map.of("lat", 6.5, "lon", -5.0, "label", "a", "pickup_allowed", false, "dropoff_allowed", false))), auth(driver))))
                .contains("stops[0]");
        assertThat(fieldsOf(http().post(path, Map.of(), auth(driver)))).contains("stops");
        assertThat(http().post(path, Map.of("stops", List.of()), auth(UUID.randomUUID())).errorCode()).isEqualTo("forbidden");
        assertThat(http().post(path, Map.of("stops", List.of())).errorCode()).isEqualTo("auth_required");
        assertThat(http().post("/api/v1/trips/" + UUID.randomUUID() + "/stops", Map.of("stops", List.of()), auth(driver)).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/trips/" + UUID.randomUUID() + "/stops").status()).isEqualTo(404);
        http().post("/api/v1/trips/" + id + "/cancel", null, auth(driver));
        assertThat(http().post(path, Map.of("stops", List.of()), auth(driver)).status()).isEqualTo(409);
    }
}
