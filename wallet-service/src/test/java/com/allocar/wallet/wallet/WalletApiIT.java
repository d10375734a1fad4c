package com.allocar.wallet.wallet;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.UUID;

import com.allocar.wallet.support.WalletIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WalletApiIT extends WalletIT {

    @Test
    void myWalletIsCreatedOnFirstUseAndIsOnlyEverMine() {
        UUID me = UUID.randomUUID();
        var r = http().get("/api/v1/wallet", auth(me));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.data().path("user_id").asString()).isEqualTo(me.toString());
        assertThat(r.data().path("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(r.data().path("currency").asString()).isEqualTo("XOF");
        assertThat(r.body().path("meta").path("request_id").asString()).isNotBlank();
        String id = r.data().path("id").asString();
        assertThat(http().get("/api/v1/wallet", auth(me)).data().path("id").asString()).isEqualTo(id);

        UUID other = UUID.randomUUID();
        fund(other, "9000");
        // there is no route naming another user's wallet: mine stays empty, theirs is theirs
        assertThat(http().get("/api/v1/wallet", auth(me)).data().path("balance").decimalValue()).isEqualByComparingTo("0");
        assertThat(http().get("/api/v1/wallet", auth(other)).data().path("balance").decimalValue()).isEqualByComparingTo("9000");
        assertThat(http().get("/api/v1/wallet/txns", auth(me)).data().size()).isZero();
        assertThat(http().get("/api/v1/wallet/" + other, auth(me)).status()).isIn(404, 405);
    }

    @Test
    void walletRoutesNeedAValidToken() {
        assertThat(http().get("/api/v1/wallet").status()).isEqualTo(401);
        assertThat(http().get("/api/v1/wallet").errorCode()).isEqualTo("auth_required");
        assertThat(http().get("/api/v1/wallet/txns", "Authorization", "Bearer nope").status()).isEqualTo(401);
        assertThat(http().get("/api/v1/wallet", "Authorization",
                "Bearer " + com.allocar.platform.testing.TestTokens.get().expiredToken(UUID.randomUUID())).status()).isEqualTo(401);
        assertThat(http().post("/api/v1/wallet/topup", java.util.Map.of("amount", 1000, "method", "wave"), "Idempotency-Key", key()).status())
                .isEqualTo(401);
        assertThat(http().post("/api/v1/wallet/withdraw", java.util.Map.of("amount", 1000), "Idempotency-Key", key()).status())
                .isEqualTo(401);
    }

    @Test
    void myTxnsFilterByTypeStatusSourceAndPeriodAndPaginate() {
        UUID me = UUID.randomUUID();
        fund(me, "10000");
        fund(me, "2000");
        entry(me, UUID.randomUUID(), "debit", "3000", "payment", "settled");
        UUID payout = UUID.randomUUID();
        entry(me, payout, "debit", "1000", "payout", "pending");

        var all = http().get("/api/v1/wallet/txns", auth(me));
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.data().size()).isEqualTo(4);
        assertThat(all.body().path("meta").path("pagination").path("total").asLong()).isEqualTo(4);
        // newest first by default
        assertThat(all.data().get(0).path("source").asString()).isEqualTo("payout");
        assertThat(all.data().get(0).path("type").asString()).isEqualTo("debit");
        assertThat(all.data().get(0).path("status").asString()).isEqualTo("pending");

        assertThat(http().get("/api/v1/wallet/txns?type=credit", auth(me)).data().size()).isEqualTo(2);
        assertThat(http().get("/api/v1/wallet/txns?type=debit&status=settled", auth(me)).data().size()).isEqualTo(1);
        assertThat(http().get("/api/v1/wallet/txns?status=in:pending,settled", auth(me)).data().size()).isEqualTo(4);
        assertThat(http().get("/api/v1/wallet/txns?source=topup", auth(me)).data().size()).isEqualTo(2);
        assertThat(http().get("/api/v1/wallet/txns?amount_gte=2000&amount_lte=3000", auth(me)).data().size()).isEqualTo(2);
        var sorted = http().get("/api/v1/wallet/txns?sort=-amount", auth(me)).data();
        assertThat(sorted.get(0).path("amount").decimalValue()).isEqualByComparingTo("10000");

        var page2 = http().get("/api/v1/wallet/txns?page=2&page_size=3", auth(me));
        assertThat(page2.data().size()).isEqualTo(1);
        assertThat(page2.body().path("meta").path("pagination").path("page_count").asInt()).isEqualTo(2);

        YearMonth now = YearMonth.now(ZoneOffset.UTC);
        assertThat(http().get("/api/v1/wallet/txns?period=" + now, auth(me)).data().size()).isEqualTo(4);
        assertThat(http().get("/api/v1/wallet/txns?period=" + now.minusMonths(1), auth(me)).data().size()).isZero();
        String today = Instant.now().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        assertThat(http().get("/api/v1/wallet/txns?from=" + today + "&to=" + today, auth(me)).data().size()).isEqualTo(4);
        assertThat(http().get("/api/v1/wallet/txns?to=2020-01-01", auth(me)).data().size()).isZero();
        assertThat(http().get("/api/v1/wallet/txns?period=" + today, auth(me)).data().size()).isEqualTo(4);
    }

    @Test
    void badListParametersAreValidationErrors() {
        UUID me = UUID.randomUUID();
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?type=gift", auth(me)))).contains("type");
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?status=done", auth(me)))).contains("status");
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?period=2026-13", auth(me)))).contains("period");
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?period=last-month", auth(me)))).contains("period");
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?period=2026-11&from=2026-11-01", auth(me)))).contains("period");
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?from=2026-11-05&to=2026-11-01", auth(me)))).contains("from");
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?from=yesterday", auth(me)))).contains("from");
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?sort=wallet_id", auth(me)))).contains("sort");
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?page_size=500", auth(me)))).contains("page_size");
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?page=0", auth(me)))).contains("page");
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?wallet_id=" + UUID.randomUUID(), auth(me)))).contains("wallet_id");
        assertThat(fieldsOf(http().get("/api/v1/wallet/txns?amount_gte=lots", auth(me)))).contains("amount_gte");
    }
}
