package com.allocar.wallet.member.messaging;

import java.util.Arrays;
import java.util.Optional;

/** identity's event types the member listeners apply (ADR 006); every other type is ignored. */
enum HeardEvent {
    USER_REGISTERED("user.registered"),
    USER_UPDATED("user.updated"),
    REFERRAL_APPLIED("referral.applied"),
    KYC_SUBMITTED("kyc.submitted"),
    KYC_APPROVED("kyc.approved"),
    KYC_REJECTED("kyc.rejected");

    private final String wire;

    HeardEvent(String wire) {
        this.wire = wire;
    }

    static Optional<HeardEvent> of(String type) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(type)).findFirst();
    }
}
