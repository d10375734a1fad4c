package com.allocar.wallet.config;

import java.math.BigDecimal;
import java.util.UUID;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code allocar.wallet.*}.
 *
 * @param platformUserId the platform's own wallet (commissions, promo funding), ADR 006
 * @param maxAmount the largest single topup or withdrawal a user may ask for
 * @param maxEntryAmount the largest single entry of the internal API (a scheduled payout aggregates weeks of earnings)
 */
@ConfigurationProperties("allocar.wallet")
public record WalletProperties(String currency, UUID platformUserId, BigDecimal maxAmount, BigDecimal maxEntryAmount, Topup topup,
                               Withdrawal withdrawal, PaymentService paymentService) {

    public record Topup(BigDecimal minAmount) {
    }

    /** @param minAmount the admin's "seuil payout minimal": smallest withdrawal, default threshold of scheduled payouts */
    public record Withdrawal(BigDecimal minAmount) {
    }

    /** @param url payment-service's base URL (its client's timeouts are spring.cloud.openfeign.client.config.payment-service.*) */
    public record PaymentService(String url) {
    }
}
