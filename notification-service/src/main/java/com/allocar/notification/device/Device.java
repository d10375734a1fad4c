package com.allocar.notification.device;

import java.time.Instant;
import java.util.UUID;

/** A member's device: its push token (FCM registration token), app and language. */
public record Device(String token, UUID userId, DevicePlatform platform, String appVersion, String locale, Instant createdAt,
                     Instant updatedAt) {
}
