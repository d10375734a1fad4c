package com.allocar.payment.booking;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * The booking a payment is for (amount, passenger, status come from booking-service only). Read from the view that
 * booking.bookings feeds; when the booking is not there yet (the passenger pays before the event arrived) or not
 * payable there (an event may still be on its way), booking-service's internal API is asked once and its answer stored:
 * never a guess.
 */
@Component
public class Bookings {

    private final BookingViewRepository views;
    private final BookingServiceClient client;
    private final Clock clock;

    Bookings(BookingViewRepository views, BookingServiceClient client, Clock clock) {
        this.views = views;
        this.client = client;
        this.clock = clock;
    }

    /** @return empty when booking-service has no such booking */
    public Optional<BookingView> find(UUID bookingId) {
        Optional<BookingView> known = views.find(bookingId);
        if (known.isPresent() && known.get().accepted()) {
            return known;
        }
        return ask(bookingId);
    }

    private Optional<BookingView> ask(UUID bookingId) {
        BookingSummary answer;
        try {
            answer = client.booking(bookingId);
        } catch (ApiException e) {
            if (e.code() == ErrorCode.NOT_FOUND) {
                return Optional.empty();
            }
            throw e;
        }
        if (answer == null) {
            return Optional.empty();
        }
        BookingView view = BookingView.of(answer);
        views.store(view, clock.instant());
        return Optional.of(view);
    }
}
