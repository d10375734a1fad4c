package com.allocar.wallet.support;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.testing.TestEvents;

/** Publishes identity-, booking- and payment-shaped events (ADR 006) to the real broker, as those services' relays do. */
public final class Events {

    private Events() {
    }

    /** An envelope ready to send (send it twice to test a redelivery). */
    public record Event(String topic, String key, String json) {

        public Event send() {
            Events.send(topic, key, json);
            return this;
        }
    }

    public static Event event(String topic, String type, Object aggregateId, Map<String, Object> payload) {
        return event(topic, type, aggregateId, Instant.now(), payload);
    }

    public static Event event(String topic, String type, Object aggregateId, Instant at, Map<String, Object> payload) {
        return new Event(topic, aggregateId.toString(), TestEvents.envelope(UUID.randomUUID(), type, aggregateId.toString(), at, payload));
    }

    public static void send(String topic, String key, String envelope) {
        TestEvents.send(topic, key, envelope);
    }

    // ---- identity
    public static Event kyc(String type, UUID userId, Instant at) {
        UUID doc = UUID.randomUUID();
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("document_id", doc.toString());
        p.put("user_id", userId.toString());
        p.put("doc_type", "cni");
        if (!type.equals("kyc.submitted")) {
            p.put("status", type.equals("kyc.approved") ? "approved" : "rejected");
            p.put("notes", null);
            p.put("reviewed_by", UUID.randomUUID().toString());
            p.put("reviewed_at", at.toString());
        } else {
            p.put("submitted_at", at.toString());
        }
        return event("identity.kyc", type, doc, at, p);
    }

    public static Event userRegistered(UUID userId, String phone, String first, String last) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("user_id", userId.toString());
        p.put("phone", phone);
        p.put("email", null);
        p.put("first_name", first);
        p.put("last_name", last);
        p.put("referral_code", "REF" + userId.toString().substring(0, 5));
        p.put("sign_up_method", "phone");
        p.put("registered_at", Instant.now().toString());
        return event("identity.users", "user.registered", userId, p);
    }

    public static Event userUpdated(UUID userId, String first, String last) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("user_id", userId.toString());
        p.put("first_name", first);
        p.put("last_name", last);
        p.put("gender", null);
        p.put("birthdate", null);
        p.put("photo_url", null);
        p.put("driver", true);
        p.put("active", true);
        return event("identity.users", "user.updated", userId, p);
    }

    public static Event referralApplied(UUID referralId, UUID referrer, UUID referee, int bonusReferrer, int bonusReferee) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("referral_id", referralId.toString());
        p.put("referrer_id", referrer.toString());
        p.put("referee_id", referee.toString());
        p.put("bonus_referrer", bonusReferrer);
        p.put("bonus_referee", bonusReferee);
        p.put("currency", "XOF");
        return event("identity.users", "referral.applied", referee, p);
    }

    // ---- payment
    public static Event bookingPaid(UUID paymentId, UUID bookingId, UUID passenger, UUID driver, String amount, String discount,
                                    String commission, String providerFee) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("payment_id", paymentId.toString());
        p.put("purpose", "booking");
        p.put("booking_id", bookingId.toString());
        p.put("topup_id", null);
        p.put("user_id", passenger.toString());
        p.put("driver_id", driver.toString());
        p.put("amount", new BigDecimal(amount));
        p.put("discount", new BigDecimal(discount));
        p.put("commission", new BigDecimal(commission));
        p.put("provider_fee", new BigDecimal(providerFee));
        p.put("currency", "XOF");
        p.put("method", "wave");
        p.put("provider", "wave");
        p.put("provider_ref", "cos-" + paymentId);
        p.put("paid_at", Instant.now().toString());
        return event("payment.payments", "payment.succeeded", paymentId, p);
    }

    public static Event topupPaid(UUID paymentId, UUID topupId, UUID user, String amount) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("payment_id", paymentId.toString());
        p.put("purpose", "topup");
        p.put("booking_id", null);
        p.put("topup_id", topupId.toString());
        p.put("user_id", user.toString());
        p.put("driver_id", null);
        p.put("amount", new BigDecimal(amount));
        p.put("discount", BigDecimal.ZERO);
        p.put("commission", BigDecimal.ZERO);
        p.put("provider_fee", BigDecimal.ZERO);
        p.put("currency", "XOF");
        p.put("method", "wave");
        p.put("provider", "wave");
        p.put("provider_ref", "cos-" + paymentId);
        p.put("paid_at", Instant.now().toString());
        return event("payment.payments", "payment.succeeded", paymentId, p);
    }

    public static Event refunded(UUID refundId, UUID paymentId, UUID bookingId, UUID passenger, UUID driver, String amount, String destination) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("refund_id", refundId.toString());
        p.put("payment_id", paymentId.toString());
        p.put("booking_id", bookingId.toString());
        p.put("user_id", passenger.toString());
        p.put("driver_id", driver.toString());
        p.put("refund_amount", new BigDecimal(amount));
        p.put("destination", destination);
        p.put("currency", "XOF");
        p.put("refunded_at", Instant.now().toString());
        return event("payment.payments", "payment.refunded", paymentId, p);
    }

    public static Event payoutCompleted(UUID payoutId, UUID user, String amount) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("payout_id", payoutId.toString());
        p.put("user_id", user.toString());
        p.put("amount", new BigDecimal(amount));
        p.put("currency", "XOF");
        p.put("provider", "wave");
        p.put("provider_ref", "po-" + payoutId);
        p.put("completed_at", Instant.now().toString());
        return event("payment.payments", "payout.completed", payoutId, p);
    }

    public static Event payoutFailed(UUID payoutId, UUID user, String amount) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("payout_id", payoutId.toString());
        p.put("user_id", user.toString());
        p.put("amount", new BigDecimal(amount));
        p.put("currency", "XOF");
        p.put("reason", "msisdn_invalid");
        p.put("failed_at", Instant.now().toString());
        return event("payment.payments", "payout.failed", payoutId, p);
    }

    // ---- booking
    public static Event bookingCompleted(UUID bookingId, UUID passenger, UUID driver) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("booking_id", bookingId.toString());
        p.put("trip_id", UUID.randomUUID().toString());
        p.put("passenger_id", passenger.toString());
        p.put("driver_id", driver.toString());
        p.put("seats", 1);
        p.put("amount_total", new BigDecimal("6000"));
        p.put("currency", "XOF");
        p.put("status", "completed");
        p.put("previous_status", "checked_in");
        p.put("by", "user");
        p.put("departure_time", Instant.now().toString());
        p.put("occurred_at", Instant.now().toString());
        return event("booking.bookings", "booking.completed", bookingId, p);
    }

    public static Event driverPenalized(UUID penaltyId, UUID driver, String amount) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("penalty_id", penaltyId.toString());
        p.put("driver_id", driver.toString());
        p.put("trip_id", UUID.randomUUID().toString());
        p.put("booking_id", null);
        p.put("amount", new BigDecimal(amount));
        p.put("currency", "XOF");
        p.put("score_points", 5);
        p.put("reason", "late_cancellation");
        p.put("occurred_at", Instant.now().toString());
        return event("booking.bookings", "driver.penalized", penaltyId, p);
    }
}
