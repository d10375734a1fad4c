package com.allocar.notification.routing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import com.allocar.notification.routing.Fact.BookingAccepted;
import com.allocar.notification.routing.Fact.BookingPaid;
import com.allocar.notification.routing.Fact.BookingRejected;
import com.allocar.notification.routing.Fact.BookingRequested;
import com.allocar.notification.routing.Fact.ChatMessage;
import com.allocar.notification.routing.Fact.DepartureChanged;
import com.allocar.notification.routing.Fact.KycApproved;
import com.allocar.notification.routing.Fact.KycRejected;
import com.allocar.notification.routing.Fact.PaidBookingCancelled;
import com.allocar.notification.routing.Fact.PaymentFailed;
import com.allocar.notification.routing.Fact.PayoutCompleted;
import com.allocar.notification.routing.Fact.PayoutFailed;
import com.allocar.notification.routing.Fact.RefundCompleted;
import com.allocar.notification.routing.Fact.Registered;
import com.allocar.notification.routing.Fact.ReminderH2;
import com.allocar.notification.routing.Fact.ReminderH24;
import com.allocar.notification.routing.Fact.TripCancelled;
import com.allocar.notification.routing.Fact.UnpaidBookingCancelled;
import com.allocar.notification.template.TemplateVars;

import static com.allocar.notification.routing.Channel.EMAIL;
import static com.allocar.notification.routing.Channel.IN_APP;
import static com.allocar.notification.routing.Channel.PUSH;
import static com.allocar.notification.routing.Channel.SMS;

/**
 * THE table: what is sent, to whom, by which channels, for each fact. One row per (fact, recipient); plain Java,
 * unit-tested row by row ({@code NotificationRulesTest}). Whether the member hears it at all is their preference for
 * the template's category (transactional ones always); a channel without a contact (no e-mail, no phone) is skipped.
 */
public final class NotificationRules {

    /** Who, among the fact's parties, is told. */
    public enum Audience { DRIVER, PASSENGER, MEMBER, RECIPIENT }

    /** One row: for facts of {@code fact}, tell {@code audience} (the id {@code to} picks) {@code vars} on {@code channels}. */
    public record Row<F extends Fact>(Class<F> fact, Audience audience, Set<Channel> channels, Function<F, UUID> to,
                                      Function<F, TemplateVars> vars) {

        Notice apply(Fact f) {
            F typed = fact.cast(f);
            return new Notice(to.apply(typed), vars.apply(typed), channels);
        }
    }

    private static final Set<Channel> ALL = EnumSet.of(IN_APP, PUSH, EMAIL, SMS);
    private static final Set<Channel> NO_SMS = EnumSet.of(IN_APP, PUSH, EMAIL);
    /** H-2: an SMS is read in time on the way to the meeting point, an e-mail maybe not. */
    private static final Set<Channel> NO_EMAIL = EnumSet.of(IN_APP, PUSH, SMS);

    public static final List<Row<?>> TABLE = List.of(
            row(BookingRequested.class, Audience.DRIVER, NO_SMS, BookingRequested::driverId,
                    f -> new TemplateVars.BookingRequested(f.bookingId(), f.seats(), f.departure())),
            row(BookingAccepted.class, Audience.PASSENGER, ALL, BookingAccepted::passengerId,
                    f -> new TemplateVars.BookingAccepted(f.bookingId(), f.departure(), f.amount())),
            row(BookingRejected.class, Audience.PASSENGER, NO_SMS, BookingRejected::passengerId,
                    f -> new TemplateVars.BookingRejected(f.bookingId(), f.departure())),
            row(Fact.CheckInIssued.class, Audience.PASSENGER, ALL, Fact.CheckInIssued::passengerId,
                    f -> new TemplateVars.BookingConfirmed(f.bookingId(), f.seats(), f.departure(), f.amount(), f.checkInCode())),
            row(BookingPaid.class, Audience.DRIVER, NO_SMS, BookingPaid::driverId,
                    f -> new TemplateVars.BookingPaidDriver(f.bookingId(), f.seats(), f.departure())),
            row(UnpaidBookingCancelled.class, Audience.PASSENGER, NO_SMS, UnpaidBookingCancelled::passengerId,
                    f -> new TemplateVars.BookingCancelled(f.bookingId(), f.departure())),
            row(UnpaidBookingCancelled.class, Audience.DRIVER, NO_SMS, UnpaidBookingCancelled::driverId,
                    f -> new TemplateVars.BookingCancelled(f.bookingId(), f.departure())),
            row(PaidBookingCancelled.class, Audience.PASSENGER, ALL, PaidBookingCancelled::passengerId,
                    f -> new TemplateVars.BookingCancelledRefund(f.bookingId(), f.refund(), f.fee())),
            row(PaidBookingCancelled.class, Audience.DRIVER, NO_SMS, PaidBookingCancelled::driverId,
                    f -> new TemplateVars.BookingCancelled(f.bookingId(), null)),
            row(TripCancelled.class, Audience.PASSENGER, ALL, TripCancelled::passengerId,
                    f -> new TemplateVars.TripCancelled(f.bookingId(), f.refund())),
            row(DepartureChanged.class, Audience.PASSENGER, ALL, DepartureChanged::passengerId,
                    f -> new TemplateVars.DepartureChanged(f.bookingId(), f.departure())),
            row(PaymentFailed.class, Audience.MEMBER, NO_SMS, PaymentFailed::userId,
                    f -> new TemplateVars.PaymentFailed(f.paymentId(), f.reason())),
            row(RefundCompleted.class, Audience.MEMBER, NO_SMS, RefundCompleted::userId,
                    f -> new TemplateVars.RefundCompleted(f.bookingId(), f.amount(), f.toWallet())),
            row(PayoutCompleted.class, Audience.MEMBER, NO_SMS, PayoutCompleted::userId,
                    f -> new TemplateVars.PayoutCompleted(f.payoutId(), f.amount())),
            row(PayoutFailed.class, Audience.MEMBER, ALL, PayoutFailed::userId,
                    f -> new TemplateVars.PayoutFailed(f.payoutId(), f.amount(), f.reason())),
            row(KycApproved.class, Audience.MEMBER, NO_SMS, KycApproved::userId,
                    f -> new TemplateVars.KycApproved(f.documentId())),
            row(KycRejected.class, Audience.MEMBER, NO_SMS, KycRejected::userId,
                    f -> new TemplateVars.KycRejected(f.documentId(), f.notes())),
            row(ChatMessage.class, Audience.RECIPIENT, EnumSet.of(PUSH), ChatMessage::recipientId,
                    f -> new TemplateVars.ChatMessage(f.bookingId(), f.image(), f.preview())),
            row(Fact.DisputeOpened.class, Audience.MEMBER, NO_SMS, Fact.DisputeOpened::openedBy,
                    f -> new TemplateVars.DisputeOpened(f.disputeId(), f.bookingId())),
            row(Fact.DisputeInReview.class, Audience.MEMBER, NO_SMS, Fact.DisputeInReview::openedBy,
                    f -> new TemplateVars.DisputeInReview(f.disputeId(), f.bookingId())),
            row(Fact.DisputeDecided.class, Audience.MEMBER, NO_SMS, Fact.DisputeDecided::openedBy,
                    f -> new TemplateVars.DisputeDecided(f.disputeId(), f.bookingId(), true, f.resolved(), f.resolution())),
            row(Fact.DisputeDecided.class, Audience.RECIPIENT, NO_SMS, Fact.DisputeDecided::otherParty,
                    f -> new TemplateVars.DisputeDecided(f.disputeId(), f.bookingId(), false, f.resolved(), f.resolution())),
            row(Registered.class, Audience.MEMBER, EnumSet.of(IN_APP, EMAIL), Registered::userId,
                    f -> new TemplateVars.Welcome(f.firstName())),
            row(ReminderH24.class, Audience.PASSENGER, NO_SMS, ReminderH24::passengerId,
                    f -> new TemplateVars.ReminderH24(f.bookingId(), f.seats(), f.departure())),
            row(ReminderH24.class, Audience.DRIVER, NO_SMS, ReminderH24::driverId,
                    f -> new TemplateVars.ReminderH24Driver(f.tripId(), f.tripBookings(), f.tripSeats(), f.departure())),
            row(ReminderH2.class, Audience.PASSENGER, NO_EMAIL, ReminderH2::passengerId,
                    f -> new TemplateVars.ReminderH2(f.bookingId(), f.seats(), f.departure())),
            row(ReminderH2.class, Audience.DRIVER, NO_EMAIL, ReminderH2::driverId,
                    f -> new TemplateVars.ReminderH2Driver(f.tripId(), f.tripBookings(), f.tripSeats(), f.departure())));

    private NotificationRules() {
    }

    /** Every notice a fact gives, in table order. */
    public static List<Notice> of(Fact fact) {
        return TABLE.stream().filter(r -> r.fact().isInstance(fact)).map(r -> r.apply(fact)).toList();
    }

    private static <F extends Fact> Row<F> row(Class<F> fact, Audience audience, Set<Channel> channels, Function<F, UUID> to,
                                               Function<F, TemplateVars> vars) {
        return new Row<>(fact, audience, Set.copyOf(channels), to, vars);
    }
}
