package com.allocar.admin.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * admin-service's published contract. {@link PlatformSettings} is the spec's "Paramètres (admin)" list, whole, in every
 * version: an owner reads the fields it applies (payment the fees, booking the cancellation rules, trip the KYC toggle…)
 * and keeps the highest version it has seen.
 */
public final class AdminEvents {

    /**
     * @param platformFeePercent / platformFeeFixed the commission on a paid booking (% of the amount + XOF per booking)
     * @param passengerLateWindowHours / passengerLateFeePercent a passenger cancelling less than X h before departure pays Y %
     * @param driverLateWindowHours / driverLateFinePercent a driver cancelling less than X h before departure is fined Y %
     * @param noShowFeePercent what a passenger who does not show up pays (Z %)
     * @param payoutMinAmount the smallest balance (XOF) paid out to a driver
     * @param templates the e-mail / SMS template id in use per message kind
     * @param referralBonusReferrer / referralBonusReferee what a referral promises (XOF), credited when the referee's
     *        first ride completes (identity records it on the referral when the code is applied)
     * @param driverRatingFloor / driverRatingMinCount a driver whose average falls under the floor after at least that
     *        many ratings is held (no new trips) until staff release them (identity's review queue)
     */
    public record PlatformSettings(BigDecimal platformFeePercent, BigDecimal platformFeeFixed, int passengerLateWindowHours,
                                   BigDecimal passengerLateFeePercent, int driverLateWindowHours, BigDecimal driverLateFinePercent,
                                   BigDecimal noShowFeePercent, BigDecimal payoutMinAmount, boolean allowAutoAcceptDefault,
                                   boolean requireKycForDriver, boolean enableWallet, Map<String, String> templates,
                                   BigDecimal referralBonusReferrer, BigDecimal referralBonusReferee,
                                   BigDecimal driverRatingFloor, int driverRatingMinCount) {
    }

    public record SettingsChanged(long version, PlatformSettings settings, UUID changedBy, Instant changedAt) {
    }

    private AdminEvents() {
    }
}
