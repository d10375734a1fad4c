package com.allocar.payment.promo;

import com.allocar.platform.lifecycle.Lifecycle;

/** Whether a promo code may be used at all (its window and limits apply on top). */
public enum PromoStatus {
    ACTIVE, INACTIVE;

    public String wire() {
        return Lifecycle.wire(this);
    }
}
