package com.allocar.trip.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Set;
import java.util.stream.Collectors;

import com.allocar.trip.geo.GeoPoint;
import com.allocar.trip.vehicle.ComfortLevel;

/**
 * A parsed, valid search. {@code date} null = any day from now on.
 *
 * @param sort departure_time | price | distance, ascending unless {@code descending}
 */
public record SearchQuery(GeoPoint from, GeoPoint to, LocalDate date, double radiusKm, BigDecimal priceMin,
                          BigDecimal priceMax, int seats, Set<ComfortLevel> comfort, BigDecimal driverRating,
                          String sort, boolean descending, int page, int pageSize) {

    /** How far ahead a search without a date looks. */
    public static final int HORIZON_DAYS = 366;

    public Instant windowStart(ZoneId zone, Instant now) {
        if (date == null) {
            return now;
        }
        Instant start = date.atStartOfDay(zone).toInstant();
        return start.isAfter(now) ? start : now;
    }

    /** Exclusive end: the next local midnight. */
    public Instant windowEnd(ZoneId zone, Instant now) {
        return date == null ? now.plus(java.time.Duration.ofDays(HORIZON_DAYS)) : date.plusDays(1).atStartOfDay(zone).toInstant();
    }

    public int offset() {
        return (page - 1) * pageSize;
    }

    /** The sort as the SQL template expects it: {@code price}, {@code -price}, … */
    public String sortKey() {
        return (descending ? "-" : "") + sort;
    }

    /** One canonical spelling of the query: equal searches share a cache entry whatever the parameter order. */
    public String canonical() {
        return "from=" + from.lat() + "," + from.lon()
                + "&to=" + to.lat() + "," + to.lon()
                + "&date=" + (date == null ? "any" : date)
                + "&r=" + radiusKm
                + "&pmin=" + plain(priceMin) + "&pmax=" + plain(priceMax)
                + "&seats=" + seats
                + "&comfort=" + (comfort.isEmpty() ? "" : comfort.stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                + "&rating=" + plain(driverRating)
                + "&sort=" + sortKey() + "&page=" + page + "&size=" + pageSize;
    }

    private static String plain(BigDecimal d) {
        return d == null ? "" : d.stripTrailingZeros().toPlainString();
    }
}
