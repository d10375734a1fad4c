package com.allocar.notification.delivery;

import com.allocar.notification.routing.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/**
 * {@code allocar_notifications_total{channel, status}}: every logged outcome of an attempt (a retry counts again);
 * {@code allocar_notification_devices_removed_total{reason}}: devices removed because FCM called their token stale.
 */
@Component
class DeliveryMetrics {

    private final MeterRegistry registry;

    DeliveryMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void count(Channel channel, AttemptStatus status) {
        Counter.builder("allocar.notifications").description("notification attempts by channel and outcome")
                .tag("channel", channel.wire()).tag("status", status.wire()).register(registry).increment();
    }

    /** @param reason FCM's error code (unregistered, sender_id_mismatch, invalid_argument) */
    void deviceRemoved(String reason) {
        Counter.builder("allocar.notification.devices.removed").description("devices removed because FCM refused their token for good")
                .tag("reason", reason == null ? "unknown" : reason.toLowerCase(java.util.Locale.ROOT)).register(registry).increment();
    }
}
