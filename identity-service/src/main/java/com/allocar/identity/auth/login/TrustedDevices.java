package com.allocar.identity.auth.login;

import java.util.UUID;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Devices that signed in to an account with its password before: they may still try when the account's
 * failure ceiling is reached (a stranger cannot lock the owner out), each under its own delay. Only a
 * SHA-256 of the device id is stored, so a database dump does not hand out trusted ids. Plain SQL:
 * "insert or touch" is one atomic upsert, which an entity would turn into a read and a write.
 */
@Component
public class TrustedDevices {

    private static final Logger log = LoggerFactory.getLogger(TrustedDevices.class);

    private final JdbcClient jdbc;
    private final LoginProperties props;

    public TrustedDevices(JdbcClient jdbc, LoginProperties props) {
        this.jdbc = jdbc;
        this.props = props;
    }

    public boolean isTrusted(UUID userId, String deviceHash) {
        return jdbc.sql("""
                        SELECT count(*) FROM trusted_devices
                        WHERE user_id = ? AND device_hash = ? AND last_seen_at > now() - ? * interval '1 second'""")
                .params(userId, deviceHash, props.trustedDeviceIdle().toSeconds())
                .query(Long.class).single() > 0;
    }

    /** The device signed in successfully: trust it (again) from now on. */
    public void signedIn(UUID userId, String deviceHash) {
        jdbc.sql("""
                        INSERT INTO trusted_devices (user_id, device_hash) VALUES (?, ?)
                        ON CONFLICT (user_id, device_hash) DO UPDATE SET last_seen_at = now()""")
                .params(userId, deviceHash).update();
    }

    @Scheduled(cron = "${allocar.identity.jobs.trusted-device-cleanup-cron:0 40 3 * * *}")
    @SchedulerLock(name = "identity-trusted-device-cleanup")
    @Transactional
    public void purgeIdle() {
        int n = jdbc.sql("DELETE FROM trusted_devices WHERE last_seen_at < now() - ? * interval '1 second'")
                .param(props.trustedDeviceIdle().toSeconds()).update();
        log.info("forgot {} trusted devices not seen for {}", n, props.trustedDeviceIdle());
    }
}
