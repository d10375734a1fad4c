package com.allocar.trip.pricing;

import java.util.Map;
import java.util.UUID;

import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class PriceBandIT extends TripIT {

    private static final String ABIDJAN_KORHOGO = "5e1f0000-0000-4000-8000-000000000004";

    @Test
    void adminsEditTheBandsAndNewTripsFollowThem() {
        var all = http().get("/internal/price-bands", asAdmin());
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.data().toString()).contains("abidjan-yamoussoukro", "abidjan-bouake", "abidjan-san-pedro", "abidjan-korhogo",
                "yamoussoukro-bouake");
        JsonNode korhogo = null;
        for (JsonNode b : all.data()) {
            if (b.path("id").asString().equals(ABIDJAN_KORHOGO)) {
                korhogo = b;
            }
        }
        assertThat(korhogo).isNotNull();
        assertThat(korhogo.path("b_label").asString()).isEqualTo("Korhogo");
        assertThat(korhogo.path("b_lat").asDouble()).isEqualTo(9.4580);

        UUID driver = driverWithKyc();
        // both directions are the same axis
        assertThat(fieldsOf(http().post("/api/v1/trips", trip(KORHOGO, "Korhogo", PLATEAU, "Abidjan", soon(), 30000, 3), auth(driver))))
                .contains("price_per_seat");
        var put = http().send("PUT", "/internal/price-bands/" + ABIDJAN_KORHOGO,
                Map.of("floor", 8000, "ceiling", 35000, "radius_km", 30, "active", true), asAdmin());
        assertThat(put.status()).as(put.toString()).isEqualTo(200);
        assertThat(put.data().path("ceiling").decimalValue()).isEqualByComparingTo("35000");
        try {
            assertThat(http().post("/api/v1/trips", trip(KORHOGO, "Korhogo", PLATEAU, "Abidjan", soon(), 30000, 3), auth(driver)).status())
                    .isEqualTo(201);
            var tooCheap = http().post("/api/v1/trips", trip(PLATEAU, "Abidjan", KORHOGO, "Korhogo", soon(), 7000, 3), auth(driver));
            assertThat(tooCheap.body().path("error").path("details").path("floor").decimalValue()).isEqualByComparingTo("8000");

            assertThat(fieldsOf(http().send("PUT", "/internal/price-bands/" + ABIDJAN_KORHOGO, Map.of("floor", 9000, "ceiling", 8000), asAdmin())))
                    .contains("floor");
            assertThat(fieldsOf(http().send("PUT", "/internal/price-bands/" + ABIDJAN_KORHOGO, Map.of("floor", -1, "ceiling", 8000), asAdmin())))
                    .contains("floor");
            assertThat(http().send("PUT", "/internal/price-bands/" + UUID.randomUUID(), Map.of("floor", 1, "ceiling", 2), asAdmin()).status())
                    .isEqualTo(404);
            assertThat(http().send("PUT", "/internal/price-bands/" + ABIDJAN_KORHOGO, Map.of("floor", 1, "ceiling", 2)).status()).isIn(401, 403);
            // an inactive band constrains nothing
            http().send("PUT", "/internal/price-bands/" + ABIDJAN_KORHOGO, Map.of("floor", 8000, "ceiling", 9000, "active", false), asAdmin());
            assertThat(http().post("/api/v1/trips", trip(PLATEAU, "Abidjan", KORHOGO, "Korhogo", soon(), 50000, 3), auth(driver)).status())
                    .isEqualTo(201);
        } finally {
            http().send("PUT", "/internal/price-bands/" + ABIDJAN_KORHOGO,
                    Map.of("floor", 7000, "ceiling", 22000, "radius_km", 30, "active", true), asAdmin());
        }
        // trips off the popular axes have no band
        assertThat(http().post("/api/v1/trips", trip(SAN_PEDRO, "San-Pédro", TOUMODI, "Toumodi", soon(), 100, 3), auth(driver)).status())
                .isEqualTo(201);
    }
}
