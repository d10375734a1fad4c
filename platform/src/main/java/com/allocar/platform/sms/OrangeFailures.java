package com.allocar.platform.sms;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Which of Orange's refusals are the message's fault. A 400 ({@code requestError.serviceException} such as SVC0002
 * "Invalid input value for message part address", or a {@code policyException}) refuses the request itself:
 * permanent. Anything else is about the moment or the account — 401 even with a fresh token, 403 (no units left,
 * the API not activated for the country yet), 429, 5xx — and may pass: transient.
 */
final class OrangeFailures {

    private static final int MAX_BODY = 300;

    private OrangeFailures() {
    }

    static SmsFailure of(String call, int status, String body, JsonMapper json) {
        String summary = "Orange " + call + " answered " + status + ": " + describe(body, json);
        return status == 400 ? new SmsRejected(summary) : new SmsUnavailable(summary, null);
    }

    /**
     * Orange's error in one line: {@code SVC0002 Invalid input value for message part address} for a request error
     * (its {@code %1} filled with the variables), {@code 42 Expired credentials} for a gateway error, else the body.
     */
    static String describe(String body, JsonMapper json) {
        try {
            JsonNode root = json.readTree(body == null ? "" : body);
            if (root != null && root.isObject()) {
                JsonNode request = root.path("requestError");
                for (String kind : new String[] {"serviceException", "policyException"}) {
                    JsonNode e = request.path(kind);
                    if (e.isObject()) {
                        String variables = e.path("variables").isArray() ? String.join(", ", e.path("variables").valueStream()
                                .map(v -> v.asString("")).toList()) : e.path("variables").asString("");
                        return e.path("messageId").asString("") + " " + e.path("text").asString("").replace("%1", variables);
                    }
                }
                if (root.has("code") && root.has("message")) {
                    return root.path("code").asString("") + " " + root.path("message").asString("");
                }
                if (root.has("error")) {
                    return root.path("error").asString("") + " " + root.path("error_description").asString("");
                }
            }
        } catch (JacksonException notJson) {
            // an HTML error page from a proxy, a truncated body: shown as it came
        }
        String text = body == null ? "" : body.strip();
        return text.length() > MAX_BODY ? text.substring(0, MAX_BODY) + "…" : text;
    }
}
