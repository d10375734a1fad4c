package com.allocar.trip.vehicle;

import com.allocar.platform.testing.TestTokens;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class VehicleIT extends TripIT {

    private static Map<String, Object> car(String plate) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("make", "Peugeot");
        body.put("model", "508");
        body.put("color", "noire");
        body.put("plate_number", plate);
        body.put("seats_total", 4);
        body.put("comfort_level", "comfort");
        body.put("year", 2020);
        return body;
    }

    @Test
    void crudOfMyVehicleWithANormalisedUniquePlate() {
        UUID owner = UUID.randomUUID();
        String plate = "ci " + (1000 + (int) (Math.random() * 8999)) + "-zx " + (10 + (int) (Math.random() * 89));
        var created = http().post("/api/v1/vehicles", car(plate), auth(owner));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        JsonNode v = created.data();
        String normalised = plate.toUpperCase().replace(" ", "").replace("-", "");
        assertThat(v.path("plate_number").asString()).isEqualTo(normalised);
        assertThat(v.path("comfort_level").asString()).isEqualTo("comfort");
        assertThat(v.path("verified").asBoolean()).isFalse();
        String id = v.path("id").asString();

        // the same plate spelled differently, by anyone, is a conflict
        var again = http().post("/api/v1/vehicles", car(normalised.toLowerCase()), auth(UUID.randomUUID()));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.errorCode()).isEqualTo("conflict");
        assertThat(again.body().path("error").path("details").path("field").asString()).isEqualTo("plate_number");

        assertThat(http().get("/api/v1/vehicles/" + id, auth(owner)).data().path("model").asString()).isEqualTo("508");
        var list = http().get("/api/v1/vehicles", auth(owner));
        assertThat(list.data()).hasSize(1);
        assertThat(list.body().path("meta").path("pagination").path("total").asLong()).isEqualTo(1);

        var patched = http().patch("/api/v1/vehicles/" + id, Map.of("seats_total", 3, "comfort_level", "standard", "color", "rouge"), auth(owner));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        assertThat(patched.data().path("seats_total").asInt()).isEqualTo(3);
        assertThat(patched.data().path("comfort_level").asString()).isEqualTo("standard");
        assertThat(patched.data().path("make").asString()).isEqualTo("Peugeot");

        assertThat(http().delete("/api/v1/vehicles/" + id, auth(owner)).status()).isEqualTo(204);
        assertThat(http().get("/api/v1/vehicles/" + id, auth(owner)).status()).isEqualTo(404);
        // the plate is free again
        assertThat(http().post("/api/v1/vehicles", car(plate), auth(UUID.randomUUID())).status()).isEqualTo(201);
    }

    @Test
    void anotherMembersVehicleIsForbiddenAndAnUnknownOneNotFound() {
        UUID owner = UUID.randomUUID();
        UUID intruder = UUID.randomUUID();
        String id = vehicle(owner, 4, "basic").path("id").asString();
        for (var r : java.util.List.of(http().get("/api/v1/vehicles/" + id, auth(intruder)),
                http().patch("/api/v1/vehicles/" + id, Map.of("color", "verte"), auth(intruder)),
                http().delete("/api/v1/vehicles/" + id, auth(intruder)))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.errorCode()).isEqualTo("forbidden");
            assertThat(r.raw()).doesNotContain("plate");
        }
        assertThat(http().get("/api/v1/vehicles", auth(intruder)).data()).isEmpty();
        var unknown = http().get("/api/v1/vehicles/" + UUID.randomUUID(), auth(owner));
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("not_found");
    }

    @Test
    void validatesVehicles() {
        UUID owner = UUID.randomUUID();
        var tooMany = car(randomPlate());
        tooMany.put("seats_total", 9);
        assertThat(fieldsOf(http().post("/api/v1/vehicles", tooMany, auth(owner)))).contains("seats_total");
        var none = car(randomPlate());
        none.put("seats_total", 0);
        assertThat(fieldsOf(http().post("/api/v1/vehicles", none, auth(owner)))).contains("seats_total");
        var luxury = car(randomPlate());
        luxury.put("comfort_level", "luxe");
        assertThat(fieldsOf(http().post("/api/v1/vehicles", luxury, auth(owner)))).contains("comfort_level");
        var future = car(randomPlate());
        future.put("year", java.time.Year.now().getValue() + 2);
        assertThat(fieldsOf(http().post("/api/v1/vehicles", future, auth(owner)))).contains("year");
        var old = car(randomPlate());
        old.put("year", 1960);
        assertThat(fieldsOf(http().post("/api/v1/vehicles", old, auth(owner)))).contains("year");
        assertThat(fieldsOf(http().post("/api/v1/vehicles", car("A/1"), auth(owner)))).contains("plate_number");
        var missing = car(randomPlate());
        missing.remove("make");
        assertThat(fieldsOf(http().post("/api/v1/vehicles", missing, auth(owner)))).contains("make");
        var unknownField = car(randomPlate());
        unknownField.put("wings", 2);
        assertThat(fieldsOf(http().post("/api/v1/vehicles", unknownField, auth(owner)))).contains("wings");
        String id = vehicle(owner, 4, "basic").path("id").asString();
        assertThat(fieldsOf(http().patch("/api/v1/vehicles/" + id, Map.of("make", "  "), auth(owner)))).contains("make");
    }

    @Test
    void everyVehicleRouteNeedsAToken() {
        var none = http().get("/api/v1/vehicles");
        assertThat(none.status()).isEqualTo(401);
        assertThat(none.errorCode()).isEqualTo("auth_required");
        assertThat(http().post("/api/v1/vehicles", car(randomPlate())).status()).isEqualTo(401);
        var expired = http().get("/api/v1/vehicles", "Authorization",
                "Bearer " + TestTokens.get().expiredToken(UUID.randomUUID()));
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body().path("error").path("details").path("reason").asString()).isEqualTo("token_expired");
    }

    @Test
    void aVehicleAnnouncedOnAnUpcomingPublishedTripCannotBeDeleted() {
        UUID driver = driverWithKyc();
        String vehicleId = vehicle(driver, 4, "standard").path("id").asString();
        var body = trip(PLATEAU, "Abidjan, Plateau", YAMOUSSOUKRO, "Yamoussoukro", soon(), 6000, 3);
        JsonNode trip = createTrip(driver, body);
        assertThat(trip.path("vehicle").path("id").asString()).as("the driver's only vehicle by default").isEqualTo(vehicleId);
        var refused = http().delete("/api/v1/vehicles/" + vehicleId, auth(driver));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().path("error").path("details").path("trip_ids").toString()).contains(trip.path("id").asString());
        // once the trip is cancelled the car may go
        assertThat(http().post("/api/v1/trips/" + trip.path("id").asString() + "/cancel", Map.of(), auth(driver)).status()).isEqualTo(200);
        assertThat(http().delete("/api/v1/vehicles/" + vehicleId, auth(driver)).status()).isEqualTo(204);
        assertThat(http().get("/api/v1/trips/" + trip.path("id").asString()).data().path("vehicle").isNull()).isTrue();
    }
}
