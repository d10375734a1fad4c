package com.allocar.wallet.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * wallet-service's internal API for the fleet ({@code /internal/**}, header {@code X-Service-Token}, scoped callers (ADR 007), never routed by
 * the gateway), ADR 006. Answers travel in the usual envelope ({@code {"data": ...}}).
 */
public final class WalletInternalApi {

    /**
     * {@code POST /internal/wallets/{user_id}/entries}: 201 with the entry and the wallet; the same {@code entry_id} again
     * → 200 with the stored entry (exactly-once); a debit above what is available → 402 {@code insufficient_funds}
     * {@code {available, requested}} (except {@code penalty} and {@code reversal}); the same id for another movement → 409.
     *
     * @param direction credit | debit
     * @param source refund | topup | payout | promo | payment | earning | commission | fee | penalty | reversal
     * @param status settled | pending (default settled)
     */
    public record EntryRequest(@NotNull UUID entryId,
                               @NotNull @Pattern(regexp = Direction.WIRE_PATTERN, message = "must be credit or debit") String direction,
                               @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 10, fraction = 2) BigDecimal amount,
                               @Pattern(regexp = "XOF", message = "must be XOF") String currency,
                               @NotNull @Pattern(regexp = Source.WIRE_PATTERN,
                                       message = "must be one of refund, topup, payout, promo, payment, earning, commission, fee, penalty, reversal")
                               String source,
                               @Pattern(regexp = EntryStatus.WRITABLE_PATTERN, message = "must be settled or pending") String status,
                               @Size(max = 40) String refType,
                               @Size(max = 100) String refId,
                               @Size(max = 300) String description) {
    }

    /** One ledger entry (its enums as their lower-case wire names). */
    public record EntryView(UUID entryId, UUID walletId, UUID userId, Direction direction, BigDecimal amount, String currency,
                            Source source, EntryStatus status, String refType, String refId, String description,
                            BigDecimal balanceAfter, Instant createdAt, Instant statusChangedAt) {
    }

    /**
     * {@code GET /internal/wallets/{user_id}} (zeros for a user without a wallet).
     *
     * @param balance Σ settled credits − Σ settled debits
     * @param pending Σ pending credits (earnings of rides not completed yet)
     * @param reserved Σ pending debits (payouts in flight)
     * @param available balance − reserved: what may be debited now
     */
    public record WalletView(UUID userId, UUID walletId, BigDecimal balance, BigDecimal pending, BigDecimal reserved,
                             BigDecimal available, String currency) {
    }

    /** The answer of an entry write, settle or cancel: the entry and its wallet after it. */
    public record EntryWritten(EntryView entry, WalletView wallet) {
    }

    /**
     * {@code GET /internal/payouts/eligible?min_amount=}: a member whose available money reaches the threshold (KYC approved).
     *
     * @param amount what a payout would pay: all of {@code available}
     * @param msisdn the member's phone from identity (default payout number), null if identity never told us
     * @param name first and last name, null if unknown
     */
    public record EligiblePayout(UUID userId, UUID walletId, BigDecimal available, BigDecimal amount, String currency, String msisdn,
                                 String name) {
    }

    private WalletInternalApi() {
    }
}
