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

    private static final UUID STAFF = UUID.randomUUID();

    private String promo(String type, int value, Integer maxUses, Integer perUser) {
        String code = "IT" + Long.toString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE, 36).toUpperCase();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("type", type);
        body.put("value", value);
        body.put("max_uses", maxUses);
        body.put("per_user_limit", perUser);
        body.put("staff_id", STAFF.toString());
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
        body.put("staff_id", STAFF.toString());
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

    @Test
    void staffListDeactivateReactivateAndLimitPromosAndEachChangeIsAudited() {
        String code = promo("amount", 300, 5, null);
        var listed = http().get("/internal/promos?status=active&page_size=100", asAdmin());
        assertThat(listed.status()).as(listed.toString()).isEqualTo(200);
        var mine = java.util.stream.StreamSupport.stream(listed.data().spliterator(), false)
                .filter(p -> p.path("code").asString().equals(code)).findFirst().orElseThrow();
        String id = mine.path("id").asString();
        assertThat(mine.path("max_uses").asInt()).isEqualTo(5);
        assertThat(listed.body().path("meta").path("pagination").path("total").asInt()).isPositive();
        assertThat(outboxCount(id, "audit.recorded")).isEqualTo(1); // promo.create

        var off = http().post("/internal/promos/" + id + "/changes", Map.of("status", "inactive", "staff_id", STAFF.toString()), asAdmin());
        assertThat(off.status()).as(off.toString()).isEqualTo(200);
        assertThat(off.data().path("status").asString()).isEqualTo("inactive");
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        var refused = http().post("/api/v1/promos/validate", Map.of("code", code, "booking_id", booking.toString()), auth(passenger));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().path("error").path("details").path("reason").asString()).isEqualTo("inactive");
        assertThat(http().get("/internal/promos?status=inactive&page_size=100", asAdmin()).data().toString()).contains(code);

        var on = http().post("/internal/promos/" + id + "/changes", Map.of("status", "active", "max_uses", 10, "staff_id", STAFF.toString()), asAdmin());
        assertThat(on.data().path("status").asString()).isEqualTo("active");
        assertThat(on.data().path("max_uses").asInt()).isEqualTo(10);
        assertThat(http().post("/api/v1/promos/validate", Map.of("code", code, "booking_id", booking.toString()), auth(passenger)).status())
                .isEqualTo(200);
        assertThat(outboxCount(id, "audit.recorded")).isEqualTo(3);
        String meta = jdbc.sql("SELECT payload::text FROM outbox WHERE aggregate_id = ? AND type = 'audit.recorded' ORDER BY seq DESC LIMIT 1")
                .param(id).query(String.class).single();
        assertThat(meta).contains("promo.activate").contains(STAFF.toString()).contains("\"max_uses\"");

        // the same values again change nothing and record nothing
        assertThat(http().post("/internal/promos/" + id + "/changes", Map.of("status", "active", "staff_id", STAFF.toString()), asAdmin()).status()).isEqualTo(200);
        assertThat(outboxCount(id, "audit.recorded")).isEqualTo(3);
    }

    @Test
    void staffRefusalsAreTheSpecsErrors() {
        String code = promo("amount", 300, 3, null);
        Map<String, Object> again = new LinkedHashMap<>();
        again.put("code", code.toLowerCase());
        again.put("type", "amount");
        again.put("value", 100);
        again.put("staff_id", STAFF.toString());
        var duplicate = http().post("/internal/promos", again, asAdmin());
        assertThat(duplicate.status()).as(duplicate.toString()).isEqualTo(409);
        assertThat(duplicate.errorCode()).isEqualTo("conflict");
        again.remove("staff_id");
        again.put("code", code + "X");
        assertThat(http().post("/internal/promos", again, asAdmin()).status()).isEqualTo(400);

        String id = java.util.stream.StreamSupport.stream(http().get("/internal/promos?page_size=100", asAdmin()).data().spliterator(), false)
                .filter(p -> p.path("code").asString().equals(code)).findFirst().orElseThrow().path("id").asString();
        for (int i = 0; i < 2; i++) { // two uses taken
            UUID passenger = UUID.randomUUID();
            var init = init(passenger, acceptedBooking(passenger), "wave", code, null);
            assertThat(init.status()).as(init.toString()).isEqualTo(200);
        }
        var equal = http().post("/internal/promos/" + id + "/changes", Map.of("max_uses", 2, "staff_id", STAFF.toString()), asAdmin());
        assertThat(equal.status()).isEqualTo(200); // as many as the uses taken: allowed
        var under = http().post("/internal/promos/" + id + "/changes", Map.of("max_uses", 1, "staff_id", STAFF.toString()), asAdmin());
        assertThat(under.status()).as(under.toString()).isEqualTo(409);
        assertThat(under.body().path("error").path("details").path("uses").asInt()).isEqualTo(2);
        assertThat(http().post("/internal/promos/" + id + "/changes", Map.of("max_uses", 0, "staff_id", STAFF.toString()), asAdmin()).status()).isEqualTo(400);
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("status", "paused", "staff_id", STAFF.toString()), Map.of("status", "inactive"),
                Map.of("per_user_limit", 0, "staff_id", STAFF.toString()))) {
            var r = http().post("/internal/promos/" + id + "/changes", bad, asAdmin());
            assertThat(r.status()).as(bad + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        assertThat(http().get("/internal/promos?status=paused", asAdmin()).status()).isEqualTo(400);
        assertThat(http().post("/internal/promos/" + UUID.randomUUID() + "/changes", Map.of("status", "active", "staff_id", STAFF.toString()), asAdmin()).status())
                .isEqualTo(404);
    }
}
