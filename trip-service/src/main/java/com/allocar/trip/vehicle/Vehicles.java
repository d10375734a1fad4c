package com.allocar.trip.vehicle;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' cars: only the owner may see or touch one; plates are unique once normalised. */
@Service
public class Vehicles {

    private final VehicleRepository vehicles;
    private final VehicleUse use;

    Vehicles(VehicleRepository vehicles, VehicleUse use) {
        this.vehicles = vehicles;
        this.use = use;
    }

    /** Fields of a create (all required but colour and year) or of a patch (null = unchanged). */
    public record Data(String make, String model, String color, String plateNumber, Integer seatsTotal,
                       ComfortLevel comfortLevel, Integer year) {
    }

    @Transactional(readOnly = true)
    public Page<Vehicle> mine(UUID userId, Pageable pageable) {
        return vehicles.findByUserId(userId, pageable);
    }

    @Transactional
    public Vehicle create(UUID userId, Data d) {
        checkYear(d.year());
        String plate = plate(d.plateNumber());
        if (vehicles.existsByPlateNumber(plate)) {
            throw plateTaken(plate);
        }
        try {
            return vehicles.saveAndFlush(new Vehicle(userId, d.make(), d.model(), d.color(), plate, d.seatsTotal(),
                    d.comfortLevel(), d.year()));
        } catch (DataIntegrityViolationException e) { // the same plate registered concurrently
            throw plateTaken(plate);
        }
    }

    @Transactional(readOnly = true)
    public Vehicle get(UUID id, UUID requester) {
        return owned(id, requester);
    }

    @Transactional
    public Vehicle update(UUID id, UUID requester, Data d) {
        Vehicle v = owned(id, requester);
        checkYear(d.year());
        if (d.plateNumber() != null) {
            String plate = plate(d.plateNumber());
            if (vehicles.existsByPlateNumberAndIdNot(plate, id)) {
                throw plateTaken(plate);
            }
            v.changePlate(plate);
        }
        v.describe(d.make(), d.model(), d.color(), d.year());
        if (d.seatsTotal() != null) {
            v.changeSeats(d.seatsTotal());
        }
        if (d.comfortLevel() != null) {
            v.changeComfort(d.comfortLevel());
        }
        try {
            return vehicles.saveAndFlush(v);
        } catch (DataIntegrityViolationException e) {
            throw plateTaken(v.getPlateNumber());
        }
    }

    /** A car announced on a trip that has not ended yet cannot disappear under its passengers. */
    @Transactional
    public void delete(UUID id, UUID requester) {
        Vehicle v = owned(id, requester);
        List<UUID> upcoming = use.upcomingTrips(id, 5);
        if (!upcoming.isEmpty()) {
            throw ApiException.conflict("This vehicle is used by an upcoming trip", Map.of("trip_ids", upcoming));
        }
        vehicles.delete(v);
        vehicles.flush();
    }

    /** The member's vehicle when they have exactly one (a trip published without {@code vehicle_id} uses it). */
    @Transactional(readOnly = true)
    public Optional<Vehicle> onlyVehicleOf(UUID userId) {
        List<Vehicle> two = vehicles.findTop2ByUserIdOrderByCreatedAtAsc(userId);
        return two.size() == 1 ? Optional.of(two.getFirst()) : Optional.empty();
    }

    /** For a trip: the requester's own vehicle, else 403; an unknown id is a validation error of the trip's body. */
    @Transactional(readOnly = true)
    public Vehicle forTrip(UUID id, UUID requester) {
        Vehicle v = vehicles.findById(id).orElseThrow(() -> ApiException.validation("vehicle_id", "no such vehicle"));
        if (!v.ownedBy(requester)) {
            throw ApiException.forbidden("This vehicle belongs to another member");
        }
        return v;
    }

    @Transactional(readOnly = true)
    public Optional<Vehicle> find(UUID id) {
        return id == null ? Optional.empty() : vehicles.findById(id);
    }

    private Vehicle owned(UUID id, UUID requester) {
        Vehicle v = vehicles.findById(id).orElseThrow(() -> ApiException.notFound("vehicle", id));
        if (!v.ownedBy(requester)) {
            throw ApiException.forbidden("This vehicle belongs to another member");
        }
        return v;
    }

    private static void checkYear(Integer year) {
        if (!Vehicle.plausibleYear(year, java.time.Year.now().getValue())) {
            throw ApiException.validation("year", "must be between " + Vehicle.OLDEST_YEAR + " and next year");
        }
    }

    private static String plate(String raw) {
        try {
            return PlateNumber.normalise(raw);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation("plate_number", e.getMessage());
        }
    }

    private static ApiException plateTaken(String plate) {
        return ApiException.conflict("A vehicle with this plate number is already registered",
                Map.of("field", "plate_number", "plate_number", plate));
    }
}
