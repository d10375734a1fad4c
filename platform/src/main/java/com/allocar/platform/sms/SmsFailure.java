package com.allocar.platform.sms;

/** The provider did not take an SMS; {@link #permanent()} says whether trying the same message again can help. */
public abstract sealed class SmsFailure extends RuntimeException permits SmsRejected, SmsUnavailable {

    SmsFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** True when the provider refused the message itself (a bad number, an empty text): never worth a retry. */
    public abstract boolean permanent();
}
