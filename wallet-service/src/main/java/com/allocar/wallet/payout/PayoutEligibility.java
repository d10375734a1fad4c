package com.allocar.wallet.payout;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.allocar.wallet.api.WalletInternalApi.EligiblePayout;
import com.allocar.wallet.config.WalletProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who payment-service's payout job may pay (ADR 006): members with an approved KYC whose available money (settled
 * balance minus what is already reserved) reaches the threshold; the platform's own wallet never.
 */
@Service
public class PayoutEligibility {

    private final JdbcClient jdbc;
    private final WalletProperties props;

    PayoutEligibility(JdbcClient jdbc, WalletProperties props) {
        this.jdbc = jdbc;
        this.props = props;
    }

    public BigDecimal defaultThreshold() {
        return props.withdrawal().minAmount();
    }

    public record Page(List<EligiblePayout> items, long total) {
    }

    @Transactional(readOnly = true)
    public Page eligible(BigDecimal min, int limit, int offset) {
        String where = """
                 FROM wallets w JOIN member_kyc k ON k.user_id = w.user_id AND k.status = 'approved'
                 LEFT JOIN member_contacts c ON c.user_id = w.user_id
                WHERE w.balance - w.reserved >= ? AND w.balance - w.reserved > 0 AND w.user_id <> ?""";
        long total = jdbc.sql("SELECT count(*)" + where).params(min, props.platformUserId()).query(Long.class).single();
        List<EligiblePayout> items = jdbc.sql("""
                        SELECT w.user_id, w.id, w.balance - w.reserved AS available, w.currency, c.phone,
                               NULLIF(trim(concat_ws(' ', c.first_name, c.last_name)), '') AS name""" + where
                        + " ORDER BY available DESC, w.user_id LIMIT ? OFFSET ?")
                .params(min, props.platformUserId(), limit, offset)
                .query((rs, i) -> new EligiblePayout(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBigDecimal(3),
                        rs.getBigDecimal(3), rs.getString(4), rs.getString(5), rs.getString(6)))
                .list();
        return new Page(items, total);
    }
}
