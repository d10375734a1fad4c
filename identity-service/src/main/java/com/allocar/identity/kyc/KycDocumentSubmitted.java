package com.allocar.identity.kyc;

import java.util.UUID;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.identity.api.IdentityEvents;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;

/** A user submitted a document for review: {@code kyc.submitted}. Keyed by document id. */
public record KycDocumentSubmitted(UUID documentId, IdentityEvents.KycSubmitted event) implements PublishedEvent {

    @Override
    public EventType type() {
        return IdentityEventType.KYC_SUBMITTED;
    }

    @Override
    public Object aggregateId() {
        return documentId;
    }

    @Override
    public Object payload() {
        return event;
    }
}
