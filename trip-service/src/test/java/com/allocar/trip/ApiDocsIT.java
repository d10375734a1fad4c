package com.allocar.trip;

import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIT extends TripIT {

    @Test
    void openApiDocumentIsSnakeCaseWithErrorEnvelopesAndNoInternalRoutes() {
        var doc = http().get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().path("openapi").asString()).startsWith("3.1");
        String schemas = doc.body().path("components").path("schemas").toString();
        assertThat(schemas).contains("\"price_per_seat\"").contains("\"seats_available\"").contains("\"distance_km\"")
                .doesNotContain("\"pricePerSeat\"");
        var paths = doc.body().path("paths");
        assertThat(paths.has("/api/v1/trips/search")).isTrue();
        assertThat(paths.has("/api/v1/trips/{id}/stops")).isTrue();
        assertThat(paths.has("/api/v1/vehicles/{id}")).isTrue();
        assertThat(paths.path("/api/v1/trips").path("post").path("responses").has("401")).isTrue();
        assertThat(paths.toString()).doesNotContain("/internal/");
    }
}
