package com.allocar.messaging.chat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.messaging.api.MessageType;
import com.allocar.messaging.api.MessagingEventType;
import com.allocar.messaging.api.MessagingEvents.MessageCreated;
import com.allocar.messaging.chat.domain.MaskedKind;
import com.allocar.messaging.chat.domain.ModerationReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MessageTest {

    private final UUID booking = UUID.randomUUID();
    private final UUID trip = UUID.randomUUID();
    private final UUID passenger = UUID.randomUUID();
    private final UUID driver = UUID.randomUUID();
    private final Instant now = Instant.parse("2026-12-20T10:00:00Z");

    @Test
    void posting_records_message_created_keyed_by_booking() {
        Message m = Message.post(booking, trip, passenger, driver, MessageType.TEXT, "Appelle au [numéro masqué]",
                ModerationReason.OFF_PLATFORM_PAYMENT, List.of(MaskedKind.PHONE), false, now);
        assertThat(m.recordedEvents()).singleElement().isInstanceOfSatisfying(MessagePosted.class, e -> {
            assertThat(e.type()).isEqualTo(MessagingEventType.MESSAGE_CREATED);
            assertThat(e.aggregateId()).isEqualTo(booking);
            assertThat(e.payload()).isEqualTo(new MessageCreated(m.id(), booking, trip, passenger, driver, MessageType.TEXT,
                    "Appelle au [numéro masqué]", true, false, now));
        });
        assertThat(m.isFlagged()).isTrue();
    }

    @Test
    void the_preview_is_cut_and_an_image_has_none() {
        Message longText = Message.post(booking, trip, passenger, driver, MessageType.TEXT, "é".repeat(500), null, List.of(), false, now);
        assertThat(longText.preview()).hasSize(140).endsWith("…");
        Message image = Message.post(booking, trip, passenger, driver, MessageType.IMAGE, "bookings/x/y.jpg", null, List.of(), false, now);
        assertThat(image.preview()).isNull();
        assertThat(((MessagePosted) image.recordedEvents().getFirst()).created().flagged()).isFalse();
    }
}
