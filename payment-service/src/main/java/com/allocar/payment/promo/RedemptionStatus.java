package com.allocar.payment.promo;

import com.allocar.platform.lifecycle.Lifecycle;

/** A promo use: reserved at init, redeemed when the payment is paid, released (the use comes back) when it fails. */
enum RedemptionStatus {
    RESERVED, REDEEMED, RELEASED;

    String wire() {
        return Lifecycle.wire(this);
    }
}
