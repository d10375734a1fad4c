package com.allocar.identity;

import com.allocar.identity.support.IdentityIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIT extends IdentityIT {

    @Test
    void openApiDocumentIsSnakeCaseWithErrorEnvelopes() {
        var doc = http().get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().path("openapi").asString()).startsWith("3.1");
        String schemas = doc.body().path("components").path("schemas").toString();
        assertThat(schemas).contains("\"access_token\"").contains("\"referral_code\"").doesNotContain("\"accessToken\"");
        assertThat(doc.body().path("components").path("schemas").has("ErrorEnvelope")).isTrue();
        assertThat(doc.body().path("paths").path("/api/v1/me").path("get").path("responses").has("401")).isTrue();
        assertThat(doc.body().path("paths").has("/internal/kyc/{id}/review")).isFalse();
        assertThat(doc.body().path("paths").has("/error")).isFalse();
    }
}
