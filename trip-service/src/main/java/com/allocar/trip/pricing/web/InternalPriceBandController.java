package com.allocar.trip.pricing.web;

import java.util.List;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import com.allocar.trip.api.TripInternalApi.PriceBandUpdate;
import com.allocar.trip.api.TripInternalApi.PriceBandView;
import com.allocar.trip.pricing.PriceBand;
import com.allocar.trip.pricing.PriceBands;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The "plancher/plafond par axe" setting, edited by admin-service (service token; never routed by the gateway). */
@Hidden
@RestController
@CalledBy(FleetService.ADMIN)
@RequestMapping("/internal/price-bands")
class InternalPriceBandController {

    private final PriceBands bands;

    InternalPriceBandController(PriceBands bands) {
        this.bands = bands;
    }

    @GetMapping
    Envelope<List<PriceBandView>> all() {
        return Envelope.of(bands.all().stream().map(InternalPriceBandController::view).toList());
    }

    @PutMapping("/{id}")
    Envelope<PriceBandView> update(@PathVariable UUID id, @Valid @RequestBody PriceBandUpdate body) {
        return Envelope.of(view(bands.update(id, body.floor(), body.ceiling(), body.radiusKm(), body.active())));
    }

    static PriceBandView view(PriceBand b) {
        return new PriceBandView(b.getId(), b.getName(), b.getALabel(), b.getA().lat(), b.getA().lon(), b.getBLabel(),
                b.getB().lat(), b.getB().lon(), b.getRadiusKm(), b.getFloor(), b.getCeiling(), "XOF", b.isActive(), b.getUpdatedAt());
    }
}
