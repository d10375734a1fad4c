package com.allocar.payment.wallet;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.stereotype.Component;

/**
 * What payment asks of wallet-service: ledger entries (exactly-once on {@code entry_id}: a retried call with the same
 * id returns the stored entry, so a lost answer is safe to retry) and the drivers due a payout. The HTTP is
 * {@link WalletServiceClient}'s; this translates a refused debit into {@link InsufficientFunds}.
 */
@Component
public class Wallets {

    /** Wallets hold francs CFA only. */
    private static final String CURRENCY = "XOF";

    private final WalletServiceClient client;

    Wallets(WalletServiceClient client) {
        this.client = client;
    }

    /** A debit above the available balance: 402 {@code insufficient_funds} {available, requested}. */
    public static final class InsufficientFunds extends ApiException {

        public InsufficientFunds(BigDecimal available, BigDecimal requested) {
            super(ErrorCode.INSUFFICIENT_FUNDS, "Your wallet balance is too low", details(available, requested));
        }

        private static Map<String, Object> details(BigDecimal available, BigDecimal requested) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("available", available);
            d.put("requested", requested);
            return d;
        }
    }

    public record Entry(UUID entryId, Direction direction, BigDecimal amount, Source source, EntryStatus status, RefType refType, UUID refId,
                        String description) {
    }

    /** Writes a ledger entry; throws {@link InsufficientFunds} when a debit does not fit. */
    public void write(UUID userId, Entry entry) {
        try {
            client.write(userId, new WalletServiceClient.EntryRequest(entry.entryId(), entry.direction(), entry.amount(), CURRENCY,
                    entry.source(), entry.status(), entry.refType(), entry.refId(), entry.description()));
        } catch (ApiException e) {
            if (e.code() == ErrorCode.INSUFFICIENT_FUNDS) {
                throw new InsufficientFunds(decimal(e.details().get("available")), entry.amount());
            }
            throw e;
        }
    }

    public record Eligible(UUID userId, BigDecimal amount, String msisdn, String name) {
    }

    /** Drivers whose withdrawable balance is at least {@code minAmount}. */
    public List<Eligible> eligibleForPayout(BigDecimal minAmount) {
        return client.eligibleForPayout(minAmount.toPlainString()).stream()
                .map(d -> new Eligible(d.userId(), d.amount() != null ? d.amount() : BigDecimal.ZERO,
                        d.msisdn(), d.name()))
                .toList();
    }

    private static BigDecimal decimal(Object value) {
        try {
            return value == null ? null : new BigDecimal(value.toString());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
