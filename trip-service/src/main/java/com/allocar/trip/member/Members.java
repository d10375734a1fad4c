package com.allocar.trip.member;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The local read model of identity's members: names, photo, rating, KYC status. Written only by event
 * consumers (and the local demo seed); read when publishing (KYC) and to show driver summaries.
 */
@Service
public class Members {

    private final JdbcClient jdbc;

    Members(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code user.registered}: names only (the photo, if any, comes with {@code user.updated}). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void registered(UUID userId, String firstName, String lastName) {
        jdbc.sql("""
                INSERT INTO members (user_id, first_name, last_name, updated_at) VALUES (?, ?, ?, now())
                ON CONFLICT (user_id) DO UPDATE SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name, updated_at = now()""")
                .params(userId, firstName, lastName).update();
    }

    /** {@code user.updated}: the profile as it now is, and whether the driver is held ({@code null}: not said, unchanged). */
    @Transactional(propagation = Propagation.MANDATORY)
    public void profileChanged(UUID userId, String firstName, String lastName, String photoUrl, Boolean driverHeld) {
        jdbc.sql("""
                INSERT INTO members (user_id, first_name, last_name, photo_url, driver_held, updated_at) VALUES (?, ?, ?, ?, coalesce(?, false), now())
                ON CONFLICT (user_id) DO UPDATE SET first_name = EXCLUDED.first_name, last_name = EXCLUDED.last_name,
                    photo_url = EXCLUDED.photo_url, driver_held = coalesce(?, members.driver_held), updated_at = now()""")
                .params(userId, firstName, lastName, photoUrl, driverHeld, driverHeld).update();
    }

    /** Held after a low rating (identity), until staff release them. */
    public boolean driverHeld(UUID userId) {
        return jdbc.sql("SELECT driver_held FROM members WHERE user_id = ?").param(userId).query(Boolean.class).optional().orElse(false);
    }

    /** A KYC decision or submission; an event older than the one applied last changes nothing. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void kycChanged(UUID userId, KycStatus status, Instant occurredAt) {
        jdbc.sql("""
                INSERT INTO members (user_id, kyc_status, kyc_changed_at, updated_at) VALUES (?, ?, ?, now())
                ON CONFLICT (user_id) DO UPDATE SET kyc_status = EXCLUDED.kyc_status, kyc_changed_at = EXCLUDED.kyc_changed_at,
                    updated_at = now()
                WHERE members.kyc_changed_at IS NULL OR members.kyc_changed_at <= EXCLUDED.kyc_changed_at""")
                .params(userId, status.wire(), Timestamp.from(occurredAt)).update();
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void ratingChanged(UUID userId, BigDecimal ratingAvg, int ratingCount, Instant occurredAt) {
        jdbc.sql("""
                INSERT INTO members (user_id, rating_avg, rating_count, rating_changed_at, updated_at) VALUES (?, ?, ?, ?, now())
                ON CONFLICT (user_id) DO UPDATE SET rating_avg = EXCLUDED.rating_avg, rating_count = EXCLUDED.rating_count,
                    rating_changed_at = EXCLUDED.rating_changed_at, updated_at = now()
                WHERE members.rating_changed_at IS NULL OR members.rating_changed_at <= EXCLUDED.rating_changed_at""")
                .params(userId, ratingAvg, ratingCount, Timestamp.from(occurredAt)).update();
    }

    /** {@code none} for a member identity has not told us about. */
    public KycStatus kycStatus(UUID userId) {
        return jdbc.sql("SELECT kyc_status FROM members WHERE user_id = ?").param(userId)
                .query(String.class).optional().map(KycStatus::fromWire).orElse(KycStatus.NONE);
    }

    public DriverSummary summary(UUID userId) {
        return summaries(List.of(userId)).getOrDefault(userId, DriverSummary.unknown(userId));
    }

    /** One query for any number of drivers (no N+1); unknown ids are absent from the map. */
    public Map<UUID, DriverSummary> summaries(Collection<UUID> userIds) {
        Map<UUID, DriverSummary> out = new HashMap<>();
        if (userIds.isEmpty()) {
            return out;
        }
        jdbc.sql("SELECT user_id, first_name, last_name, photo_url, rating_avg, rating_count FROM members WHERE user_id IN (:ids)")
                .param("ids", List.copyOf(new java.util.HashSet<>(userIds)))
                .query((rs, n) -> summary(rs)).list()
                .forEach(s -> out.put(s.id(), s));
        return out;
    }

    public static DriverSummary summary(ResultSet rs) throws SQLException {
        return DriverSummary.of(rs.getObject("user_id", UUID.class), rs.getString("first_name"), rs.getString("last_name"),
                rs.getString("photo_url"), rs.getBigDecimal("rating_avg"), rs.getInt("rating_count"));
    }
}
