package com.allocar.wallet.payment;

import com.allocar.platform.testing.ContractFixtures;
import com.allocar.wallet.api.TopupMethod;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** wallet-service's side of payment's POST /internal/topups: what we send and what we read, against payment's fixtures. */
class PaymentContractsTest {

    @Test
    void the_request_we_send_is_the_one_payment_documents() {
        var request = ContractFixtures.assertWrites("payment-service/internal/topup-request.v1", PaymentServiceClient.TopupRequest.class);
        assertThat(request.method()).isEqualTo(TopupMethod.ORANGE_MONEY);
    }

    @Test
    void the_answer_we_read() {
        var intent = ContractFixtures.read("payment-service/internal/topup-started.v1", PaymentServiceClient.TopupIntent.class);
        assertThat(intent.paymentId()).isNotNull();
        assertThat(intent.checkoutUrl()).startsWith("https://");
        assertThat(intent.providerPayload().path("pay_token").asString()).isEqualTo("abc");
    }
}
