package com.allocar.booking.reservation;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** {@code bookings.cancel_reason} holds the reason's wire name, as it always did. */
@Converter
class CancelReasonColumn implements AttributeConverter<CancelReason, String> {

    @Override
    public String convertToDatabaseColumn(CancelReason reason) {
        return reason == null ? null : reason.wire();
    }

    @Override
    public CancelReason convertToEntityAttribute(String column) {
        return column == null ? null : CancelReason.fromWire(column);
    }
}
