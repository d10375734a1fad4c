package com.allocar.messaging.conversation;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** booking-service announced a booking's new state: the read model follows, unless it already holds a newer one. */
@Service
public class ApplyBookingChange {

    private final ConversationRepository conversations;

    ApplyBookingChange(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    /** In the listener's transaction, with its inbox row. @return whether the read model changed */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean apply(BookingChange change) {
        return conversations.apply(change);
    }
}
