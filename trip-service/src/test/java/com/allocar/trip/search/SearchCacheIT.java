package com.allocar.trip.search;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.TestHttp;
import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.redis.core.StringRedisTemplate;

import static org.assertj.core.api.Assertions.assertThat;

class SearchCacheIT extends TripIT {

    @Autowired
    StringRedisTemplate redis;

    private TestHttp.Response search(LocalDate day) {
        var r = http().get("/api/v1/trips/search?from=" + ll(PLATEAU) + "&to=" + ll(YAMOUSSOUKRO) + "&date=" + day);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r;
    }

    @Test
    void popularSearchesAreServedFromRedisUntilATripOfThatDayChanges() {
        LocalDate day = freshDay();
        LocalDate otherDay = freshDay();
        UUID driver = driverWithKyc();
        String tripId = createTrip(driver, trip(PLATEAU, "Abidjan", YAMOUSSOUKRO, "Yamoussoukro", at(day, 8, 0), 5000, 3))
                .path("id").asString();
        createTrip(driver, trip(PLATEAU, "Abidjan", YAMOUSSOUKRO, "Yamoussoukro", at(otherDay, 8, 0), 5000, 3));

        var miss = search(day);
        assertThat(miss.header("X-Cache")).isEqualTo("miss");
        var hit = search(day);
        assertThat(hit.header("X-Cache")).isEqualTo("hit");
        assertThat(hit.data()).isEqualTo(miss.data());
        assertThat(hit.body().path("meta").path("pagination")).isEqualTo(miss.body().path("meta").path("pagination"));
        assertThat(search(otherDay).header("X-Cache")).isEqualTo("miss");
        assertThat(search(otherDay).header("X-Cache")).isEqualTo("hit");

        // a row written behind the service's back is not seen while the answer is cached: the cache really answers
        jdbc.sql("""
                INSERT INTO trips (driver_id, origin_point, origin_text, destination_point, destination_text, departure_time,
                                   price_per_seat, seats_total, status)
                VALUES (?, ST_MakePoint(?, ?)::geography, 'Abidjan', ST_MakePoint(?, ?)::geography, 'Yamoussoukro', ?, 4500, 2, 'PUBLISHED')""")
                .params(driver, PLATEAU[1], PLATEAU[0], YAMOUSSOUKRO[1], YAMOUSSOUKRO[0], java.sql.Timestamp.from(at(day, 9, 0)))
                .update();
        var stale = search(day);
        assertThat(stale.header("X-Cache")).isEqualTo("hit");
        assertThat(stale.data()).hasSize(1);

        // a change through the service to a trip of that day invalidates the day's answers (and only that day's)
        String genBefore = redis.opsForValue().get(SearchCache.generationKey(day.toString()));
        assertThat(http().patch("/api/v1/trips/" + tripId, Map.of("price_per_seat", 5500), auth(driver)).status()).isEqualTo(200);
        assertThat(Long.parseLong(redis.opsForValue().get(SearchCache.generationKey(day.toString()))))
                .isEqualTo(Long.parseLong(genBefore) + 1);
        var fresh = search(day);
        assertThat(fresh.header("X-Cache")).isEqualTo("miss");
        assertThat(fresh.data()).hasSize(2);
        assertThat(fresh.data().get(0).path("price_per_seat").decimalValue()).isEqualByComparingTo("5500");
        assertThat(search(otherDay).header("X-Cache")).isEqualTo("hit");

        // seats taken change what a search shows too
        assertThat(search(day).header("X-Cache")).isEqualTo("hit");
        hold(tripId, UUID.randomUUID(), 1);
        var afterHold = search(day);
        assertThat(afterHold.header("X-Cache")).isEqualTo("miss");
        assertThat(afterHold.data().get(0).path("seats_available").asInt()).isEqualTo(2);

        // moving a trip to another day refreshes both days
        search(otherDay);
        assertThat(http().patch("/api/v1/trips/" + tripId, Map.of("departure_time", at(otherDay, 7, 0).toString()), auth(driver))
                .status()).isEqualTo(200);
        assertThat(search(day).data()).hasSize(1);
        var moved = search(otherDay);
        assertThat(moved.header("X-Cache")).isEqualTo("miss");
        assertThat(moved.data()).hasSize(2);
        assertThat(moved.data().get(0).path("id").asString()).isEqualTo(tripId);
    }
}
