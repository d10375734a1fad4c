package com.allocar.trip.ride.web;

import java.util.List;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.FieldType;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import com.allocar.trip.api.TripInternalApi.StaffCancellation;
import com.allocar.trip.api.TripInternalApi.StaffTripView;
import com.allocar.trip.ride.CancelTrip;
import com.allocar.trip.ride.Trip;
import com.allocar.trip.ride.TripStatus;
import com.allocar.trip.ride.ViewTrip;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Trips as staff see and moderate them: admin-service's {@code /admin/trips} (service token; never routed by the gateway). */
@Hidden
@RestController
@CalledBy(FleetService.ADMIN)
@RequestMapping("/internal/trips")
class InternalStaffTripController {

    private static final QuerySpec LIST = QuerySpec.create()
            .enumFilter("status", TripStatus.class).filter("driver_id", FieldType.UUID_)
            .range("departure_time", FieldType.INSTANT).range("created_at", FieldType.INSTANT)
            .sortable("departure_time", "created_at").defaultSort("-departure_time");

    private final ViewTrip viewTrip;
    private final CancelTrip cancelTrip;

    InternalStaffTripController(ViewTrip viewTrip, CancelTrip cancelTrip) {
        this.viewTrip = viewTrip;
        this.cancelTrip = cancelTrip;
    }

    /** Newest departure first; {@code status=in:draft,published}, {@code driver_id}, {@code departure_time_gte/_lte}. */
    @GetMapping
    Envelope<List<StaffTripView>> list(HttpServletRequest request) {
        return Envelope.page(viewTrip.all(LIST.parse(request.getParameterMap())), InternalStaffTripController::view);
    }

    /** draft / published → cancelled, as the driver's cancel does; 409 {current, allowed} from any other state. */
    @PostMapping("/{id}/cancellation")
    Envelope<StaffTripView> cancel(@PathVariable UUID id, @Valid @RequestBody StaffCancellation body) {
        return Envelope.of(view(cancelTrip.cancelByStaff(id, body.staffId(), TripRequests.strip(body.reason()))));
    }

    static StaffTripView view(Trip t) {
        return new StaffTripView(t.getId(), t.getDriverId(), t.getVehicleId(), t.getStatus().wire(), t.getOrigin().text(),
                t.getDestination().text(), t.getDepartureTime(), t.getArrivalEta(), t.getPricePerSeat(), Trip.CURRENCY, t.getSeatsTotal(),
                t.seatsAvailable(), t.getSeatsHeld(), t.getSeatsConfirmed(), t.isAllowAutoAccept(), t.getCancelReason(), t.getPublishedAt(),
                t.getCancelledAt(), t.getCreatedAt(), t.getUpdatedAt());
    }
}
