package com.allocar.trip.ride.web;

import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.CurrentUser;
import com.allocar.trip.ride.CancelTrip;
import com.allocar.trip.ride.DeleteTrip;
import com.allocar.trip.ride.EditTrip;
import com.allocar.trip.ride.OfferTrip;
import com.allocar.trip.ride.PublishTrip;
import com.allocar.trip.ride.TripChanges;
import com.allocar.trip.ride.TripDraft;
import com.allocar.trip.ride.ViewTrip;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/trips")
@Tag(name = "trips", description = "Trips: publish, manage, search")
class TripController {

    private final OfferTrip offerTrip;
    private final ViewTrip viewTrip;
    private final EditTrip editTrip;
    private final PublishTrip publishTrip;
    private final CancelTrip cancelTrip;
    private final DeleteTrip deleteTrip;

    TripController(OfferTrip offerTrip, ViewTrip viewTrip, EditTrip editTrip, PublishTrip publishTrip, CancelTrip cancelTrip,
                   DeleteTrip deleteTrip) {
        this.offerTrip = offerTrip;
        this.viewTrip = viewTrip;
        this.editTrip = editTrip;
        this.publishTrip = publishTrip;
        this.cancelTrip = cancelTrip;
        this.deleteTrip = deleteTrip;
    }

    @PostMapping
    @Operation(summary = "Offer a trip, published at once (default) or as a draft",
            description = """
                    The spec's body works as is: origin/destination {lat, lon, text}, departure_time, price_per_seat, \
                    seats_available (= seats offered; seats_total is accepted too), allow_auto_accept, luggage_policy, rules. \
                    Optional: status draft|published (default published), vehicle_id (default: my only vehicle), arrival_eta, \
                    allow_auto_accept (default: the platform's, set by staff; false unless they change it). \
                    Publishing needs an approved KYC (403 kyc_required). The price must be within the axis' floor and ceiling \
                    (400 validation_error with details floor/ceiling).""")
    ResponseEntity<Envelope<TripView>> create(CurrentUser user, @Valid @RequestBody TripRequests.Create body) {
        int seats = TripRequests.seats(body.seatsAvailable(), body.seatsTotal(), true);
        var draft = new TripDraft(body.origin().place(), body.destination().place(), body.departureTime(), body.arrivalEta(),
                body.pricePerSeat(), seats, body.vehicleId(), TripRequests.strip(body.luggagePolicy()), TripRequests.strip(body.rules()),
                body.allowAutoAccept(), body.status() != TripRequests.InitialStatus.DRAFT);
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(TripView.of(offerTrip.create(user.id(), draft))));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A trip with its stops, driver summary and free seats (public; a draft only for its driver)")
    Envelope<TripView> get(@PathVariable UUID id) {
        return Envelope.of(TripView.of(viewTrip.get(id, Viewer.current())));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change time, price, seats, vehicle, route… (driver only, before departure, in draft or published)",
            description = "Seats can never go below those held or paid (409 conflict with details); the route cannot change once seats are held.")
    Envelope<TripView> patch(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody TripRequests.Patch body) {
        var changes = new TripChanges(body.origin() == null ? null : body.origin().place(),
                body.destination() == null ? null : body.destination().place(), body.departureTime(), body.arrivalEta(),
                body.pricePerSeat(), TripRequests.seats(body.seatsAvailable(), body.seatsTotal(), false), body.vehicleId(),
                TripRequests.strip(body.luggagePolicy()), TripRequests.strip(body.rules()), body.allowAutoAccept());
        return Envelope.of(TripView.of(editTrip.update(id, user.id(), changes)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a draft or published trip without paid seats (driver only); otherwise cancel it")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
        deleteTrip.delete(id, user.id());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/publish")
    @Operation(summary = "Publish a draft (needs an approved KYC)")
    Envelope<TripView> publish(CurrentUser user, @PathVariable UUID id) {
        return Envelope.of(TripView.of(publishTrip.publish(id, user.id())));
    }

    @PostMapping("/{id}/cancel")
    @Operation(summary = "Cancel a draft or published trip (driver only): held and paid seats are released")
    Envelope<TripView> cancel(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody(required = false) TripRequests.Cancel body) {
        return Envelope.of(TripView.of(cancelTrip.cancel(id, user.id(), body == null ? null : TripRequests.strip(body.reason()))));
    }
}
