package com.allocar.messaging;

import com.allocar.messaging.support.MessagingIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIT extends MessagingIT {

    @Test
    void openApiDocumentsTheChatRoutesInSnakeCase() {
        var doc = http().get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().path("openapi").asString()).startsWith("3.1");
        var paths = doc.body().path("paths");
        assertThat(paths.has("/api/v1/bookings/{id}/messages")).isTrue();
        assertThat(paths.path("/api/v1/bookings/{id}/messages").has("get")).isTrue();
        assertThat(paths.path("/api/v1/bookings/{id}/messages").has("post")).isTrue();
        assertThat(paths.has("/api/v1/bookings/{id}/messages/attachments")).isTrue();
        assertThat(paths.has("/api/v1/bookings/{id}/messages/read")).isTrue();
        assertThat(paths.has("/api/v1/me/conversations")).isTrue();
        assertThat(paths.toString()).doesNotContain("/internal/");
        String schemas = doc.body().path("components").path("schemas").toString();
        assertThat(schemas).contains("\"unread_count\"").contains("\"size_bytes\"").doesNotContain("\"unreadCount\"");
    }
}
