package com.allocar.messaging.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading client frames and writing the service's: a frame is one JSON object with a {@code type}; its fields are
 * read strictly (an unknown field, a wrong JSON type or a missing field is a {@code validation_error}, as on the REST
 * side). An error frame is {@code {type: error, code, message, details, client_id?}}: the REST envelope's error, flat.
 */
public final class Frames {

    public static final String TYPE = "type";
    public static final String CLIENT_ID = "client_id";

    private final JsonMapper json;

    public Frames(JsonMapper json) {
        this.json = json;
    }

    /** The frame as an object with a textual {@code type}; a validation_error otherwise. */
    public JsonNode parse(String text) {
        JsonNode node;
        try {
            node = json.readTree(text);
        } catch (JacksonException e) {
            throw ApiException.validation("frame", "must be one JSON object");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.validation("frame", "must be one JSON object");
        }
        if (!node.path(TYPE).isString()) {
            throw ApiException.validation(TYPE, "is required (a string)");
        }
        return node;
    }

    /** The frame's {@code client_id} if it is a string of at most 64 characters (echoed in answers), else null. */
    public static String clientId(JsonNode frame) {
        JsonNode id = frame == null ? null : frame.get(CLIENT_ID);
        return id != null && id.isString() && id.asString().length() <= 64 ? id.asString() : null;
    }

    /** Refuses the fields not in {@code allowed} (besides type and client_id). */
    public static void only(JsonNode frame, Set<String> allowed) {
        List<String> unknown = new ArrayList<>();
        for (String name : frame.propertyNames()) {
            if (!TYPE.equals(name) && !CLIENT_ID.equals(name) && !allowed.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw ApiException.validation(unknown.getFirst(), "unknown field");
        }
        JsonNode id = frame.get(CLIENT_ID);
        if (id != null && !id.isNull() && (!id.isString() || id.asString().length() > 64)) {
            throw ApiException.validation(CLIENT_ID, "must be a string of at most 64 characters");
        }
    }

    public static String string(JsonNode frame, String field, boolean required) {
        JsonNode v = frame.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiException.validation(field, "is required");
            }
            return null;
        }
        if (!v.isString()) {
            throw ApiException.validation(field, "must be a string");
        }
        return v.asString();
    }

    public static Double number(JsonNode frame, String field, boolean required) {
        JsonNode v = frame.get(field);
        if (v == null || v.isNull()) {
            if (required) {
                throw ApiException.validation(field, "is required");
            }
            return null;
        }
        if (!v.isNumber()) {
            throw ApiException.validation(field, "must be a number");
        }
        return v.asDouble();
    }

    public static UUID uuid(JsonNode frame, String field) {
        String s = string(frame, field, true);
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            throw ApiException.validation(field, "must be a valid UUID");
        }
    }

    public static java.time.Instant instant(JsonNode frame, String field) {
        String s = string(frame, field, true);
        try {
            return java.time.OffsetDateTime.parse(s).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw ApiException.validation(field, "must be an ISO-8601 date-time with its offset (2026-05-01T07:30:00Z)");
        }
    }

    /** Any object as a frame's JSON text. */
    public String write(Object frame) {
        return json.writeValueAsString(frame);
    }

    /** {@code {type: error, code, message, details, client_id?}}. */
    public String error(ApiException e, String clientId) {
        return error(e.code(), e.getMessage(), e.details(), clientId);
    }

    public String error(ErrorCode code, String message, Map<String, Object> details, String clientId) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put(TYPE, FrameType.ERROR.wire());
        f.put("code", code.code());
        f.put("message", message);
        f.put("details", details == null ? Map.of() : details);
        if (clientId != null) {
            f.put(CLIENT_ID, clientId);
        }
        return json.writeValueAsString(f);
    }
}
