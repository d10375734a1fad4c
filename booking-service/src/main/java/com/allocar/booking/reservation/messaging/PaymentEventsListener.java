package com.allocar.booking.reservation.messaging;

import java.util.Arrays;
import java.util.Optional;

import com.allocar.booking.reservation.ApplyPaymentReply;
import com.allocar.booking.reservation.PaymentReply.PaymentFailed;
import com.allocar.booking.reservation.PaymentReply.PaymentSucceeded;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** payment-service's replies to the saga ({@code payment.payments}); top-ups and payouts are not ours. */
@Component
class PaymentEventsListener {

    static final String TOPIC = "payment.payments";
    /** payment-service's {@code purpose} of a booking's payment (the others are top-ups). */
    static final String BOOKING_PURPOSE = "booking";

    /** The types we read of that topic (payment.refunded, payout.*: other services' business). */
    enum Type {
        PAYMENT_SUCCEEDED("payment.succeeded"), PAYMENT_FAILED("payment.failed");

        private final String wire;

        Type(String wire) {
            this.wire = wire;
        }

        String wire() {
            return wire;
        }

        static Optional<Type> of(String wire) {
            return Arrays.stream(values()).filter(t -> t.wire.equals(wire)).findFirst();
        }
    }

    private final EventReader reader;
    private final ApplyPaymentReply saga;

    PaymentEventsListener(EventReader reader, ApplyPaymentReply saga) {
        this.reader = reader;
        this.saga = saga;
    }

    @KafkaListener(topics = TOPIC)
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        Optional<Type> type = Type.of(event.type());
        if (type.isEmpty()) {
            return;
        }
        switch (type.get()) {
            case PAYMENT_SUCCEEDED -> {
                PaymentSucceeded p = reader.payload(event, PaymentSucceeded.class);
                if (BOOKING_PURPOSE.equals(p.purpose()) && p.bookingId() != null) {
                    saga.succeeded(event.eventId(), p);
                }
            }
            case PAYMENT_FAILED -> {
                PaymentFailed p = reader.payload(event, PaymentFailed.class);
                if (BOOKING_PURPOSE.equals(p.purpose()) && p.bookingId() != null) {
                    saga.failed(event.eventId(), p);
                }
            }
        }
    }
}
