package com.allocar.gateway.docs;

import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.allocar.gateway.support.GatewayIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

class DocsIT extends GatewayIntegrationTest {

    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)(?:src|href|url)\\s*[=:]\\s*[\"']?(https?:)?//");

    @Test
    void apiDocsOpensTheLocalSwaggerUiInABrowser() {
        URI location = client.get().uri("/api/docs").exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation();
        assertThat(location).isNotNull();
        EntityExchangeResult<String> page = client.get().uri(location.toString()).header(HttpHeaders.ACCEPT, "text/html").exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith("text/html")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'"))
                .expectBody(String.class).returnResult();
        String html = page.getResponseBody();
        assertThat(html).contains("swagger-ui");
        Matcher external = ABSOLUTE_URL.matcher(html);
        assertThat(external.find()).as("page loads nothing from another origin: %s", html).isFalse();
        // Every script and stylesheet the page references is served by the gateway itself.
        Matcher assets = Pattern.compile("(?:src|href)=\"(?:\\./)?([^\"]+)\"").matcher(html);
        String base = location.toString().substring(0, location.toString().lastIndexOf('/') + 1);
        int count = 0;
        while (assets.find()) {
            count++;
            client.get().uri(base + assets.group(1)).exchange().expectStatus().isOk();
        }
        assertThat(count).isGreaterThanOrEqualTo(3);
    }

    @Test
    void swaggerUiListsTheServicesDocumentsAndNoRemoteOne() {
        String initializer = client.get().uri("/api/docs/swagger-ui/swagger-initializer.js").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(initializer).doesNotContain("petstore").doesNotContainPattern("https?://");
        client.get().uri("/api/docs/gateway/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.urls[?(@.name == 'identity')].url").isEqualTo("/api/docs/identity")
                .jsonPath("$.urls[?(@.name == 'trip')].url").isEqualTo("/api/docs/trip")
                .jsonPath("$.urls[?(@.name == 'booking')].url").isEqualTo("/api/docs/booking")
                .jsonPath("$.urls[?(@.name == 'payment')].url").isEqualTo("/api/docs/payment")
                .jsonPath("$.urls[?(@.name == 'wallet')].url").isEqualTo("/api/docs/wallet")
                .jsonPath("$.urls[?(@.name == 'messaging')].url").isEqualTo("/api/docs/messaging")
                .jsonPath("$.urls[?(@.name == 'notification')].url").isEqualTo("/api/docs/notification");
    }

    @Test
    void serviceDocumentIsProxiedFromItsApiDocsEndpoint() {
        client.get().uri("/api/docs/identity").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.path").isEqualTo("/v3/api-docs")
                .jsonPath("$.method").isEqualTo("GET");
    }

    @Test
    void docsNeedNoToken() {
        assertThat(client.get().uri("/api/docs/identity").exchange().returnResult(Void.class).getStatus()).isEqualTo(HttpStatus.OK);
    }
}
