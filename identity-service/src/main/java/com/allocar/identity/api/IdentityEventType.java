package com.allocar.identity.api;

import com.allocar.platform.events.EventType;

/**
 * Every event identity-service publishes (ADR 006), declared once: its topic, the outbox's aggregate type and its wire
 * type. {@code identity.users} is keyed by user id, {@code identity.kyc} by document id.
 */
public enum IdentityEventType implements EventType {
    USER_REGISTERED(IdentityEventType.USERS_TOPIC, "user", "user.registered"),
    USER_VERIFIED(IdentityEventType.USERS_TOPIC, "user", "user.verified"),
    USER_UPDATED(IdentityEventType.USERS_TOPIC, "user", "user.updated"),
    /** Key = the referee's user id. */
    REFERRAL_APPLIED(IdentityEventType.USERS_TOPIC, "user", "referral.applied"),
    KYC_SUBMITTED(IdentityEventType.KYC_TOPIC, "kyc_document", "kyc.submitted"),
    KYC_APPROVED(IdentityEventType.KYC_TOPIC, "kyc_document", "kyc.approved"),
    KYC_REJECTED(IdentityEventType.KYC_TOPIC, "kyc_document", "kyc.rejected");

    public static final String USERS_TOPIC = "identity.users";
    public static final String KYC_TOPIC = "identity.kyc";

    private final String topic;
    private final String aggregateType;
    private final String wire;

    IdentityEventType(String topic, String aggregateType, String wire) {
        this.topic = topic;
        this.aggregateType = aggregateType;
        this.wire = wire;
    }

    @Override
    public String topic() {
        return topic;
    }

    @Override
    public String aggregateType() {
        return aggregateType;
    }

    @Override
    public String wire() {
        return wire;
    }
}
