package com.allocar.platform.sms;

/** The provider refused the request itself (HTTP 400: Orange's {@code serviceException} / {@code policyException}). */
public final class SmsRejected extends SmsFailure {

    public SmsRejected(String message) {
        super(message, null);
    }

    @Override
    public boolean permanent() {
        return true;
    }
}
