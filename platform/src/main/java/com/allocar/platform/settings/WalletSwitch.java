package com.allocar.platform.settings;

import java.util.Map;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

/**
 * Staff may switch the wallet off (setting {@code enable_wallet}, on by default): paying a booking from it
 * (payment-service), topping it up and withdrawing (wallet-service) are then refused, 403 {@code forbidden}
 * {reason: wallet_disabled}. Money already in wallets stays where it is and stays readable; refunds and earnings still
 * reach it.
 */
public final class WalletSwitch {

    public static final String SETTING = "enable_wallet";

    private WalletSwitch() {
    }

    public static void require(PlatformSettings.InForce settings) {
        if (!settings.flag(SETTING, true)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "The wallet is switched off for now: pay with mobile money or a card",
                    Map.of("reason", "wallet_disabled"));
        }
    }
}
