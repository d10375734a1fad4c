package com.allocar.payment.refund;

import java.time.Duration;
import java.util.UUID;

import com.allocar.payment.support.BookingEvents;
import com.allocar.payment.support.PaymentIT;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class RefundIT extends PaymentIT {

    @org.springframework.beans.factory.annotation.Autowired
    Refunds refunds;

    private record Paid(UUID passenger, UUID booking, String paymentId, String session) {
    }

    private Paid paidWithWave() {
        UUID passenger = UUID.randomUUID();
        UUID booking = acceptedBooking(passenger);
        JsonNode init = waveInit(passenger, booking);
        String session = init.path("provider_payload").path("checkout_session_id").asString();
        assertThat(WAVE.deliver(WAVE.pay(session))).isEqualTo(200);
        return new Paid(passenger, booking, init.path("payment_id").asString(), session);
    }

    @Test
    void fullRefundGoesBackThroughWaveOnceEvenWhenTheEventIsDeliveredTwiceOrRepublished() {
        Paid p = paidWithWave();
        UUID refundId = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        String event = BookingEvents.refundRequested(eventId, refundId, p.booking(), p.passenger(), 12_000, 12_000, 0, "driver_cancelled");
        BookingEvents.send(p.booking().toString(), event);
        BookingEvents.send(p.booking().toString(), event); // redelivery
        // booking-service republishes the same decision under a new event id
        BookingEvents.send(p.booking().toString(),
                BookingEvents.refundRequested(UUID.randomUUID(), refundId, p.booking(), p.passenger(), 12_000, 12_000, 0, "driver_cancelled"));

        await().atMost(Duration.ofSeconds(30)).until(() -> "refunded".equals(status(p.paymentId())));
        var records = events(p.paymentId());
        assertThat(records).extracting(PaymentIT::type).containsExactly("payment.succeeded", "payment.refunded");
        JsonNode r = payload(records.get(1));
        assertThat(r.path("refund_id").asString()).isEqualTo(refundId.toString());
        assertThat(r.path("destination").asString()).isEqualTo("provider");
        assertThat(r.path("refund_amount").decimalValue()).isEqualByComparingTo("12000");
        assertThat(r.path("booking_id").asString()).isEqualTo(p.booking().toString());
        assertThat(r.path("user_id").asString()).isEqualTo(p.passenger().toString());
        assertThat(WAVE.refundCalls(p.session())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM refunds WHERE id = ?").param(refundId).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aProviderRefundWaveCannotConfirmStaysPendingUntilTheDailyRetryThenPublishesOnce() {
        Paid p = paidWithWave();
        UUID refundId = UUID.randomUUID();
        WAVE.failNextRefunds(1);
        BookingEvents.send(p.booking().toString(),
                BookingEvents.refundRequested(UUID.randomUUID(), refundId, p.booking(), p.passenger(), 12_000, 12_000, 0, "driver_cancelled"));
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.sql("SELECT count(*) FROM refunds WHERE id = ?").param(refundId)
                .query(Long.class).single() == 1);
        assertThat(jdbc.sql("SELECT status FROM refunds WHERE id = ?").param(refundId).query(String.class).single()).isEqualTo("pending");
        assertThat(status(p.paymentId())).isEqualTo("paid");
        assertThat(outboxCount(p.paymentId(), "payment.refunded")).isZero();

        assertThat(refunds.retryPending()).isGreaterThanOrEqualTo(1);
        assertThat(refunds.retryPending()).isZero();
        assertThat(status(p.paymentId())).isEqualTo("refunded");
        assertThat(outboxCount(p.paymentId(), "payment.refunded")).isEqualTo(1);
        // the refund is in the fleet's audit trail once, from the transaction that recorded it
        assertThat(outboxCount(p.paymentId(), "audit.recorded")).isEqualTo(1);
        assertThat(WAVE.refundCalls(p.session())).isEqualTo(1);
    }

    @Test
    void partialRefundGoesToTheWalletWithoutTouchingTheProvider() {
        Paid p = paidWithWave();
        UUID refundId = UUID.randomUUID();
        BookingEvents.send(p.booking().toString(),
                BookingEvents.refundRequested(UUID.randomUUID(), refundId, p.booking(), p.passenger(), 12_000, 9_000, 3_000, "passenger_cancelled"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "refunded".equals(status(p.paymentId())));
        var refunded = events(p.paymentId()).stream().filter(e -> type(e).equals("payment.refunded")).toList();
        assertThat(refunded).hasSize(1);
        assertThat(payload(refunded.getFirst()).path("destination").asString()).isEqualTo("wallet");
        assertThat(payload(refunded.getFirst()).path("refund_amount").decimalValue()).isEqualByComparingTo("9000");
        assertThat(WAVE.refundCalls(p.session())).isZero();
        assertThat(jdbc.sql("SELECT refunded_amount FROM payments WHERE id = ?::uuid").param(p.paymentId()).query(java.math.BigDecimal.class)
                .single()).isEqualByComparingTo("9000");
    }

    @Test
    void aWalletPaymentIsRefundedToTheWalletAndARefundNeverExceedsWhatWasPaid() {
        UUID passenger = UUID.randomUUID();
        WALLET.fund(passenger, 12_000);
        UUID booking = acceptedBooking(passenger);
        String paymentId = init(passenger, booking, "wallet").data().path("payment_id").asString();
        BookingEvents.send(booking.toString(),
                BookingEvents.refundRequested(UUID.randomUUID(), UUID.randomUUID(), booking, passenger, 12_000, 50_000, 0, "trip_cancelled"));
        await().atMost(Duration.ofSeconds(30)).until(() -> "refunded".equals(status(paymentId)));
        var refunded = events(paymentId).stream().filter(e -> type(e).equals("payment.refunded")).toList();
        assertThat(payload(refunded.getFirst()).path("destination").asString()).isEqualTo("wallet");
        assertThat(payload(refunded.getFirst()).path("refund_amount").decimalValue()).isEqualByComparingTo("12000");
    }
}
