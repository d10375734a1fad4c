package com.allocar.devstack.fcm;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What FCM checks of a {@code messages:send} body before it takes a message (firebase.google.com/docs/reference/fcm/rest/v1):
 * the known fields only, exactly one target ({@code token} | {@code topic} | {@code condition}), {@code data} values that
 * are strings and keys that are not reserved ({@code from}, {@code gcm}, {@code google…}), Android {@code priority} and
 * {@code ttl} (a duration string {@code ^\d+(\.\d{1,9})?s$}, at most 4 weeks), APNs headers as strings, a registration
 * token of token characters, and at most {@value #MAX_PAYLOAD_BYTES} bytes of payload (the message less its target).
 */
final class MessageCheck {

    static final int MAX_PAYLOAD_BYTES = 4096;
    static final long MAX_TTL_SECONDS = 28L * 24 * 3600;
    static final Pattern TTL = Pattern.compile("^\\d+(\\.\\d{1,9})?s$");
    /** What an FCM registration token is made of (they are ~160 characters of base64url, ':' and '-'). */
    static final Pattern REGISTRATION_TOKEN = Pattern.compile("^[A-Za-z0-9_:.\\-]{16,4096}$");
    static final Pattern TOPIC = Pattern.compile("^(/topics/)?[a-zA-Z0-9\\-_.~%]{1,900}$");

    /** Proto JSON accepts the field's name and its lowerCamelCase form. */
    private static final Set<String> REQUEST_FIELDS = Set.of("message", "validate_only", "validateOnly");
    private static final Set<String> MESSAGE_FIELDS = Set.of("name", "data", "notification", "android", "webpush", "apns",
            "fcm_options", "fcmOptions", "token", "topic", "condition");
    private static final Set<String> NOTIFICATION_FIELDS = Set.of("title", "body", "image");
    private static final List<String> TARGETS = List.of("token", "topic", "condition");

    /** A message FCM takes: its target and whether it is only validated. */
    record Accepted(ObjectNode message, String token, String topic, String condition, boolean validateOnly) {
    }

    /** Exactly one of the two is set. */
    record Outcome(Accepted accepted, GoogleError refused) {
    }

    private final JsonMapper json;

    MessageCheck(JsonMapper json) {
        this.json = json;
    }

    Outcome check(JsonNode request) {
        if (request == null || !request.isObject()) {
            return refuse(GoogleError.badField("", "Invalid JSON payload received. Expected an object."));
        }
        GoogleError unknown = unknownField(request, REQUEST_FIELDS, "");
        if (unknown != null) {
            return refuse(unknown);
        }
        JsonNode validateOnly = request.has("validate_only") ? request.get("validate_only") : request.get("validateOnly");
        if (validateOnly != null && !validateOnly.isBoolean()) {
            return refuse(GoogleError.badField("validate_only", "Invalid value at 'validate_only' (TYPE_BOOL), " + validateOnly));
        }
        JsonNode message = request.get("message");
        if (message == null || message.isNull()) {
            return refuse(GoogleError.invalidArgument("Request contains an invalid argument."));
        }
        if (!message.isObject()) {
            return refuse(GoogleError.badField("message", "Invalid value at 'message' (type.googleapis.com/google.firebase.fcm.v1.Message), "
                    + message));
        }
        unknown = unknownField(message, MESSAGE_FIELDS, "message");
        if (unknown != null) {
            return refuse(unknown);
        }
        List<String> targets = new ArrayList<>();
        for (String t : TARGETS) {
            JsonNode v = message.get(t);
            if (v != null && !v.isNull()) {
                if (!v.isString()) {
                    return refuse(GoogleError.badField("message." + t, "Invalid value at 'message." + t + "' (TYPE_STRING), " + v));
                }
                if (!targets.isEmpty()) {
                    return refuse(GoogleError.badField("message", "Invalid value at 'message' (oneof), oneof field 'target' is already set. "
                            + "Cannot set '" + t + "'"));
                }
                targets.add(t);
            }
        }
        if (targets.isEmpty()) {
            return refuse(new GoogleError(400, "INVALID_ARGUMENT", "Recipient of the message is not set.", "INVALID_ARGUMENT", "message", null));
        }
        String token = string(message, "token");
        String topic = string(message, "topic");
        if (token != null && !REGISTRATION_TOKEN.matcher(token).matches()) {
            return refuse(GoogleError.invalidArgument("The registration token is not a valid FCM registration token"));
        }
        if (topic != null && !TOPIC.matcher(topic).matches()) {
            return refuse(GoogleError.invalidArgument("Invalid topic name: " + topic));
        }
        GoogleError problem = notification(message.get("notification"));
        if (problem == null) {
            problem = data(message.get("data"), "message.data");
        }
        if (problem == null) {
            problem = android(message.get("android"));
        }
        if (problem == null) {
            problem = apns(message.get("apns"));
        }
        if (problem == null) {
            ObjectNode payload = ((ObjectNode) message).deepCopy();
            TARGETS.forEach(payload::remove);
            int bytes = json.writeValueAsBytes(payload).length;
            if (bytes > MAX_PAYLOAD_BYTES) {
                problem = GoogleError.invalidArgument("Message is too big: " + bytes + " bytes of payload, at most " + MAX_PAYLOAD_BYTES);
            }
        }
        if (problem != null) {
            return refuse(problem);
        }
        return new Outcome(new Accepted((ObjectNode) message, token, topic, string(message, "condition"),
                validateOnly != null && validateOnly.booleanValue()), null);
    }

    private static GoogleError notification(JsonNode n) {
        if (n == null || n.isNull()) {
            return null;
        }
        if (!n.isObject()) {
            return GoogleError.badField("message.notification", "Invalid value at 'message.notification' "
                    + "(type.googleapis.com/google.firebase.fcm.v1.Notification), " + n);
        }
        GoogleError unknown = unknownField(n, NOTIFICATION_FIELDS, "message.notification");
        if (unknown != null) {
            return unknown;
        }
        for (String f : NOTIFICATION_FIELDS) {
            JsonNode v = n.get(f);
            if (v != null && !v.isNull() && !v.isString()) {
                return GoogleError.badField("message.notification." + f, "Invalid value at 'message.notification." + f + "' (TYPE_STRING), " + v);
            }
        }
        return null;
    }

    /** map&lt;string, string&gt; of a message's data: every value a string, FCM's reserved keys refused. */
    private static GoogleError data(JsonNode d, String at) {
        GoogleError notStrings = strings(d, at);
        if (notStrings != null || d == null || d.isNull()) {
            return notStrings;
        }
        for (String name : d.propertyNames()) {
            String key = name.toLowerCase(Locale.ROOT);
            if (key.equals("from") || key.equals("gcm") || key.startsWith("google")) {
                return GoogleError.invalidArgument("Invalid data payload key: '" + name + "' is reserved (from, gcm, google…)");
            }
        }
        return null;
    }

    /** A map&lt;string, string&gt;: proto JSON names the first value that is not a string by its index. */
    private static GoogleError strings(JsonNode d, String at) {
        if (d == null || d.isNull()) {
            return null;
        }
        if (!d.isObject()) {
            return GoogleError.badField(at, "Invalid value at '" + at + "' (type.googleapis.com/google.protobuf.Map), " + d);
        }
        int i = 0;
        for (Map.Entry<String, JsonNode> e : d.properties()) {
            if (!e.getValue().isString()) {
                String field = at + "[" + i + "].value";
                return GoogleError.badField(field, "Invalid value at '" + field + "' (TYPE_STRING), " + e.getValue());
            }
            i++;
        }
        return null;
    }

    private static GoogleError android(JsonNode a) {
        if (a == null || a.isNull()) {
            return null;
        }
        if (!a.isObject()) {
            return GoogleError.badField("message.android", "Invalid value at 'message.android' "
                    + "(type.googleapis.com/google.firebase.fcm.v1.AndroidConfig), " + a);
        }
        JsonNode priority = a.get("priority");
        if (priority != null && !priority.isNull()
                && !(priority.isString() && Set.of("normal", "high").contains(priority.stringValue().toLowerCase(Locale.ROOT)))) {
            return GoogleError.badField("message.android.priority", "Invalid value at 'message.android.priority' "
                    + "(type.googleapis.com/google.firebase.fcm.v1.AndroidMessagePriority), " + priority);
        }
        JsonNode ttl = a.get("ttl");
        if (ttl != null && !ttl.isNull()) {
            if (!ttl.isString() || !TTL.matcher(ttl.stringValue()).matches()) {
                return GoogleError.badField("message.android.ttl", "Invalid value at 'message.android.ttl' (type.googleapis.com/google.protobuf.Duration), "
                        + ttl);
            }
            String s = ttl.stringValue();
            if (Double.parseDouble(s.substring(0, s.length() - 1)) > MAX_TTL_SECONDS) {
                return GoogleError.badField("message.android.ttl", "The TTL cannot be longer than 4 weeks (" + MAX_TTL_SECONDS + "s): " + s);
            }
        }
        return data(a.get("data"), "message.android.data");
    }

    private static GoogleError apns(JsonNode a) {
        if (a == null || a.isNull()) {
            return null;
        }
        if (!a.isObject()) {
            return GoogleError.badField("message.apns", "Invalid value at 'message.apns' (type.googleapis.com/google.firebase.fcm.v1.ApnsConfig), " + a);
        }
        JsonNode headers = a.get("headers");
        if (headers != null && !headers.isNull()) {
            GoogleError bad = strings(headers, "message.apns.headers");
            if (bad != null) {
                return bad;
            }
            JsonNode priority = headers.get("apns-priority");
            if (priority != null && !Set.of("5", "10").contains(priority.stringValue())) {
                return GoogleError.invalidArgument("Invalid APNs priority: " + priority.stringValue() + " (5 or 10)");
            }
        }
        JsonNode payload = a.get("payload");
        if (payload != null && !payload.isNull() && !(payload.isObject() && (payload.get("aps") == null || payload.get("aps").isObject()))) {
            return GoogleError.badField("message.apns.payload", "Invalid value at 'message.apns.payload' (type.googleapis.com/google.protobuf.Struct), "
                    + payload);
        }
        return null;
    }

    private static GoogleError unknownField(JsonNode node, Set<String> known, String at) {
        for (String name : node.propertyNames()) {
            if (!known.contains(name)) {
                String where = at.isEmpty() ? "" : " at '" + at + "'";
                return GoogleError.badField(at, "Invalid JSON payload received. Unknown name \"" + name + "\"" + where + ": Cannot find field.");
            }
        }
        return null;
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? v.stringValue() : null;
    }

    private static Outcome refuse(GoogleError e) {
        return new Outcome(null, e);
    }
}
