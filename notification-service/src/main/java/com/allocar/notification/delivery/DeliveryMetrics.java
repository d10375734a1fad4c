package com.allocar.notification.delivery;

import com.allocar.notification.routing.Channel;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.stereotype.Component;

/** {@code allocar_notifications_total{channel, status}}: every logged outcome of an attempt (a retry counts again). */
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
}
