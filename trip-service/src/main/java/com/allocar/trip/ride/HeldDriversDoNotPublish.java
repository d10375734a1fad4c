package com.allocar.trip.ride;

import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.trip.member.Members;

import org.springframework.stereotype.Component;

/**
 * A driver identity held after a low rating publishes no new trip until staff release them (admin-service's review
 * queue): 403 {@code forbidden} {reason: driver_held}. Trips published before stay; staff may cancel them.
 */
@Component
class HeldDriversDoNotPublish {

    private final Members members;

    HeldDriversDoNotPublish(Members members) {
        this.members = members;
    }

    void check(UUID driverId) {
        if (members.driverHeld(driverId)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Your driver account is under review after low ratings: AlloCar support will contact you",
                    Map.of("reason", "driver_held"));
        }
    }
}
