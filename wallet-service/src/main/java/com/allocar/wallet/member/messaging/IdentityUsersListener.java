package com.allocar.wallet.member.messaging;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.allocar.wallet.member.Contacts;
import com.allocar.wallet.referral.Referrals;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * identity's {@code identity.users}: phone and name (payout number), and {@code referral.applied} (a referral waiting
 * for the referee's first ride). One listener per topic: two listeners of one consumer group on the same topic would
 * split its partitions between them and each would miss the other's events.
 */
@Component
class IdentityUsersListener {

    static final String USERS_TOPIC = "identity.users";
    static final String CONSUMER = "wallet.identity-users";

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserRegistered(UUID userId, String phone, String firstName, String lastName) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record UserUpdated(UUID userId, String firstName, String lastName) {
    }

    /** What wallet-service reads of identity's ReferralApplied. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record ReferralApplied(UUID referralId, UUID referrerId, UUID refereeId, BigDecimal bonusReferrer, BigDecimal bonusReferee) {
    }

    private final EventReader reader;
    private final Inbox inbox;
    private final Contacts contacts;
    private final Referrals referrals;

    IdentityUsersListener(EventReader reader, Inbox inbox, Contacts contacts, Referrals referrals) {
        this.reader = reader;
        this.inbox = inbox;
        this.contacts = contacts;
        this.referrals = referrals;
    }

    @KafkaListener(topics = USERS_TOPIC)
    @Transactional
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        HeardEvent type = HeardEvent.of(event.type()).filter(t -> switch (t) {
            case USER_REGISTERED, USER_UPDATED, REFERRAL_APPLIED -> true;
            default -> false;
        }).orElse(null);
        if (type == null || !inbox.firstDelivery(event.eventId(), CONSUMER)) {
            return;
        }
        switch (type) {
            case USER_REGISTERED -> {
                UserRegistered u = reader.payload(event, UserRegistered.class);
                contacts.registered(u.userId(), u.phone(), u.firstName(), u.lastName());
            }
            case USER_UPDATED -> {
                UserUpdated u = reader.payload(event, UserUpdated.class);
                contacts.renamed(u.userId(), u.firstName(), u.lastName());
            }
            default -> {
                ReferralApplied p = reader.payload(event, ReferralApplied.class);
                referrals.applied(new Referrals.Referral(p.referralId(), p.referrerId(), p.refereeId(), nonNull(p.bonusReferrer()),
                        nonNull(p.bonusReferee())));
            }
        }
    }

    private static BigDecimal nonNull(BigDecimal b) {
        return b == null ? BigDecimal.ZERO : b;
    }
}
