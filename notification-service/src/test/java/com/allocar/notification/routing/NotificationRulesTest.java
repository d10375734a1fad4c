package com.allocar.notification.routing;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.allocar.notification.routing.NotificationRules.Audience;
import com.allocar.notification.template.TemplateId;
import com.allocar.notification.template.TemplateVars;
import org.junit.jupiter.api.Test;

import static com.allocar.notification.routing.Channel.EMAIL;
import static com.allocar.notification.routing.Channel.IN_APP;
import static com.allocar.notification.routing.Channel.PUSH;
import static com.allocar.notification.routing.Channel.SMS;
import static org.assertj.core.api.Assertions.assertThat;

/** One test per row of the table: who is told, which template, which channels. */
public class NotificationRulesTest {

    static final UUID BOOKING = UUID.randomUUID();
    static final UUID PASSENGER = UUID.randomUUID();
    static final UUID DRIVER = UUID.randomUUID();
    static final UUID MEMBER = UUID.randomUUID();
    static final Instant DEPARTURE = Instant.parse("2026-12-24T07:30:00Z");
    static final BigDecimal AMOUNT = new BigDecimal("9000.0");
    static final Set<Channel> ALL = Set.of(IN_APP, PUSH, EMAIL, SMS);
    static final Set<Channel> NO_SMS = Set.of(IN_APP, PUSH, EMAIL);
    static final Set<Channel> NO_EMAIL = Set.of(IN_APP, PUSH, SMS);
    static final UUID TRIP = UUID.randomUUID();

    /** A sample fact of the row's kind, and the row's notice for it (used by TemplatesTest too). */
    public static Notice sampleNotice(NotificationRules.Row<?> row) {
        return row.apply(sample(row.fact()));
    }

    static Fact sample(Class<? extends Fact> type) {
        return switch (type.getSimpleName()) {
            case "BookingRequested" -> new Fact.BookingRequested(BOOKING, PASSENGER, DRIVER, 2, DEPARTURE);
            case "BookingAccepted" -> new Fact.BookingAccepted(BOOKING, PASSENGER, DRIVER, DEPARTURE, AMOUNT);
            case "BookingRejected" -> new Fact.BookingRejected(BOOKING, PASSENGER, DRIVER, DEPARTURE);
            case "BookingPaid" -> new Fact.BookingPaid(BOOKING, PASSENGER, DRIVER, 2, DEPARTURE, AMOUNT);
            case "CheckInIssued" -> new Fact.CheckInIssued(BOOKING, PASSENGER, 2, DEPARTURE, AMOUNT, "K7PX3M9Q");
            case "UnpaidBookingCancelled" -> new Fact.UnpaidBookingCancelled(BOOKING, PASSENGER, DRIVER, DEPARTURE);
            case "PaidBookingCancelled" -> new Fact.PaidBookingCancelled(BOOKING, PASSENGER, DRIVER, new BigDecimal("6750"), new BigDecimal("2250"));
            case "TripCancelled" -> new Fact.TripCancelled(BOOKING, PASSENGER, DRIVER, AMOUNT);
            case "DepartureChanged" -> new Fact.DepartureChanged(BOOKING, PASSENGER, DRIVER, DEPARTURE);
            case "PaymentFailed" -> new Fact.PaymentFailed(UUID.randomUUID(), MEMBER, "insufficient balance");
            case "RefundCompleted" -> new Fact.RefundCompleted(BOOKING, MEMBER, AMOUNT, true);
            case "PayoutCompleted" -> new Fact.PayoutCompleted(UUID.randomUUID(), MEMBER, AMOUNT);
            case "PayoutFailed" -> new Fact.PayoutFailed(UUID.randomUUID(), MEMBER, AMOUNT, "recipient not found");
            case "KycApproved" -> new Fact.KycApproved(UUID.randomUUID(), MEMBER);
            case "KycRejected" -> new Fact.KycRejected(UUID.randomUUID(), MEMBER, "Photo illisible");
            case "ChatMessage" -> new Fact.ChatMessage(BOOKING, PASSENGER, DRIVER, false, "J'arrive");
            case "DisputeOpened" -> new Fact.DisputeOpened(UUID.randomUUID(), BOOKING, PASSENGER);
            case "DisputeInReview" -> new Fact.DisputeInReview(UUID.randomUUID(), BOOKING, PASSENGER);
            case "DisputeDecided" -> new Fact.DisputeDecided(UUID.randomUUID(), BOOKING, PASSENGER, DRIVER, true, "Conducteur averti");
            case "Registered" -> new Fact.Registered(MEMBER, "Awa");
            case "ReminderH24" -> new Fact.ReminderH24(BOOKING, TRIP, PASSENGER, DRIVER, 2, DEPARTURE, 3, 5);
            case "ReminderH2" -> new Fact.ReminderH2(BOOKING, TRIP, PASSENGER, DRIVER, 2, DEPARTURE, 3, 5);
            default -> throw new AssertionError("no sample for " + type);
        };
    }

    private static void told(Fact f, UUID to, TemplateId template, Set<Channel> channels) {
        Notice n = NotificationRules.of(f).stream().filter(x -> x.userId().equals(to)).findFirst()
                .orElseThrow(() -> new AssertionError(to + " is not told of " + f));
        assertThat(n.vars().template()).isEqualTo(template);
        assertThat(n.channels()).containsExactlyInAnyOrderElementsOf(channels);
    }

    private static List<UUID> recipients(Fact f) {
        return NotificationRules.of(f).stream().map(Notice::userId).toList();
    }

    @Test
    void booking_requested_tells_the_driver_only() {
        Fact f = sample(Fact.BookingRequested.class);
        told(f, DRIVER, TemplateId.BOOKING_REQUESTED, NO_SMS);
        assertThat(recipients(f)).containsExactly(DRIVER);
    }

    @Test
    void booking_accepted_tells_the_passenger_by_sms_too() {
        Fact f = sample(Fact.BookingAccepted.class);
        told(f, PASSENGER, TemplateId.BOOKING_ACCEPTED, ALL);
        assertThat(recipients(f)).containsExactly(PASSENGER);
    }

    @Test
    void booking_rejected_tells_the_passenger() {
        Fact f = sample(Fact.BookingRejected.class);
        told(f, PASSENGER, TemplateId.BOOKING_REJECTED, NO_SMS);
        assertThat(recipients(f)).containsExactly(PASSENGER);
    }

    @Test
    void the_check_in_code_confirms_to_the_passenger_everywhere() {
        Fact f = sample(Fact.CheckInIssued.class);
        told(f, PASSENGER, TemplateId.BOOKING_CONFIRMED, ALL);
        assertThat(recipients(f)).containsExactly(PASSENGER);
        assertThat(((TemplateVars.BookingConfirmed) NotificationRules.of(f).getFirst().vars()).checkInCode()).isEqualTo("K7PX3M9Q");
    }

    @Test
    void booking_paid_tells_the_driver_only_and_without_sms() {
        Fact f = sample(Fact.BookingPaid.class);
        told(f, DRIVER, TemplateId.BOOKING_PAID_DRIVER, NO_SMS);
        assertThat(recipients(f)).containsExactly(DRIVER);
    }

    @Test
    void an_unpaid_cancellation_tells_the_passenger() {
        told(sample(Fact.UnpaidBookingCancelled.class), PASSENGER, TemplateId.BOOKING_CANCELLED, NO_SMS);
    }

    @Test
    void an_unpaid_cancellation_tells_the_driver() {
        told(sample(Fact.UnpaidBookingCancelled.class), DRIVER, TemplateId.BOOKING_CANCELLED, NO_SMS);
    }

    @Test
    void a_paid_cancellation_tells_the_passenger_the_refund_and_fee() {
        Notice n = NotificationRules.of(sample(Fact.PaidBookingCancelled.class)).getFirst();
        told(sample(Fact.PaidBookingCancelled.class), PASSENGER, TemplateId.BOOKING_CANCELLED_REFUND, ALL);
        assertThat(n.vars()).isEqualTo(new com.allocar.notification.template.TemplateVars.BookingCancelledRefund(BOOKING,
                new BigDecimal("6750"), new BigDecimal("2250")));
    }

    @Test
    void a_paid_cancellation_tells_the_driver_without_amounts() {
        told(sample(Fact.PaidBookingCancelled.class), DRIVER, TemplateId.BOOKING_CANCELLED, NO_SMS);
    }

    @Test
    void a_trip_cancelled_by_the_driver_tells_each_passenger_not_the_driver() {
        Fact f = sample(Fact.TripCancelled.class);
        told(f, PASSENGER, TemplateId.TRIP_CANCELLED, ALL);
        assertThat(recipients(f)).containsExactly(PASSENGER);
    }

    @Test
    void a_departure_moved_tells_the_passenger_by_sms_too() {
        Fact f = sample(Fact.DepartureChanged.class);
        told(f, PASSENGER, TemplateId.DEPARTURE_CHANGED, ALL);
        assertThat(recipients(f)).containsExactly(PASSENGER);
    }

    @Test
    void a_failed_payment_tells_the_payer() {
        told(sample(Fact.PaymentFailed.class), MEMBER, TemplateId.PAYMENT_FAILED, NO_SMS);
    }

    @Test
    void a_completed_refund_tells_the_passenger() {
        told(sample(Fact.RefundCompleted.class), MEMBER, TemplateId.REFUND_COMPLETED, NO_SMS);
    }

    @Test
    void a_completed_payout_tells_the_driver() {
        told(sample(Fact.PayoutCompleted.class), MEMBER, TemplateId.PAYOUT_COMPLETED, NO_SMS);
    }

    @Test
    void a_failed_payout_tells_the_driver_by_sms_too() {
        told(sample(Fact.PayoutFailed.class), MEMBER, TemplateId.PAYOUT_FAILED, ALL);
    }

    @Test
    void kyc_approved_tells_the_member() {
        told(sample(Fact.KycApproved.class), MEMBER, TemplateId.KYC_APPROVED, NO_SMS);
    }

    @Test
    void kyc_rejected_tells_the_member_with_the_notes() {
        told(sample(Fact.KycRejected.class), MEMBER, TemplateId.KYC_REJECTED, NO_SMS);
    }

    @Test
    void an_opened_dispute_is_acknowledged_to_its_opener_only() {
        Fact f = sample(Fact.DisputeOpened.class);
        told(f, PASSENGER, TemplateId.DISPUTE_OPENED, NO_SMS);
        assertThat(recipients(f)).containsExactly(PASSENGER);
    }

    @Test
    void a_dispute_in_review_tells_its_opener_only() {
        Fact f = sample(Fact.DisputeInReview.class);
        told(f, PASSENGER, TemplateId.DISPUTE_IN_REVIEW, NO_SMS);
        assertThat(recipients(f)).containsExactly(PASSENGER);
    }

    @Test
    void a_decided_dispute_tells_its_opener_as_theirs() {
        Fact f = sample(Fact.DisputeDecided.class);
        told(f, PASSENGER, TemplateId.DISPUTE_DECIDED, NO_SMS);
        var vars = (TemplateVars.DisputeDecided) NotificationRules.of(f).getFirst().vars();
        assertThat(vars.yours()).isTrue();
        assertThat(vars.resolution()).isEqualTo("Conducteur averti");
    }

    @Test
    void a_decided_dispute_tells_the_other_party_too_not_as_theirs() {
        Fact f = sample(Fact.DisputeDecided.class);
        told(f, DRIVER, TemplateId.DISPUTE_DECIDED, NO_SMS);
        assertThat(recipients(f)).containsExactly(PASSENGER, DRIVER);
        assertThat(((TemplateVars.DisputeDecided) NotificationRules.of(f).getLast().vars()).yours()).isFalse();
    }

    @Test
    void a_chat_message_is_push_only_to_its_recipient() {
        Fact f = sample(Fact.ChatMessage.class);
        told(f, DRIVER, TemplateId.CHAT_MESSAGE, Set.of(PUSH));
        assertThat(recipients(f)).containsExactly(DRIVER);
    }

    @Test
    void a_new_member_is_welcomed_in_the_app_and_by_email() {
        told(sample(Fact.Registered.class), MEMBER, TemplateId.WELCOME, Set.of(IN_APP, EMAIL));
    }

    @Test
    void the_h24_reminder_tells_the_passenger_by_email_not_sms() {
        Fact f = sample(Fact.ReminderH24.class);
        told(f, PASSENGER, TemplateId.REMINDER_H24, NO_SMS);
        assertThat(NotificationRules.of(f).getFirst().vars()).isEqualTo(new TemplateVars.ReminderH24(BOOKING, 2, DEPARTURE));
    }

    @Test
    void the_h24_reminder_tells_the_driver_the_trip_s_passengers_and_seats() {
        Fact f = sample(Fact.ReminderH24.class);
        told(f, DRIVER, TemplateId.REMINDER_H24_DRIVER, NO_SMS);
        assertThat(NotificationRules.of(f).get(1).vars()).isEqualTo(new TemplateVars.ReminderH24Driver(TRIP, 3, 5, DEPARTURE));
        assertThat(recipients(f)).containsExactly(PASSENGER, DRIVER);
    }

    @Test
    void the_h2_reminder_tells_the_passenger_by_sms_not_email() {
        Fact f = sample(Fact.ReminderH2.class);
        told(f, PASSENGER, TemplateId.REMINDER_H2, NO_EMAIL);
        assertThat(NotificationRules.of(f).getFirst().vars()).isEqualTo(new TemplateVars.ReminderH2(BOOKING, 2, DEPARTURE));
    }

    @Test
    void the_h2_reminder_tells_the_driver_by_sms_with_the_trip_s_passengers_and_seats() {
        Fact f = sample(Fact.ReminderH2.class);
        told(f, DRIVER, TemplateId.REMINDER_H2_DRIVER, NO_EMAIL);
        assertThat(NotificationRules.of(f).get(1).vars()).isEqualTo(new TemplateVars.ReminderH2Driver(TRIP, 3, 5, DEPARTURE));
        assertThat(recipients(f)).containsExactly(PASSENGER, DRIVER);
    }

    @Test
    void every_kind_of_fact_has_a_row_and_every_row_a_test_above() {
        for (Class<?> kind : Fact.class.getPermittedSubclasses()) {
            assertThat(NotificationRules.TABLE.stream().anyMatch(r -> r.fact() == kind)).as("a row for %s", kind.getSimpleName()).isTrue();
        }
        assertThat(NotificationRules.TABLE).hasSize(27);
        assertThat(NotificationRules.TABLE.stream().map(NotificationRules.Row::audience)).contains(Audience.values());
    }
}
