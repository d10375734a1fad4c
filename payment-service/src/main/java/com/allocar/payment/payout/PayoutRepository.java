package com.allocar.payment.payout;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.payment.provider.Provider;
import com.allocar.platform.events.RecordedEvents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The payouts table. A status changes only through {@link #save}, which also delivers the events the payout recorded. */
@Repository
class PayoutRepository {

    private static final String COLUMNS = "id, user_id, kind, amount, msisdn, provider, status, provider_ref, failure_reason";

    private final JdbcClient jdbc;
    private final RecordedEvents recorded;

    PayoutRepository(JdbcClient jdbc, RecordedEvents recorded) {
        this.jdbc = jdbc;
        this.recorded = recorded;
    }

    /** @return false when a payout with this id exists already (a redelivered withdrawal) */
    boolean insert(Payout p) {
        return jdbc.sql("""
                INSERT INTO payouts (id, user_id, kind, amount, msisdn, provider, status) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO NOTHING""")
                .params(p.id(), p.userId(), p.kind().wire(), p.amount(), p.msisdn(), p.provider().wire(), p.status().wire())
                .update() == 1;
    }

    void save(Payout p) {
        jdbc.sql("UPDATE payouts SET status = ?, provider_ref = ?, failure_reason = ?, updated_at = now() WHERE id = ?")
                .params(p.status().wire(), p.providerRef(), p.failureReason(), p.id()).update();
        recorded.publish(p);
    }

    Optional<Payout> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payouts WHERE id = ?").param(id).query(PayoutRepository::map).optional();
    }

    List<Payout> ofUser(UUID userId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payouts WHERE user_id = ? ORDER BY created_at").param(userId)
                .query(PayoutRepository::map).list();
    }

    boolean inFlight(UUID userId) {
        return jdbc.sql("SELECT count(*) FROM payouts WHERE user_id = ? AND status IN (?, ?)")
                .params(userId, PayoutStatus.SCHEDULED.wire(), PayoutStatus.PROCESSING.wire()).query(Long.class).single() > 0;
    }

    /** Payouts an earlier run left half-way (wallet or provider unavailable), quiet for 5 minutes. */
    List<UUID> stuck() {
        return jdbc.sql("SELECT id FROM payouts WHERE status IN (?, ?) AND updated_at < now() - interval '5 minutes'")
                .params(PayoutStatus.SCHEDULED.wire(), PayoutStatus.PROCESSING.wire()).query(UUID.class).list();
    }

    private static Payout map(ResultSet rs, int n) throws SQLException {
        return new Payout(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), PayoutKind.fromWire(rs.getString("kind")),
                rs.getBigDecimal("amount"), rs.getString("msisdn"), Provider.fromWire(rs.getString("provider")).orElseThrow(),
                PayoutStatus.fromWire(rs.getString("status")), rs.getString("provider_ref"), rs.getString("failure_reason"));
    }
}
