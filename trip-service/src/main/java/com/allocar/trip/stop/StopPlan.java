package com.allocar.trip.stop;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.trip.geo.GeoPoint;

/**
 * The stops a driver announces, put in order: either every stop gives its {@code order} (distinct, ≥ 1) and the
 * list is sorted by it, or none does and the list order is the route order. Orders are then renumbered 1..n.
 * The origin comes before every stop and the destination after the last one.
 */
public final class StopPlan {

    public static final int MAX_STOPS = 10;

    /** What the driver sent; {@code order} may be null. */
    public record Requested(Integer order, GeoPoint point, String label, boolean pickupAllowed, boolean dropoffAllowed) {
    }

    public record Stop(int order, GeoPoint point, String label, boolean pickupAllowed, boolean dropoffAllowed) {
    }

    private StopPlan() {
    }

    public static List<Stop> of(List<Requested> requested) {
        List<Map<String, Object>> errors = new ArrayList<>();
        if (requested.size() > MAX_STOPS) {
            errors.add(error("stops", "at most " + MAX_STOPS + " stops"));
        }
        long withOrder = requested.stream().filter(r -> r.order() != null).count();
        if (withOrder != 0 && withOrder != requested.size()) {
            errors.add(error("stops", "give an order to every stop or to none"));
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            Requested r = requested.get(i);
            if (r.order() != null && !seen.add(r.order())) {
                errors.add(error("stops[" + i + "].order", "duplicate order " + r.order()));
            }
            if (!r.pickupAllowed() && !r.dropoffAllowed()) {
                errors.add(error("stops[" + i + "]", "a stop must allow pick-up, drop-off or both"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid stops", Map.of("fields", errors));
        }
        List<Requested> sorted = new ArrayList<>(requested);
        if (withOrder > 0) {
            sorted.sort(Comparator.comparing(Requested::order));
        }
        List<Stop> plan = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Requested r = sorted.get(i);
            plan.add(new Stop(i + 1, r.point(), r.label(), r.pickupAllowed(), r.dropoffAllowed()));
        }
        return List.copyOf(plan);
    }

    private static Map<String, Object> error(String field, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message);
        return m;
    }
}
