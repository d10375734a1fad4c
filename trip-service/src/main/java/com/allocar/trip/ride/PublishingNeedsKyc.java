package com.allocar.trip.ride;

import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.trip.config.TripProperties;
import com.allocar.trip.member.KycStatus;
import com.allocar.trip.member.Members;

import org.springframework.stereotype.Component;

/** Only a member with an approved identity verification publishes trips (unless the fleet is configured otherwise). */
@Component
class PublishingNeedsKyc {

    private final Members members;
    private final TripProperties props;

    PublishingNeedsKyc(Members members, TripProperties props) {
        this.members = members;
        this.props = props;
    }

    void check(UUID driverId) {
        if (!props.requireKycForDriver()) {
            return;
        }
        KycStatus kyc = members.kycStatus(driverId);
        if (kyc != KycStatus.APPROVED) {
            throw new ApiException(ErrorCode.KYC_REQUIRED, "An approved identity verification (KYC) is required to publish trips",
                    Map.of("kyc_status", kyc.wire()));
        }
    }
}
