package com.allocar.wallet.settlement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.ledger.Entry;
import com.allocar.wallet.ledger.EntryIds;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.ledger.NewEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static com.allocar.wallet.settlement.CompletedBookingRepository.BOOKING;

/**
 * payment.refunded: destination wallet → the passenger's refund credit; either way the booking's earning and, past it,
 * the platform give the refunded amount back (see {@link RefundSplit}). Applied once per refund id, even past the inbox.
 */
@Service
public class ApplyRefund {

    private static final Logger log = LoggerFactory.getLogger(ApplyRefund.class);

    /** @param toWallet the refund is paid to the passenger's wallet (else to their payment method, outside the ledger) */
    public record Refund(UUID refundId, UUID bookingId, UUID passengerId, UUID driverId, BigDecimal amount, boolean toWallet) {
    }

    private final Ledger ledger;
    private final JdbcClient jdbc;

    ApplyRefund(Ledger ledger, JdbcClient jdbc) {
        this.ledger = ledger;
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void refunded(Refund r) {
        UUID platform = ledger.platformUserId();
        UUID driverId = r.driverId();
        List<UUID> wallets = new ArrayList<>(List.of(r.passengerId(), platform));
        if (driverId != null) {
            wallets.add(driverId);
        }
        ledger.lock(wallets);
        if (jdbc.sql("INSERT INTO applied_refunds (refund_id) VALUES (?) ON CONFLICT DO NOTHING").param(r.refundId()).update() == 0) {
            log.info("refund {} already applied", r.refundId());
            return;
        }
        if (r.toWallet()) {
            ledger.write(r.passengerId(), NewEntry.settled(EntryIds.of("refund", r.refundId()), Direction.CREDIT, r.amount(), Source.REFUND,
                    BOOKING, r.bookingId(), "Remboursement"));
        }
        List<Entry> earnings = driverId == null ? List.of() : ledger.entries(driverId, Source.EARNING, BOOKING, r.bookingId());
        List<Entry> pending = having(earnings, EntryStatus.PENDING);
        List<Entry> reversals = driverId == null ? List.of() : ledger.entries(driverId, Source.REVERSAL, BOOKING, r.bookingId());
        BigDecimal settled = sum(having(earnings, EntryStatus.SETTLED)).subtract(sum(having(reversals, EntryStatus.SETTLED)))
                .max(BigDecimal.ZERO);
        RefundSplit split = RefundSplit.of(r.amount(), sum(pending), settled);
        pending.forEach(e -> ledger.cancel(e.id()));
        if (split.pendingRemainder().signum() > 0) {
            // the ride will not happen: what the driver keeps (e.g. the late-cancellation fee) is theirs now
            ledger.write(driverId, NewEntry.settled(EntryIds.of("refund-remainder", r.refundId()), Direction.CREDIT,
                    split.pendingRemainder(), Source.EARNING, BOOKING, r.bookingId(), "Gain conservé après remboursement"));
        }
        if (split.fromSettled().signum() > 0) {
            ledger.write(driverId, NewEntry.settled(EntryIds.of("refund-reversal", r.refundId()), Direction.DEBIT, split.fromSettled(),
                    Source.REVERSAL, BOOKING, r.bookingId(), "Reprise du gain (remboursement passager)"));
        }
        if (split.fromPlatform().signum() > 0) {
            ledger.write(platform, NewEntry.settled(EntryIds.of("refund-platform", r.refundId()), Direction.DEBIT, split.fromPlatform(),
                    Source.REVERSAL, BOOKING, r.bookingId(), "Refund share of the platform"));
        }
    }

    private static List<Entry> having(List<Entry> entries, EntryStatus status) {
        return entries.stream().filter(e -> e.status() == status).toList();
    }

    private static BigDecimal sum(List<Entry> entries) {
        return entries.stream().map(Entry::amount).filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
