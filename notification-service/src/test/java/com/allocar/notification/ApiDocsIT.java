package com.allocar.notification;

import com.allocar.notification.support.NotificationIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ApiDocsIT extends NotificationIT {

    @Test
    void openApiDocumentsTheRoutesInSnakeCase() {
        var doc = http().get("/v3/api-docs");
        assertThat(doc.status()).isEqualTo(200);
        assertThat(doc.body().path("openapi").asString()).startsWith("3.1");
        var paths = doc.body().path("paths");
        assertThat(paths.path("/api/v1/me/devices").has("post")).isTrue();
        assertThat(paths.path("/api/v1/me/devices/{token}").has("delete")).isTrue();
        assertThat(paths.path("/api/v1/me/notifications").has("get")).isTrue();
        assertThat(paths.path("/api/v1/me/notifications/read").has("post")).isTrue();
        assertThat(paths.path("/api/v1/me/notification-preferences").has("get")).isTrue();
        assertThat(paths.path("/api/v1/me/notification-preferences").has("patch")).isTrue();
        String schemas = doc.body().path("components").path("schemas").toString();
        assertThat(schemas).contains("\"app_version\"").contains("\"unread_count\"").doesNotContain("\"appVersion\"");
    }
}
