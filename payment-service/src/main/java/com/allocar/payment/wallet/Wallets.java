package com.allocar.payment.wallet;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.config.PaymentProperties;
import com.allocar.payment.support.InternalHttp;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * wallet-service's internal ledger API (ADR 006). Entries are exactly-once on {@code entry_id}: a retried call
 * with the same id returns the stored entry, so a lost answer is safe to retry.
 */
@Component
public class Wallets {

    private final InternalHttp http;

    Wallets(PaymentProperties props, ServiceTokens tokens, JsonMapper json) {
        this.http = new InternalHttp(FleetService.WALLET, props.walletBaseUrl(), tokens, json);
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

    public record Entry(UUID entryId, String direction, BigDecimal amount, String source, String status, String refType, UUID refId,
                        String description) {
    }

    /** Writes a ledger entry; throws {@link InsufficientFunds} when a debit does not fit. */
    public void write(UUID userId, Entry entry) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entry_id", entry.entryId().toString());
        body.put("direction", entry.direction());
        body.put("amount", entry.amount());
        body.put("currency", "XOF");
        body.put("source", entry.source());
        body.put("status", entry.status());
        body.put("ref_type", entry.refType());
        body.put("ref_id", entry.refId() == null ? null : entry.refId().toString());
        body.put("description", entry.description());
        var r = http.post("/internal/wallets/" + userId + "/entries", body);
        if (r.ok()) {
            return;
        }
        if ("insufficient_funds".equals(r.errorCode())) {
            var d = r.body().path("error").path("details");
            throw new InsufficientFunds(decimal(d.path("available").asString(null)), entry.amount());
        }
        throw new ApiException(ErrorCode.BAD_GATEWAY, "wallet-service answered " + r.status() + " " + r.errorCode());
    }

    /** Settles ({@code settle}) or reverses ({@code cancel}) a pending entry. */
    public void finish(UUID entryId, boolean settle) {
        var r = http.post("/internal/wallet-entries/" + entryId + (settle ? "/settle" : "/cancel"), Map.of());
        if (!r.ok()) {
            throw new ApiException(ErrorCode.BAD_GATEWAY, "wallet-service answered " + r.status() + " " + r.errorCode());
        }
    }

    public record Eligible(UUID userId, BigDecimal amount, String msisdn, String name) {
    }

    /** Drivers whose withdrawable balance is at least {@code minAmount}. */
    public java.util.List<Eligible> eligibleForPayout(BigDecimal minAmount) {
        var r = http.get("/internal/payouts/eligible?min_amount=" + minAmount.toPlainString());
        if (!r.ok()) {
            throw new ApiException(ErrorCode.BAD_GATEWAY, "wallet-service answered " + r.status());
        }
        java.util.List<Eligible> out = new java.util.ArrayList<>();
        r.data().forEach(n -> out.add(new Eligible(UUID.fromString(n.path("user_id").asString()),
                new BigDecimal(n.path("amount").asString(n.path("balance").asString("0"))),
                n.path("msisdn").asString(null), n.path("name").asString(null))));
        return out;
    }

    private static BigDecimal decimal(String s) {
        try {
            return s == null ? null : new BigDecimal(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
