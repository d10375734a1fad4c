package com.allocar.trip.search;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.TestHttp;
import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class SearchIT extends TripIT {

    /** km per degree of latitude around 5°N on the WGS84 spheroid. */
    private static final double KM_PER_DEGREE_LAT = 110.58;

    private static double[] northOf(double[] p, double km) {
        return new double[] {p[0] + km / KM_PER_DEGREE_LAT, p[1]};
    }

    private TestHttp.Response search(String query) {
        var r = http().get("/api/v1/trips/search?" + query);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    private static List<String> ids(TestHttp.Response r) {
        List<String> out = new ArrayList<>();
        r.data().forEach(n -> out.add(n.path("id").asString()));
        return out;
    }

    private String tripAt(UUID driver, double[] from, double[] to, java.time.Instant departure, int price, int seats) {
        return createTrip(driver, trip(from, "Départ", to, "Arrivée", departure, price, seats)).path("id").asString();
    }

    @Test
    void originAndDestinationMustBeWithinTheRadiusEdgesIncluded() {
        LocalDate day = freshDay();
        UUID driver = driverWithKyc();
        String inside = tripAt(driver, northOf(PLATEAU, 24.8), YAMOUSSOUKRO, at(day, 8, 0), 5000, 3);
        String outside = tripAt(driver, northOf(PLATEAU, 25.2), YAMOUSSOUKRO, at(day, 9, 0), 5000, 3);
        String farEnd = tripAt(driver, PLATEAU, northOf(YAMOUSSOUKRO, 25.3), at(day, 10, 0), 5000, 3);

        var r = search("from=" + ll(PLATEAU) + "&to=" + ll(YAMOUSSOUKRO) + "&date=" + day);
        assertThat(ids(r)).containsExactly(inside);
        assertThat(r.data().get(0).path("distance_km").asDouble()).isCloseTo(24.8, within(0.15));
        assertThat(r.data().get(0).path("pickup").path("text").asString()).isEqualTo("Départ");
        assertThat(r.body().path("meta").path("pagination").path("total").asLong()).isEqualTo(1);

        var wider = search("from=" + ll(PLATEAU) + "&to=" + ll(YAMOUSSOUKRO) + "&date=" + day + "&radius_km=26");
        assertThat(ids(wider)).containsExactly(inside, outside, farEnd);
        var narrow = search("from=" + ll(PLATEAU) + "&to=" + ll(YAMOUSSOUKRO) + "&date=" + day + "&radius_km=5");
        assertThat(ids(narrow)).isEmpty();
        // the other direction is another trip
        assertThat(ids(search("from=" + ll(YAMOUSSOUKRO) + "&to=" + ll(PLATEAU) + "&date=" + day))).isEmpty();
    }

    @Test
    void stopsMatchOnlyAPickUpBeforeADropOffWhereAllowed() {
        LocalDate day = freshDay();
        UUID driver = driverWithKyc();
        // Bouaké → Abidjan via Yamoussoukro then Toumodi, everything allowed
        String both = tripAt(driver, BOUAKE, PLATEAU, at(day, 7, 0), 8000, 3);
        stops(driver, both, List.of(stop(YAMOUSSOUKRO, "Yamoussoukro, gare", true, true), stop(TOUMODI, "Toumodi", true, true)));
        // same route, but Yamoussoukro is pick-up only and Toumodi drop-off only
        String restricted = tripAt(driver, BOUAKE, PLATEAU, at(day, 9, 0), 8000, 3);
        stops(driver, restricted, List.of(stop(YAMOUSSOUKRO, "Yamoussoukro", true, false), stop(TOUMODI, "Toumodi", false, true)));

        String q = "&date=" + day;
        var stopToStop = search("from=" + ll(YAMOUSSOUKRO) + "&to=" + ll(TOUMODI) + q);
        assertThat(ids(stopToStop)).containsExactly(both, restricted);
        JsonNode first = stopToStop.data().get(0);
        assertThat(first.path("pickup").path("text").asString()).isEqualTo("Yamoussoukro, gare");
        assertThat(first.path("dropoff").path("text").asString()).isEqualTo("Toumodi");
        assertThat(first.path("distance_km").asDouble()).isLessThan(0.01);
        assertThat(first.path("origin").path("lat").asDouble()).isEqualTo(BOUAKE[0]);

        // backwards along the route: the pick-up would come after the drop-off
        assertThat(ids(search("from=" + ll(TOUMODI) + "&to=" + ll(YAMOUSSOUKRO) + q))).isEmpty();
        // origin → drop-off stop, where allowed
        assertThat(ids(search("from=" + ll(BOUAKE) + "&to=" + ll(YAMOUSSOUKRO) + q))).containsExactly(both);
        assertThat(ids(search("from=" + ll(BOUAKE) + "&to=" + ll(TOUMODI) + q))).containsExactly(both, restricted);
        // pick-up stop → destination, where allowed
        assertThat(ids(search("from=" + ll(TOUMODI) + "&to=" + ll(PLATEAU) + q))).containsExactly(both);
        assertThat(ids(search("from=" + ll(YAMOUSSOUKRO) + "&to=" + ll(PLATEAU) + q))).containsExactly(both, restricted);
        // and the whole way
        assertThat(ids(search("from=" + ll(BOUAKE) + "&to=" + ll(PLATEAU) + q))).containsExactly(both, restricted);
    }

    @Test
    void theDateIsALocalDayInAbidjan() {
        LocalDate day = freshDay();
        UUID driver = driverWithKyc();
        String before = tripAt(driver, PLATEAU, YAMOUSSOUKRO, at(day.minusDays(1), 23, 59), 5000, 3);
        String midnight = tripAt(driver, PLATEAU, YAMOUSSOUKRO, at(day, 0, 0), 5000, 3);
        String lastMinute = tripAt(driver, PLATEAU, YAMOUSSOUKRO, at(day, 23, 59), 5000, 3);
        String next = tripAt(driver, PLATEAU, YAMOUSSOUKRO, at(day.plusDays(1), 0, 0), 5000, 3);
        assertThat(at(day, 0, 0).toString()).isEqualTo(day + "T00:00:00Z"); // Abidjan is UTC+0 all year

        String q = "from=" + ll(PLATEAU) + "&to=" + ll(YAMOUSSOUKRO);
        assertThat(ids(search(q + "&date=" + day))).containsExactly(midnight, lastMinute);
        assertThat(ids(search(q + "&date=" + day.minusDays(1)))).contains(before).doesNotContain(midnight);
        assertThat(ids(search(q + "&date=" + day.plusDays(1)))).contains(next).doesNotContain(lastMinute);
        // without a date: every future day, in departure order
        List<String> any = ids(search(q + "&page_size=100"));
        assertThat(any).containsSubsequence(before, midnight, lastMinute, next);
    }

    @Test
    void filtersSortsAndPages() {
        LocalDate day = freshDay();
        UUID cheapDriver = driverWithKyc("Awa", "Koné");
        UUID comfortDriver = driverWithKyc("Aminata", "Diallo");
        UUID plainDriver = driverWithKyc("Yao", "N'Guessan");
        rating(cheapDriver, "3.50", 4);
        rating(comfortDriver, "4.80", 40);
        rating(plainDriver, "4.20", 9);
        vehicle(cheapDriver, 4, "basic");
        vehicle(comfortDriver, 4, "comfort");
        // t1 cheap, 1 seat, basic, 10 km away; t2 mid, 3 seats, comfort, 2 km; t3 dear, 4 seats, no car known, 5 km
        String t1 = tripAt(cheapDriver, northOf(PLATEAU, 10), YAMOUSSOUKRO, at(day, 8, 0), 4000, 1);
        String t2 = tripAt(comfortDriver, northOf(PLATEAU, 2), YAMOUSSOUKRO, at(day, 10, 0), 6000, 3);
        String t3 = tripAt(plainDriver, northOf(PLATEAU, 5), YAMOUSSOUKRO, at(day, 12, 0), 8000, 4);
        String q = "from=" + ll(PLATEAU) + "&to=" + ll(YAMOUSSOUKRO) + "&date=" + day;

        TestHttp.Response all = search(q);
        assertThat(ids(all)).containsExactly(t1, t2, t3);
        JsonNode second = all.data().get(1);
        assertThat(second.path("driver").path("display_name").asString()).isEqualTo("Aminata D.");
        assertThat(second.path("driver").path("rating_avg").decimalValue()).isEqualByComparingTo("4.80");
        assertThat(second.path("comfort_level").asString()).isEqualTo("comfort");
        assertThat(second.path("seats_available").asInt()).isEqualTo(3);
        assertThat(second.path("price_per_seat").decimalValue()).isEqualByComparingTo("6000");
        assertThat(all.data().get(2).path("comfort_level").isNull()).isTrue();

        assertThat(ids(search(q + "&price_min=5000"))).containsExactly(t2, t3);
        assertThat(ids(search(q + "&price_max=6000"))).containsExactly(t1, t2);
        assertThat(ids(search(q + "&price_min=6000&price_max=6000"))).containsExactly(t2);
        assertThat(ids(search(q + "&seats=3"))).containsExactly(t2, t3);
        assertThat(ids(search(q + "&seats%3E=4"))).containsExactly(t3);          // ?seats>=4, '>' percent-encoded
        assertThat(ids(search(q + "&seats%3E%3D3"))).containsExactly(t2, t3);    // fully encoded
        assertThat(ids(search(q + "&seats_gte=2"))).containsExactly(t2, t3);
        assertThat(ids(search(q + "&comfort=comfort"))).containsExactly(t2);
        assertThat(ids(search(q + "&comfort=basic,comfort"))).containsExactly(t1, t2);
        assertThat(ids(search(q + "&driver_rating=4.5"))).containsExactly(t2);
        assertThat(ids(search(q + "&driver_rating%3E=4"))).containsExactly(t2, t3);
        assertThat(ids(search(q + "&driver_rating=4&seats=2&price_max=7000"))).containsExactly(t2);

        assertThat(ids(search(q + "&sort=price"))).containsExactly(t1, t2, t3);
        assertThat(ids(search(q + "&sort=-price"))).containsExactly(t3, t2, t1);
        TestHttp.Response byDistance = search(q + "&sort=distance");
        assertThat(ids(byDistance)).containsExactly(t2, t3, t1);
        assertThat(byDistance.data().get(0).path("distance_km").asDouble()).isCloseTo(2.0, within(0.1));
        assertThat(byDistance.data().get(2).path("distance_km").asDouble()).isCloseTo(10.0, within(0.1));
        assertThat(ids(search(q + "&sort=-distance"))).containsExactly(t1, t3, t2);
        assertThat(ids(search(q + "&sort=-departure_time"))).containsExactly(t3, t2, t1);

        TestHttp.Response page1 = search(q + "&page_size=2");
        assertThat(ids(page1)).containsExactly(t1, t2);
        JsonNode pagination = page1.body().path("meta").path("pagination");
        assertThat(pagination.path("total").asLong()).isEqualTo(3);
        assertThat(pagination.path("page_count").asInt()).isEqualTo(2);
        assertThat(pagination.path("page_size").asInt()).isEqualTo(2);
        TestHttp.Response page2 = search(q + "&page_size=2&page=2");
        assertThat(ids(page2)).containsExactly(t3);
        assertThat(page2.body().path("meta").path("pagination").path("page").asInt()).isEqualTo(2);
        TestHttp.Response beyond = search(q + "&page_size=2&page=3");
        assertThat(ids(beyond)).isEmpty();
        assertThat(beyond.body().path("meta").path("pagination").path("total").asLong()).isEqualTo(3);

        // only trips with the seats asked for, published and not full
        hold(t2, UUID.randomUUID(), 3);
        assertThat(ids(search(q))).containsExactly(t1, t3);
        http().post("/api/v1/trips/" + t3 + "/cancel", null, auth(plainDriver));
        assertThat(ids(search(q))).containsExactly(t1);
    }

    @Test
    void theSpecsRawSpellingSeatsGreaterOrEqualReachesUs() throws Exception {
        LocalDate day = freshDay();
        UUID driver = driverWithKyc();
        String two = tripAt(driver, PLATEAU, YAMOUSSOUKRO, at(day, 8, 0), 5000, 2);
        tripAt(driver, PLATEAU, YAMOUSSOUKRO, at(day, 9, 0), 5000, 1);
        // what curl sends for ...&seats>=2 — a raw '>' in the request line
        String body = rawGet("/api/v1/trips/search?from=" + ll(PLATEAU) + "&to=" + ll(YAMOUSSOUKRO) + "&date=" + day + "&seats>=2&driver_rating>=");
        assertThat(body).startsWith("HTTP/1.1 200");
        assertThat(body).contains(two).contains("\"total\":1");
    }

    @Test
    void badParametersAreValidationErrorsAndTheSearchIsPublic() {
        String ok = "from=" + ll(PLATEAU) + "&to=" + ll(YAMOUSSOUKRO);
        assertThat(fieldsOf(http().get("/api/v1/trips/search?to=" + ll(YAMOUSSOUKRO)))).contains("from");
        assertThat(fieldsOf(http().get("/api/v1/trips/search?from=95,-4&to=" + ll(YAMOUSSOUKRO)))).contains("from");
        assertThat(fieldsOf(http().get("/api/v1/trips/search?from=5.3,-4&to=abidjan"))).contains("to");
        assertThat(fieldsOf(http().get("/api/v1/trips/search?" + ok + "&radius_km=0"))).contains("radius_km");
        assertThat(fieldsOf(http().get("/api/v1/trips/search?" + ok + "&radius_km=101"))).contains("radius_km");
        assertThat(fieldsOf(http().get("/api/v1/trips/search?" + ok + "&date=2026-02-30"))).contains("date");
        assertThat(fieldsOf(http().get("/api/v1/trips/search?" + ok + "&date=" + LocalDate.now(ABIDJAN).minusDays(1)))).contains("date");
        assertThat(fieldsOf(http().get("/api/v1/trips/search?" + ok + "&colour=red"))).contains("colour");
        assertThat(fieldsOf(http().get("/api/v1/trips/search?" + ok + "&sort=rating"))).contains("sort");
        assertThat(fieldsOf(http().get("/api/v1/trips/search?" + ok + "&page_size=500"))).contains("page_size");
        assertThat(fieldsOf(http().get("/api/v1/trips/search?" + ok + "&seats=0"))).contains("seats");
        assertThat(fieldsOf(http().get("/api/v1/trips/search?" + ok + "&comfort=luxe"))).contains("comfort");
        // public, and a token does no harm
        assertThat(http().get("/api/v1/trips/search?" + ok + "&date=" + LocalDate.now(ABIDJAN)).status()).isEqualTo(200);
        assertThat(http().get("/api/v1/trips/search?" + ok, auth(UUID.randomUUID())).status()).isEqualTo(200);
    }

    private String rawGet(String pathAndQuery) throws Exception {
        try (Socket s = new Socket("127.0.0.1", port)) {
            OutputStream out = s.getOutputStream();
            out.write(("GET " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            var in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            String line;
            while ((line = in.readLine()) != null) {
                sb.append(line).append('\n');
            }
            return sb.toString();
        }
    }

    private static Map<String, Object> stop(double[] p, String label, boolean pickup, boolean dropoff) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("lat", p[0]);
        m.put("lon", p[1]);
        m.put("label", label);
        m.put("pickup_allowed", pickup);
        m.put("dropoff_allowed", dropoff);
        return m;
    }

    private void stops(UUID driver, String tripId, List<Map<String, Object>> stops) {
        var r = http().post("/api/v1/trips/" + tripId + "/stops", Map.of("stops", stops), auth(driver));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
    }
}
