package com.allocar.trip.ride;

import java.util.UUID;

import org.springframework.stereotype.Component;

/** What a driver needs to publish a trip, checked when a trip is published at once or later: each rule in its own file. */
@Component
class MayPublish {

    private final PublishingNeedsKyc kyc;
    private final HeldDriversDoNotPublish held;

    MayPublish(PublishingNeedsKyc kyc, HeldDriversDoNotPublish held) {
        this.kyc = kyc;
        this.held = held;
    }

    void check(UUID driverId) {
        kyc.check(driverId);
        held.check(driverId);
    }
}
