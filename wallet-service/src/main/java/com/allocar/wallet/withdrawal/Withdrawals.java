package com.allocar.wallet.withdrawal;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.events.RecordedEvents;
import com.allocar.platform.settings.PlatformSettings;
import com.allocar.platform.settings.WalletSwitch;
import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.api.WithdrawalMethod;
import com.allocar.wallet.config.WalletProperties;
import com.allocar.wallet.ledger.AmountLimits;
import com.allocar.wallet.ledger.EntryIds;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.ledger.NewEntry;
import com.allocar.wallet.member.KycRegistry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@code POST /wallet/withdraw}: rules (amount limits, KYC approved, available money), then a pending {@code payout}
 * debit reserves the money (it cannot be spent twice) and {@code wallet.withdrawal_requested} asks payment-service to
 * disburse; its {@code payout.completed|failed} (payout_id = withdrawal id) settles or cancels the debit.
 */
@Service
public class Withdrawals {

    public record Requested(UUID withdrawalId, Ledger.Written written, boolean created) {
    }

    private final Ledger ledger;
    private final KycRegistry kyc;
    private final RecordedEvents recorded;
    private final WalletProperties props;
    private final PlatformSettings settings;

    Withdrawals(Ledger ledger, KycRegistry kyc, RecordedEvents recorded, WalletProperties props, PlatformSettings settings) {
        this.ledger = ledger;
        this.kyc = kyc;
        this.recorded = recorded;
        this.props = props;
        this.settings = settings;
    }

    /** The withdrawal id derives from the user and their Idempotency-Key: a retry reserves nothing twice. */
    @Transactional
    public Requested request(UUID userId, String idempotencyKey, BigDecimal amount, WithdrawalMethod method, String msisdn) {
        WalletSwitch.require(settings.current());
        AmountLimits.check(amount, props.withdrawal().minAmount(), props.maxAmount());
        KycRequiredForWithdrawal.check(kyc.status(userId));
        UUID withdrawalId = EntryIds.of("withdrawal", userId, idempotencyKey);
        Ledger.Written written = ledger.write(userId, NewEntry.pending(withdrawalId, Direction.DEBIT, amount, Source.PAYOUT,
                "withdrawal", withdrawalId, "Retrait vers " + method.wire()));
        if (written.created()) {
            // no table of its own (its entry is its row): the request's event goes straight to the event writer
            recorded.publish(Withdrawal.requested(withdrawalId, userId, written.wallet().walletId(), amount, props.currency(),
                    new Withdrawal.Payee(method, msisdn)));
        }
        return new Requested(withdrawalId, written, written.created());
    }
}
