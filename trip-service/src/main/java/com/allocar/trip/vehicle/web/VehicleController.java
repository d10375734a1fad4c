package com.allocar.trip.vehicle.web;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.CurrentUser;
import com.allocar.trip.vehicle.ComfortLevel;
import com.allocar.trip.vehicle.Vehicle;
import com.allocar.trip.vehicle.Vehicles;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

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
@RequestMapping("/api/v1/vehicles")
@Tag(name = "vehicles", description = "My vehicles")
class VehicleController {

    private static final QuerySpec LIST = QuerySpec.create().sortable("created_at", "make").defaultSort("-created_at");
    private static final Map<String, String> ATTRIBUTES = Map.of("created_at", "createdAt");
    private static final String NOT_BLANK = ".*\\S.*";

    private final Vehicles vehicles;

    VehicleController(Vehicles vehicles) {
        this.vehicles = vehicles;
    }

    record Create(@NotBlank @Size(max = 40) String make,
                  @NotBlank @Size(max = 40) String model,
                  @Size(max = 30) String color,
                  @NotBlank @Size(max = 20) String plateNumber,
                  @NotNull @Min(Vehicle.MIN_SEATS) @Max(Vehicle.MAX_SEATS) Integer seatsTotal,
                  @NotNull ComfortLevel comfortLevel,
                  @Min(Vehicle.OLDEST_YEAR) Integer year) {
    }

    record Patch(@Size(min = 1, max = 40) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String make,
                 @Size(min = 1, max = 40) @Pattern(regexp = NOT_BLANK, message = "must not be blank") String model,
                 @Size(max = 30) String color,
                 @Size(min = 1, max = 20) String plateNumber,
                 @Min(Vehicle.MIN_SEATS) @Max(Vehicle.MAX_SEATS) Integer seatsTotal,
                 ComfortLevel comfortLevel,
                 @Min(Vehicle.OLDEST_YEAR) Integer year) {
    }

    record VehicleView(UUID id, String make, String model, String color, String plateNumber, int seatsTotal,
                       ComfortLevel comfortLevel, Integer year, boolean verified, Instant createdAt, Instant updatedAt) {

        static VehicleView of(Vehicle v) {
            return new VehicleView(v.getId(), v.getMake(), v.getModel(), v.getColor(), v.getPlateNumber(), v.getSeatsTotal(),
                    v.getComfortLevel(), v.getYear(), v.isVerified(), v.getCreatedAt(), v.getUpdatedAt());
        }
    }

    @GetMapping
    @Operation(summary = "My vehicles (paginated; sort=created_at|make, default -created_at)")
    Envelope<List<VehicleView>> mine(CurrentUser user, HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        return Envelope.page(vehicles.mine(user.id(), q.toPageable(ATTRIBUTES)), VehicleView::of);
    }

    @PostMapping
    @Operation(summary = "Register a vehicle",
            description = "The plate number is normalised (upper case, no spaces or dashes) and must be unique (409 conflict).")
    ResponseEntity<Envelope<VehicleView>> create(CurrentUser user, @Valid @RequestBody Create body) {
        Vehicle v = vehicles.create(user.id(), new Vehicles.Data(body.make().strip(), body.model().strip(), strip(body.color()),
                body.plateNumber(), body.seatsTotal(), body.comfortLevel(), body.year()));
        return ResponseEntity.status(HttpStatus.CREATED).body(Envelope.of(VehicleView.of(v)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of my vehicles (403 forbidden if it is someone else's)")
    Envelope<VehicleView> get(CurrentUser user, @PathVariable UUID id) {
        return Envelope.of(VehicleView.of(vehicles.get(id, user.id())));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Edit one of my vehicles (absent fields are left unchanged)")
    Envelope<VehicleView> patch(CurrentUser user, @PathVariable UUID id, @Valid @RequestBody Patch body) {
        Vehicle v = vehicles.update(id, user.id(), new Vehicles.Data(strip(body.make()), strip(body.model()), strip(body.color()),
                body.plateNumber(), body.seatsTotal(), body.comfortLevel(), body.year()));
        return Envelope.of(VehicleView.of(v));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete one of my vehicles (409 conflict while an upcoming trip uses it)")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable UUID id) {
        vehicles.delete(id, user.id());
        return ResponseEntity.noContent().build();
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
