package com.allocar.notification.reminder;

import java.time.Instant;
import java.util.UUID;

/** What the reminders need of a paid booking, as the booking events carry it. */
public record PaidBooking(UUID bookingId, UUID tripId, UUID passengerId, UUID driverId, int seats, Instant departure) {
}
