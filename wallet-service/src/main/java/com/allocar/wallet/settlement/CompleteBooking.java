package com.allocar.wallet.settlement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.ledger.Entry;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.referral.Referrals;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static com.allocar.wallet.settlement.CompletedBookingRepository.BOOKING;

/** booking.completed: the driver's pending earning becomes withdrawable; a referee's first ride rewards the referral. */
@Service
public class CompleteBooking {

    private final Ledger ledger;
    private final CompletedBookingRepository completed;
    private final Referrals referrals;

    CompleteBooking(Ledger ledger, CompletedBookingRepository completed, Referrals referrals) {
        this.ledger = ledger;
        this.completed = completed;
        this.referrals = referrals;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void completed(UUID bookingId, UUID passengerId, UUID driverId, Instant at) {
        List<UUID> members = new ArrayList<>();
        members.add(passengerId);
        if (driverId != null) {
            members.add(driverId);
        }
        // the same wallet locks as CreditBookingPayment / Referrals.applied take first: whichever of the two events commits
        // second sees the other's rows (otherwise both could miss each other and the earning would stay pending forever)
        ledger.lock(members);
        completed.completed(bookingId, passengerId, driverId, at);
        if (driverId != null) {
            for (Entry e : ledger.entries(driverId, Source.EARNING, BOOKING, bookingId)) {
                if (e.status() == EntryStatus.PENDING) {
                    ledger.settle(e.id());
                }
            }
        }
        referrals.rideCompleted(bookingId, members);
    }
}
