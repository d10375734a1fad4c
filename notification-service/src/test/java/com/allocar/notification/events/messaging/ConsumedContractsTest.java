package com.allocar.notification.events.messaging;

import java.util.Arrays;
import java.util.UUID;

import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What notification-service reads of booking, payment, identity and messaging, from their fixtures (ADR 008). */
class ConsumedContractsTest {

    private static final UUID BOOKING = UUID.fromString("11111111-1111-4111-8111-000000000001");
    private static final UUID PASSENGER = UUID.fromString("11111111-1111-4111-8111-000000000003");
    private static final UUID DRIVER = UUID.fromString("11111111-1111-4111-8111-000000000004");

    @Test
    void every_type_we_listen_to_is_published_on_its_topic() {
        for (HeardEvent e : HeardEvent.values()) {
            ContractFixtures.assertPublishedOn(e.producer(), e.topic(), e.wire());
        }
    }

    @Test
    void the_check_in_code_reads_into_our_record() {
        var c = ContractFixtures.read("booking-service/check_in.issued.v1", Payloads.CheckInIssued.class);
        assertThat(c.bookingId()).isEqualTo(BOOKING);
        assertThat(c.passengerId()).isEqualTo(PASSENGER);
        assertThat(c.shortCode()).isNotBlank();
        assertThat(c.seats()).isPositive();
        assertThat(c.amountPaid()).isNotNull();
        assertThat(c.departureTime()).isNotNull();
    }

    @Test
    void every_booking_change_we_hear_reads_into_our_record() {
        for (HeardEvent e : HeardEvent.values()) {
            if (e.wire().startsWith("booking.")) {
                var b = ContractFixtures.read(name(e), Payloads.BookingChanged.class);
                assertThat(b.bookingId()).as(e.wire()).isEqualTo(BOOKING);
                assertThat(b.tripId()).as("the driver's reminder is per trip").isNotNull();
                assertThat(b.passengerId()).isEqualTo(PASSENGER);
                assertThat(b.driverId()).isEqualTo(DRIVER);
                assertThat(b.departureTime()).isNotNull();
                assertThat(b.seats()).isPositive();
                assertThat(b.amountTotal()).isNotNull();
            }
        }
    }

    @Test
    void the_booking_statuses_we_compare_are_booking_s() {
        assertThat(ContractFixtures.read("booking-service/booking.paid.v1", Payloads.BookingChanged.class).status()).isEqualTo(ProducerValues.BOOKING_PAID);
        assertThat(ContractFixtures.read("booking-service/booking.cancelled.v1", Payloads.BookingChanged.class).previousStatus())
                .isEqualTo(ProducerValues.BOOKING_PAID);
        assertThat(ProducerValues.LIVE_BOOKING).contains(
                ContractFixtures.read("booking-service/booking.created.v1", Payloads.BookingChanged.class).status(),
                ContractFixtures.read("booking-service/booking.accepted.v1", Payloads.BookingChanged.class).status(),
                ContractFixtures.read("booking-service/booking.rescheduled.v1", Payloads.BookingChanged.class).status());
    }

    @Test
    void the_refund_decision_reads_with_its_amounts_and_reason() {
        var r = ContractFixtures.read("booking-service/refund.requested.v1", Payloads.RefundRequested.class);
        assertThat(r.bookingId()).isEqualTo(BOOKING);
        assertThat(r.passengerId()).isEqualTo(PASSENGER);
        assertThat(r.driverId()).isEqualTo(DRIVER);
        assertThat(r.refundAmount()).isEqualByComparingTo("6750");
        assertThat(r.feeAmount()).isEqualByComparingTo("2250");
        assertThat(r.reason()).isNotBlank();
    }

    @Test
    void payment_s_events_read_into_our_records() {
        var failed = ContractFixtures.read("payment-service/payment.failed.v1", Payloads.PaymentFailed.class);
        assertThat(failed.userId()).isEqualTo(PASSENGER);
        assertThat(failed.reason()).isNotBlank();
        var refunded = ContractFixtures.read("payment-service/payment.refunded.v1", Payloads.PaymentRefunded.class);
        assertThat(refunded.userId()).isEqualTo(PASSENGER);
        assertThat(refunded.bookingId()).isEqualTo(BOOKING);
        assertThat(refunded.refundAmount()).isEqualByComparingTo("6750");
        assertThat(refunded.destination()).isIn(ProducerValues.DESTINATION_WALLET, "provider");
        var done = ContractFixtures.read("payment-service/payout.completed.v1", Payloads.PayoutCompleted.class);
        assertThat(done.userId()).isEqualTo(DRIVER);
        assertThat(done.amount()).isEqualByComparingTo("25000");
        var payoutFailed = ContractFixtures.read("payment-service/payout.failed.v1", Payloads.PayoutFailed.class);
        assertThat(payoutFailed.reason()).isNotBlank();
    }

    @Test
    void identity_s_events_give_the_contact_and_the_kyc_outcome() {
        var u = ContractFixtures.read("identity-service/user.registered.v1", Payloads.UserRegistered.class);
        assertThat(u.userId()).isEqualTo(PASSENGER);
        assertThat(u.phone()).startsWith("+225");
        assertThat(u.email()).contains("@");
        assertThat(u.firstName()).isEqualTo("Awa");
        assertThat(ContractFixtures.read("identity-service/user.updated.v1", Payloads.UserUpdated.class).firstName()).isEqualTo("Awa");
        assertThat(ContractFixtures.read("identity-service/kyc.approved.v1", Payloads.KycReviewed.class).userId()).isEqualTo(DRIVER);
        assertThat(ContractFixtures.read("identity-service/kyc.rejected.v1", Payloads.KycReviewed.class).notes()).isNotBlank();
    }

    @Test
    void messaging_s_message_created_names_the_recipient_and_a_preview() {
        var m = ContractFixtures.read("messaging-service/message.created.v1", Payloads.MessageCreated.class);
        assertThat(m.recipientId()).isEqualTo(DRIVER);
        assertThat(m.senderId()).isEqualTo(PASSENGER);
        assertThat(m.bookingId()).isEqualTo(BOOKING);
        assertThat(m.type()).isNotEqualTo(ProducerValues.MESSAGE_IMAGE);
        assertThat(m.contentPreview()).isNotBlank();
    }

    @Test
    void booking_paid_carries_no_check_in_code() {
        var example = ContractFixtures.example("booking-service/booking.paid.v1");
        assertThat(Arrays.stream(new String[] {"check_in", "check_in_code", "short_code", "qr_code"}).noneMatch(example::has)).isTrue();
    }

    private static String name(HeardEvent e) {
        return e.producer() + "/" + e.wire() + ".v1";
    }
}
