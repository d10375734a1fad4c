package com.allocar.admin.pricing;

import java.util.Map;
import java.util.UUID;

import com.allocar.admin.support.AdminIT;
import com.allocar.admin.support.FakeTrips;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** Super changes an axis' floor and ceiling through trip's price bands ({@code FakePriceBands}), audited field by field. */
class PriceBandsAdminIT extends AdminIT {

    private final FakeTrips trip = FakeTrips.get();

    @Autowired
    JdbcClient jdbc;

    @Test
    void superReadsAndChangesABandAndTheChangeIsAudited() {
        UUID band = trip.priceBands.band();
        var all = http().get("/api/v1/admin/settings/price-bands", as("super"));
        assertThat(all.status()).as(all.toString()).isEqualTo(200);
        assertThat(all.data().toString()).contains(band.toString()).contains("Abidjan - Yamoussoukro");

        var changed = http().send("PUT", "/api/v1/admin/settings/price-bands/" + band, Map.of("floor", 3500, "ceiling", 7000), as("super"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.data().path("ceiling").decimalValue()).isEqualByComparingTo("7000");
        String superId = http().get("/api/v1/admin/me", as("super")).data().path("id").asString();
        String meta = jdbc.sql("SELECT meta::text FROM audit_logs WHERE action = 'price_band.update' AND entity_id = ? AND actor_id = CAST(? AS uuid)")
                .params(band.toString(), superId).query(String.class).single();
        assertThat(meta).contains("\"floor\": {\"to\": \"3500\", \"from\": \"3000\"}").contains("ceiling").doesNotContain("radius_km");

        // the same values again: no audit entry
        assertThat(http().send("PUT", "/api/v1/admin/settings/price-bands/" + band, Map.of("floor", 3500, "ceiling", 7000), as("super")).status()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_logs WHERE action = 'price_band.update' AND entity_id = ?").param(band.toString())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void refusals() {
        UUID band = trip.priceBands.band();
        for (Object bad : new Object[] {Map.of("floor", 8000, "ceiling", 7000), Map.of("floor", 3000), Map.of("floor", 30.5, "ceiling", 7000),
                Map.of("floor", -1, "ceiling", 7000), Map.of("floor", 3000, "ceiling", 7000, "radius_km", 0)}) {
            var r = http().send("PUT", "/api/v1/admin/settings/price-bands/" + band, bad, as("super"));
            assertThat(r.status()).as(bad + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
        }
        assertThat(http().send("PUT", "/api/v1/admin/settings/price-bands/" + UUID.randomUUID(), Map.of("floor", 1, "ceiling", 2), as("super")).status())
                .isEqualTo(404);
        for (String role : new String[] {"ops", "support", "finance", "compliance"}) {
            assertThat(http().get("/api/v1/admin/settings/price-bands", as(role)).status()).as(role).isEqualTo(403);
        }
    }
}
