package com.allocar.messaging.conversation;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.allocar.messaging.booking.BookingServiceClient;
import com.allocar.messaging.booking.BookingServiceClient.BookingSummary;
import com.allocar.messaging.config.MessagingProperties;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.stereotype.Service;

/**
 * The booking a member wants to chat in: from the read model, or — for a booking not heard of yet — looked up once
 * through booking-service's internal API and stored. Unknown there → 404 {@code not_found}; a member who is neither
 * its passenger nor its driver → 403 {@code forbidden} (as booking-service answers for {@code GET /bookings/{id}}).
 */
@Service
public class Conversations {

    /** A looked-up booking is true "as of ever": any event of it, even an older one, is applied over it (see README). */
    static final Instant LOOKED_UP = Instant.EPOCH;

    private final ConversationRepository conversations;
    private final BookingServiceClient bookings;
    private final ChatWindow window;
    private final Clock clock;

    Conversations(ConversationRepository conversations, BookingServiceClient bookings, MessagingProperties props) {
        this.conversations = conversations;
        this.bookings = bookings;
        this.window = new ChatWindow(props.readOnlyAfter());
        this.clock = Clock.systemUTC();
    }

    /** The booking's conversation if {@code member} is one of its parties. */
    public Conversation forParty(UUID bookingId, UUID member) {
        Conversation c = conversations.find(bookingId).orElseGet(() -> lookUp(bookingId));
        if (!c.isParty(member)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Only the booking's passenger and driver may use its chat",
                    java.util.Map.of("booking_id", bookingId.toString()));
        }
        return c;
    }

    /** As {@link #forParty}, refusing with 409 {@code conflict} when the chat takes no new message. */
    public Conversation writableForParty(UUID bookingId, UUID member) {
        Conversation c = forParty(bookingId, member);
        ChatState state = c.state(window, clock.instant());
        if (state != ChatState.OPEN) {
            var details = new java.util.LinkedHashMap<String, Object>();
            details.put("chat", state.wire());
            details.put("booking_status", c.status().wire());
            Instant from = window.readOnlyFrom(c.status(), c.endedAt(), c.departureTime());
            if (from != null) {
                details.put("read_only_since", from.toString());
            }
            throw ApiException.conflict(state == ChatState.CLOSED ? "This booking was cancelled: its chat is closed"
                    : "The ride ended more than " + window.readOnlyAfterDays() + " days ago: its chat is read-only", details);
        }
        return c;
    }

    public ChatState state(Conversation c) {
        return c.state(window, clock.instant());
    }

    private Conversation lookUp(UUID bookingId) {
        BookingSummary b = bookings.booking(bookingId);
        BookingStatus status = BookingStatus.fromWire(b.status()).orElseThrow(() -> new ApiException(ErrorCode.BAD_GATEWAY,
                "booking-service answered a status this service does not know"));
        conversations.apply(new BookingChange(b.id(), b.tripId(), b.passengerId(), b.driverId(), status, b.departureTime(), LOOKED_UP));
        return conversations.find(bookingId).orElseThrow(() -> ApiException.notFound("booking", bookingId));
    }
}
