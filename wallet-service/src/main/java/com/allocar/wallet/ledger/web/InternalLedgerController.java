package com.allocar.wallet.ledger.web;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import com.allocar.wallet.api.WalletInternalApi.EntryRequest;
import com.allocar.wallet.api.WalletInternalApi.EntryView;
import com.allocar.wallet.api.WalletInternalApi.EntryWritten;
import com.allocar.wallet.api.WalletInternalApi.WalletView;
import com.allocar.wallet.config.WalletProperties;
import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.EntryStatus;
import com.allocar.wallet.ledger.Holdings;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.ledger.NewEntry;
import com.allocar.wallet.api.Source;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The ledger for payment-service (wallet payments, payout reservations), ADR 006. Service token; never routed. */
@Hidden
@RestController
@CalledBy(FleetService.PAYMENT)
class InternalLedgerController {

    private final Ledger ledger;
    private final WalletProperties props;

    InternalLedgerController(Ledger ledger, WalletProperties props) {
        this.ledger = ledger;
        this.props = props;
    }

    /** 201 with the new entry; 200 with the stored one when the same entry_id comes again. */
    @PostMapping("/internal/wallets/{userId}/entries")
    ResponseEntity<Envelope<EntryWritten>> write(@PathVariable UUID userId, @Valid @RequestBody EntryRequest body) {
        if (body.amount().compareTo(props.maxEntryAmount()) > 0) {
            throw ApiException.validation("amount", "must be at most " + props.maxEntryAmount().toPlainString());
        }
        var written = ledger.write(userId, new NewEntry(body.entryId(), Direction.fromWire(body.direction()), body.amount(),
                Source.fromWire(body.source()), body.status() == null ? EntryStatus.SETTLED : EntryStatus.fromWire(body.status()),
                body.refType(), body.refId(), body.description()));
        return ResponseEntity.status(written.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .body(Envelope.of(new EntryWritten(LedgerViews.entry(written.entry()), LedgerViews.wallet(written.wallet()))));
    }

    @PostMapping("/internal/wallet-entries/{entryId}/settle")
    Envelope<EntryWritten> settle(@PathVariable UUID entryId) {
        var written = ledger.settle(entryId);
        return Envelope.of(new EntryWritten(LedgerViews.entry(written.entry()), LedgerViews.wallet(written.wallet())));
    }

    @PostMapping("/internal/wallet-entries/{entryId}/cancel")
    Envelope<EntryWritten> cancel(@PathVariable UUID entryId) {
        var written = ledger.cancel(entryId);
        return Envelope.of(new EntryWritten(LedgerViews.entry(written.entry()), LedgerViews.wallet(written.wallet())));
    }

    @GetMapping("/internal/wallet-entries/{entryId}")
    Envelope<EntryView> entry(@PathVariable UUID entryId) {
        return Envelope.of(LedgerViews.entry(ledger.entry(entryId).orElseThrow(() -> ApiException.notFound("wallet entry", entryId))));
    }

    /** Zeros for a user who has no wallet yet (nothing is created by looking). */
    @CalledBy({FleetService.PAYMENT, FleetService.ADMIN})
    @GetMapping("/internal/wallets/{userId}")
    Envelope<WalletView> wallet(@PathVariable UUID userId) {
        return Envelope.of(ledger.find(userId).map(LedgerViews::wallet)
                .orElseGet(() -> new WalletView(userId, null, BigDecimal.ZERO.setScale(2), Holdings.EMPTY.incoming(),
                        Holdings.EMPTY.reserved(), BigDecimal.ZERO.setScale(2), props.currency())));
    }
}
