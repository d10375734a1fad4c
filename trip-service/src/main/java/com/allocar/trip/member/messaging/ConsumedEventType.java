package com.allocar.trip.member.messaging;

import java.util.Arrays;
import java.util.Optional;

/** The other services' event types trip-service reads (their wire names are theirs; we only name them once). */
enum ConsumedEventType {
    USER_REGISTERED("user.registered"),
    USER_UPDATED("user.updated"),
    KYC_SUBMITTED("kyc.submitted"),
    KYC_APPROVED("kyc.approved"),
    KYC_REJECTED("kyc.rejected"),
    /** From booking-service, which owns ratings. */
    USER_RATING_UPDATED("user.rating_updated");

    private final String wire;

    ConsumedEventType(String wire) {
        this.wire = wire;
    }

    String wire() {
        return wire;
    }

    static Optional<ConsumedEventType> of(String wire) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
    }
}
