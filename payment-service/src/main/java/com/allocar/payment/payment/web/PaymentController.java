package com.allocar.payment.payment.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.payment.Payment;
import com.allocar.payment.payment.PaymentMethod;
import com.allocar.payment.payment.ReadPayments;
import com.allocar.payment.payment.StartBookingPayment;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.idempotency.IdempotencyKeyRequired;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "payments", description = "Paying an accepted booking (Wave, Orange Money, MTN MoMo, card, wallet)")
class PaymentController {

    private final StartBookingPayment start;
    private final ReadPayments reads;

    PaymentController(StartBookingPayment start, ReadPayments reads) {
        this.start = start;
        this.reads = reads;
    }

    record InitRequest(@NotNull UUID bookingId,
                       @NotNull PaymentMethod method,
                       @Size(min = 3, max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String promoCode,
                       @Pattern(regexp = "\\+[1-9][0-9]{7,14}", message = "must be an E.164 number") String msisdn) {
    }

    /** The answer of init: the payment and what the app needs to let the payer pay (redirect URL, provider payload). */
    record InitView(UUID paymentId, String status, String method, String provider, BigDecimal amount, BigDecimal discount,
                    String currency, String checkoutUrl, Map<String, Object> providerPayload) {
    }

    record PaymentView(UUID id, String purpose, UUID bookingId, String method, String provider, String providerRef, BigDecimal amount,
                       BigDecimal discount, String currency, String status, String failureReason, BigDecimal refundedAmount,
                       String checkoutUrl, Instant createdAt, Instant paidAt, Instant failedAt, Instant refundedAt) {

        static PaymentView of(Payment p) {
            return new PaymentView(p.id(), p.purpose().wire(), p.bookingId(), p.method().wire(), p.provider().wire(), p.providerRef(),
                    p.amount(), p.discount(), p.currency(), p.status().wire(), p.failureReason(), p.refundedAmount(), p.checkoutUrl(),
                    p.createdAt(), p.paidAt(), p.failedAt(), p.refundedAt());
        }
    }

    @PostMapping("/init")
    @IdempotencyKeyRequired
    @Operation(summary = "Start paying an accepted booking (passenger only; amount from the booking, promo applied)",
            parameters = @Parameter(in = ParameterIn.HEADER, name = "Idempotency-Key", required = true))
    Envelope<InitView> init(CurrentUser user, @Valid @RequestBody InitRequest body) {
        var started = start.init(user, new StartBookingPayment.InitCommand(body.bookingId(), body.method(), body.promoCode(), body.msisdn()));
        Payment p = started.payment();
        return Envelope.of(new InitView(p.id(), p.status().wire(), p.method().wire(), p.provider().wire(), p.amount(), p.discount(),
                p.currency(), p.checkoutUrl(), started.providerPayload()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of my payments")
    Envelope<PaymentView> get(CurrentUser user, @PathVariable UUID id) {
        return Envelope.of(PaymentView.of(reads.get(id, user)));
    }
}
