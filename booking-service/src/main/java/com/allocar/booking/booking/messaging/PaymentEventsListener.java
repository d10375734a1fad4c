package com.allocar.booking.booking.messaging;

import com.allocar.booking.booking.BookingSaga;
import com.allocar.booking.booking.PaymentReply.PaymentFailed;
import com.allocar.booking.booking.PaymentReply.PaymentSucceeded;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** payment-service's replies to the saga ({@code payment.payments}); top-ups and payouts are not ours. */
@Component
class PaymentEventsListener {

    static final String TOPIC = "payment.payments";

    private final EventReader reader;
    private final BookingSaga saga;

    PaymentEventsListener(EventReader reader, BookingSaga saga) {
        this.reader = reader;
        this.saga = saga;
    }

    @KafkaListener(topics = TOPIC)
    public void on(String message) {
        EventEnvelope event = reader.envelope(message);
        switch (event.type()) {
            case "payment.succeeded" -> {
                PaymentSucceeded p = reader.payload(event, PaymentSucceeded.class);
                if ("booking".equals(p.purpose()) && p.bookingId() != null) {
                    saga.paymentSucceeded(event.eventId(), p);
                }
            }
            case "payment.failed" -> {
                PaymentFailed p = reader.payload(event, PaymentFailed.class);
                if ("booking".equals(p.purpose()) && p.bookingId() != null) {
                    saga.paymentFailed(event.eventId(), p);
                }
            }
            default -> {
                // payment.refunded, payout.*: other services' business
            }
        }
    }
}
