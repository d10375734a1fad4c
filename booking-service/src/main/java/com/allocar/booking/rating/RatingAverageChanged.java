package com.allocar.booking.rating;

import com.allocar.booking.api.BookingEventType;
import com.allocar.booking.api.BookingEvents.RatingUpdated;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;

/** A new rating moved a member's average: {@code user.rating_updated} on {@code booking.ratings}, key = the rated user. */
record RatingAverageChanged(RatingUpdated average) implements PublishedEvent {

    @Override
    public EventType type() {
        return BookingEventType.USER_RATING_UPDATED;
    }

    @Override
    public Object aggregateId() {
        return average.userId();
    }

    @Override
    public Object payload() {
        return average;
    }
}
