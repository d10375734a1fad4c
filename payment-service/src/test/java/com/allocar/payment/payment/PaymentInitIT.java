package com.allocar.payment.payment;

import java.util.Map;
import java.util.UUID;

import com.allocar.payment.support.PaymentIT;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.platform.testing.TestServiceKeys;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PaymentInitIT extends PaymentIT {

    @Test
    void passengerStartsAWavePaymentForTheBookingsAmount() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        var r = init(passenger, booking, "wave");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        var d = r.data();
        assertThat(d.path("status").asString()).isEqualTo("init");
        assertThat(d.path("method").asString()).isEqualTo("wave");
        assertThat(d.path("amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(d.path("currency").asString()).isEqualTo("XOF");
        String sessionId = d.path("provider_payload").path("checkout_session_id").asString();
        assertThat(sessionId).startsWith("cos-");
        assertThat(d.path("checkout_url").asString()).isEqualTo(WAVE.checkoutPageUrl(sessionId));
        // what Wave received: amount as a string, XOF, our payment id as client_reference, an idempotency key
        var session = WAVE.session(sessionId);
        assertThat(session.get("amount")).isEqualTo("12000");
        assertThat(session.get("client_reference")).isEqualTo(d.path("payment_id").asString());
        var sent = WAVE.received().stream().filter(q -> q.path().equals("/v1/checkout/sessions")
                && d.path("payment_id").asString().equals(q.json().path("client_reference").asString())).findFirst().orElseThrow();
        assertThat(sent.header("Idempotency-Key")).isEqualTo(d.path("payment_id").asString());
        assertThat(sent.json().path("amount").isString()).isTrue();

        // owner reads it; someone else may not
        var own = http().get("/api/v1/payments/" + d.path("payment_id").asString(), auth(passenger));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.data().path("booking_id").asString()).isEqualTo(booking.toString());
        assertThat(own.data().path("provider_ref").asString()).isEqualTo(sessionId);
        var other = http().get("/api/v1/payments/" + d.path("payment_id").asString(), auth(UUID.randomUUID()));
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.errorCode()).isEqualTo("forbidden");
        assertThat(http().get("/api/v1/payments/" + UUID.randomUUID(), auth(passenger)).status()).isEqualTo(404);
        assertThat(http().get("/api/v1/payments/" + d.path("payment_id").asString()).status()).isEqualTo(401);
    }

    @Test
    void sameIdempotencyKeyReplaysTheFirstAnswerAndARetryResumesThePayment() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        Map<String, Object> body = Map.of("booking_id", booking.toString(), "method", "wave");
        var first = http().post("/api/v1/payments/init", body, authIdem(passenger, "key-" + booking));
        var again = http().post("/api/v1/payments/init", body, authIdem(passenger, "key-" + booking));
        assertThat(first.status()).isEqualTo(200);
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.data().path("payment_id").asString()).isEqualTo(first.data().path("payment_id").asString());
        // a new key for the same booking and method resumes the payment in flight
        var resumed = init(passenger, booking, "wave");
        assertThat(resumed.data().path("payment_id").asString()).isEqualTo(first.data().path("payment_id").asString());
        // another method while it is in flight: conflict naming the payment
        var other = init(passenger, booking, "wallet");
        assertThat(other.status()).as(other.toString()).isEqualTo(409);
        assertThat(other.errorCode()).isEqualTo("conflict");
        assertThat(other.body().path("error").path("details").path("payment_id").asString()).isEqualTo(first.data().path("payment_id").asString());
        assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE booking_id = ?").param(booking).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void onlyThePassengerOfAnAcceptedBookingMayPay() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);

        var stranger = init(UUID.randomUUID(), booking, "wave");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.errorCode()).isEqualTo("forbidden");

        UUID pending = BOOKINGS.booking(passenger, UUID.randomUUID(), "pending", 1, 5000);
        var notAccepted = init(passenger, pending, "wave");
        assertThat(notAccepted.status()).isEqualTo(409);
        assertThat(notAccepted.errorCode()).isEqualTo("conflict");
        assertThat(notAccepted.body().path("error").path("details").path("current").asString()).isEqualTo("pending");

        var missing = init(passenger, UUID.randomUUID(), "wave");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("not_found");
        assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE user_id = ?").param(passenger).query(Long.class).single()).isZero();
    }

    @Test
    void invalidRequestsAreValidationErrors() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        var noKey = http().post("/api/v1/payments/init", Map.of("booking_id", booking.toString(), "method", "wave"), auth(passenger));
        assertThat(noKey.status()).isEqualTo(400);
        assertThat(noKey.errorCode()).isEqualTo("validation_error");

        var badMethod = init(passenger, booking, "bitcoin");
        assertThat(badMethod.status()).isEqualTo(400);
        assertThat(badMethod.toString()).contains("method");

        var noBooking = http().post("/api/v1/payments/init", Map.of("method", "wave"), authIdem(passenger, UUID.randomUUID().toString()));
        assertThat(noBooking.status()).isEqualTo(400);
        assertThat(noBooking.toString()).contains("booking_id");

        var badPhone = init(passenger, booking, "wave", null, "0707070707");
        assertThat(badPhone.status()).isEqualTo(400);
        assertThat(badPhone.toString()).contains("msisdn");

        var mtnWithoutPhone = init(passenger, booking, "mtn_momo");
        assertThat(mtnWithoutPhone.status()).isEqualTo(400);
        assertThat(mtnWithoutPhone.toString()).contains("msisdn");

        var unknownField = http().post("/api/v1/payments/init", Map.of("booking_id", booking.toString(), "method", "wave", "amount", 1),
                authIdem(passenger, UUID.randomUUID().toString()));
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.toString()).contains("amount");
    }

    @Test
    void bookingServiceChecksOurInternalTokenAndAProviderOutageIsABadGatewayThatCanBeRetried() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        var lookups = BOOKINGS.received().stream().filter(q -> q.path().contains("/internal/bookings/")).toList();
        WAVE.failNextCreates(1);
        var down = init(passenger, booking, "wave");
        assertThat(down.status()).as(down.toString()).isEqualTo(502);
        assertThat(down.errorCode()).isEqualTo("bad_gateway");
        var retried = init(passenger, booking, "wave");
        assertThat(retried.status()).as(retried.toString()).isEqualTo(200);
        assertThat(retried.data().path("checkout_url").asString()).startsWith(WAVE.baseUrl() + "/_dev/checkout/cos-");
        assertThat(BOOKINGS.received().stream().filter(q -> q.path().equals("/internal/bookings/" + booking))
                .allMatch(q -> TestServiceKeys.refusal(q.header(ServiceTokens.HEADER), FleetService.BOOKING, FleetService.PAYMENT) == null))
                .isTrue();
        assertThat(lookups).isNotNull();
    }
}
