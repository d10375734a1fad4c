package com.allocar.platform.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Fleet-wide defaults, added with the lowest precedence so a service's application.yml can still
 * override any of them. Keeps each service's configuration small and the wire format identical.
 */
public class PlatformDefaults implements EnvironmentPostProcessor {

    static final Map<String, Object> DEFAULTS = new LinkedHashMap<>();

    static {
        DEFAULTS.put("spring.threads.virtual.enabled", true);
        // Wire format: snake_case, lower-case enums, strict parsing.
        DEFAULTS.put("spring.jackson.property-naming-strategy", "SNAKE_CASE");
        DEFAULTS.put("spring.jackson.deserialization.fail-on-unknown-properties", true);
        DEFAULTS.put("spring.jackson.deserialization.fail-on-null-for-primitives", true);
        DEFAULTS.put("spring.jackson.deserialization.fail-on-trailing-tokens", true);
        DEFAULTS.put("spring.jackson.mapper.accept-case-insensitive-enums", true);
        DEFAULTS.put("spring.jackson.datatype.enum.write-enums-to-lowercase", true);
        // Never leak internals in an error.
        DEFAULTS.put("server.error.include-stacktrace", "never");
        DEFAULTS.put("server.error.include-message", "never");
        DEFAULTS.put("server.error.include-exception", false);
        DEFAULTS.put("server.shutdown", "graceful");
        DEFAULTS.put("spring.mvc.problemdetails.enabled", false);
        // JSON logs; MDC keys (request_id, user_id, status, latency_ms) become fields.
        DEFAULTS.put("logging.structured.format.console", "logstash");
        DEFAULTS.put("management.endpoints.web.exposure.include", "health,info,prometheus");
        // Actuator on its own port (management.server.port, set by each service), bound to loopback unless the
        // deployment names another address (the pod network in Kubernetes): never on the API port, never routed.
        DEFAULTS.put("management.server.address", "${ALLOCAR_MANAGEMENT_ADDRESS:127.0.0.1}");
        DEFAULTS.put("management.endpoint.health.probes.enabled", true);
        DEFAULTS.put("management.metrics.distribution.percentiles-histogram.http.server.requests", true);
        DEFAULTS.put("management.metrics.tags.application", "${spring.application.name}");
        // Persistence: schema only through Flyway.
        DEFAULTS.put("spring.jpa.open-in-view", false);
        DEFAULTS.put("spring.jpa.hibernate.ddl-auto", "validate");
        DEFAULTS.put("spring.flyway.locations", "classpath:db/migration,classpath:db/platform");
        DEFAULTS.put("spring.datasource.hikari.maximum-pool-size", 4);
        // Kafka: durable, idempotent producer; consumers commit only after their transaction.
        DEFAULTS.put("spring.kafka.producer.acks", "all");
        DEFAULTS.put("spring.kafka.producer.properties.enable.idempotence", true);
        DEFAULTS.put("spring.kafka.producer.properties.delivery.timeout.ms", 15000);
        DEFAULTS.put("spring.kafka.producer.properties.request.timeout.ms", 10000);
        DEFAULTS.put("spring.kafka.producer.properties.max.block.ms", 10000);
        DEFAULTS.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        DEFAULTS.put("spring.kafka.consumer.enable-auto-commit", false);
        DEFAULTS.put("spring.kafka.consumer.group-id", "${spring.application.name}");
        // Service clients (platform.clients): a peer that does not connect in 2 s or answer in 5 s is unavailable.
        DEFAULTS.put("spring.cloud.openfeign.client.config.default.connect-timeout", 2000);
        DEFAULTS.put("spring.cloud.openfeign.client.config.default.read-timeout", 5000);
        DEFAULTS.put("springdoc.api-docs.version", "openapi_3_1");
        DEFAULTS.put("springdoc.default-produces-media-type", "application/json");
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        environment.getPropertySources().addLast(new MapPropertySource("allocarPlatformDefaults", DEFAULTS));
    }
}
