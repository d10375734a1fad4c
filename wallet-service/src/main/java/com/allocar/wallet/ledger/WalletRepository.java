package com.allocar.wallet.ledger;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;

import com.allocar.wallet.config.WalletProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code wallets} table: one row per user, its holdings a cache of the ledger kept under the row's lock. */
@Repository
class WalletRepository {

    private final JdbcClient jdbc;
    private final WalletProperties props;

    WalletRepository(JdbcClient jdbc, WalletProperties props) {
        this.jdbc = jdbc;
        this.props = props;
    }

    Optional<WalletBalance> find(UUID userId) {
        return jdbc.sql("SELECT * FROM wallets WHERE user_id = ?").param(userId).query(WalletRepository::wallet).optional();
    }

    /** The user's wallet, created on first use (not locked: for reading). */
    WalletBalance open(UUID userId) {
        ensure(userId);
        return find(userId).orElseThrow();
    }

    /** The user's wallet (created on first use), locked until the transaction ends: every ledger write takes it first. */
    WalletBalance lock(UUID userId) {
        ensure(userId);
        return jdbc.sql("SELECT * FROM wallets WHERE user_id = ? FOR UPDATE").param(userId).query(WalletRepository::wallet).single();
    }

    private void ensure(UUID userId) {
        jdbc.sql("INSERT INTO wallets (user_id, currency) VALUES (?, ?) ON CONFLICT (user_id) DO NOTHING")
                .params(userId, props.currency()).update();
    }

    /** The wallet's holdings after an entry moved them; the caller holds its lock. */
    WalletBalance store(WalletBalance w, Holdings h) {
        return jdbc.sql("UPDATE wallets SET balance = ?, reserved = ?, incoming = ?, updated_at = now() WHERE id = ? RETURNING *")
                .params(h.balance(), h.reserved(), h.incoming(), w.walletId()).query(WalletRepository::wallet).single();
    }

    private static WalletBalance wallet(ResultSet rs, int row) throws SQLException {
        return new WalletBalance(rs.getObject("id", UUID.class), rs.getObject("user_id", UUID.class), rs.getString("currency"),
                new Holdings(rs.getBigDecimal("balance"), rs.getBigDecimal("reserved"), rs.getBigDecimal("incoming")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant());
    }
}
