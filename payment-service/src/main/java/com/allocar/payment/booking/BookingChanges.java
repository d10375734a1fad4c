package com.allocar.payment.booking;

import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Applies a booking event to the view, in the consumer's transaction; an event older than what is stored changes nothing. */
@Component
public class BookingChanges {

    private final BookingViewRepository views;

    BookingChanges(BookingViewRepository views) {
        this.views = views;
    }

    /** @param envelopeTime the envelope's occurred_at, for a payload without its own */
    @Transactional(propagation = Propagation.MANDATORY)
    public void apply(BookingChanged change, Instant envelopeTime) {
        if (change.bookingId() == null || change.passengerId() == null || change.status() == null) {
            return; // not a booking state: nothing to keep
        }
        views.store(change.view(), change.occurredAt() != null ? change.occurredAt() : envelopeTime);
    }
}
