package com.allocar.platform.sms;

/**
 * Sends SMS through the provider (Orange's SMS API in production, devstack's fake of it locally and in tests).
 * Both calls throw {@link SmsRejected} when the provider refused the request itself (sending it again cannot help)
 * and {@link SmsUnavailable} when it could not be reached or is refusing for now (try again later).
 */
public interface SmsGateway {

    /**
     * @param toE164 the recipient, E.164 ({@code +2250701020304})
     * @param text   the message, as the member reads it
     * @return the provider's id of the accepted message, or null when its answer named none
     */
    String send(String toE164, String text);

    /** What is left to send on the provider's contracts. */
    SmsBalance balance();
}
