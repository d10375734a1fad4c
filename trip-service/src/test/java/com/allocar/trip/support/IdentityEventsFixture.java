package com.allocar.trip.support;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.TestEvents;

/** identity-shaped (and booking-shaped) events, published to the real broker through {@link TestEvents}. */
public final class IdentityEventsFixture {

    private IdentityEventsFixture() {
    }

    public static String envelope(UUID eventId, String type, String aggregateId, Instant occurredAt, Map<String, Object> payload) {
        return TestEvents.envelope(eventId, type, aggregateId, occurredAt, payload);
    }

    public static void send(String topic, String key, String envelope) {
        TestEvents.send(topic, key, envelope);
    }

    public static String userRegistered(UUID userId, String first, String last) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("user_id", userId.toString());
        p.put("phone", "+2250700000000");
        p.put("email", null);
        p.put("first_name", first);
        p.put("last_name", last);
        p.put("referral_code", "REF" + userId.toString().substring(0, 5));
        p.put("sign_up_method", "phone");
        p.put("registered_at", Instant.now().toString());
        return envelope(UUID.randomUUID(), "user.registered", userId.toString(), Instant.now(), p);
    }

    public static String userUpdated(UUID eventId, UUID userId, String first, String last, String photoUrl, Instant at) {
        return userUpdated(eventId, userId, first, last, photoUrl, null, at);
    }

    /** @param driverHeld null: an event written before identity held drivers (no such field) */
    public static String userUpdated(UUID eventId, UUID userId, String first, String last, String photoUrl, Boolean driverHeld, Instant at) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("user_id", userId.toString());
        p.put("first_name", first);
        p.put("last_name", last);
        p.put("gender", null);
        p.put("birthdate", null);
        p.put("photo_url", photoUrl);
        p.put("driver", false);
        p.put("active", true);
        if (driverHeld != null) {
            p.put("driver_held", driverHeld);
        }
        return envelope(eventId, "user.updated", userId.toString(), at, p);
    }

    /** kyc.submitted / kyc.approved / kyc.rejected (identity keys them by document id). */
    public static String kyc(UUID eventId, String type, UUID userId, Instant at) {
        UUID doc = UUID.randomUUID();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("document_id", doc.toString());
        p.put("user_id", userId.toString());
        p.put("doc_type", "cni");
        if (type.equals("kyc.submitted")) {
            p.put("submitted_at", at.toString());
        } else {
            p.put("status", type.equals("kyc.approved") ? "approved" : "rejected");
            p.put("notes", type.equals("kyc.approved") ? null : "Photo floue");
            p.put("reviewed_by", UUID.randomUUID().toString());
            p.put("reviewed_at", at.toString());
        }
        return envelope(eventId, type, doc.toString(), at, p);
    }

    public static String ratingUpdated(UUID eventId, UUID userId, String avg, int count, Instant at) {
        return envelope(eventId, "user.rating_updated", userId.toString(), at,
                Map.of("user_id", userId.toString(), "rating_avg", new java.math.BigDecimal(avg), "rating_count", count));
    }
}
