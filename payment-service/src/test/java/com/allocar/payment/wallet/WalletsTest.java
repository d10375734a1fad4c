package com.allocar.payment.wallet;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.clients.PeerUnavailable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WalletsTest {

    private final AtomicReference<RuntimeException> refusal = new AtomicReference<>();
    private final AtomicReference<WalletServiceClient.EntryRequest> sent = new AtomicReference<>();
    private List<WalletServiceClient.EligibleDriver> eligible = List.of();

    private final Wallets wallets = new Wallets(new WalletServiceClient() {
        @Override
        public void write(UUID userId, EntryRequest entry) {
            sent.set(entry);
            if (refusal.get() != null) {
                throw refusal.get();
            }
        }

        @Override
        public List<EligibleDriver> eligibleForPayout(String minAmount) {
            return eligible;
        }
    });

    private final Wallets.Entry debit = new Wallets.Entry(UUID.randomUUID(), Direction.DEBIT, new BigDecimal("12000"), Source.PAYMENT,
            EntryStatus.SETTLED, RefType.BOOKING, UUID.randomUUID(), "Booking payment");

    @Test
    void anEntryTravelsWithWalletServicesWireNamesInFrancsCfa() {
        wallets.write(UUID.randomUUID(), debit);
        assertThat(sent.get().currency()).isEqualTo("XOF");
        assertThat(sent.get().direction().wire()).isEqualTo("debit");
        assertThat(sent.get().source().wire()).isEqualTo("payment");
        assertThat(sent.get().status().wire()).isEqualTo("settled");
        assertThat(sent.get().refType().wire()).isEqualTo("booking");
    }

    @Test
    void aRefusedDebitIsInsufficientFundsWithTheAvailableBalance() {
        refusal.set(new ApiException(ErrorCode.INSUFFICIENT_FUNDS, "low", Map.of("available", 500, "requested", 12000)));
        assertThatThrownBy(() -> wallets.write(UUID.randomUUID(), debit)).isInstanceOfSatisfying(Wallets.InsufficientFunds.class, e -> {
            assertThat(e.code().status()).isEqualTo(402);
            assertThat(e.details()).containsEntry("available", new BigDecimal("500")).containsEntry("requested", debit.amount());
        });
    }

    @Test
    void anUnreachableWalletStaysA503AndOtherRefusalsPassThrough() {
        refusal.set(new PeerUnavailable("wallet-service"));
        assertThatThrownBy(() -> wallets.write(UUID.randomUUID(), debit)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
        refusal.set(ApiException.notFound("wallet", UUID.randomUUID()));
        assertThatThrownBy(() -> wallets.write(UUID.randomUUID(), debit)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
    }

    @Test
    void eligibleDriversAreReadWithWhatAPayoutWouldPay() {
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        eligible = List.of(new WalletServiceClient.EligibleDriver(a, new BigDecimal("7000"), "+2250700000001", "A"),
                new WalletServiceClient.EligibleDriver(b, new BigDecimal("9000"), null, "B"));
        assertThat(wallets.eligibleForPayout(new BigDecimal("5000"))).containsExactly(
                new Wallets.Eligible(a, new BigDecimal("7000"), "+2250700000001", "A"), new Wallets.Eligible(b, new BigDecimal("9000"), null, "B"));
    }
}
