package com.allocar.admin.pricing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.clients.Idempotent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;

/**
 * trip-service's price bands ({@code /internal/price-bands}, admin-service only): its refusals come back as the same
 * errors ({@code validation_error} a floor over the ceiling, {@code not_found}), an unreachable trip-service is 503.
 * The list is retried on an outage; a change is not (a PUT, replayable, but a staff member asked once).
 */
@FeignClient(name = "trip-service", contextId = "trip-price-bands", url = "${allocar.admin.trip-service.base-url:http://127.0.0.1:8082}")
public interface PriceBandsClient {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PriceBand(UUID id, String name, String aLabel, double aLat, double aLon, String bLabel, double bLat, double bLon,
                     BigDecimal radiusKm, BigDecimal floor, BigDecimal ceiling, String currency, boolean active, Instant updatedAt) {
    }

    record Update(BigDecimal floor, BigDecimal ceiling, BigDecimal radiusKm, Boolean active) {
    }

    @Idempotent
    @GetMapping("/internal/price-bands")
    Envelope<List<PriceBand>> all();

    @PutMapping("/internal/price-bands/{id}")
    PriceBand update(@PathVariable("id") UUID id, @RequestBody Update update);
}
