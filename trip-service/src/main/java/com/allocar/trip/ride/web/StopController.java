package com.allocar.trip.ride.web;

import java.util.List;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.CurrentUser;
import com.allocar.trip.geo.GeoPoint;
import com.allocar.trip.ride.EditStops;
import com.allocar.trip.ride.ViewTrip;
import com.allocar.trip.stop.StopPlan;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "trips", description = "Trips: publish, manage, search")
class StopController {

    private final EditStops editStops;
    private final ViewTrip viewTrip;

    StopController(EditStops editStops, ViewTrip viewTrip) {
        this.editStops = editStops;
        this.viewTrip = viewTrip;
    }

    record StopBody(@Min(1) Integer order,
                    @NotNull @DecimalMin("-90") @DecimalMax("90") Double lat,
                    @NotNull @DecimalMin("-180") @DecimalMax("180") Double lon,
                    @NotBlank @Size(max = 200) String label,
                    Boolean pickupAllowed,
                    Boolean dropoffAllowed) {
    }

    record StopsBody(@NotNull @Size(max = StopPlan.MAX_STOPS) List<@NotNull @Valid StopBody> stops) {
    }

    @PostMapping("/api/v1/trips/{id}/stops")
    @Operation(summary = "Set the trip's intermediate stops (bulk; replaces the list; driver only, before departure)",
            description = """
                    Stops in route order — the list order, or each stop's `order` (then every stop gives one). \
                    `pickup_allowed` / `dropoff_allowed` default to true. Searches match a pick-up stop near the passenger's \
                    departure followed by a later drop-off stop (or the destination) near their arrival.""")
    Envelope<List<TripView.StopView>> replace(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody StopsBody body) {
        List<StopPlan.Requested> requested = body.stops().stream()
                .map(s -> new StopPlan.Requested(s.order(), new GeoPoint(s.lat(), s.lon()), s.label().strip(),
                        !Boolean.FALSE.equals(s.pickupAllowed()), !Boolean.FALSE.equals(s.dropoffAllowed())))
                .toList();
        return Envelope.of(editStops.replaceStops(id, user.id(), requested).stream().map(TripView.StopView::of).toList());
    }

    @GetMapping("/api/v1/trips/{id}/stops")
    @Operation(summary = "The trip's stops in route order (public, like the trip)")
    Envelope<List<TripView.StopView>> list(@PathVariable UUID id) {
        return Envelope.of(viewTrip.stopsOf(id, Viewer.current()).stream().map(TripView.StopView::of).toList());
    }
}
