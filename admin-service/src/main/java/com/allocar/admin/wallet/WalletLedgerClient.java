package com.allocar.admin.wallet;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.clients.Idempotent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * wallet-service's ledger feed ({@code /internal/wallet-txns}, admin-service only): every wallet's entries of a period,
 * oldest first, a page after the last entry read. Retried on an outage (a read).
 */
@FeignClient(name = "wallet-service", contextId = "wallet-ledger", url = "${allocar.admin.wallet-service.base-url:http://127.0.0.1:8085}")
public interface WalletLedgerClient {

    /** What the export reads of wallet's entry view. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(UUID entryId, UUID walletId, UUID userId, String direction, BigDecimal amount, String currency, String source,
                 String status, String refType, String refId, String description, BigDecimal balanceAfter, Instant createdAt,
                 Instant statusChangedAt) {
    }

    @Idempotent
    @GetMapping("/internal/wallet-txns")
    Envelope<List<Entry>> page(@RequestParam(value = "created_from", required = false) Instant from,
                               @RequestParam(value = "created_to", required = false) Instant to,
                               @RequestParam(value = "after", required = false) UUID after,
                               @RequestParam("limit") int limit);
}
