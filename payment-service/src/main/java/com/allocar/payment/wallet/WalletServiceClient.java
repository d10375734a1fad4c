package com.allocar.payment.wallet;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.clients.Idempotent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * wallet-service's internal ledger API (ADR 006), on the platform's service clients: a refusal comes back as the same
 * error (e.g. {@code insufficient_funds} {available, requested}), an unreachable wallet-service is 503
 * {@code service_unavailable}. Entries are exactly-once on {@code entry_id}, so writing one is retried during an outage.
 */
@FeignClient(name = "wallet-service", url = "${allocar.payment.wallet-base-url}")
interface WalletServiceClient {

    record EntryRequest(UUID entryId, Direction direction, BigDecimal amount, String currency, Source source, EntryStatus status,
                        RefType refType, UUID refId, String description) {
    }

    /** A driver above the payout minimum (wallet's EligiblePayout: contracts/wallet-service/internal/eligible-payout). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record EligibleDriver(UUID userId, BigDecimal amount, String msisdn, String name) {
    }

    @Idempotent
    @PostMapping("/internal/wallets/{userId}/entries")
    void write(@PathVariable("userId") UUID userId, @RequestBody EntryRequest entry);

    @Idempotent
    @GetMapping("/internal/payouts/eligible")
    List<EligibleDriver> eligibleForPayout(@RequestParam("min_amount") String minAmount);
}
