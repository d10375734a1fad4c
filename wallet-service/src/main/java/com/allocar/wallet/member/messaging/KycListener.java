package com.allocar.wallet.member.messaging;

import java.time.Instant;
import java.util.UUID;

import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.allocar.wallet.member.KycRegistry;
import com.allocar.wallet.member.KycStatus;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * identity's {@code identity.kyc} → members' KYC status. Each event applied once (inbox, same transaction).
 * The record below is all wallet-service reads of identity's {@code KycSubmitted}/{@code KycReviewed}.
 */
@Component
class KycListener {

    static final String KYC_TOPIC = "identity.kyc";
    static final String CONSUMER = "wallet.kyc";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record KycEvent(UUID userId) {
    }

    private final EventReader reader;
    private final Inbox inbox;
    private final KycRegistry kyc;

    KycListener(EventReader reader, Inbox inbox, KycRegistry kyc) {
        this.reader = reader;
        this.inbox = inbox;
        this.kyc = kyc;
    }

    @KafkaListener(topics = KYC_TOPIC)
    @Transactional
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        KycStatus status = HeardEvent.of(event.type()).map(type -> switch (type) {
            case KYC_SUBMITTED -> KycStatus.PENDING;
            case KYC_APPROVED -> KycStatus.APPROVED;
            case KYC_REJECTED -> KycStatus.REJECTED;
            default -> null;
        }).orElse(null);
        if (status == null || !inbox.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        Instant at = event.occurredAt() == null ? Instant.now() : event.occurredAt();
        kyc.changed(reader.payload(event, KycEvent.class).userId(), status, at);
    }
}
