package com.allocar.admin.report;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** {@code finance_facts}: one row per money event, added once (its event id), never changed; summed per UTC day. */
@Repository
public class FinanceFacts {

    public enum Kind { PAYMENT, REFUND, PAYOUT }

    private final JdbcClient jdbc;

    FinanceFacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(UUID eventId, Kind kind, String purpose, Instant at, BigDecimal amount, BigDecimal commission, BigDecimal providerFee,
                    String provider) {
        jdbc.sql("""
                INSERT INTO finance_facts (event_id, kind, purpose, occurred_at, amount, commission, provider_fee, provider)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO NOTHING""")
                .params(eventId, kind.name().toLowerCase(java.util.Locale.ROOT), purpose, Timestamp.from(at), amount,
                        zeroIfNull(commission), zeroIfNull(providerFee), provider)
                .update();
    }

    /** A day of the finance report; days without any movement are not stored, the report fills them with zeros. */
    public record Day(LocalDate day, long bookingsPaid, BigDecimal gmv, BigDecimal commissions, BigDecimal providerFees,
                      BigDecimal refunds, BigDecimal payouts, BigDecimal topups) {

        public static Day empty(LocalDate day) {
            return new Day(day, 0, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
        }
    }

    public java.util.List<Day> perDay(ReportPeriod period) {
        var instants = period.instants();
        return jdbc.sql("""
                SELECT (occurred_at AT TIME ZONE 'UTC')::date AS day,
                       count(*) FILTER (WHERE kind = 'payment' AND purpose = 'booking') AS bookings_paid,
                       coalesce(sum(amount) FILTER (WHERE kind = 'payment' AND purpose = 'booking'), 0) AS gmv,
                       coalesce(sum(commission) FILTER (WHERE kind = 'payment'), 0) AS commissions,
                       coalesce(sum(provider_fee) FILTER (WHERE kind = 'payment'), 0) AS provider_fees,
                       coalesce(sum(amount) FILTER (WHERE kind = 'refund'), 0) AS refunds,
                       coalesce(sum(amount) FILTER (WHERE kind = 'payout'), 0) AS payouts,
                       coalesce(sum(amount) FILTER (WHERE kind = 'payment' AND purpose = 'topup'), 0) AS topups
                  FROM finance_facts
                 WHERE occurred_at >= ? AND occurred_at < ?
                 GROUP BY 1 ORDER BY 1""")
                .params(Timestamp.from(instants.from()), Timestamp.from(instants.to()))
                .query((rs, n) -> new Day(rs.getObject("day", LocalDate.class), rs.getLong("bookings_paid"), rs.getBigDecimal("gmv"),
                        rs.getBigDecimal("commissions"), rs.getBigDecimal("provider_fees"), rs.getBigDecimal("refunds"),
                        rs.getBigDecimal("payouts"), rs.getBigDecimal("topups")))
                .list();
    }

    private static BigDecimal zeroIfNull(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v;
    }
}
