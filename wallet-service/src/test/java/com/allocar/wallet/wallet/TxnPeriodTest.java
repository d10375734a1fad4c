package com.allocar.wallet.wallet;

import java.time.Instant;
import java.time.ZoneId;

import com.allocar.platform.api.ApiException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TxnPeriodTest {

    private static final ZoneId ABIDJAN = ZoneId.of("Africa/Abidjan");

    @Test
    void aMonthIsHalfOpen() {
        TxnPeriod p = TxnPeriod.parse("2026-11", null, null, ABIDJAN).orElseThrow();
        assertThat(p.start()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(p.end()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        TxnPeriod dec = TxnPeriod.parse("2026-12", null, null, ABIDJAN).orElseThrow();
        assertThat(dec.end()).isEqualTo(Instant.parse("2027-01-01T00:00:00Z"));
    }

    @Test
    void aDayAndFromToAreInclusiveOfTheirLastDay() {
        TxnPeriod day = TxnPeriod.parse("2026-11-05", null, null, ABIDJAN).orElseThrow();
        assertThat(day.end()).isEqualTo(Instant.parse("2026-11-06T00:00:00Z"));
        TxnPeriod range = TxnPeriod.parse(null, "2026-11-01", "2026-11-01", ABIDJAN).orElseThrow();
        assertThat(range.start()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(range.end()).isEqualTo(Instant.parse("2026-11-02T00:00:00Z"));
        TxnPeriod open = TxnPeriod.parse(null, "2026-11-01", null, ABIDJAN).orElseThrow();
        assertThat(open.end()).isNull();
        assertThat(TxnPeriod.parse(null, null, null, ABIDJAN)).isEmpty();
    }

    @Test
    void nonsenseIsAValidationError() {
        assertThatThrownBy(() -> TxnPeriod.parse("2026-13", null, null, ABIDJAN)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> TxnPeriod.parse("november", null, null, ABIDJAN)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> TxnPeriod.parse("2026-02-30", null, null, ABIDJAN)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> TxnPeriod.parse("2026-11", "2026-11-01", null, ABIDJAN)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> TxnPeriod.parse(null, "2026-11-02", "2026-11-01", ABIDJAN)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> TxnPeriod.parse(null, "01/11/2026", null, ABIDJAN)).isInstanceOf(ApiException.class);
    }
}
