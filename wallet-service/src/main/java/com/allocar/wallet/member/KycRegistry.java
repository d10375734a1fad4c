package com.allocar.wallet.member;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Members' KYC status (withdrawals and payouts need it approved, spec "KYC … obligatoire pour recevoir payouts"). */
@Service
public class KycRegistry {

    private final JdbcClient jdbc;

    KycRegistry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public KycStatus status(UUID userId) {
        return KycStatus.fromWire(jdbc.sql("SELECT status FROM member_kyc WHERE user_id = ?").param(userId).query(String.class)
                .optional().orElse(null));
    }

    /** KYC events are keyed by document, so a user's two documents may arrive out of order: the newest wins. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void changed(UUID userId, KycStatus status, Instant at) {
        jdbc.sql("""
                INSERT INTO member_kyc (user_id, status, changed_at) VALUES (?, ?, ?)
                ON CONFLICT (user_id) DO UPDATE SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
                WHERE member_kyc.changed_at <= EXCLUDED.changed_at""")
                .params(userId, status.wire(), Timestamp.from(at)).update();
    }
}
