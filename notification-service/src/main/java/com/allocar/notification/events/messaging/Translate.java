package com.allocar.notification.events.messaging;

import java.util.Optional;

import com.allocar.notification.routing.Fact;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;

/** An event heard → the fact the rules read (empty: nothing to tell, e.g. a cancellation told by its refund decision). */
final class Translate {

    private Translate() {
    }

    static Optional<Fact> fact(HeardEvent type, EventEnvelope e, EventReader reader) {
        return switch (type) {
            case BOOKING_CREATED -> booking(e, reader).map(b -> new Fact.BookingRequested(b.bookingId(), b.passengerId(), b.driverId(), b.seats(),
                    b.departureTime()));
            case BOOKING_ACCEPTED -> booking(e, reader).map(b -> new Fact.BookingAccepted(b.bookingId(), b.passengerId(), b.driverId(),
                    b.departureTime(), b.amountTotal()));
            case BOOKING_REJECTED -> booking(e, reader).map(b -> new Fact.BookingRejected(b.bookingId(), b.passengerId(), b.driverId(),
                    b.departureTime()));
            case CHECK_IN_ISSUED -> {
                var c = reader.payload(e, Payloads.CheckInIssued.class);
                yield Optional.of(new Fact.CheckInIssued(c.bookingId(), c.passengerId(), c.seats(), c.departureTime(), c.amountPaid(),
                        c.shortCode()));
            }
            case BOOKING_PAID -> booking(e, reader).map(b -> new Fact.BookingPaid(b.bookingId(), b.passengerId(), b.driverId(), b.seats(),
                    b.departureTime(), b.amountTotal()));
            // a paid booking's cancellation is told by the refund.requested that follows it (same transaction, same key)
            case BOOKING_CANCELLED -> booking(e, reader).filter(b -> !ProducerValues.BOOKING_PAID.equals(b.previousStatus()))
                    .map(b -> new Fact.UnpaidBookingCancelled(b.bookingId(), b.passengerId(), b.driverId(), b.departureTime()));
            case BOOKING_RESCHEDULED -> booking(e, reader).filter(b -> ProducerValues.LIVE_BOOKING.contains(b.status()))
                    .map(b -> new Fact.DepartureChanged(b.bookingId(), b.passengerId(), b.driverId(), b.departureTime()));
            case REFUND_REQUESTED -> {
                var r = reader.payload(e, Payloads.RefundRequested.class);
                if (ProducerValues.REFUND_LATE_PAYMENT.equals(r.reason())) {
                    yield Optional.empty(); // a payment that came too late: its refund.completed tells the member
                }
                yield Optional.of(ProducerValues.REFUND_TRIP_CANCELLED.equals(r.reason())
                        ? new Fact.TripCancelled(r.bookingId(), r.passengerId(), r.driverId(), r.refundAmount())
                        : new Fact.PaidBookingCancelled(r.bookingId(), r.passengerId(), r.driverId(), r.refundAmount(), r.feeAmount()));
            }
            case PAYMENT_FAILED -> {
                var p = reader.payload(e, Payloads.PaymentFailed.class);
                yield Optional.of(new Fact.PaymentFailed(p.paymentId(), p.userId(), text(p.reason())));
            }
            case PAYMENT_REFUNDED -> {
                var p = reader.payload(e, Payloads.PaymentRefunded.class);
                yield Optional.of(new Fact.RefundCompleted(p.bookingId(), p.userId(), p.refundAmount(),
                        ProducerValues.DESTINATION_WALLET.equals(p.destination())));
            }
            case PAYOUT_COMPLETED -> {
                var p = reader.payload(e, Payloads.PayoutCompleted.class);
                yield Optional.of(new Fact.PayoutCompleted(p.payoutId(), p.userId(), p.amount()));
            }
            case PAYOUT_FAILED -> {
                var p = reader.payload(e, Payloads.PayoutFailed.class);
                yield Optional.of(new Fact.PayoutFailed(p.payoutId(), p.userId(), p.amount(), text(p.reason())));
            }
            case USER_REGISTERED -> {
                var u = reader.payload(e, Payloads.UserRegistered.class);
                yield Optional.of(new Fact.Registered(u.userId(), u.firstName() == null ? "" : u.firstName()));
            }
            case USER_UPDATED -> Optional.empty();
            case KYC_APPROVED -> {
                var k = reader.payload(e, Payloads.KycReviewed.class);
                yield Optional.of(new Fact.KycApproved(k.documentId(), k.userId()));
            }
            case KYC_REJECTED -> {
                var k = reader.payload(e, Payloads.KycReviewed.class);
                yield Optional.of(new Fact.KycRejected(k.documentId(), k.userId(), k.notes() == null || k.notes().isBlank() ? null : k.notes()));
            }
            case MESSAGE_CREATED -> {
                var m = reader.payload(e, Payloads.MessageCreated.class);
                if (Boolean.TRUE.equals(m.recipientConnected())) {
                    yield Optional.empty(); // they read it live: a push would be noise
                }
                boolean image = ProducerValues.MESSAGE_IMAGE.equals(m.type()) || m.contentPreview() == null;
                yield Optional.of(new Fact.ChatMessage(m.bookingId(), m.senderId(), m.recipientId(), image, image ? null : m.contentPreview()));
            }
            case DISPUTE_OPENED -> {
                var d = reader.payload(e, Payloads.DisputeChanged.class);
                yield Optional.of(new Fact.DisputeOpened(d.disputeId(), d.bookingId(), d.openedBy()));
            }
            case DISPUTE_UPDATED -> dispute(reader.payload(e, Payloads.DisputeChanged.class));
        };
    }

    /** Only a move tells: in review (the opener), decided (both parties); a resolution edited in place does not. */
    private static Optional<Fact> dispute(Payloads.DisputeChanged d) {
        if (d.status().equals(d.previousStatus())) {
            return Optional.empty();
        }
        return switch (d.status()) {
            case ProducerValues.DISPUTE_IN_REVIEW -> Optional.of(new Fact.DisputeInReview(d.disputeId(), d.bookingId(), d.openedBy()));
            case ProducerValues.DISPUTE_RESOLVED, ProducerValues.DISPUTE_REJECTED -> Optional.of(new Fact.DisputeDecided(d.disputeId(),
                    d.bookingId(), d.openedBy(), d.otherParty(), ProducerValues.DISPUTE_RESOLVED.equals(d.status()),
                    d.resolution() == null || d.resolution().isBlank() ? null : d.resolution()));
            default -> Optional.empty();
        };
    }

    private static Optional<Payloads.BookingChanged> booking(EventEnvelope e, EventReader reader) {
        return Optional.of(reader.payload(e, Payloads.BookingChanged.class));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }
}
