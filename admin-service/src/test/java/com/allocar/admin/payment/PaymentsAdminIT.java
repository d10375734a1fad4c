package com.allocar.admin.payment;

import java.util.UUID;

import com.allocar.admin.support.AdminIT;
import com.allocar.admin.support.FakePayments;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Finance reads payments and runs payouts through payment's staff API ({@link FakePayments}; the real one in e2e). */
class PaymentsAdminIT extends AdminIT {

    private final FakePayments payment = FakePayments.get();

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void reset() {
        payment.clear();
    }

    @Test
    void financeListsPaymentsWithCommissionFilteredAndPaged() {
        UUID member = UUID.randomUUID();
        payment.payment(member, "wave", "paid", "5000");
        payment.payment(member, "orange", "failed", "3000");
        payment.payment(UUID.randomUUID(), "wave", "paid", "7000");
        var paidWave = http().get("/api/v1/admin/payments?status=paid&method=wave&page_size=1", as("finance"));
        assertThat(paidWave.status()).as(paidWave.toString()).isEqualTo(200);
        assertThat(paidWave.data()).hasSize(1);
        assertThat(paidWave.body().path("meta").path("pagination").path("total").asInt()).isEqualTo(2);
        assertThat(paidWave.body().path("meta").path("pagination").path("page_count").asInt()).isEqualTo(2);
        var first = paidWave.data().get(0);
        assertThat(first.path("amount").decimalValue()).isEqualByComparingTo("7000"); // newest first
        assertThat(first.path("commission").decimalValue()).isEqualByComparingTo("700");
        assertThat(first.path("fees").decimalValue()).isEqualByComparingTo("50");
        var mine = http().get("/api/v1/admin/payments?user_id=" + member + "&date_from=2026-01-01", as("super"));
        assertThat(mine.data()).hasSize(2);
    }

    @Test
    void badFiltersAndForbiddenRolesAreRefused() {
        int runs = payment.runs.get();
        for (String bad : new String[] {"status=lost", "method=cash", "colour=blue", "date_from=hier", "date_from=2026-12-03&date_to=2026-12-01",
                "page_size=101"}) {
            var r = http().get("/api/v1/admin/payments?" + bad, as("finance"));
            assertThat(r.status()).as(bad + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).as(bad).isEqualTo("validation_error");
        }
        for (String role : new String[] {"ops", "support", "compliance"}) {
            assertThat(http().get("/api/v1/admin/payments", as(role)).status()).as(role).isEqualTo(403);
            assertThat(http().post("/api/v1/admin/payouts/run", null, as(role)).status()).as(role).isEqualTo(403);
        }
        assertThat(payment.runs.get()).isEqualTo(runs);
        assertThat(http().get("/api/v1/admin/payments").status()).isEqualTo(401);
    }

    @Test
    void financeRunsPayoutsOnceAndTheRunIsAudited() {
        String financeId = http().get("/api/v1/admin/me", as("finance")).data().path("id").asString();
        long before = runsAudited(financeId);
        int runs = payment.runs.get();
        payment.eligibleDrivers.set(3);
        var run = http().post("/api/v1/admin/payouts/run", null, as("finance"));
        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.data().path("attempted").asInt()).isEqualTo(3);
        assertThat(payment.runs.get()).isEqualTo(runs + 1);
        assertThat(runsAudited(financeId)).isEqualTo(before + 1);

        // a run under way (the night job): refused as payment refuses it, nothing audited, not retried
        payment.runInProgress = true;
        var busy = http().post("/api/v1/admin/payouts/run", null, as("super"));
        assertThat(busy.status()).as(busy.toString()).isEqualTo(409);
        assertThat(busy.body().path("error").path("details").path("reason").asString()).isEqualTo("run_in_progress");
        assertThat(payment.runs.get()).isEqualTo(runs + 1);

        payment.runInProgress = false;
        payment.failWith = 503;
        var down = http().post("/api/v1/admin/payouts/run", null, as("finance"));
        assertThat(down.status()).as(down.toString()).isEqualTo(503);
        assertThat(down.errorCode()).isEqualTo("service_unavailable");
        assertThat(runsAudited(financeId)).isEqualTo(before + 1);
    }

    private long runsAudited(String staffId) {
        return jdbc.sql("SELECT count(*) FROM audit_logs WHERE action = 'payouts.run' AND actor_type = 'admin' AND actor_id = CAST(? AS uuid)")
                .param(staffId).query(Long.class).single();
    }
}
