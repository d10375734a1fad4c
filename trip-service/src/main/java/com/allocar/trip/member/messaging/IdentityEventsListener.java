package com.allocar.trip.member.messaging;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.allocar.trip.member.KycStatus;
import com.allocar.trip.member.Members;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the members read model in step with identity: names and photo ({@code identity.users}) and KYC status
 * ({@code identity.kyc}). Each event is applied once (inbox, same transaction as the effect).
 * The payload records below are what trip-service reads of identity's events, nothing more: the contract
 * boundary (identity's own classes are not on our classpath).
 */
@Component
class IdentityEventsListener {

    static final String USERS_TOPIC = "identity.users";
    static final String KYC_TOPIC = "identity.kyc";
    static final String CONSUMER = "trip.members";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserRegistered(UUID userId, String firstName, String lastName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    /** @param driverHeld null in events written before identity held drivers: the hold stays as it is */
    record UserUpdated(UUID userId, String firstName, String lastName, String photoUrl, Boolean driverHeld) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KycEvent(UUID userId) {
    }

    private final EventReader reader;
    private final Inbox inbox;
    private final Members members;

    IdentityEventsListener(EventReader reader, Inbox inbox, Members members) {
        this.reader = reader;
        this.inbox = inbox;
        this.members = members;
    }

    @KafkaListener(topics = {USERS_TOPIC, KYC_TOPIC})
    @Transactional
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        Optional<ConsumedEventType> type = ConsumedEventType.of(event.type()).filter(IdentityEventsListener::handles);
        if (type.isEmpty() || !inbox.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        Instant at = event.occurredAt() == null ? Instant.now() : event.occurredAt();
        switch (type.get()) {
            case USER_REGISTERED -> {
                UserRegistered p = reader.payload(event, UserRegistered.class);
                members.registered(p.userId(), p.firstName(), p.lastName());
            }
            case USER_UPDATED -> {
                UserUpdated p = reader.payload(event, UserUpdated.class);
                members.profileChanged(p.userId(), p.firstName(), p.lastName(), p.photoUrl(), p.driverHeld());
            }
            case KYC_SUBMITTED -> members.kycChanged(reader.payload(event, KycEvent.class).userId(), KycStatus.PENDING, at);
            case KYC_APPROVED -> members.kycChanged(reader.payload(event, KycEvent.class).userId(), KycStatus.APPROVED, at);
            case KYC_REJECTED -> members.kycChanged(reader.payload(event, KycEvent.class).userId(), KycStatus.REJECTED, at);
            default -> throw new IllegalStateException("unreachable: " + event.type());
        }
    }

    static boolean handles(ConsumedEventType type) {
        return switch (type) {
            case USER_REGISTERED, USER_UPDATED, KYC_SUBMITTED, KYC_APPROVED, KYC_REJECTED -> true;
            default -> false;
        };
    }
}
