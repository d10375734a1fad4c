package com.allocar.wallet.settlement;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.allocar.wallet.ledger.Direction;
import com.allocar.wallet.ledger.Entry;
import com.allocar.wallet.ledger.EntryIds;
import com.allocar.wallet.ledger.EntryStatus;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.ledger.NewEntry;
import com.allocar.wallet.ledger.Source;
import com.allocar.wallet.referral.Referrals;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ledger side of the other services' money events (ADR 006 "Ledger writes from events"). Each method runs in the
 * consumer's transaction (with its inbox row); every entry id derives from the event's own id, so even a replay past the
 * inbox writes nothing twice.
 */
@Service
public class Settlements {

    private static final Logger log = LoggerFactory.getLogger(Settlements.class);
    static final String BOOKING = "booking";

    private final Ledger ledger;
    private final JdbcClient jdbc;
    private final Referrals referrals;

    Settlements(Ledger ledger, JdbcClient jdbc, Referrals referrals) {
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.referrals = referrals;
    }

    /** payment.succeeded, purpose booking: the driver's earning (pending until the ride completes), the platform's commission. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bookingPaid(UUID paymentId, UUID bookingId, UUID driverId, BigDecimal amount, BigDecimal discount,
                            BigDecimal commission, BigDecimal providerFee) {
        UUID platform = ledger.platformUserId();
        ledger.lock(List.of(driverId, platform));
        BigDecimal earning = DriverEarning.of(amount, discount, commission, providerFee);
        if (earning.signum() > 0) {
            // booking.completed may have overtaken this event (another topic): the earning is then withdrawable at once
            boolean completed = jdbc.sql("SELECT count(*) FROM completed_bookings WHERE booking_id = ?").param(bookingId)
                    .query(Long.class).single() > 0;
            UUID id = EntryIds.of("earning", paymentId);
            ledger.write(driverId, completed
                    ? NewEntry.settled(id, Direction.CREDIT, earning, Source.EARNING, BOOKING, bookingId, "Gain du trajet")
                    : NewEntry.pending(id, Direction.CREDIT, earning, Source.EARNING, BOOKING, bookingId, "Gain du trajet (en attente)"));
        }
        if (commission != null && commission.signum() > 0) {
            ledger.write(platform, NewEntry.settled(EntryIds.of("commission", paymentId), Direction.CREDIT, commission,
                    Source.COMMISSION, BOOKING, bookingId, "Commission"));
        }
        if (discount != null && discount.signum() > 0) {
            ledger.write(platform, NewEntry.settled(EntryIds.of("discount", paymentId), Direction.DEBIT, discount,
                    Source.PROMO, BOOKING, bookingId, "Promo discount funded by the platform"));
        }
    }

    /** payment.succeeded, purpose topup: the user's wallet is credited. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void toppedUp(UUID paymentId, UUID topupId, UUID userId, BigDecimal amount) {
        ledger.write(userId, NewEntry.settled(EntryIds.of("topup", paymentId), Direction.CREDIT, amount, Source.TOPUP,
                "topup", topupId == null ? paymentId : topupId, "Rechargement"));
    }

    /** booking.completed: the driver's pending earning becomes withdrawable; a referee's first ride rewards the referral. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void bookingCompleted(UUID bookingId, UUID passengerId, UUID driverId, Instant at) {
        List<UUID> members = new ArrayList<>();
        members.add(passengerId);
        if (driverId != null) {
            members.add(driverId);
        }
        // the same wallet locks as bookingPaid / Referrals.applied take first: whichever of the two events commits second
        // sees the other's rows (otherwise both could miss each other and the earning would stay pending forever)
        ledger.lock(members);
        jdbc.sql("INSERT INTO completed_bookings (booking_id, passenger_id, driver_id, completed_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(bookingId, passengerId, driverId, Timestamp.from(at)).update();
        if (driverId != null) {
            for (Entry e : ledger.entries(driverId, Source.EARNING, BOOKING, bookingId)) {
                if (e.status() == EntryStatus.PENDING) {
                    ledger.settle(e.id());
                }
            }
        }
        referrals.rideCompleted(bookingId, members);
    }

    /**
     * payment.refunded: destination wallet → the passenger's refund credit; either way the booking's earning and, past it,
     * the platform give the refunded amount back (see {@link RefundSplit}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void refunded(UUID refundId, UUID bookingId, UUID passengerId, UUID driverId, BigDecimal refund, boolean toWallet) {
        UUID platform = ledger.platformUserId();
        List<UUID> wallets = new ArrayList<>(List.of(passengerId, platform));
        if (driverId != null) {
            wallets.add(driverId);
        }
        ledger.lock(wallets);
        if (jdbc.sql("INSERT INTO applied_refunds (refund_id) VALUES (?) ON CONFLICT DO NOTHING").param(refundId).update() == 0) {
            log.info("refund {} already applied", refundId);
            return;
        }
        if (toWallet) {
            ledger.write(passengerId, NewEntry.settled(EntryIds.of("refund", refundId), Direction.CREDIT, refund, Source.REFUND,
                    BOOKING, bookingId, "Remboursement"));
        }
        List<Entry> earnings = driverId == null ? List.of() : ledger.entries(driverId, Source.EARNING, BOOKING, bookingId);
        List<Entry> pending = earnings.stream().filter(e -> e.status() == EntryStatus.PENDING).toList();
        BigDecimal pendingSum = sum(pending);
        BigDecimal settledSum = sum(earnings.stream().filter(e -> e.status() == EntryStatus.SETTLED).toList())
                .subtract(sum(driverId == null ? List.of() : ledger.entries(driverId, Source.REVERSAL, BOOKING, bookingId).stream()
                        .filter(e -> e.status() == EntryStatus.SETTLED).toList()))
                .max(BigDecimal.ZERO);
        RefundSplit split = RefundSplit.of(refund, pendingSum, settledSum);
        pending.forEach(e -> ledger.cancel(e.id()));
        if (split.pendingRemainder().signum() > 0) {
            // the ride will not happen: what the driver keeps (e.g. the late-cancellation fee) is theirs now
            ledger.write(driverId, NewEntry.settled(EntryIds.of("refund-remainder", refundId), Direction.CREDIT, split.pendingRemainder(),
                    Source.EARNING, BOOKING, bookingId, "Gain conservé après remboursement"));
        }
        if (split.fromSettled().signum() > 0) {
            ledger.write(driverId, NewEntry.settled(EntryIds.of("refund-reversal", refundId), Direction.DEBIT, split.fromSettled(),
                    Source.REVERSAL, BOOKING, bookingId, "Reprise du gain (remboursement passager)"));
        }
        if (split.fromPlatform().signum() > 0) {
            ledger.write(platform, NewEntry.settled(EntryIds.of("refund-platform", refundId), Direction.DEBIT, split.fromPlatform(),
                    Source.REVERSAL, BOOKING, bookingId, "Refund share of the platform"));
        }
    }

    /** driver.penalized: the fine is held from the driver's money (may go below zero), credited to the platform. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void penalized(UUID penaltyId, UUID driverId, UUID tripId, BigDecimal amount, String reason) {
        ledger.lock(List.of(driverId, ledger.platformUserId()));
        ledger.write(driverId, NewEntry.settled(EntryIds.of("penalty", penaltyId), Direction.DEBIT, amount, Source.PENALTY,
                "penalty", penaltyId, reason == null ? "Pénalité" : "Pénalité : " + reason));
        ledger.write(ledger.platformUserId(), NewEntry.settled(EntryIds.of("penalty-income", penaltyId), Direction.CREDIT, amount,
                Source.PENALTY, "trip", tripId, "Driver penalty"));
    }

    /**
     * payout.completed / payout.failed: the pending payout debit (entry id = payout id) settles, or is cancelled and the
     * money is available again. An outcome that overtakes its entry is kept until the entry is written.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void payoutOutcome(UUID payoutId, boolean completed) {
        EntryStatus target = completed ? EntryStatus.SETTLED : EntryStatus.CANCELLED;
        var entry = ledger.entry(payoutId);
        if (entry.isPresent() && (entry.get().source() != Source.PAYOUT || entry.get().direction() != Direction.DEBIT
                || (entry.get().status() != EntryStatus.PENDING && entry.get().status() != target))) {
            log.warn("payout outcome {} for entry {} ignored: entry is a {} {} {}", target.wire(), payoutId,
                    entry.get().status().wire(), entry.get().source().wire(), entry.get().direction().wire());
            return;
        }
        ledger.resolveOrRemember(payoutId, target);
    }

    private static BigDecimal sum(List<Entry> entries) {
        return entries.stream().map(Entry::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
