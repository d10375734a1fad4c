package com.allocar.payment;

import com.allocar.payment.support.PaymentIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIT extends PaymentIT {

    @Test
    void openApiDocumentsThePublicEndpointsInSnakeCaseAndHidesInternalOnes() {
        var doc = http().get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().path("openapi").asString()).startsWith("3.1");
        var paths = doc.body().path("paths");
        assertThat(paths.has("/api/v1/payments/init")).isTrue();
        assertThat(paths.has("/api/v1/payments/{id}")).isTrue();
        assertThat(paths.has("/api/v1/payments/webhook/{provider}")).isTrue();
        assertThat(paths.has("/api/v1/promos/validate")).isTrue();
        assertThat(paths.toString()).doesNotContain("/internal/");
        String schemas = doc.body().path("components").path("schemas").toString();
        assertThat(schemas).contains("\"booking_id\"").contains("\"promo_code\"").contains("\"checkout_url\"").doesNotContain("\"bookingId\"");
    }
}
