package com.allocar.wallet.withdrawal;

import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.wallet.member.KycStatus;

/** Spec: KYC is "obligatoire pour … recevoir payouts": only a member whose KYC identity approved may withdraw. */
public final class KycRequiredForWithdrawal {

    private KycRequiredForWithdrawal() {
    }

    public static void check(KycStatus status) {
        if (status != KycStatus.APPROVED) {
            throw new ApiException(ErrorCode.KYC_REQUIRED, "An approved identity verification (KYC) is required to withdraw",
                    Map.of("kyc_status", status.wire()));
        }
    }
}
