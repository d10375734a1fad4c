package com.allocar.notification.delivery;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A push attempt's result per device ({@code push_deliveries}), written as soon as FCM answers for that device: a retry
 * of the attempt (in process or by the job, after a crash too) skips every device already settled.
 */
@Repository
class PushDeliveries {

    /** One device's line. */
    record Line(DeviceOutcome outcome, String messageName) {
    }

    private final JdbcClient jdbc;

    PushDeliveries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** token → its line, for one attempt. */
    Map<String, Line> of(UUID attempt) {
        Map<String, Line> lines = new LinkedHashMap<>();
        jdbc.sql("SELECT token, status, message_name FROM push_deliveries WHERE notification_id = ? ORDER BY updated_at").param(attempt)
                .query(rs -> {
                    lines.put(rs.getString(1), new Line(DeviceOutcome.fromWire(rs.getString(2)), rs.getString(3)));
                });
        return lines;
    }

    void record(UUID attempt, String token, DeviceOutcome outcome, String messageName, String error) {
        String e = error == null || error.length() <= 500 ? error : error.substring(0, 500);
        jdbc.sql("""
                INSERT INTO push_deliveries (notification_id, token, status, message_name, error, tries, updated_at)
                VALUES (?, ?, ?, ?, ?, 1, now())
                ON CONFLICT (notification_id, token) DO UPDATE SET status = EXCLUDED.status, message_name = EXCLUDED.message_name,
                    error = EXCLUDED.error, tries = push_deliveries.tries + 1, updated_at = now()""")
                .params(attempt, token, outcome.wire(), messageName, e).update();
    }
}
