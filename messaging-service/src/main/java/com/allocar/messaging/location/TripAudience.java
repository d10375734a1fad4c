package com.allocar.messaging.location;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import com.allocar.messaging.conversation.BookingStatus;
import com.allocar.messaging.conversation.Conversation;
import com.allocar.messaging.conversation.ConversationRepository;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.stereotype.Service;

/**
 * Who follows a trip's driver, from the bookings heard of on booking.bookings: the trip's driver (the driver of its
 * bookings) and the passengers whose booking on it is paid. A trip of which no booking is known cannot have its
 * driver confirmed: 404 {@code not_found} for everyone; anyone else 403 {@code forbidden}.
 */
@Service
public class TripAudience {

    /** A trip as its bookings tell it. @param departure the earliest departure of its paid bookings (else of any) */
    public record Trip(UUID tripId, UUID driverId, Set<UUID> paidPassengers, int paidBookings, int completedBookings,
                       Instant departure) {

        public boolean isDriver(UUID member) {
            return driverId.equals(member);
        }
    }

    private final ConversationRepository conversations;

    TripAudience(ConversationRepository conversations) {
        this.conversations = conversations;
    }

    public Trip trip(UUID tripId) {
        List<Conversation> bookings = conversations.byTrip(tripId);
        if (bookings.isEmpty()) {
            throw ApiException.notFound("trip", tripId);
        }
        UUID driver = bookings.getFirst().driverId();
        List<Conversation> paid = bookings.stream().filter(b -> b.status() == BookingStatus.PAID).toList();
        int completed = (int) bookings.stream().filter(b -> b.status() == BookingStatus.COMPLETED).count();
        Instant departure = (paid.isEmpty() ? bookings : paid).stream().map(Conversation::departureTime).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        return new Trip(tripId, driver, paid.stream().map(Conversation::passengerId).collect(Collectors.toUnmodifiableSet()),
                paid.size(), completed, departure);
    }

    /** The trip if {@code member} is its driver or a passenger with a paid booking on it. */
    public Trip forAudience(UUID tripId, UUID member) {
        Trip t = trip(tripId);
        if (!t.isDriver(member) && !t.paidPassengers().contains(member)) {
            throw new ApiException(ErrorCode.FORBIDDEN, "Only the trip's driver and its passengers with a paid booking follow its location",
                    Map.of("trip_id", tripId.toString()));
        }
        return t;
    }
}
