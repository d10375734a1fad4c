package com.allocar.wallet.settlement;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.ledger.EntryIds;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.ledger.NewEntry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** payment.succeeded, purpose topup: the user's wallet is credited (entry id from the payment id: once, ever). */
@Service
public class CreditTopup {

    private final Ledger ledger;

    CreditTopup(Ledger ledger) {
        this.ledger = ledger;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void toppedUp(UUID paymentId, UUID topupId, UUID userId, BigDecimal amount) {
        ledger.write(userId, NewEntry.settled(EntryIds.of("topup", paymentId), Direction.CREDIT, amount, Source.TOPUP,
                "topup", topupId == null ? paymentId : topupId, "Rechargement"));
    }
}
