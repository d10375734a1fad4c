package com.allocar.payment.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.payment.api.PaymentEventType;
import com.allocar.payment.api.PaymentEvents;
import com.allocar.payment.provider.Provider;
import com.allocar.platform.events.PublishedEvent;
import com.allocar.platform.lifecycle.IllegalTransition;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PaymentTest {

    private static final Instant AT = Instant.parse("2026-01-10T08:00:00Z");

    @Test
    void payingAnInitPaymentRecordsPaymentSucceededWithTheWirePayload() {
        Payment p = payment(PaymentStatus.INIT);
        assertThat(p.pay(AT, "{\"x\":1}")).isTrue();
        assertThat(p.status()).isEqualTo(PaymentStatus.PAID);
        assertThat(p.paidAt()).isEqualTo(AT);
        assertThat(p.rawPayload()).isEqualTo("{\"x\":1}");
        PublishedEvent e = (PublishedEvent) p.recordedEvents().getFirst();
        assertThat(e.type()).isEqualTo(PaymentEventType.PAYMENT_SUCCEEDED);
        assertThat(e.type().wire()).isEqualTo("payment.succeeded");
        assertThat(e.type().topic()).isEqualTo("payment.payments");
        assertThat(e.aggregateId()).isEqualTo(p.id());
        var payload = (PaymentEvents.PaymentSucceeded) e.payload();
        assertThat(payload.purpose()).isEqualTo("booking");
        assertThat(payload.method()).isEqualTo("wave");
        assertThat(payload.provider()).isEqualTo("wave");
        assertThat(payload.amount()).isEqualByComparingTo("1000");
        assertThat(payload.paidAt()).isEqualTo(AT);
    }

    @Test
    void payingAPaidPaymentAgainIsARepeatThatRecordsNothing() {
        Payment p = payment(PaymentStatus.PAID);
        assertThat(p.pay(AT, null)).isFalse();
        assertThat(p.recordedEvents()).isEmpty();
    }

    @Test
    void aFailedPaymentCannotBePaid() {
        Payment p = payment(PaymentStatus.FAILED);
        assertThatThrownBy(() -> p.pay(AT, null)).isInstanceOfSatisfying(IllegalTransition.class, e -> {
            assertThat(e.current()).isEqualTo("failed");
            assertThat(e.allowed()).isEmpty();
        });
        assertThat(p.recordedEvents()).isEmpty();
    }

    @Test
    void failingRecordsPaymentFailedWithTheReason() {
        Payment p = payment(PaymentStatus.AUTHORIZED);
        assertThat(p.fail(AT, "provider_declined")).isTrue();
        assertThat(p.status()).isEqualTo(PaymentStatus.FAILED);
        assertThat(p.failureReason()).isEqualTo("provider_declined");
        PublishedEvent e = (PublishedEvent) p.recordedEvents().getFirst();
        assertThat(e.type()).isEqualTo(PaymentEventType.PAYMENT_FAILED);
        assertThat(((PaymentEvents.PaymentFailed) e.payload()).reason()).isEqualTo("provider_declined");
    }

    @Test
    void failingTwiceIsARepeatAndAPaidPaymentCannotFail() {
        Payment failed = payment(PaymentStatus.FAILED);
        assertThat(failed.fail(AT, "x")).isFalse();
        assertThat(failed.recordedEvents()).isEmpty();
        assertThatThrownBy(() -> payment(PaymentStatus.PAID).fail(AT, "x")).isInstanceOfSatisfying(IllegalTransition.class,
                e -> assertThat(e.allowed()).containsExactly("refunded"));
    }

    @Test
    void refundingAPaidPaymentRecordsPaymentRefundedAndAddsUpPartialRefunds() {
        Payment p = payment(PaymentStatus.PAID);
        UUID refund = UUID.randomUUID();
        UUID driver = UUID.randomUUID();
        p.refund(new Payment.RefundMade(refund, driver, new BigDecimal("300"), "wallet"), AT);
        p.refund(new Payment.RefundMade(UUID.randomUUID(), driver, new BigDecimal("200"), "wallet"), AT);
        assertThat(p.status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(p.refundedAmount()).isEqualByComparingTo("500");
        // each refund: payment.refunded and its audit entry (actor system, the amount, never the payer's number)
        assertThat(p.recordedEvents()).extracting(r -> ((PublishedEvent) r).type().wire())
                .containsExactly("payment.refunded", "audit.recorded", "payment.refunded", "audit.recorded");
        var audit = (com.allocar.platform.audit.AuditEntry) ((PublishedEvent) p.recordedEvents().get(1)).payload();
        assertThat(audit.action()).isEqualTo("payment.refund");
        assertThat(audit.actorType()).isEqualTo("system");
        assertThat(audit.entityId()).isEqualTo(p.id().toString());
        assertThat(audit.meta()).containsEntry("amount", new BigDecimal("300")).containsEntry("refund_id", refund.toString());
        PublishedEvent e = (PublishedEvent) p.recordedEvents().getFirst();
        assertThat(e.type()).isEqualTo(PaymentEventType.PAYMENT_REFUNDED);
        var payload = (PaymentEvents.PaymentRefunded) e.payload();
        assertThat(payload.refundId()).isEqualTo(refund);
        assertThat(payload.driverId()).isEqualTo(driver);
        assertThat(payload.destination()).isEqualTo("wallet");
        assertThat(payload.bookingId()).isEqualTo(p.bookingId());
    }

    @Test
    void aNewPaymentIsInitInFrancsCfaWithTheProviderOfItsMethod() {
        Payment p = Payment.start(Payment.Purpose.TOPUP, new Payment.Parties(null, UUID.randomUUID(), UUID.randomUUID(), null),
                PaymentMethod.MTN_MOMO, new Payment.Amounts(BigDecimal.TEN, BigDecimal.TEN, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ONE),
                "+2250500000000", null);
        assertThat(p.status()).isEqualTo(PaymentStatus.INIT);
        assertThat(p.currency()).isEqualTo("XOF");
        assertThat(p.provider()).isEqualTo(Provider.MTN_MOMO);
        assertThat(p.refundedAmount()).isEqualByComparingTo("0");
        assertThat(p.recordedEvents()).isEmpty();
    }

    @Test
    void anUnpaidPaymentCannotBeRefunded() {
        assertThatThrownBy(() -> payment(PaymentStatus.INIT).refund(new Payment.RefundMade(UUID.randomUUID(), null, BigDecimal.ONE,
                "provider"), AT)).isInstanceOfSatisfying(IllegalTransition.class, e -> assertThat(e.current()).isEqualTo("init"));
    }

    static Payment payment(PaymentStatus status) {
        BigDecimal amount = new BigDecimal("1000");
        return new Payment(UUID.randomUUID(), Payment.Purpose.BOOKING, new Payment.Parties(UUID.randomUUID(), null, UUID.randomUUID(),
                UUID.randomUUID()), PaymentMethod.WAVE, Provider.WAVE, new Payment.Amounts(amount, amount, BigDecimal.ZERO, new BigDecimal("100"),
                BigDecimal.TEN), "XOF", status, null, "+2250700000000", new Payment.Checkout("ref", null, null, null), null, BigDecimal.ZERO,
                new Payment.Times(null, null, null, AT, AT));
    }
}
