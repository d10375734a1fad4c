package com.allocar.payment.payment;

import java.util.Locale;

import com.allocar.payment.provider.Provider;

/** How the payer pays ({@code method} on the wire) and which provider carries it. */
public enum PaymentMethod {
    WAVE(Provider.WAVE), ORANGE_MONEY(Provider.ORANGE_MONEY), MTN_MOMO(Provider.MTN_MOMO), CARD(Provider.STRIPE), WALLET(Provider.WALLET);

    private final Provider provider;

    PaymentMethod(Provider provider) {
        this.provider = provider;
    }

    public Provider provider() {
        return provider;
    }

    /** Mobile money debits a phone: the payer's number is part of the request. */
    public boolean needsMsisdn() {
        return this == MTN_MOMO;
    }

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PaymentMethod fromWire(String s) {
        return valueOf(s.toUpperCase(Locale.ROOT));
    }
}
