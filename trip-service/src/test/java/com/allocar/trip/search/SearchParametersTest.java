package com.allocar.trip.search;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.trip.vehicle.ComfortLevel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SearchParametersTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);
    private final SearchParameters parser = new SearchParameters(25, 100);

    private static Map<String, String[]> q(String... kv) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], new String[] {kv[i + 1]});
        }
        return m;
    }

    private static Map<String, String[]> base(String... more) {
        Map<String, String[]> m = q("from", "5.3257,-4.0205", "to", "6.8276,-5.2893");
        m.putAll(q(more));
        return m;
    }

    @Test
    void defaults() {
        SearchQuery s = parser.parse(base(), TODAY);
        assertThat(s.from().lat()).isEqualTo(5.3257);
        assertThat(s.to().lon()).isEqualTo(-5.2893);
        assertThat(s.radiusKm()).isEqualTo(25);
        assertThat(s.seats()).isEqualTo(1);
        assertThat(s.date()).isNull();
        assertThat(s.sort()).isEqualTo("departure_time");
        assertThat(s.page()).isEqualTo(1);
        assertThat(s.pageSize()).isEqualTo(20);
        assertThat(s.comfort()).isEmpty();
    }

    @Test
    void everyFilter() {
        SearchQuery s = parser.parse(base("date", "2026-11-30", "radius_km", "12.5", "price_min", "2000", "price_max", "8000",
                "seats", "2", "comfort", "comfort,standard", "driver_rating", "4.5", "sort", "-price", "page", "3", "page_size", "50"), TODAY);
        assertThat(s.date()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(s.radiusKm()).isEqualTo(12.5);
        assertThat(s.priceMin()).isEqualByComparingTo("2000");
        assertThat(s.priceMax()).isEqualByComparingTo("8000");
        assertThat(s.seats()).isEqualTo(2);
        assertThat(s.comfort()).isEqualTo(Set.of(ComfortLevel.COMFORT, ComfortLevel.STANDARD));
        assertThat(s.driverRating()).isEqualByComparingTo(new BigDecimal("4.5"));
        assertThat(s.sort()).isEqualTo("price");
        assertThat(s.descending()).isTrue();
        assertThat(s.sortKey()).isEqualTo("-price");
        assertThat(s.offset()).isEqualTo(100);
    }

    @Test
    void theSpecsGreaterOrEqualSpellings() {
        // ?seats>=2&driver_rating>=4 reaches the server as the parameters "seats>" = "2" and "driver_rating>" = "4"
        SearchQuery raw = parser.parse(base("seats>", "2", "driver_rating>", "4"), TODAY);
        assertThat(raw.seats()).isEqualTo(2);
        assertThat(raw.driverRating()).isEqualByComparingTo("4");
        // fully percent-encoded (seats%3E%3D3) it is a parameter without value
        SearchQuery encoded = parser.parse(base("seats>=3", "", "driver_rating>=4.2", ""), TODAY);
        assertThat(encoded.seats()).isEqualTo(3);
        assertThat(encoded.driverRating()).isEqualByComparingTo("4.2");
        SearchQuery platform = parser.parse(base("seats_gte", "4", "driver_rating_gte", "3"), TODAY);
        assertThat(platform.seats()).isEqualTo(4);
        // the spec's template with empty values means "no filter"
        SearchQuery empty = parser.parse(base("seats>", "", "driver_rating>", "", "comfort", ""), TODAY);
        assertThat(empty.seats()).isEqualTo(1);
        assertThat(empty.driverRating()).isNull();
    }

    @Test
    void badInputIsAValidationErrorNamingEachField() {
        assertThat(errors(q("to", "6.8,-5.2"))).containsKey("from");
        assertThat(errors(base("from", "91,0"))).containsKey("from");
        assertThat(errors(q("from", "5.3,-181", "to", "6.8,-5.2"))).containsKey("from");
        assertThat(errors(q("from", "abidjan", "to", "6.8"))).containsKeys("from", "to");
        assertThat(errors(q("from", "NaN,1", "to", "6.8,-5.2"))).containsKey("from");
        assertThat(errors(base("radius_km", "0"))).containsKey("radius_km");
        assertThat(errors(base("radius_km", "100.5"))).containsKey("radius_km");
        assertThat(errors(base("radius_km", "far"))).containsKey("radius_km");
        assertThat(errors(base("date", "2026-13-01"))).containsKey("date");
        assertThat(errors(base("date", "25/11/2026"))).containsKey("date");
        assertThat(errors(base("date", "2026-11-24"))).containsKey("date");
        assertThat(errors(base("price_min", "-1"))).containsKey("price_min");
        assertThat(errors(base("price_min", "9000", "price_max", "1000"))).containsKey("price_min");
        assertThat(errors(base("seats", "0"))).containsKey("seats");
        assertThat(errors(base("seats", "9"))).containsKey("seats");
        assertThat(errors(base("comfort", "luxe"))).containsKey("comfort");
        assertThat(errors(base("driver_rating", "6"))).containsKey("driver_rating");
        assertThat(errors(base("sort", "rating"))).containsKey("sort");
        assertThat(errors(base("page_size", "101"))).containsKey("page_size");
        assertThat(errors(base("page", "0"))).containsKey("page");
        assertThat(errors(base("colour", "red"))).containsKey("colour");
        assertThat(errors(base("seats", "2", "seats>", "3"))).containsKey("seats");
        // every problem at once
        assertThat(errors(q("from", "x", "radius_km", "500", "unknown", "1"))).containsKeys("from", "to", "radius_km", "unknown");
    }

    @Test
    void todayIsAValidDateAndTheRadiusMayReachTheMaximum() {
        assertThat(parser.parse(base("date", "2026-11-25", "radius_km", "100"), TODAY).radiusKm()).isEqualTo(100);
    }

    @Test
    void canonicalFormIgnoresParameterOrderAndSpelling() {
        String a = parser.parse(base("seats", "2", "comfort", "basic,comfort"), TODAY).canonical();
        Map<String, String[]> reordered = q("comfort", "comfort,basic", "seats>", "2", "to", "6.8276,-5.2893", "from", "5.3257,-4.0205");
        assertThat(parser.parse(reordered, TODAY).canonical()).isEqualTo(a);
        assertThat(parser.parse(base("seats", "3"), TODAY).canonical()).isNotEqualTo(a);
    }

    @SuppressWarnings("unchecked")
    private Map<String, String> errors(Map<String, String[]> params) {
        ApiException e = catchThrowableOfType(ApiException.class, () -> parser.parse(params, TODAY));
        assertThat(e).as("expected a validation error for %s", params.keySet()).isNotNull();
        assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION_ERROR);
        Map<String, String> out = new LinkedHashMap<>();
        ((List<Map<String, Object>>) e.details().get("fields")).forEach(f -> out.put((String) f.get("field"), (String) f.get("message")));
        return out;
    }
}
