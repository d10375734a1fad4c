package com.allocar.gateway.support;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.cloud.gateway.support.RouteMetadataUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.ScanOptions;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.http.client.reactive.JdkClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The whole gateway on a random port, in front of a real identity stub ({@link EchoServer}), verifying
 * tokens against a real JWKS server ({@link JwksServer}) and counting in the real Redis (database 1).
 * All subclasses share this configuration, hence one Spring context.
 * <p>
 * Rate limits: the defaults are raised so the suite never trips them by accident; two rules with a
 * limit of 3 exist for the rate-limit tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.data.redis.database=1",
        "allocar.gateway.rate-limit.default-per-minute=100000",
        "allocar.gateway.rate-limit.rules[0].path=/api/v1/auth/**",
        "allocar.gateway.rate-limit.rules[0].per-ip=100000",
        "allocar.gateway.rate-limit.rules[1].path=GET /api/v1/users/rate-limited-by-ip",
        "allocar.gateway.rate-limit.rules[1].per-ip=3",
        "allocar.gateway.rate-limit.rules[2].path=/api/v1/me/rate-limited-by-user",
        "allocar.gateway.rate-limit.rules[2].per-user=3",
})
@Import(GatewayIntegrationTest.TestRoutes.class)
public abstract class GatewayIntegrationTest {

    protected static final JwksServer JWKS = TestServers.JWKS;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("allocar.gateway.services.identity", TestServers.IDENTITY::url);
        registry.add("allocar.gateway.services.booking", TestServers.BOOKING::url);
        registry.add("allocar.gateway.services.messaging", TestServers.MESSAGING::url);
        registry.add("allocar.gateway.services.notification", TestServers.NOTIFICATION::url);
        registry.add("allocar.security.jwks-uri", JWKS::jwksUri);
        // the staff API: an echo stands for admin-service; the tokens are the real Keycloak's of ./allocar test
        registry.add("allocar.gateway.services.admin", TestServers.ADMIN::url);
        registry.add("allocar.gateway.staff.issuer", com.allocar.platform.testing.TestStaff::issuer);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected ReactiveStringRedisTemplate redis;

    protected WebTestClient client;

    @BeforeEach
    void setUpClientAndCleanRedis() {
        client = WebTestClient.bindToServer(new JdkClientHttpConnector()).baseUrl("http://localhost:" + port).responseTimeout(Duration.ofSeconds(20)).build();
        for (String pattern : new String[] {"rl:*", "auth:revoked:*"}) {
            redis.scan(ScanOptions.scanOptions().match(pattern).count(1000).build())
                    .collectList()
                    .filter(keys -> !keys.isEmpty())
                    .flatMap(keys -> redis.delete(keys.toArray(String[]::new)))
                    .block(Duration.ofSeconds(5));
        }
    }

    protected static String newUserId() {
        return UUID.randomUUID().toString();
    }

    protected static String bearer(String token) {
        return "Bearer " + token;
    }

    /** A route that exists only in tests: to the identity stub, with a 1 s response timeout, for its slow path. */
    @TestConfiguration(proxyBeanMethods = false)
    static class TestRoutes {

        @Bean
        RouteLocator testRoutes(RouteLocatorBuilder routes) {
            return routes.routes()
                    .route("test-slow", r -> r.path("/api/v1/test-slow/**")
                            .metadata(RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR, 1000)
                            .uri(TestServers.IDENTITY.url()))
                    .build();
        }
    }
}
