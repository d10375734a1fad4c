package com.allocar.notification.device;

import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The device tokens. */
@Repository
public class Devices {

    private final JdbcClient jdbc;

    Devices(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Device> find(String token) {
        return jdbc.sql("SELECT token, user_id, platform, app_version, locale, created_at, updated_at FROM device_tokens WHERE token = ?")
                .param(token).query((rs, i) -> new Device(rs.getString(1), rs.getObject(2, UUID.class), DevicePlatform.fromWire(rs.getString(3)),
                        rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()))
                .optional();
    }

    /** Which of these members have at least one device (a batch of events). */
    public java.util.Set<UUID> withDevices(java.util.Collection<UUID> users) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT user_id FROM device_tokens WHERE user_id = ANY(?)")
                .param(users.toArray(UUID[]::new)).query(UUID.class).list());
    }

    public List<String> tokensOf(UUID user) {
        return jdbc.sql("SELECT token FROM device_tokens WHERE user_id = ? ORDER BY updated_at DESC").param(user).query(String.class).list();
    }

    /** Insert, or take the token over (whoever held it): the token is the device, the last member to register it owns it. */
    void upsert(Device d) {
        jdbc.sql("""
                INSERT INTO device_tokens (token, user_id, platform, app_version, locale, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (token) DO UPDATE SET user_id = EXCLUDED.user_id, platform = EXCLUDED.platform,
                    app_version = EXCLUDED.app_version, locale = EXCLUDED.locale, updated_at = EXCLUDED.updated_at""")
                .params(d.token(), d.userId(), d.platform().wire(), d.appVersion(), d.locale(), Timestamp.from(d.createdAt()),
                        Timestamp.from(d.updatedAt())).update();
    }

    /**
     * A device FCM called stale (its token unregistered, another sender's, or invalid): removed, unless it has changed
     * hands since (then it is another member's, and their own pushes will tell).
     */
    public boolean removeStale(UUID user, String token) {
        return delete(token, user);
    }

    boolean delete(String token, UUID user) {
        return jdbc.sql("DELETE FROM device_tokens WHERE token = ? AND user_id = ?").params(token, user).update() == 1;
    }
}
