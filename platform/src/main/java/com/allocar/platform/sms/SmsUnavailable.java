package com.allocar.platform.sms;

/**
 * The provider could not take the SMS now: unreachable, too slow, failing (5xx), refusing our credentials after a
 * fresh token (401), or refusing for the account's sake (403: no units left, API not activated yet).
 */
public final class SmsUnavailable extends SmsFailure {

    public SmsUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    @Override
    public boolean permanent() {
        return false;
    }
}
