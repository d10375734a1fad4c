/**
 * Sending SMS, the one adapter of the fleet: the port {@code SmsGateway} (send, balance) and its adapter for Orange's
 * SMS API ({@code OrangeSmsGateway}: OAuth client-credentials token, outbound requests, contracts), configured by
 * {@code allocar.sms.*} and auto-configured where {@code allocar.sms.base-url} is set. Services wrap the port in their
 * own (identity's OTP, notification's channel) and map {@code SmsFailure} to their own answers.
 */
package com.allocar.platform.sms;
