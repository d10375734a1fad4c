package com.allocar.booking.reservation.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.booking.reservation.Booking;
import com.allocar.booking.reservation.BookingStatus;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A booking as its parties see it. {@code check_in} (the QR token and short code) is shown to the passenger only,
 * while it can still be used: the driver must get it from the passenger, on the spot.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record BookingView(UUID id, UUID tripId, UUID passengerId, UUID driverId, int seats, BigDecimal pricePerSeat, BigDecimal amountTotal,
                   String currency, String status, Instant departureTime, String originText, String destinationText,
                   BigDecimal amountPaid, Instant paidAt, CheckIn checkIn, Instant checkedInAt, boolean noShow, String cancelReason,
                   String cancelledBy, Instant cancelledAt, BigDecimal refundAmount, BigDecimal feeAmount, Instant completedAt,
                   Instant createdAt, Instant updatedAt) {

    record CheckIn(String qrCode, String shortCode) {
    }

    static BookingView of(Booking b, UUID viewer) {
        CheckIn code = b.getPassengerId().equals(viewer) && b.getStatus() == BookingStatus.PAID && b.getCheckedInAt() == null
                ? new CheckIn(b.getQrCode(), b.getShortCode()) : null;
        return new BookingView(b.getId(), b.getTripId(), b.getPassengerId(), b.getDriverId(), b.getSeats(), b.getPricePerSeat(),
                b.getAmountTotal(), b.getCurrency(), b.getStatus().wire(), b.getDepartureTime(), b.getOriginText(),
                b.getDestinationText(), b.getAmountPaid(), b.getPaidAt(), code, b.getCheckedInAt(), b.isNoShow(), b.getCancelReason() == null ? null : b.getCancelReason().wire(),
                b.getCancelledBy(), b.getCancelledAt(), b.getRefundAmount(), b.getFeeAmount(), b.getCompletedAt(), b.getCreatedAt(),
                b.getUpdatedAt());
    }
}
