package com.allocar.devstack.fcm;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A refusal of the FCM API in Google's shape: {@code {"error":{"code","message","status","details":[…]}}}, the details
 * an {@code FcmError} with its {@code errorCode} and / or a {@code google.rpc.BadRequest} with the field at fault.
 *
 * @param code      the HTTP status
 * @param status    Google's canonical status (NOT_FOUND, INVALID_ARGUMENT…)
 * @param errorCode FCM's error code for the {@code FcmError} detail; null for none
 * @param field     the request field at fault for a {@code BadRequest} detail; null for none
 * @param retryAfter the {@code Retry-After} header in seconds; null for none
 */
record GoogleError(int code, String status, String message, String errorCode, String field, String retryAfter) {

    static final String FCM_ERROR = "type.googleapis.com/google.firebase.fcm.v1.FcmError";
    static final String BAD_REQUEST = "type.googleapis.com/google.rpc.BadRequest";

    /** A malformed request field (400 INVALID_ARGUMENT with a BadRequest field violation). */
    static GoogleError badField(String field, String description) {
        return new GoogleError(400, "INVALID_ARGUMENT", description, null, field, null);
    }

    /** A 400 INVALID_ARGUMENT FCM names itself (FcmError INVALID_ARGUMENT). */
    static GoogleError invalidArgument(String message) {
        return new GoogleError(400, "INVALID_ARGUMENT", message, "INVALID_ARGUMENT", null, null);
    }

    ObjectNode body(JsonMapper json) {
        ObjectNode root = json.createObjectNode();
        ObjectNode error = root.putObject("error").put("code", code).put("message", message).put("status", status);
        if (errorCode != null || field != null) {
            ArrayNode details = error.putArray("details");
            if (field != null) {
                ObjectNode bad = details.addObject().put("@type", BAD_REQUEST);
                bad.putArray("fieldViolations").addObject().put("field", field).put("description", message);
            }
            if (errorCode != null) {
                details.addObject().put("@type", FCM_ERROR).put("errorCode", errorCode);
            }
        }
        return root;
    }
}
