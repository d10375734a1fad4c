package com.allocar.wallet.payout;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.allocar.wallet.support.Events;
import com.allocar.wallet.support.WalletIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PayoutEligibleIT extends WalletIT {

    private List<String> eligibleUsers(String query) {
        List<String> ids = new ArrayList<>();
        int page = 1;
        while (true) {
            var r = http().get("/internal/payouts/eligible?page_size=100&page=" + page + query, internal());
            assertThat(r.status()).as(r.toString()).isEqualTo(200);
            r.data().forEach(n -> ids.add(n.path("user_id").asString()));
            if (page >= r.body().path("meta").path("pagination").path("page_count").asInt()) {
                return ids;
            }
            page++;
        }
    }

    @Test
    void driversWithAnApprovedKycAndEnoughAvailableMoneyAreEligible() {
        UUID rich = memberWithKyc();
        Events.userRegistered(rich, "+2250701020304", "Kouassi", "Yao").send();
        Events.userUpdated(rich, "Kouassi", "N'Guessan").send();
        eventually(() -> "N'Guessan".equals(jdbc.sql("SELECT last_name FROM member_contacts WHERE user_id = ?").param(rich)
                .query(String.class).optional().orElse(null)));
        fund(rich, "900000");
        UUID reserved = memberWithKyc();
        fund(reserved, "900000");
        entry(reserved, UUID.randomUUID(), "debit", "850000", "payout", "pending");
        UUID noKyc = UUID.randomUUID();
        fund(noKyc, "900000");
        UUID poor = memberWithKyc();
        fund(poor, "500");

        List<String> eligible = eligibleUsers("&min_amount=800000");
        assertThat(eligible).contains(rich.toString())
                .doesNotContain(reserved.toString(), noKyc.toString(), poor.toString(), PLATFORM.toString());
        var first = http().get("/internal/payouts/eligible?min_amount=800000", internal()).data();
        assertThat(first.get(0).path("available").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("800000"));
        var mine = http().get("/internal/payouts/eligible?min_amount=800000&page_size=100", internal()).data().valueStream()
                .filter(n -> n.path("user_id").asString().equals(rich.toString())).findFirst().orElseThrow();
        assertThat(mine.path("amount").decimalValue()).isEqualByComparingTo("900000");
        assertThat(mine.path("available").decimalValue()).isEqualByComparingTo("900000");
        assertThat(mine.path("msisdn").asString()).isEqualTo("+2250701020304");
        assertThat(mine.path("name").asString()).isEqualTo("Kouassi N'Guessan");
        assertThat(mine.path("currency").asString()).isEqualTo("XOF");
        // the default threshold is the withdrawal minimum (1000): poor is below it
        assertThat(eligibleUsers("")).contains(rich.toString(), reserved.toString()).doesNotContain(poor.toString());
    }

    @Test
    void badParametersAndNoTokenAreRefused() {
        assertThat(fieldsOf(http().get("/internal/payouts/eligible?min_amount=lots", internal()))).contains("min_amount");
        assertThat(fieldsOf(http().get("/internal/payouts/eligible?min_amount=-1", internal()))).contains("min_amount");
        assertThat(fieldsOf(http().get("/internal/payouts/eligible?page_size=1000", internal()))).contains("page_size");
        assertThat(fieldsOf(http().get("/internal/payouts/eligible?user_id=x", internal()))).contains("user_id");
        assertThat(http().get("/internal/payouts/eligible").status()).isIn(401, 403);
    }
}
