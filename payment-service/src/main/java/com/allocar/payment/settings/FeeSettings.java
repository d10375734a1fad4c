package com.allocar.payment.settings;

import java.math.BigDecimal;

import com.allocar.payment.config.PaymentProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The commission and payout threshold in force: the highest settings version heard from admin-service, read from the
 * database on each use (every instance sees a change at once, whichever consumed the event), else the properties.
 */
@Component
public class FeeSettings {

    public record InForce(long version, BigDecimal commissionPercent, BigDecimal commissionFixed, BigDecimal payoutMinAmount) {
    }

    private final JdbcClient jdbc;
    private final PaymentProperties props;

    FeeSettings(JdbcClient jdbc, PaymentProperties props) {
        this.jdbc = jdbc;
        this.props = props;
    }

    public InForce current() {
        return jdbc.sql("SELECT version, commission_percent, commission_fixed, payout_min_amount FROM settings_in_force WHERE id = 1")
                .query((rs, n) -> new InForce(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .optional()
                .orElseGet(() -> new InForce(0, props.fees().commissionPercent(), props.fees().commissionFixed(), props.payouts().minAmount()));
    }

    /** Applies {@code version} unless a higher one is in force already (events may come late); true if applied. */
    public boolean apply(InForce next) {
        return jdbc.sql("""
                INSERT INTO settings_in_force (id, version, commission_percent, commission_fixed, payout_min_amount)
                VALUES (1, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET version = EXCLUDED.version, commission_percent = EXCLUDED.commission_percent,
                    commission_fixed = EXCLUDED.commission_fixed, payout_min_amount = EXCLUDED.payout_min_amount, applied_at = now()
                WHERE settings_in_force.version < EXCLUDED.version""")
                .params(next.version(), next.commissionPercent(), next.commissionFixed(), next.payoutMinAmount())
                .update() == 1;
    }
}
