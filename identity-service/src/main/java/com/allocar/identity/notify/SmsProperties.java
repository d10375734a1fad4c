package com.allocar.identity.notify;

import org.springframework.boot.context.properties.ConfigurationProperties;

@ConfigurationProperties("allocar.sms")
public record SmsProperties(String baseUrl, String apiKey, String sender) {
}
