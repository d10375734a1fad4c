package com.allocar.wallet.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.TestServiceKeys;
import com.allocar.wallet.support.WalletIT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The ledger feed of admin-service's wallet export: every entry of the period once, in order, page after page. */
class LedgerExportIT extends WalletIT {

    private static String[] admin() {
        return TestServiceKeys.header(FleetService.ADMIN, FleetService.WALLET);
    }

    @Test
    void pagesWalkThePeriodOnceInOrderEvenWhileEntriesAreWritten() {
        Instant from = Instant.now();
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            UUID id = UUID.randomUUID();
            assertThat(entry(i % 2 == 0 ? a : b, id, "credit", String.valueOf(100 + i), "topup", "settled").status()).isEqualTo(201);
            written.add(id.toString());
        }
        List<String> read = new ArrayList<>();
        String after = null;
        boolean wroteMeanwhile = false;
        while (true) {
            var page = http().get("/internal/wallet-txns?limit=2&created_from=" + from + (after == null ? "" : "&after=" + after), admin());
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            var items = page.data();
            items.forEach(e -> read.add(e.path("entry_id").asString()));
            if (!wroteMeanwhile) {
                // an entry written during the export comes after the ones already there: read once, at the end
                UUID late = UUID.randomUUID();
                assertThat(entry(a, late, "debit", "50", "payout", "pending").status()).isEqualTo(201);
                written.add(late.toString());
                wroteMeanwhile = true;
            }
            if (items.size() < 2) {
                break;
            }
            after = items.get(items.size() - 1).path("entry_id").asString();
        }
        // other tests write too: keep this test's entries, in the order read
        assertThat(read.stream().filter(written::contains).toList()).isEqualTo(written);
        assertThat(read).doesNotHaveDuplicates();
        var first = http().get("/internal/wallet-txns?limit=1&created_from=" + from, admin()).data().get(0);
        assertThat(first.path("user_id").asString()).isEqualTo(a.toString());
        assertThat(first.path("amount").decimalValue()).isEqualByComparingTo("100");
        assertThat(first.path("source").asString()).isEqualTo("topup");
    }

    @Test
    void aPeriodEndsBeforeItsEndAndBadParametersAreRefused() {
        UUID user = UUID.randomUUID();
        assertThat(entry(user, UUID.randomUUID(), "credit", "700", "topup", "settled").status()).isEqualTo(201);
        Instant to = Instant.now();
        var none = http().get("/internal/wallet-txns?created_from=" + to + "&created_to=" + to.plusSeconds(3600), admin());
        assertThat(none.status()).isEqualTo(200);
        none.data().forEach(e -> assertThat(e.path("user_id").asString()).isNotEqualTo(user.toString()));

        var unknownCursor = http().get("/internal/wallet-txns?after=" + UUID.randomUUID(), admin());
        assertThat(unknownCursor.status()).isEqualTo(400);
        assertThat(unknownCursor.errorCode()).isEqualTo("validation_error");
        for (String bad : List.of("limit=0", "limit=1001", "created_from=yesterday", "after=nope")) {
            var r = http().get("/internal/wallet-txns?" + bad, admin());
            assertThat(r.status()).as(bad + " " + r).isEqualTo(400);
            assertThat(r.errorCode()).as(bad).isEqualTo("validation_error");
        }
    }
}
