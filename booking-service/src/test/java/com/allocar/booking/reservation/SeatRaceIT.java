package com.allocar.booking.reservation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.allocar.booking.support.BookingIT;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Seats are sacred: 100 passengers race for the last 2 seats through the real booking- and trip-service. */
class SeatRaceIT extends BookingIT {

    @Test
    void oneHundredPassengersRacingForTheLastTwoSeatsSellExactlyTwo() throws Exception {
        UUID driver = driver();
        String tripId = publishedTrip(driver, 4).path("id").asString();
        booked(UUID.randomUUID(), tripId, 2); // two seats gone: two left
        assertThat(seatsAvailable(tripId)).isEqualTo(2);

        int racers = 100;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestHttp.Response>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < racers; i++) {
                UUID passenger = UUID.randomUUID();
                answers.add(pool.submit(() -> {
                    start.await();
                    return http().post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 1), idem(passenger));
                }));
            }
            start.countDown();
        }
        int won = 0;
        int refused = 0;
        for (Future<TestHttp.Response> f : answers) {
            TestHttp.Response r = f.get();
            if (r.status() == 201) {
                won++;
            } else {
                assertThat(r.status()).as(r.toString()).isEqualTo(409);
                assertThat(r.errorCode()).isEqualTo("booking_conflict");
                refused++;
            }
        }
        assertThat(won).isEqualTo(2);
        assertThat(refused).isEqualTo(racers - 2);
        assertThat(seatsAvailable(tripId)).isZero();
        long live = jdbc.sql("SELECT coalesce(sum(seats), 0) FROM bookings WHERE trip_id = ?::uuid AND status IN ('PENDING', 'ACCEPTED', 'PAID')")
                .param(tripId).query(Long.class).single();
        assertThat(live).isEqualTo(4);
        long held = tripDb().sql("SELECT coalesce(sum(seats), 0) FROM seat_holds WHERE trip_id = ?::uuid AND status IN ('HELD', 'CONFIRMED')")
                .param(tripId).query(Long.class).single();
        assertThat(held).isEqualTo(4);
    }

    @Test
    void oneImpatientPassengerFiringTenBookingsAtOnceGetsNoMoreThanTheUnpaidLimit() throws Exception {
        String tripId = publishedTrip(driver(), 8).path("id").asString();
        UUID passenger = UUID.randomUUID();
        List<TestHttp.Response> answers = race(10, () -> http().post("/api/v1/bookings", Map.of("trip_id", tripId, "seats", 1), idem(passenger)));
        assertThat(answers.stream().filter(r -> r.status() == 201).count()).isEqualTo(5);
        // the others: refused by the limit, or (8 seats for 10 requests) by trip-service before the limit was even asked
        assertThat(answers.stream().filter(r -> r.status() != 201).map(TestHttp.Response::errorCode).distinct().toList())
                .contains("rate_limited").isSubsetOf("rate_limited", "booking_conflict");
        assertThat(seatsAvailable(tripId)).isEqualTo(3); // refused bookings gave their held seat back
    }

    @Test
    void twentySimultaneousCancellationsOfAPaidBookingRefundOnce() throws Exception {
        UUID driver = driver();
        UUID passenger = UUID.randomUUID();
        String tripId = publishedTrip(driver, 3, inHours(5), false).path("id").asString();
        String id = paid(driver, passenger, tripId, 2).path("id").asString();
        List<TestHttp.Response> answers = race(20, () -> http().post("/api/v1/bookings/" + id + "/cancel", null, auth(passenger)));
        assertThat(answers.stream().filter(r -> r.status() == 200).count()).isEqualTo(1);
        assertThat(answers.stream().filter(r -> r.status() != 200).map(TestHttp.Response::errorCode).distinct().toList()).containsExactly("conflict");
        assertThat(seatsAvailable(tripId)).isEqualTo(3);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> types(com.allocar.platform.testing.KafkaProbe
                .recordsWithKey(com.allocar.platform.testing.TestInfra.KAFKA, "booking.bookings", id, java.time.Duration.ofSeconds(1)))
                .contains("refund.requested"));
        List<String> types = types(com.allocar.platform.testing.KafkaProbe.recordsWithKey(com.allocar.platform.testing.TestInfra.KAFKA,
                "booking.bookings", id, java.time.Duration.ofSeconds(2)));
        assertThat(types.stream().filter("refund.requested"::equals).count()).isEqualTo(1);
        assertThat(types.stream().filter("booking.cancelled"::equals).count()).isEqualTo(1);
    }

    private static List<TestHttp.Response> race(int n, java.util.concurrent.Callable<TestHttp.Response> call) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestHttp.Response>> futures = new ArrayList<>();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < n; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.call();
                }));
            }
            start.countDown();
        }
        List<TestHttp.Response> out = new ArrayList<>();
        for (Future<TestHttp.Response> f : futures) {
            out.add(f.get());
        }
        return out;
    }
}
