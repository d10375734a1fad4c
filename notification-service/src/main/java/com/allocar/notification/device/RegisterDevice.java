package com.allocar.notification.device;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import com.allocar.notification.recipient.Recipients;
import com.allocar.platform.api.ApiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member registers (or refreshes) a device: upsert by token; a token registered by another member moves to this one
 * (the phone changed hands, or a member logged out and another in). Its locale becomes the member's language.
 */
@Service
public class RegisterDevice {

    /** The device and whether it is new to this member (201) or was already theirs (200). */
    public record Result(Device device, boolean created) {
    }

    private final Devices devices;
    private final Recipients recipients;
    private final Clock clock = Clock.systemUTC();

    RegisterDevice(Devices devices, Recipients recipients) {
        this.devices = devices;
        this.recipients = recipients;
    }

    @Transactional
    public Result register(UUID user, String token, DevicePlatform platform, String appVersion, String locale) {
        Instant now = clock.instant();
        var before = devices.find(token);
        boolean mine = before.filter(d -> d.userId().equals(user)).isPresent();
        Instant created = mine ? before.get().createdAt() : now;
        devices.upsert(new Device(token, user, platform, appVersion, locale, created, now));
        if (locale != null) {
            recipients.speaks(user, locale, now);
        }
        return new Result(devices.find(token).orElseThrow(), !mine);
    }

    /** Removes one of the member's own devices; anyone else's (or an unknown token) is 404, never revealed. */
    @Transactional
    public void remove(UUID user, String token) {
        if (!devices.delete(token, user)) {
            throw ApiException.notFound("device", "…" + token.substring(Math.max(0, token.length() - 6)));
        }
    }
}
