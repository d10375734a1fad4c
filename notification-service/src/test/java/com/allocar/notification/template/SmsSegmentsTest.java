package com.allocar.notification.template;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SmsSegmentsTest {

    @Test
    void gsm7_counts_160_then_153_per_part() {
        assertThat(SmsSegments.count("a".repeat(160))).isEqualTo(1);
        assertThat(SmsSegments.count("a".repeat(161))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(306))).isEqualTo(2);
        assertThat(SmsSegments.count("a".repeat(307))).isEqualTo(3);
    }

    @Test
    void french_accents_of_gsm7_stay_gsm7_and_others_switch_to_ucs2() {
        assertThat(SmsSegments.gsm7("réservation confirmée à 07:30, déjà payé")).isTrue();
        assertThat(SmsSegments.gsm7("reçu")).isFalse();
        assertThat(SmsSegments.gsm7("tête")).isFalse();
        assertThat(SmsSegments.count("ê" + "a".repeat(70))).isEqualTo(2);
    }

    @Test
    void extension_characters_take_two_septets() {
        assertThat(SmsSegments.septets("€")).isEqualTo(2);
        assertThat(SmsSegments.septets("[a]")).isEqualTo(5);
    }
}
