package com.allocar.notification.preference;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PreferenceChoiceTest {

    @Test
    void transactional_categories_cannot_be_turned_off_but_can_be_confirmed_on() {
        for (var c : new NotificationCategory[] {NotificationCategory.OTP, NotificationCategory.PAYMENT, NotificationCategory.SAFETY}) {
            assertThat(c.locked()).isTrue();
            assertThat(PreferenceChoice.refusal(c, false)).isPresent();
            assertThat(PreferenceChoice.refusal(c, true)).isEmpty();
            assertThat(PreferenceChoice.enabled(c, Map.of(c, false))).as("a stored off never silences %s", c).isTrue();
        }
    }

    @Test
    void marketing_is_off_until_consent_and_the_rest_on_by_default() {
        assertThat(PreferenceChoice.enabled(NotificationCategory.MARKETING, Map.of())).isFalse();
        assertThat(PreferenceChoice.enabled(NotificationCategory.MARKETING, Map.of(NotificationCategory.MARKETING, true))).isTrue();
        assertThat(PreferenceChoice.enabled(NotificationCategory.BOOKING, Map.of())).isTrue();
        assertThat(PreferenceChoice.enabled(NotificationCategory.CHAT, Map.of(NotificationCategory.CHAT, false))).isFalse();
        assertThat(PreferenceChoice.refusal(NotificationCategory.MARKETING, false)).isEmpty();
    }
}
