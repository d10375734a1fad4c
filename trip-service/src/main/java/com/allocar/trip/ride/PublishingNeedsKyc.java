package com.allocar.trip.ride;

import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.settings.PlatformSettings;
import com.allocar.trip.config.TripProperties;
import com.allocar.trip.member.KycStatus;
import com.allocar.trip.member.Members;

import org.springframework.stereotype.Component;

/**
 * Only a member with an approved identity verification publishes trips — unless staff switch the admin setting
 * {@code require_kyc_for_driver} off (the property is the default until they set it).
 */
@Component
class PublishingNeedsKyc {

    private final Members members;
    private final TripProperties props;
    private final PlatformSettings settings;

    PublishingNeedsKyc(Members members, TripProperties props, PlatformSettings settings) {
        this.members = members;
        this.props = props;
        this.settings = settings;
    }

    void check(UUID driverId) {
        if (!settings.current().flag("require_kyc_for_driver", props.requireKycForDriver())) {
            return;
        }
        KycStatus kyc = members.kycStatus(driverId);
        if (kyc != KycStatus.APPROVED) {
            throw new ApiException(ErrorCode.KYC_REQUIRED, "An approved identity verification (KYC) is required to publish trips",
                    Map.of("kyc_status", kyc.wire()));
        }
    }
}
