package com.allocar.admin.pricing.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.audit.AuditLogs;
import com.allocar.admin.pricing.PriceBandsClient;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The price floor and ceiling per axis (spec "plancher/plafond par axe"), a setting: super only, every change audited. */
@RestController
@RequestMapping("/api/v1/admin/settings/price-bands")
@Tag(name = "Settings")
class PriceBandsController {

    record Change(@NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 0) BigDecimal floor,
                  @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 8, fraction = 0) BigDecimal ceiling,
                  @DecimalMin(value = "0", inclusive = false) @DecimalMax("100") BigDecimal radiusKm, Boolean active) {
    }

    private final PriceBandsClient trip;
    private final AuditLogs audit;

    PriceBandsController(PriceBandsClient trip, AuditLogs audit) {
        this.trip = trip;
        this.audit = audit;
    }

    @GetMapping
    @StaffOnly(RoleMatrix.SETTINGS)
    @Operation(summary = "The price bands: per axis (two places and a radius), the price per seat a trip may ask, floor to ceiling (XOF)")
    Envelope<List<PriceBandsClient.PriceBand>> all() {
        return Envelope.relay(trip.all());
    }

    @PutMapping("/{id}")
    @StaffOnly(RoleMatrix.SETTINGS)
    @Operation(summary = "Change an axis' floor and ceiling (whole XOF), its radius (km) or whether it applies",
            description = "The next trip published or edited on the axis is checked against it. Audited price_band.update with each "
                    + "field from → to. 400 validation_error when the floor exceeds the ceiling.")
    Envelope<PriceBandsClient.PriceBand> change(Staff staff, @PathVariable UUID id, @Valid @RequestBody Change body) {
        if (body.floor().compareTo(body.ceiling()) > 0) {
            throw ApiException.validation("floor", "must not exceed the ceiling");
        }
        PriceBandsClient.PriceBand before = trip.all().data().stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> ApiException.notFound("price_band", id));
        PriceBandsClient.PriceBand after = trip.update(id, new PriceBandsClient.Update(body.floor(), body.ceiling(), body.radiusKm(), body.active()));
        Map<String, Object> changes = new LinkedHashMap<>();
        changed(changes, "floor", before.floor(), after.floor());
        changed(changes, "ceiling", before.ceiling(), after.ceiling());
        changed(changes, "radius_km", before.radiusKm(), after.radiusKm());
        changed(changes, "active", before.active(), after.active());
        if (!changes.isEmpty()) {
            audit.staffAction(staff.id(), "price_band.update", "price_band", id, Map.of("name", after.name(), "changes", changes));
        }
        return Envelope.of(after);
    }

    private static void changed(Map<String, Object> changes, String field, Object from, Object to) {
        boolean same = from instanceof BigDecimal a && to instanceof BigDecimal b ? a.compareTo(b) == 0 : java.util.Objects.equals(from, to);
        if (!same) {
            changes.put(field, Map.of("from", String.valueOf(from), "to", String.valueOf(to)));
        }
    }
}
