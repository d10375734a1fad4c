package com.allocar.wallet.withdrawal.web;

import java.math.BigDecimal;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.idempotency.IdempotencyFilter;
import com.allocar.platform.idempotency.IdempotencyKeyRequired;
import com.allocar.platform.security.CurrentUser;
import com.allocar.platform.validation.E164Phone;
import com.allocar.wallet.wallet.web.WalletViews.WalletView;
import com.allocar.wallet.api.WithdrawalMethod;
import com.allocar.wallet.withdrawal.Withdrawals;
import com.allocar.platform.api.ErrorEnvelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "wallet")
class WithdrawController {

    private final Withdrawals withdrawals;

    WithdrawController(Withdrawals withdrawals) {
        this.withdrawals = withdrawals;
    }

    record WithdrawBody(@NotNull BigDecimal amount, @NotNull WithdrawalMethod method, @NotBlank @E164Phone String msisdn) {
    }

    /** @param status pending until the provider's disbursement completes (or fails: the money comes back) */
    record WithdrawalView(UUID withdrawalId, BigDecimal amount, String currency, WithdrawalMethod method, String msisdn, String status,
                          WalletView wallet) {
    }

    @PostMapping("/api/v1/wallet/withdraw")
    @IdempotencyKeyRequired
    @ApiResponse(responseCode = "201", description = "The withdrawal, pending (200 when the same withdrawal is asked again)")
    @ApiResponse(responseCode = "402", description = "insufficient_funds: details {available, requested}",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ErrorEnvelope.class)))
    @Operation(summary = "Withdraw from my wallet to mobile money (Idempotency-Key required)",
            description = "Rules: amount between the withdrawal minimum and the maximum (validation_error); approved KYC (403 kyc_required); "
                    + "at most the available balance (402 insufficient_funds {available, requested}). The money is reserved at once "
                    + "(pending debit) and leaves when the disbursement completes.")
    ResponseEntity<Envelope<WithdrawalView>> withdraw(CurrentUser user, @RequestHeader(IdempotencyFilter.HEADER) String key,
                                                      @Valid @RequestBody WithdrawBody body) {
        var r = withdrawals.request(user.id(), key.trim(), body.amount(), body.method(), e164(body.msisdn()));
        var entry = r.written().entry();
        return ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Envelope.of(new WithdrawalView(r.withdrawalId(),
                entry.amount(), entry.currency(), body.method(), e164(body.msisdn()), entry.status().wire(), WalletView.of(r.written().wallet()))));
    }

    /** The number as payment-service and the providers want it: E.164, no spaces. */
    private static String e164(String msisdn) {
        return msisdn == null ? null : com.allocar.platform.validation.PhoneNumbers.normalize(msisdn).orElse(msisdn);
    }
}
