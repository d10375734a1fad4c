package com.allocar.booking.dispute;

import com.allocar.booking.api.BookingEventType;
import com.allocar.booking.api.BookingEvents.DisputeChanged;
import com.allocar.booking.dispute.DisputeEvent.DisputeOpened;
import com.allocar.booking.dispute.DisputeEvent.DisputeReviewed;
import com.allocar.booking.reservation.Booking;
import com.allocar.booking.reservation.BookingRepository;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.Outbox;
import com.allocar.platform.events.PublishedEvent;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a dispute's transitions leave behind, in the saving transaction: {@code dispute.opened} / {@code dispute.updated}
 * on {@code booking.disputes}, with the booking's passenger and driver (notification-service tells both). A review's
 * audit entry is written with the booking's ({@code BookingEventWriter}), in the same transaction.
 */
@Component
class DisputeEventWriter {

    private final BookingRepository bookings;
    private final Outbox outbox;

    DisputeEventWriter(BookingRepository bookings, Outbox outbox) {
        this.bookings = bookings;
        this.outbox = outbox;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DisputeEvent event) {
        Booking b = bookings.findById(event.bookingId()).orElseThrow();
        outbox.publish(switch (event) {
            case DisputeOpened o -> new Announced(BookingEventType.DISPUTE_OPENED, new DisputeChanged(o.disputeId(), o.bookingId(),
                    b.getPassengerId(), b.getDriverId(), o.openedBy(), o.category(), DisputeStatus.OPEN.wire(), null, null, o.at()));
            case DisputeReviewed r -> new Announced(BookingEventType.DISPUTE_UPDATED, new DisputeChanged(r.disputeId(), r.bookingId(),
                    b.getPassengerId(), b.getDriverId(), r.openedBy(), r.category(), r.to().wire(), r.from().wire(), r.resolution(), r.at()));
        });
    }

    /** Key = the dispute: its events stay in order. */
    private record Announced(EventType type, DisputeChanged payload) implements PublishedEvent {

        @Override
        public Object aggregateId() {
            return payload.disputeId();
        }
    }
}
