package com.allocar.wallet.settlement.messaging;

import java.util.Locale;

/** What a payment of payment.succeeded paid for; wallet-service reads only these two. */
enum PaymentPurpose {
    BOOKING, TOPUP;

    boolean is(String wire) {
        return name().toLowerCase(Locale.ROOT).equals(wire);
    }
}
