package com.allocar.platform.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.jackson.ModelResolver;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import com.allocar.platform.api.ErrorEnvelope;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Every service's OpenAPI document: snake_case schemas (as on the wire), bearer auth, and the
 * error envelope documented on every operation with the statuses a client must handle.
 */
@AutoConfiguration
@ConditionalOnClass(OpenApiCustomizer.class)
public class PlatformOpenApiAutoConfiguration {

    private static final String ERROR_SCHEMA = "ErrorEnvelope";
    private static final Map<String, String> STANDARD_ERRORS = new LinkedHashMap<>();

    static {
        STANDARD_ERRORS.put("400", "validation_error: the request is malformed or a field is invalid");
        STANDARD_ERRORS.put("401", "auth_required: missing, invalid or expired access token");
        STANDARD_ERRORS.put("403", "forbidden (or kyc_required): the caller may not do this");
        STANDARD_ERRORS.put("404", "not_found: no such resource");
        STANDARD_ERRORS.put("409", "conflict: the request conflicts with the resource's state, or an Idempotency-Key was reused");
        STANDARD_ERRORS.put("429", "rate_limited: too many requests; see Retry-After");
        STANDARD_ERRORS.put("500", "internal_error: unexpected failure (no details leak)");
    }

    /** swagger-core reads records with its own (Jackson 2) mapper: teach it the wire's snake_case. */
    @Bean
    ModelResolver snakeCaseModelResolver() {
        ObjectMapper mapper = Json31.mapper().copy().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);
        ModelResolver resolver = new ModelResolver(mapper);
        return resolver;
    }

    @Bean
    OpenApiCustomizer allocarErrorResponses(@Value("${spring.application.name:service}") String service) {
        return openApi -> {
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            openApi.setComponents(components);
            ModelConverters.getInstance(true).readAll(ErrorEnvelope.class).forEach(components::addSchemas);
            components.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT"));
            openApi.addSecurityItem(new SecurityRequirement().addList("bearer"));
            openApi.getInfo().setTitle("AlloCar " + service);
            // Paths are absolute (/api/v1/...): "Try it out" must go through the gateway that serves the docs.
            openApi.setServers(java.util.List.of(new io.swagger.v3.oas.models.servers.Server().url("/")));
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().values().forEach(item -> item.readOperations().forEach(PlatformOpenApiAutoConfiguration::addErrors));
        };
    }

    private static void addErrors(Operation op) {
        STANDARD_ERRORS.forEach((status, description) -> {
            if (op.getResponses() != null && !op.getResponses().containsKey(status)) {
                op.getResponses().addApiResponse(status, new ApiResponse().description(description)
                        .content(new Content().addMediaType("application/json",
                                new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + ERROR_SCHEMA)))));
            }
        });
    }
}
