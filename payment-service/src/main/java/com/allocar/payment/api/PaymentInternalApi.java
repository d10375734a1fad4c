package com.allocar.payment.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * payment-service's internal HTTP API (X-Service-Token, scoped callers per ADR 007, envelope {@code {"data": …}}): top-ups
 * for wallet-service, the staff API (payments, payout runs, promos) for admin-service.
 */
public final class PaymentInternalApi {

    /** {@code POST /internal/topups}: idempotent on {@code topup_id}. */
    public record TopupRequest(@NotNull UUID topupId, @NotNull UUID userId,
                               @NotNull @DecimalMin("100") @Digits(integer = 10, fraction = 0) BigDecimal amount,
                               @NotNull @Pattern(regexp = "XOF") String currency,
                               @NotNull @Pattern(regexp = "wave|orange_money|mtn_momo|card") String method,
                               @Pattern(regexp = "\\+[1-9][0-9]{7,14}") String msisdn) {
    }

    public record TopupStarted(UUID paymentId, String provider, String checkoutUrl, Map<String, Object> providerPayload) {
    }

    /** {@code GET /internal/payments}: what staff see of a payment — the member's view plus who paid, who is paid, what the platform kept. */
    public record StaffPaymentView(UUID id, String purpose, UUID bookingId, UUID topupId, UUID userId, UUID driverId, String method,
                                   String provider, String providerRef, BigDecimal amount, BigDecimal grossAmount, BigDecimal discount,
                                   BigDecimal commission, BigDecimal fees, String currency, String status, String failureReason,
                                   BigDecimal refundedAmount, Instant createdAt, Instant paidAt, Instant failedAt, Instant refundedAt) {
    }

    /** {@code POST /internal/payouts/run}: how many payouts the run attempted. */
    public record PayoutRun(int attempted) {
    }

    /** {@code POST /internal/promos}: a new active code, by this staff member. */
    public record CreatePromo(@NotBlank @Size(min = 3, max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
                              @NotNull @Pattern(regexp = "amount|percent") String type,
                              @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 2) BigDecimal value,
                              @Min(1) @Max(10_000_000) Integer maxUses, @Min(1) @Max(1000) Integer perUserLimit, Instant startsAt,
                              Instant endsAt, @NotNull UUID staffId) {
    }

    /** {@code POST /internal/promos/{id}/changes}: activation / deactivation, a new end, new limits; null = unchanged. */
    public record ChangePromo(@Pattern(regexp = "active|inactive") String status, Instant endsAt, @Min(1) @Max(10_000_000) Integer maxUses,
                              @Min(1) @Max(1000) Integer perUserLimit, @NotNull UUID staffId) {
    }

    /** A promo as staff see it, with the uses taken. */
    public record PromoView(UUID id, String code, String type, BigDecimal value, Integer maxUses, Integer perUserLimit, int uses,
                            Instant startsAt, Instant endsAt, String status) {
    }

    private PaymentInternalApi() {
    }
}
