package com.allocar.wallet.ledger.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import com.allocar.wallet.api.WalletInternalApi.EntryView;
import com.allocar.wallet.ledger.Ledger;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * admin-service's {@code GET /admin/wallet/txns/export} reads the whole ledger through here, a page at a time (service
 * token): oldest first, each page after the last entry of the previous one, so that an export of a long period never
 * holds more than one page and never skips nor repeats an entry written meanwhile.
 */
@Hidden
@RestController
@Validated
@CalledBy(FleetService.ADMIN)
class InternalLedgerExportController {

    private final Ledger ledger;

    InternalLedgerExportController(Ledger ledger) {
        this.ledger = ledger;
    }

    /** A page shorter than {@code limit} is the last one. */
    @GetMapping("/internal/wallet-txns")
    Envelope<List<EntryView>> page(@RequestParam(value = "created_from", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                                   @RequestParam(value = "created_to", required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                                   @RequestParam(value = "after", required = false) UUID after,
                                   @RequestParam(value = "limit", defaultValue = "500") @Min(1) @Max(1000) int limit) {
        return Envelope.of(ledger.inOrder(from, to, after, limit).stream().map(LedgerViews::entry).toList());
    }
}
