package com.allocar.admin.payment;

import com.allocar.admin.wallet.WalletLedgerClient;
import com.allocar.platform.testing.ContractFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What admin-service reads of payment's and wallet's staff APIs, and the requests it sends, are their fixtures. */
class PaymentContractsTest {

    @Test
    void ourRecordsReadWhatPaymentAndWalletAnswer() {
        var payment = ContractFixtures.read("payment-service/internal/staff-payment-view.v1", PaymentServiceClient.Payment.class);
        assertThat(payment.commission()).isEqualByComparingTo("900");
        assertThat(payment.userId()).isNotNull();
        assertThat(ContractFixtures.read("payment-service/internal/payout-run.v1", PaymentServiceClient.PayoutRun.class).attempted()).isEqualTo(3);
        var promo = ContractFixtures.read("payment-service/internal/promo-view.v1", PaymentServiceClient.Promo.class);
        assertThat(promo.uses()).isEqualTo(42);
        assertThat(promo.status()).isEqualTo("active");
        var entry = ContractFixtures.read("wallet-service/internal/entry-view.v1", WalletLedgerClient.Entry.class);
        assertThat(entry.direction()).isEqualTo("credit");
        assertThat(entry.createdAt()).isNotNull();
    }

    @Test
    void ourRequestsAreExactlyWhatPaymentReads() {
        ContractFixtures.assertWrites("payment-service/internal/promo-create.v1", PaymentServiceClient.NewPromo.class);
        ContractFixtures.assertWrites("payment-service/internal/promo-change.v1", PaymentServiceClient.PromoChange.class);
    }
}
