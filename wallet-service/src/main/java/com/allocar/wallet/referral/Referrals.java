package com.allocar.wallet.referral;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.wallet.api.Direction;
import com.allocar.wallet.ledger.EntryIds;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.ledger.NewEntry;
import com.allocar.wallet.api.Source;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referral bonuses (spec "Promos/Parrainage"): identity's {@code referral.applied} is remembered; when the referee's first
 * ride completes, referrer and referee each get a {@code promo} credit, funded by a debit of the platform wallet.
 * Rewarded once per referral (a conditional update claims it), whatever the order the two events arrive in.
 */
@Service
public class Referrals {

    /** What wallet-service keeps of identity's ReferralApplied. */
    public record Referral(UUID referralId, UUID referrerId, UUID refereeId, BigDecimal bonusReferrer, BigDecimal bonusReferee) {
    }

    private final JdbcClient jdbc;
    private final Ledger ledger;

    Referrals(JdbcClient jdbc, Ledger ledger) {
        this.jdbc = jdbc;
        this.ledger = ledger;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void applied(Referral r) {
        // serialised with the referee's booking.completed (which locks the same wallet first): one of the two sees the other
        ledger.lock(List.of(r.refereeId()));
        jdbc.sql("""
                INSERT INTO referrals (referral_id, referrer_id, referee_id, bonus_referrer, bonus_referee)
                VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""")
                .params(r.referralId(), r.referrerId(), r.refereeId(), r.bonusReferrer(), r.bonusReferee()).update();
        // the referee's first ride may have completed before this event reached us
        jdbc.sql("""
                SELECT booking_id FROM completed_bookings WHERE passenger_id = ? OR driver_id = ?
                ORDER BY completed_at LIMIT 1""")
                .params(r.refereeId(), r.refereeId()).query(UUID.class).optional()
                .ifPresent(booking -> reward(r.refereeId(), booking));
    }

    /** A ride of {@code members} completed (booking-service's booking.completed): rewards their pending referrals. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void rideCompleted(UUID bookingId, List<UUID> members) {
        members.stream().distinct().forEach(m -> reward(m, bookingId));
    }

    private void reward(UUID refereeId, UUID bookingId) {
        Optional<Referral> claimed = jdbc.sql("""
                UPDATE referrals SET rewarded_at = now(), rewarded_for = ?
                 WHERE referee_id = ? AND rewarded_at IS NULL
                RETURNING referral_id, referrer_id, referee_id, bonus_referrer, bonus_referee""")
                .params(bookingId, refereeId)
                .query((rs, i) -> new Referral(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getBigDecimal(4), rs.getBigDecimal(5)))
                .optional();
        claimed.ifPresent(this::credit);
    }

    private void credit(Referral r) {
        ledger.lock(List.of(r.referrerId(), r.refereeId(), ledger.platformUserId()));
        BigDecimal total = BigDecimal.ZERO;
        if (r.bonusReferrer().signum() > 0) {
            ledger.write(r.referrerId(), NewEntry.settled(EntryIds.of("referral-referrer", r.referralId()), Direction.CREDIT,
                    r.bonusReferrer(), Source.PROMO, "referral", r.referralId(), "Bonus de parrainage"));
            total = total.add(r.bonusReferrer());
        }
        if (r.bonusReferee().signum() > 0) {
            ledger.write(r.refereeId(), NewEntry.settled(EntryIds.of("referral-referee", r.referralId()), Direction.CREDIT,
                    r.bonusReferee(), Source.PROMO, "referral", r.referralId(), "Bonus de bienvenue (parrainage)"));
            total = total.add(r.bonusReferee());
        }
        if (total.signum() > 0) {
            ledger.write(ledger.platformUserId(), NewEntry.settled(EntryIds.of("referral-funding", r.referralId()), Direction.DEBIT,
                    total, Source.PROMO, "referral", r.referralId(), "Referral bonuses"));
        }
    }
}
