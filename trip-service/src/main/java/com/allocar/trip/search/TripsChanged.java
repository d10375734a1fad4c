package com.allocar.trip.search;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * Published (in-process) when trips departing at these times changed in a way a search can see — created,
 * published, edited, cancelled, deleted, seats held or released. The search cache forgets those days after commit.
 */
public record TripsChanged(List<Instant> departures) {

    public static TripsChanged at(Instant... departures) {
        return new TripsChanged(java.util.Arrays.stream(departures).filter(Objects::nonNull).toList());
    }

    public static TripsChanged at(Collection<Instant> departures) {
        return new TripsChanged(departures.stream().filter(Objects::nonNull).toList());
    }
}
