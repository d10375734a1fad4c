package com.allocar.identity.kyc;

import java.util.UUID;

import com.allocar.identity.api.IdentityEventType;
import com.allocar.identity.api.IdentityEvents;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;

/** A reviewer rejected a document (with notes for the user): {@code kyc.rejected}. Keyed by document id. */
public record KycDocumentRejected(UUID documentId, IdentityEvents.KycReviewed event) implements PublishedEvent {

    @Override
    public EventType type() {
        return IdentityEventType.KYC_REJECTED;
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
