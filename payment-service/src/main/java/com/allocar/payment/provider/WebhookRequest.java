package com.allocar.payment.provider;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** A notification as received: lower-cased header names, the raw body bytes (signatures cover them), query. */
public record WebhookRequest(Map<String, String> headers, byte[] body, Map<String, String> query) {

    public String header(String name) {
        return headers.get(name.toLowerCase(Locale.ROOT));
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
