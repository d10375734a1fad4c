package com.allocar.wallet.settlement;

import java.util.UUID;

import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.ledger.Ledger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * payout.completed / payout.failed: the pending payout debit (entry id = payout id) settles, or is cancelled and the
 * money is available again. An outcome that overtakes its entry is kept until the entry is written.
 */
@Service
public class ApplyPayoutOutcome {

    private static final Logger log = LoggerFactory.getLogger(ApplyPayoutOutcome.class);

    private final Ledger ledger;

    ApplyPayoutOutcome(Ledger ledger) {
        this.ledger = ledger;
    }

    /** @param target settled (payout.completed) or cancelled (payout.failed) */
    @Transactional(propagation = Propagation.MANDATORY)
    public void outcome(UUID payoutId, EntryStatus target) {
        var entry = ledger.entry(payoutId);
        if (entry.isPresent() && (entry.get().source() != Source.PAYOUT || entry.get().direction() != Direction.DEBIT
                || (entry.get().status() != EntryStatus.PENDING && entry.get().status() != target))) {
            log.warn("payout outcome {} for entry {} ignored: entry is a {} {} {}", target.wire(), payoutId,
                    entry.get().status().wire(), entry.get().source().wire(), entry.get().direction().wire());
            return;
        }
        ledger.resolveOrRemember(payoutId, target);
    }
}
