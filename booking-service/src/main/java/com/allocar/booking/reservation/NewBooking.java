package com.allocar.booking.reservation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** What a new booking starts from: the request, the hold trip-service granted and the trip's facts copied then. */
public record NewBooking(UUID id, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal pricePerSeat, String currency,
                         Instant departureTime, String originText, String destinationText, UUID holdId) {
}
