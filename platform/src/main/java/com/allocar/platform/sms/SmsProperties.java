package com.allocar.platform.sms;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SMS provider ({@code allocar.sms.*}): Orange's SMS API, or devstack's fake of it.
 *
 * @param baseUrl        {@code https://api.orange.com} in production; the gateway exists only where it is set
 * @param clientId       the application's OAuth client id (Orange developer console)
 * @param clientSecret   its secret
 * @param senderAddress  the contract's sender address, {@code tel:+} and the country code followed by zeros
 *                       ({@code tel:+2250000} for Côte d'Ivoire)
 * @param senderName     the sender name shown on phones, as approved by Orange; none when blank
 * @param connectTimeout to open a connection to the provider
 * @param readTimeout    to wait for one answer
 */
@ConfigurationProperties("allocar.sms")
public record SmsProperties(
        String baseUrl,
        String clientId,
        String clientSecret,
        @DefaultValue("tel:+2250000") String senderAddress,
        String senderName,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration readTimeout) {

    /** The same settings against another server (a test's closed port, a second provider account). */
    public SmsProperties withBaseUrl(String otherBaseUrl) {
        return new SmsProperties(otherBaseUrl, clientId, clientSecret, senderAddress, senderName, connectTimeout, readTimeout);
    }
}
