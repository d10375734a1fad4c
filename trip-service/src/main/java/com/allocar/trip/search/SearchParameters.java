package com.allocar.trip.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.query.QuerySpec;
import com.allocar.trip.geo.GeoPoint;
import com.allocar.trip.vehicle.ComfortLevel;

/**
 * Reads {@code GET /trips/search}'s query string into a {@link SearchQuery}, or a {@code validation_error} listing
 * every bad parameter. Accepts the spec's spellings {@code seats>=2} and {@code driver_rating>=4}: in a URL
 * {@code ?seats>=2} is the parameter {@code seats>} with the value {@code 2} (fully encoded it is a bare
 * {@code seats>=2} without value); {@code seats_gte} (the platform's range convention) works too.
 */
public final class SearchParameters {

    public static final List<String> SORTS = List.of("departure_time", "price", "distance");
    private static final Pattern BARE_GTE = Pattern.compile("(seats|driver_rating)>=(.*)");
    private static final Pattern COORDINATES = Pattern.compile("\\s*([-+]?[0-9]*\\.?[0-9]+)\\s*,\\s*([-+]?[0-9]*\\.?[0-9]+)\\s*");
    private static final List<String> ALLOWED = List.of("from", "to", "date", "radius_km", "price_min", "price_max", "seats",
            "seats>=", "comfort", "driver_rating", "driver_rating>=", "sort", "page", "page_size");

    private final double defaultRadiusKm;
    private final double maxRadiusKm;

    public SearchParameters(double defaultRadiusKm, double maxRadiusKm) {
        this.defaultRadiusKm = defaultRadiusKm;
        this.maxRadiusKm = maxRadiusKm;
    }

    /** @param today the current local date (Africa/Abidjan): a past date is an error */
    public SearchQuery parse(Map<String, String[]> raw, LocalDate today) {
        List<Map<String, Object>> errors = new ArrayList<>();
        Map<String, String> p = canonicalNames(raw, errors);

        GeoPoint from = point(p, "from", errors);
        GeoPoint to = point(p, "to", errors);
        LocalDate date = null;
        if (present(p, "date")) {
            try {
                date = LocalDate.parse(p.get("date").strip());
                if (date.isBefore(today)) {
                    errors.add(error("date", "must be today or later (" + today + ")"));
                } else if (date.isAfter(today.plusDays(SearchQuery.HORIZON_DAYS))) {
                    errors.add(error("date", "must be within a year"));
                }
            } catch (DateTimeParseException e) {
                errors.add(error("date", "must be a date YYYY-MM-DD"));
            }
        }
        double radius = defaultRadiusKm;
        BigDecimal r = decimal(p, "radius_km", errors);
        if (r != null) {
            if (r.signum() <= 0 || r.doubleValue() > maxRadiusKm) {
                errors.add(error("radius_km", "must be more than 0 and at most " + (long) maxRadiusKm));
            } else {
                radius = r.doubleValue();
            }
        }
        BigDecimal priceMin = nonNegative(p, "price_min", errors);
        BigDecimal priceMax = nonNegative(p, "price_max", errors);
        if (priceMin != null && priceMax != null && priceMin.compareTo(priceMax) > 0) {
            errors.add(error("price_min", "must not exceed price_max"));
        }
        int seats = integer(p, "seats", 1, 1, 8, errors);
        Set<ComfortLevel> comfort = comfort(p, errors);
        BigDecimal rating = decimal(p, "driver_rating", errors);
        if (rating != null && (rating.signum() < 0 || rating.compareTo(BigDecimal.valueOf(5)) > 0)) {
            errors.add(error("driver_rating", "must be between 0 and 5"));
            rating = null;
        }
        String sort = "departure_time";
        boolean descending = false;
        if (present(p, "sort")) {
            String s = p.get("sort").strip();
            descending = s.startsWith("-");
            String field = descending || s.startsWith("+") ? s.substring(1) : s;
            if (!SORTS.contains(field)) {
                errors.add(error("sort", "must be one of " + SORTS + " (prefix '-' for descending)"));
            } else {
                sort = field;
            }
        }
        int page = integer(p, "page", 1, 1, Integer.MAX_VALUE, errors);
        int pageSize = integer(p, "page_size", QuerySpec.DEFAULT_PAGE_SIZE, 1, QuerySpec.MAX_PAGE_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid search parameters", Map.of("fields", errors));
        }
        return new SearchQuery(from, to, date, radius, priceMin, priceMax, seats, comfort, rating, sort, descending, page, pageSize);
    }

    /** Folds the spellings of one parameter ({@code seats}, {@code seats>}, {@code seats>=2}, {@code seats_gte}) into one. */
    private static Map<String, String> canonicalNames(Map<String, String[]> raw, List<Map<String, Object>> errors) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var e : raw.entrySet()) {
            String name = e.getKey();
            String value = e.getValue() == null || e.getValue().length == 0 ? "" : e.getValue()[0];
            Matcher bare = BARE_GTE.matcher(name);
            String canonical;
            if (bare.matches() && value.isEmpty()) {
                canonical = bare.group(1);
                value = bare.group(2);
            } else {
                canonical = switch (name) {
                    case "seats>", "seats>=", "seats_gte" -> "seats";
                    case "driver_rating>", "driver_rating>=", "driver_rating_gte" -> "driver_rating";
                    default -> name;
                };
            }
            if (!ALLOWED.contains(canonical)) {
                errors.add(error(name, "unknown parameter; allowed: " + ALLOWED));
                continue;
            }
            if ((e.getValue() != null && e.getValue().length > 1) || out.containsKey(canonical)) {
                errors.add(error(canonical, "given more than once"));
                continue;
            }
            out.put(canonical, value);
        }
        return out;
    }

    private static boolean present(Map<String, String> p, String name) {
        return p.containsKey(name) && !p.get(name).isBlank();
    }

    private static GeoPoint point(Map<String, String> p, String name, List<Map<String, Object>> errors) {
        if (!present(p, name)) {
            errors.add(error(name, "is required, as lat,lon (e.g. 5.3257,-4.0205)"));
            return null;
        }
        Matcher m = COORDINATES.matcher(p.get(name));
        if (!m.matches()) {
            errors.add(error(name, "must be lat,lon in decimal degrees (e.g. 5.3257,-4.0205)"));
            return null;
        }
        double lat = Double.parseDouble(m.group(1));
        double lon = Double.parseDouble(m.group(2));
        if (!GeoPoint.validLatitude(lat) || !GeoPoint.validLongitude(lon)) {
            errors.add(error(name, "latitude must be within -90..90 and longitude within -180..180 (WGS84)"));
            return null;
        }
        return new GeoPoint(lat, lon);
    }

    private static BigDecimal decimal(Map<String, String> p, String name, List<Map<String, Object>> errors) {
        if (!present(p, name)) {
            return null;
        }
        try {
            return new BigDecimal(p.get(name).strip());
        } catch (NumberFormatException e) {
            errors.add(error(name, "must be a number"));
            return null;
        }
    }

    private static BigDecimal nonNegative(Map<String, String> p, String name, List<Map<String, Object>> errors) {
        BigDecimal d = decimal(p, name, errors);
        if (d != null && d.signum() < 0) {
            errors.add(error(name, "must be 0 or more"));
            return null;
        }
        return d;
    }

    private static int integer(Map<String, String> p, String name, int dflt, int min, int max, List<Map<String, Object>> errors) {
        if (!present(p, name)) {
            return dflt;
        }
        try {
            int v = Integer.parseInt(p.get(name).strip());
            if (v < min || v > max) {
                errors.add(error(name, "must be between " + min + " and " + max));
                return dflt;
            }
            return v;
        } catch (NumberFormatException e) {
            errors.add(error(name, "must be an integer"));
            return dflt;
        }
    }

    private static Set<ComfortLevel> comfort(Map<String, String> p, List<Map<String, Object>> errors) {
        Set<ComfortLevel> levels = EnumSet.noneOf(ComfortLevel.class);
        if (!present(p, "comfort")) {
            return levels;
        }
        String value = p.get("comfort").strip();
        if (value.startsWith("in:")) {
            value = value.substring(3);
        }
        for (String s : value.split(",")) {
            try {
                levels.add(ComfortLevel.valueOf(s.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                errors.add(error("comfort", "must be basic, standard or comfort (several: comma-separated)"));
                return EnumSet.noneOf(ComfortLevel.class);
            }
        }
        return levels;
    }

    private static Map<String, Object> error(String field, String message) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("field", field);
        m.put("message", message);
        return m;
    }
}
