package com.allocar.trip.stop;

import java.util.List;

import com.allocar.platform.api.ApiException;
import com.allocar.trip.geo.GeoPoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StopPlanTest {

    private static final GeoPoint TOUMODI = new GeoPoint(6.5570, -5.0190);
    private static final GeoPoint YAMOUSSOUKRO = new GeoPoint(6.8276, -5.2893);

    @Test
    void listOrderIsRouteOrderWhenNoOrderIsGiven() {
        var plan = StopPlan.of(List.of(new StopPlan.Requested(null, TOUMODI, "Toumodi", true, false),
                new StopPlan.Requested(null, YAMOUSSOUKRO, "Yamoussoukro", false, true)));
        assertThat(plan).extracting(StopPlan.Stop::order, StopPlan.Stop::label)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, "Toumodi"), org.assertj.core.groups.Tuple.tuple(2, "Yamoussoukro"));
    }

    @Test
    void givenOrdersSortAndAreRenumbered() {
        var plan = StopPlan.of(List.of(new StopPlan.Requested(20, YAMOUSSOUKRO, "Yamoussoukro", true, true),
                new StopPlan.Requested(5, TOUMODI, "Toumodi", true, true)));
        assertThat(plan).extracting(StopPlan.Stop::label).containsExactly("Toumodi", "Yamoussoukro");
        assertThat(plan).extracting(StopPlan.Stop::order).containsExactly(1, 2);
    }

    @Test
    void refusesDuplicatesMixedOrdersUselessStopsAndTooMany() {
        assertThat(fields(() -> StopPlan.of(List.of(new StopPlan.Requested(1, TOUMODI, "a", true, true),
                new StopPlan.Requested(1, YAMOUSSOUKRO, "b", true, true))))).contains("stops[1].order");
        assertThat(fields(() -> StopPlan.of(List.of(new StopPlan.Requested(1, TOUMODI, "a", true, true),
                new StopPlan.Requested(null, YAMOUSSOUKRO, "b", true, true))))).contains("stops");
        assertThat(fields(() -> StopPlan.of(List.of(new StopPlan.Requested(null, TOUMODI, "a", false, false))))).contains("stops[0]");
        var eleven = java.util.stream.IntStream.range(0, 11).mapToObj(i -> new StopPlan.Requested(null, TOUMODI, "s" + i, true, true)).toList();
        assertThat(fields(() -> StopPlan.of(eleven))).contains("stops");
        assertThat(StopPlan.of(List.of())).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static String fields(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        ApiException e = catchThrowableOfType(ApiException.class, call);
        return ((List<java.util.Map<String, Object>>) e.details().get("fields")).toString();
    }
}
