package com.allocar.booking.reservation;

import java.util.UUID;

import com.allocar.booking.api.BookingEventType;
import com.allocar.booking.api.BookingEvents;
import com.allocar.booking.api.BookingEvents.BookingChanged;
import com.allocar.platform.events.DomainEvent;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;

/**
 * What a {@link Booking} records of its own transitions; {@link BookingEventWriter} turns each into its audit row
 * ({@code booking_events}) and, when published, its outbox row — in the transaction that saves the booking.
 */
public sealed interface BookingEvent extends DomainEvent {

    UUID bookingId();

    /** A status change or a milestone: an audit row and a {@code booking.*} event whose payload is {@link BookingChanged}. */
    sealed interface Changed extends BookingEvent, PublishedEvent {

        BookingChanged change();

        Trail trail();

        @Override
        default UUID bookingId() {
            return change().bookingId();
        }

        @Override
        default Object aggregateId() {
            return bookingId();
        }

        @Override
        default Object payload() {
            return change();
        }
    }

    /** pending, seats held. */
    record BookingCreated(BookingChanged change, Trail trail) implements Changed {
        @Override
        public EventType type() {
            return BookingEventType.BOOKING_CREATED;
        }
    }

    /** the driver (or the trip's auto-accept) took it. */
    record BookingAccepted(BookingChanged change, Trail trail) implements Changed {
        @Override
        public EventType type() {
            return BookingEventType.BOOKING_ACCEPTED;
        }
    }

    /** the driver turned it down. */
    record BookingRejected(BookingChanged change, Trail trail) implements Changed {
        @Override
        public EventType type() {
            return BookingEventType.BOOKING_REJECTED;
        }
    }

    /** the payment is in, the check-in code born. */
    record BookingPaid(BookingChanged change, Trail trail) implements Changed {
        @Override
        public EventType type() {
            return BookingEventType.BOOKING_PAID;
        }
    }

    /** called off by a party or the system. */
    record BookingCancelled(BookingChanged change, Trail trail) implements Changed {
        @Override
        public EventType type() {
            return BookingEventType.BOOKING_CANCELLED;
        }
    }

    /** the passenger is on board (paid to paid). */
    record BookingCheckedIn(BookingChanged change, Trail trail) implements Changed {
        @Override
        public EventType type() {
            return BookingEventType.BOOKING_CHECKED_IN;
        }
    }

    /** the ride is over for this passenger. */
    record BookingCompleted(BookingChanged change, Trail trail) implements Changed {
        @Override
        public EventType type() {
            return BookingEventType.BOOKING_COMPLETED;
        }
    }

    /** the ride ended without this paid passenger. */
    record BookingNoShow(BookingChanged change, Trail trail) implements Changed {
        @Override
        public EventType type() {
            return BookingEventType.BOOKING_NO_SHOW;
        }
    }

    /** the trip's departure moved (status unchanged). */
    record BookingRescheduled(BookingChanged change, Trail trail) implements Changed {
        @Override
        public EventType type() {
            return BookingEventType.BOOKING_RESCHEDULED;
        }
    }

    /** The check-in code of a booking just paid, for the passenger's confirmation (no audit row: the payment's row tells). */
    record CheckInIssued(BookingEvents.CheckInIssued code) implements BookingEvent, PublishedEvent {
        @Override
        public UUID bookingId() {
            return code.bookingId();
        }

        @Override
        public EventType type() {
            return BookingEventType.CHECK_IN_ISSUED;
        }

        @Override
        public Object aggregateId() {
            return bookingId();
        }

        @Override
        public Object payload() {
            return code;
        }
    }

    /** The cancellation rules' refund decision (no audit row of its own: the cancellation's row carries it). */
    record RefundRequested(BookingEvents.RefundRequested refund) implements BookingEvent, PublishedEvent {
        @Override
        public UUID bookingId() {
            return refund.bookingId();
        }

        @Override
        public EventType type() {
            return BookingEventType.REFUND_REQUESTED;
        }

        @Override
        public Object aggregateId() {
            return bookingId();
        }

        @Override
        public Object payload() {
            return refund;
        }
    }

    /** A driver's late cancellation: the penalty wallet-service holds from future payouts. */
    record DriverPenalized(BookingEvents.DriverPenalized penalty) implements BookingEvent, PublishedEvent {
        @Override
        public UUID bookingId() {
            return penalty.bookingId();
        }

        @Override
        public EventType type() {
            return BookingEventType.DRIVER_PENALIZED;
        }

        @Override
        public Object aggregateId() {
            return bookingId();
        }

        @Override
        public Object payload() {
            return penalty;
        }
    }

    /** Something happened to the booking that changes nothing (a failed payment, the ride started): audit only. */
    record BookingNoted(UUID bookingId, BookingStatus status, AuditNote note, Trail trail, java.time.Instant at) implements BookingEvent {
    }
}
