package com.allocar.messaging.conversation;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChatWindowTest {

    private final ChatWindow window = new ChatWindow(Duration.ofDays(7));
    private final Instant now = Instant.parse("2026-12-20T10:00:00Z");

    @Test
    void a_live_booking_chat_is_open() {
        for (BookingStatus s : new BookingStatus[] {BookingStatus.PENDING, BookingStatus.ACCEPTED, BookingStatus.PAID}) {
            assertThat(window.state(s, null, now.plusSeconds(3600), now)).isEqualTo(ChatState.OPEN);
            assertThat(window.readOnlyFrom(s, null, now)).isNull();
        }
    }

    @Test
    void a_cancelled_or_rejected_booking_chat_is_closed() {
        assertThat(window.state(BookingStatus.CANCELLED, null, now, now)).isEqualTo(ChatState.CLOSED);
    }

    @Test
    void a_completed_ride_chat_stays_open_seven_days_then_is_read_only() {
        Instant ended = now.minus(Duration.ofDays(7)).plusSeconds(1);
        assertThat(window.state(BookingStatus.COMPLETED, ended, null, now)).isEqualTo(ChatState.OPEN);
        assertThat(window.state(BookingStatus.COMPLETED, now.minus(Duration.ofDays(7)), null, now)).isEqualTo(ChatState.READ_ONLY);
        assertThat(window.readOnlyFrom(BookingStatus.COMPLETED, ended, null)).isEqualTo(ended.plus(Duration.ofDays(7)));
    }

    @Test
    void without_the_end_event_the_departure_is_the_end() {
        assertThat(window.state(BookingStatus.COMPLETED, null, now.minus(Duration.ofDays(8)), now)).isEqualTo(ChatState.READ_ONLY);
        assertThat(window.state(BookingStatus.COMPLETED, null, now.minus(Duration.ofDays(1)), now)).isEqualTo(ChatState.OPEN);
        assertThat(window.state(BookingStatus.COMPLETED, null, null, now)).isEqualTo(ChatState.OPEN);
    }
}
