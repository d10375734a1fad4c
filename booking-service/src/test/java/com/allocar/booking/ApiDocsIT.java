package com.allocar.booking;

import com.allocar.booking.support.BookingIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIT extends BookingIT {

    @Test
    void everyPublicEndpointIsDocumentedAndNoInternalOne() {
        var r = http().get("/v3/api-docs");
        assertThat(r.status()).isEqualTo(200);
        var paths = r.body().path("paths");
        for (String p : new String[] {"/api/v1/bookings", "/api/v1/bookings/{id}", "/api/v1/bookings/{id}/accept", "/api/v1/bookings/{id}/reject",
                "/api/v1/bookings/{id}/cancel", "/api/v1/bookings/{id}/checkin", "/api/v1/bookings/{id}/start-ride",
                "/api/v1/bookings/{id}/end-ride", "/api/v1/ratings", "/api/v1/users/{id}/ratings", "/api/v1/disputes", "/api/v1/disputes/{id}"}) {
            assertThat(paths.has(p)).as(p).isTrue();
        }
        assertThat(paths.propertyNames().stream().filter(p -> p.startsWith("/internal"))).isEmpty();
        // staff review disputes through admin-service: the member route only reads
        assertThat(paths.path("/api/v1/disputes/{id}").has("get")).isTrue();
        assertThat(paths.path("/api/v1/disputes/{id}").has("patch")).isFalse();
    }
}
