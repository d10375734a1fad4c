package com.allocar.wallet.settlement;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.ledger.EntryIds;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.ledger.NewEntry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** driver.penalized: the fine is held from the driver's money (may go below zero), credited to the platform. */
@Service
public class ApplyPenalty {

    private final Ledger ledger;

    ApplyPenalty(Ledger ledger) {
        this.ledger = ledger;
    }

    /** @param reason booking-service's reason, shown to the driver in the entry's description */
    @Transactional(propagation = Propagation.MANDATORY)
    public void penalized(UUID penaltyId, UUID driverId, UUID tripId, BigDecimal amount, String reason) {
        ledger.lock(List.of(driverId, ledger.platformUserId()));
        ledger.write(driverId, NewEntry.settled(EntryIds.of("penalty", penaltyId), Direction.DEBIT, amount, Source.PENALTY,
                "penalty", penaltyId, reason == null ? "Pénalité" : "Pénalité : " + reason));
        ledger.write(ledger.platformUserId(), NewEntry.settled(EntryIds.of("penalty-income", penaltyId), Direction.CREDIT, amount,
                Source.PENALTY, "trip", tripId, "Driver penalty"));
    }
}
