package com.allocar.notification.template;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.notification.support.NotificationIT;
import com.allocar.platform.settings.PlatformSettings;
import com.allocar.platform.testing.TestSettings;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The SMS variant staff chose in admin settings (real Kafka) is the one the aggregator receives; the e-mail keeps its text. */
class TemplateVariantsIT extends NotificationIT {

    @Autowired
    PlatformSettings settings;

    @Test
    void theChosenSmsVariantIsSent() {
        Member passenger = member();
        Member driver = member("en");
        UUID booking = UUID.randomUUID();
        Instant departure = Instant.parse("2027-02-03T07:30:00Z");
        try {
            TestSettings.publishNext(settings, Map.of("templates", Map.of("booking_confirmed.sms", "short")));
            var code = send("booking.bookings", "check_in.issued", booking, checkInIssued(booking, passenger, driver, "Q4RT8W2Z", departure));
            eventually(() -> "sent".equals(attempt(code.eventId(), passenger.id(), "sms")) && "sent".equals(attempt(code.eventId(), passenger.id(), "email")));
            var sms = smsTo(passenger.phone());
            assertThat(sms).hasSize(1);
            assertThat(sms.get(0).path("text").asString()).contains("Bon voyage").contains("Q4RT8W2Z").doesNotContain("Paiement");
            assertThat(mailTo(passenger.email()).toString()).contains("Nous avons re");
        } finally {
            TestSettings.forget(jdbc);
        }
    }
}
