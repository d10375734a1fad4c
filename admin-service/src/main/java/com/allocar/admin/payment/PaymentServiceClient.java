package com.allocar.admin.payment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.api.Envelope;
import com.allocar.platform.clients.Idempotent;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * payment-service's staff API ({@code /internal/payments}, {@code /internal/payouts/run}, {@code /internal/promos},
 * admin-service only): its refusals come back as the same errors ({@code validation_error}, {@code not_found},
 * {@code conflict} while a payout run is under way, for a code taken or a limit under the uses taken), an unreachable
 * payment-service is 503. Lists are retried on an outage; a run or a change is not.
 */
@FeignClient(name = "payment-service", contextId = "payment-admin", url = "${allocar.admin.payment-service.base-url:http://127.0.0.1:8084}")
public interface PaymentServiceClient {

    /** What admin-service reads of payment's staff view of a payment. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Payment(UUID id, String purpose, UUID bookingId, UUID topupId, UUID userId, UUID driverId, String method, String provider,
                   String providerRef, BigDecimal amount, BigDecimal grossAmount, BigDecimal discount, BigDecimal commission,
                   BigDecimal fees, String currency, String status, String failureReason, BigDecimal refundedAmount,
                   Instant createdAt, Instant paidAt, Instant failedAt, Instant refundedAt) {
    }

    record PayoutRun(int attempted) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Promo(UUID id, String code, String type, BigDecimal value, Integer maxUses, Integer perUserLimit, int uses, Instant startsAt,
                 Instant endsAt, String status) {
    }

    record NewPromo(String code, String type, BigDecimal value, Integer maxUses, Integer perUserLimit, Instant startsAt, Instant endsAt,
                    UUID staffId) {
    }

    record PromoChange(String status, Instant endsAt, Integer maxUses, Integer perUserLimit, UUID staffId) {
    }

    @Idempotent
    @GetMapping("/internal/payments")
    Envelope<List<Payment>> list(@RequestParam(value = "status", required = false) String status,
                                 @RequestParam(value = "method", required = false) String method,
                                 @RequestParam(value = "user_id", required = false) String userId,
                                 @RequestParam(value = "booking_id", required = false) String bookingId,
                                 @RequestParam(value = "created_at_gte", required = false) Instant createdFrom,
                                 @RequestParam(value = "created_at_lte", required = false) Instant createdTo,
                                 @RequestParam("page") int page, @RequestParam("page_size") int pageSize);

    @PostMapping("/internal/payouts/run")
    PayoutRun runPayouts();

    @Idempotent
    @GetMapping("/internal/promos")
    Envelope<List<Promo>> promos(@RequestParam(value = "status", required = false) String status, @RequestParam("page") int page,
                                 @RequestParam("page_size") int pageSize);

    @PostMapping("/internal/promos")
    Promo createPromo(@RequestBody NewPromo promo);

    @PostMapping("/internal/promos/{id}/changes")
    Promo changePromo(@PathVariable("id") UUID id, @RequestBody PromoChange change);
}
