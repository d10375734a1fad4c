package com.allocar.notification.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.allocar.notification.channel.ChannelFailure;
import com.allocar.notification.channel.PushFailure;
import com.allocar.notification.channel.PushMessage;
import com.allocar.notification.channel.PushSender;
import com.allocar.notification.device.Devices;
import com.allocar.notification.preference.NotificationCategory;
import com.allocar.notification.template.TemplateId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * One try of a claimed push attempt: to each of the member's devices (their tokens as they are now), except those an
 * earlier try already settled ({@link PushDeliveries}: each device's result is written as soon as FCM answers). A
 * stale token (UNREGISTERED, SENDER_ID_MISMATCH, invalid) removes its device. The attempt's outcome:
 * <ul>
 * <li>a device FCM asked to retry (429, 5xx, network) → a transient failure, with the longest {@code Retry-After}: the
 * attempt is logged {@code failed} with the message names reached so far as its provider id, and its next try sends to
 * the devices not reached only — a partial success is never sent twice to the device that got it;</li>
 * <li>otherwise, at least one device got it → the message names: {@code sent};</li>
 * <li>otherwise (every device removed or refused, or none left) → a permanent failure saying why: {@code failed}, given up.</li>
 * </ul>
 */
@Component
class SendPush {

    private static final Logger log = LoggerFactory.getLogger(SendPush.class);

    private final Devices devices;
    private final PushDeliveries deliveries;
    private final PushSender push;
    private final Attempts attempts;
    private final DeliveryMetrics metrics;
    private final JsonMapper json;

    SendPush(Devices devices, PushDeliveries deliveries, PushSender push, Attempts attempts, DeliveryMetrics metrics, JsonMapper json) {
        this.devices = devices;
        this.deliveries = deliveries;
        this.push = push;
        this.attempts = attempts;
        this.metrics = metrics;
        this.json = json;
    }

    /** @return the FCM message names of every device reached (the provider id) */
    String send(Attempt a) throws ChannelFailure {
        Map<String, PushDeliveries.Line> before = deliveries.of(a.id());
        List<String> names = new ArrayList<>();
        before.values().stream().filter(l -> l.outcome() == DeviceOutcome.SENT).forEach(l -> names.add(l.messageName()));
        List<String> tokens = devices.tokensOf(a.userId());
        List<String> refusals = new ArrayList<>();
        PushFailure retry = null;
        int due = 0;
        for (String token : tokens) {
            PushDeliveries.Line line = before.get(token);
            if (line != null && line.outcome().settled()) {
                continue;
            }
            try {
                String name = push.send(message(a, token));
                deliveries.record(a.id(), token, DeviceOutcome.SENT, name, null);
                names.add(name);
            } catch (PushFailure f) {
                switch (f.kind()) {
                    case DEVICE_GONE -> {
                        devices.removeStale(a.userId(), token);
                        deliveries.record(a.id(), token, DeviceOutcome.REMOVED, null, f.getMessage());
                        metrics.deviceRemoved(f.errorCode());
                        refusals.add(shown(token) + " removed (" + f.getMessage() + ")");
                        log.info("push {}: {} of member {} removed: {}", a.id(), shown(token), a.userId(), f.getMessage());
                    }
                    case PERMANENT -> {
                        deliveries.record(a.id(), token, DeviceOutcome.REFUSED, null, f.getMessage());
                        refusals.add(shown(token) + " refused (" + f.getMessage() + ")");
                        log.warn("push {}: FCM refused it for {} of member {}: {}", a.id(), shown(token), a.userId(), f.getMessage());
                    }
                    case TRANSIENT -> {
                        deliveries.record(a.id(), token, DeviceOutcome.FAILED, null, f.getMessage());
                        due++;
                        retry = longerWait(retry, f);
                    }
                }
            }
        }
        if (retry != null) {
            if (!names.isEmpty()) {
                attempts.reached(a.id(), String.join(", ", names));
            }
            throw PushFailure.later(due + " of " + tokens.size() + " device(s) to try again (" + names.size() + " reached): " + retry.getMessage()
                    + (refusals.isEmpty() ? "" : "; " + String.join("; ", refusals)), retry.retryAfter(), null);
        }
        if (!names.isEmpty()) {
            return String.join(", ", names);
        }
        throw PushFailure.refused(null, tokens.isEmpty() && refusals.isEmpty() ? "no device left" : "no device took it: " + String.join("; ", refusals));
    }

    private PushMessage message(Attempt a, String token) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("template", a.template());
        if (a.data() != null) {
            JsonNode ids = json.readTree(a.data());
            ids.properties().forEach(e -> data.put(e.getKey(), e.getValue().asString()));
        }
        boolean urgent = TemplateId.fromWire(a.template()).map(t -> t.category() != NotificationCategory.MARKETING).orElse(true);
        return new PushMessage(token, a.subject(), a.text(), data, urgent);
    }

    /** The failure whose Retry-After is the longest (FCM's wishes are all honoured by waiting the longest). */
    private static PushFailure longerWait(PushFailure kept, PushFailure f) {
        if (kept == null) {
            return f;
        }
        Duration a = kept.retryAfter();
        Duration b = f.retryAfter();
        return b != null && (a == null || b.compareTo(a) > 0) ? f : kept;
    }

    /** A push token is a secret: its last characters only. */
    private static String shown(String token) {
        return "device …" + token.substring(Math.max(0, token.length() - 6));
    }
}
