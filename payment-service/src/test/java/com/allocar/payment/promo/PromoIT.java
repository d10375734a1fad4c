package com.allocar.payment.promo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import com.allocar.payment.support.PaymentIT;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PromoIT extends PaymentIT {

    private String promo(String type, int value, Integer maxUses, Integer perUser) {
        String code = "IT" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36).toUpperCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("type", type);
        body.put("value", value);
        body.put("max_uses", maxUses);
        body.put("per_user_limit", perUser);
        var r = http().post("/internal/promos", body, asAdmin());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return code;
    }

    @Test
    void validateShowsTheDiscountOnMyBookingAndInitAppliesIt() {
        String code = promo("percent", 10, null, null);
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        var v = http().post("/api/v1/promos/validate", Map.of("code", code.toLowerCase(), "booking_id", booking.toString()), auth(passenger));
        assertThat(v.status()).as(v.toString()).isEqualTo(200);
        assertThat(v.data().path("discount").decimalValue()).isEqualByComparingTo("1200");
        assertThat(v.data().path("amount_after").decimalValue()).isEqualByComparingTo("10800");

        var stranger = http().post("/api/v1/promos/validate", Map.of("code", code, "booking_id", booking.toString()), auth(UUID.randomUUID()));
        assertThat(stranger.status()).isEqualTo(403);
        var unknown = http().post("/api/v1/promos/validate", Map.of("code", "NOPE123", "booking_id", booking.toString()), auth(passenger));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().path("error").path("details").path("reason").asString()).isEqualTo("unknown_code");

        var init = init(passenger, booking, "wave", code, null);
        assertThat(init.status()).as(init.toString()).isEqualTo(200);
        assertThat(init.data().path("amount").decimalValue()).isEqualByComparingTo("10800");
        assertThat(init.data().path("discount").decimalValue()).isEqualByComparingTo("1200");
        String session = init.data().path("provider_payload").path("checkout_session_id").asString();
        assertThat(WAVE.session(session).get("amount")).isEqualTo("10800");
        assertThat(WAVE.deliver(WAVE.pay(session))).isEqualTo(200);
        var p = payload(events(init.data().path("payment_id").asString()).getFirst());
        assertThat(p.path("amount").decimalValue()).isEqualByComparingTo("10800");
        assertThat(p.path("discount").decimalValue()).isEqualByComparingTo("1200");
        assertThat(p.path("commission").decimalValue()).isEqualByComparingTo("1300"); // on the price before the promo
        assertThat(jdbc.sql("SELECT status FROM promo_redemptions WHERE payment_id = ?::uuid").param(init.data().path("payment_id").asString())
                .query(String.class).single()).isEqualTo("redeemed");
    }

    @Test
    void maxUsesHoldUnderConcurrencyAndAFailedPaymentGivesItsUseBack() throws Exception {
        String code = promo("amount", 1000, 3, null);
        int attempts = 12;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<TestHttp.Response>> results = new ArrayList<>();
        try (var pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < attempts; i++) {
                UUID passenger = UUID.randomUUID();
                UUID booking = acceptedBooking(passenger);
                results.add(pool.submit(() -> {
                    start.await();
                    return init(passenger, booking, "wave", code, null);
                }));
            }
            start.countDown();
        }
        int won = 0;
        List<String> winners = new ArrayList<>();
        for (var f : results) {
            var r = f.get();
            if (r.status() == 200) {
                won++;
                winners.add(r.data().path("provider_payload").path("checkout_session_id").asString());
            } else {
                assertThat(r.status()).as(r.toString()).isEqualTo(409);
                assertThat(r.body().path("error").path("details").path("reason").asString()).isEqualTo("max_uses_reached");
            }
        }
        assertThat(won).isEqualTo(3);
        assertThat(jdbc.sql("SELECT uses FROM promos WHERE code = ?").param(code).query(Integer.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM promo_redemptions r JOIN promos p ON p.id = r.promo_id WHERE p.code = ?").param(code)
                .query(Long.class).single()).isEqualTo(3);

        // one of the three fails: its use comes back and someone else may take it
        assertThat(WAVE.deliver(WAVE.failAttempt(winners.getFirst(), "insufficient-funds"))).isEqualTo(200);
        assertThat(jdbc.sql("SELECT uses FROM promos WHERE code = ?").param(code).query(Integer.class).single()).isEqualTo(2);
        UUID late = UUID.randomUUID();
        assertThat(init(late, acceptedBooking(late), "wave", code, null).status()).isEqualTo(200);
    }

    @Test
    void perUserLimitCountsAcrossBookings() {
        String code = promo("amount", 500, null, 1);
        UUID passenger = UUID.randomUUID();
        assertThat(init(passenger, acceptedBooking(passenger), "wave", code, null).status()).isEqualTo(200);
        var second = init(passenger, acceptedBooking(passenger), "wave", code, null);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().path("error").path("details").path("reason").asString()).isEqualTo("per_user_limit_reached");
        var v = http().post("/api/v1/promos/validate", Map.of("code", code, "booking_id", acceptedBooking(passenger).toString()), auth(passenger));
        assertThat(v.status()).isEqualTo(409);
    }

    @Test
    void expiredAndBadPromosAreRefused() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", "OLD" + System.nanoTime());
        body.put("type", "amount");
        body.put("value", 500);
        body.put("starts_at", "2025-01-01T00:00:00Z");
        body.put("ends_at", "2025-02-01T00:00:00Z");
        assertThat(http().post("/internal/promos", body, asAdmin()).status()).isEqualTo(201);
        UUID passenger = UUID.randomUUID();
        var r = init(passenger, acceptedBooking(passenger), "wave", (String) body.get("code"), null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.body().path("error").path("details").path("reason").asString()).isEqualTo("outside_validity_window");

        body.put("code", "PCT" + System.nanoTime());
        body.put("type", "percent");
        body.put("value", 150);
        assertThat(http().post("/internal/promos", body, asAdmin()).status()).isEqualTo(400);
    }
}
