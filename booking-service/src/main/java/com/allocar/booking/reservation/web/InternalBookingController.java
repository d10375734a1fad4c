package com.allocar.booking.reservation.web;

import java.util.UUID;

import com.allocar.booking.api.BookingInternalApi.BookingSummary;
import com.allocar.booking.reservation.Booking;
import com.allocar.booking.reservation.ReadBookings;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import io.swagger.v3.oas.annotations.Hidden;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * What payment-service reads of a booking before a payment, and messaging-service of a booking it has not heard of yet
 * (who may chat); service token, never routed by the gateway.
 */
@Hidden
@RestController
@CalledBy({FleetService.PAYMENT, FleetService.MESSAGING})
class InternalBookingController {

    private final ReadBookings bookings;

    InternalBookingController(ReadBookings bookings) {
        this.bookings = bookings;
    }

    @GetMapping("/internal/bookings/{id}")
    Envelope<BookingSummary> get(@PathVariable UUID id) {
        Booking b = bookings.find(id);
        return Envelope.of(new BookingSummary(b.getId(), b.getTripId(), b.getPassengerId(), b.getDriverId(), b.getSeats(),
                b.getPricePerSeat(), b.getAmountTotal(), b.getCurrency(), b.getStatus().wire(), b.getDepartureTime(), b.getHoldId()));
    }
}
