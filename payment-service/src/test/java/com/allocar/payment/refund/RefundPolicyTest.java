package com.allocar.payment.refund;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static com.allocar.payment.refund.RefundPolicy.Destination.PROVIDER;
import static com.allocar.payment.refund.RefundPolicy.Destination.WALLET;
import static org.assertj.core.api.Assertions.assertThat;

class RefundPolicyTest {

    private static RefundPolicy.Decision decide(long paid, long back, long requested, long fee, boolean providerCanRefund) {
        return RefundPolicy.decide(BigDecimal.valueOf(paid), BigDecimal.valueOf(back), BigDecimal.valueOf(requested), BigDecimal.valueOf(fee),
                providerCanRefund);
    }

    @Test
    void fullRefundOfAProviderPaymentGoesBackThroughTheProvider() {
        var d = decide(12_000, 0, 12_000, 0, true);
        assertThat(d.destination()).isEqualTo(PROVIDER);
        assertThat(d.amount()).isEqualByComparingTo("12000");
    }

    @Test
    void partialRefundsWalletPaymentsAndProvidersWithoutRefundApiGoToTheWallet() {
        assertThat(decide(12_000, 0, 9_000, 3_000, true).destination()).isEqualTo(WALLET);
        assertThat(decide(12_000, 0, 11_999, 0, true).destination()).isEqualTo(WALLET);
        assertThat(decide(12_000, 0, 12_000, 0, false).destination()).isEqualTo(WALLET);
    }

    @Test
    void aRefundNeverExceedsWhatIsLeftOfThePayment() {
        assertThat(decide(10_800, 0, 12_000, 0, true).amount()).isEqualByComparingTo("10800"); // promo: the discount is not cash
        assertThat(decide(10_800, 0, 12_000, 0, true).destination()).isEqualTo(PROVIDER);
        assertThat(decide(12_000, 9_000, 9_000, 0, true).amount()).isEqualByComparingTo("3000");
        assertThat(decide(12_000, 9_000, 9_000, 0, true).destination()).isEqualTo(WALLET);
        assertThat(decide(12_000, 12_000, 5_000, 0, true).amount()).isEqualByComparingTo("0");
    }
}
