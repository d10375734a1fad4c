package com.allocar.payment.settings.messaging;

import java.math.BigDecimal;

import com.allocar.payment.settings.FeeSettings;
import com.allocar.platform.events.DeadLetters;
import com.allocar.platform.events.EventEnvelope;
import com.allocar.platform.events.EventReader;
import com.allocar.platform.events.Inbox;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * admin-service's {@code settings.changed} on {@code admin.settings}: the fields payment-service owns become the ones in
 * force, once per event (inbox) and never backwards (a version lower than the one in force is passed over). A record
 * that is no settings event, or lacks a field it must carry, goes to {@code admin.settings.dlt}.
 */
@Component
class SettingsListener {

    static final String CONSUMER = "payment.settings";
    private static final Logger log = LoggerFactory.getLogger(SettingsListener.class);

    /** What payment-service reads of admin's {@code SettingsChanged}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record SettingsChanged(long version, Settings settings) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Settings(BigDecimal platformFeePercent, BigDecimal platformFeeFixed, BigDecimal payoutMinAmount) {
    }

    private final EventReader reader;
    private final Inbox inbox;
    private final FeeSettings fees;

    SettingsListener(EventReader reader, Inbox inbox, FeeSettings fees) {
        this.reader = reader;
        this.inbox = inbox;
        this.fees = fees;
    }

    @KafkaListener(topics = "admin.settings", groupId = "${spring.application.name}.settings")
    @Transactional
    public void on(String message) {
        EventEnvelope event;
        SettingsChanged changed;
        try {
            event = reader.envelope(message);
            if (!"settings.changed".equals(event.type())) {
                return;
            }
            changed = reader.payload(event, SettingsChanged.class);
        } catch (RuntimeException e) {
            throw new DeadLetters.PoisonEvent("a record of admin.settings that is not a settings event: " + e);
        }
        Settings s = changed.settings();
        if (changed.version() <= 0 || s == null || s.platformFeePercent() == null || s.platformFeeFixed() == null || s.payoutMinAmount() == null) {
            throw new DeadLetters.PoisonEvent("settings.changed " + event.eventId() + " lacks its version or a fee field");
        }
        if (inbox.firstDelivery(event.eventId(), CONSUMER)
                && fees.apply(new FeeSettings.InForce(changed.version(), s.platformFeePercent(), s.platformFeeFixed(), s.payoutMinAmount()))) {
            log.info("settings version {} in force: commission {} % + {} XOF, payouts from {} XOF", changed.version(), s.platformFeePercent(),
                    s.platformFeeFixed(), s.payoutMinAmount());
        }
    }
}
