package com.allocar.messaging.contract;

import java.util.Map;

import com.allocar.messaging.api.MessagingEventType;
import com.allocar.messaging.api.MessagingEvents;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

/**
 * messaging-service's side of the fleet's contracts (ADR 008): each fixture of contracts/messaging-service/ is exactly
 * what its record writes, and every event type messaging-service declares has its fixture on its topic.
 */
class MessagingContractTest {

    static final Map<String, Class<?>> RECORDS = Map.of(
            "messaging-service/message.created.v1", MessagingEvents.MessageCreated.class);

    @Test
    void every_fixture_is_what_our_records_write_and_every_event_type_has_one() {
        ContractFixtures.assertContract("messaging-service", RECORDS, MessagingEventType.values());
    }
}
