package com.allocar.messaging.chat.domain;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OffPlatformPaymentFlagTest {

    private final OffPlatformPaymentFlag flag = new OffPlatformPaymentFlag();

    @ParameterizedTest
    @ValueSource(strings = {
            "paie-moi direct par Orange Money",
            "Envoie sur mon Wave stp",
            "tu peux me payer en espèces à l'arrivée",
            "Règle-moi en cash, c'est plus simple",
            "Paye hors de l'appli, je te fais un prix",
            "on fait par OM, tu m'envoies 4000",
            "fais un dépôt MoMo, envoie au conducteur",
            "pay me cash instead",
            "send it to my MoMo",
            "Just pay me directly, no app fees",
            "I'd rather you pay outside the app",
            "transfer the money by Wave please",
            "PAIE MOI DIRECT"})
    void proposals_to_pay_outside_the_platform_are_flagged(String text) {
        assertThat(flag.check(text)).contains(ModerationReason.OFF_PLATFORM_PAYMENT);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "J'ai payé sur l'appli, à tout à l'heure",
            "je t'envoie ma position directement",
            "Le paiement est fait sur AlloCar, merci",
            "I paid in the app already",
            "send me your location please",
            "On se retrouve à la station Orange. Tu as du cash pour le péage ? Je paie l'essence.",
            "Bonjour, je suis devant la pharmacie",
            "Is there room for a big suitcase?"})
    void ordinary_messages_are_not(String text) {
        assertThat(flag.check(text)).isEmpty();
    }
}
