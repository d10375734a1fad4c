package com.allocar.booking.booking;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.cancellation.domain.CancellationCase;
import com.allocar.booking.cancellation.domain.CancellationOutcome;
import com.allocar.booking.cancellation.domain.CancellationRules;
import com.allocar.booking.cancellation.domain.Initiator;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Cancels a locked booking under the cancellation rules: the status change, its audit and event, the refund decision
 * (when something was paid) and the driver's penalty (when a rule gives one). Releasing the seats is the caller's
 * next step, after commit (see {@link HoldReleases}).
 */
@Component
public class Cancellations {

    private final CancellationRules rules;
    private final BookingJournal journal;

    Cancellations(CancellationRules rules, BookingJournal journal) {
        this.rules = rules;
        this.journal = journal;
    }

    /** refund_id of the refund of a cancelled booking: one per booking cancellation (ADR 006). */
    public static UUID refundId(UUID bookingId) {
        return UUID.nameUUIDFromBytes(("refund:" + bookingId).getBytes(StandardCharsets.UTF_8));
    }

    /** refund_id of a payment that arrived for a booking that could not take it. */
    public static UUID paymentRefundId(UUID paymentId) {
        return UUID.nameUUIDFromBytes(("refund:payment:" + paymentId).getBytes(StandardCharsets.UTF_8));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public CancellationOutcome cancel(Booking b, Initiator initiator, Actor by, UUID actorId, String reason, String eventType,
                                      boolean holdGone, Instant now) {
        return cancel(b, initiator, by, actorId, reason, null, eventType, holdGone, now);
    }

    /**
     * @param reason   a code ({@code passenger_cancelled}, {@code rejected}, {@code hold_expired}...), kept on the booking
     * @param note     the person's own words, if any (audit trail only)
     * @param holdGone trip-service released the seats already (expiry, trip cancelled or deleted)
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public CancellationOutcome cancel(Booking b, Initiator initiator, Actor by, UUID actorId, String reason, String note, String eventType,
                                      boolean holdGone, Instant now) {
        BookingStatus before = b.getStatus();
        if (!before.canBecome(BookingStatus.CANCELLED)) {
            throw before.cannotBecome(BookingStatus.CANCELLED);
        }
        BigDecimal paid = b.amountPaidOrZero();
        boolean committed = before == BookingStatus.ACCEPTED || before == BookingStatus.PAID;
        CancellationOutcome o = rules.decide(new CancellationCase(initiator, paid, b.getAmountTotal(), committed, b.getDepartureTime(), now));
        boolean refunds = paid.signum() > 0;
        Booking.Transition t = initiator == Initiator.NO_SHOW
                ? b.noShow(o.refund(), o.fee(), now)
                : b.cancel(by, reason, refunds ? o.refund() : null, refunds ? o.fee() : null, holdGone, now);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("reason", reason);
        if (note != null) {
            meta.put("note", note);
        }
        meta.put("rule", o.rule());
        if (refunds) {
            meta.put("refund_amount", o.refund());
            meta.put("fee_amount", o.fee());
        }
        o.penalty().ifPresent(p -> meta.put("driver_penalty", Map.of("amount", p.amount(), "score_points", p.scorePoints())));
        journal.changed(b, t, by, actorId, eventType, meta, now);
        if (refunds) {
            journal.refundRequested(b, refundId(b.getId()), paid, o, now);
        }
        journal.driverPenalized(b, o, now);
        return o;
    }
}
