package com.allocar.messaging.chat.domain;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class ContactDetailsMaskingTest {

    private final ContactDetailsMasking masking = new ContactDetailsMasking();

    @ParameterizedTest
    @ValueSource(strings = {
            "Appelle-moi au +225 07 01 02 03 04 quand tu arrives",
            "mon numéro c'est 0701020304",
            "Appelle moi 07 01 02 03 04 stp",
            "call me on +33 6 12 34 56 78 when you land",
            "WhatsApp: 00225 05 55 12 34 56",
            "my US number is +1 415 555 2671",
            "mon fixe 27 22 44 55 66",
            "note: 07.01.02.03.04",
            "+225-07-01-02-03-04 merci",
            "(+225) 0701020304",
            "text me at +44 7911 123456"})
    void phone_numbers_of_any_country_are_masked(String text) {
        MaskedText out = masking.apply(text);
        assertThat(out.masked()).containsExactly(MaskedKind.PHONE);
        assertThat(out.text()).contains(MaskedKind.PHONE.replacement()).doesNotContainPattern("\\d{2}\\s?\\d{2}\\s?\\d{2}\\s?\\d{2}");
    }

    @Test
    void the_words_around_a_number_are_kept() {
        assertThat(masking.apply("Appelle-moi au +225 07 01 02 03 04 quand tu arrives").text())
                .isEqualTo("Appelle-moi au [numéro masqué] quand tu arrives");
    }

    @Test
    void emails_are_masked_in_french_and_english() {
        assertThat(masking.apply("écris-moi à awa.kone@gmail.com").text()).isEqualTo("écris-moi à [e-mail masqué]");
        MaskedText en = masking.apply("mail me: john_doe+car@example.co.uk thanks");
        assertThat(en.text()).isEqualTo("mail me: [e-mail masqué] thanks");
        assertThat(en.masked()).containsExactly(MaskedKind.EMAIL);
    }

    @Test
    void links_are_masked_with_their_digits() {
        MaskedText out = masking.apply("écris-moi sur wa.me/2250701020304 ou https://t.me/awa ou www.monsite.ci/contact");
        assertThat(out.text()).isEqualTo("écris-moi sur [lien masqué] ou [lien masqué] ou [lien masqué]");
        assertThat(out.masked()).containsExactly(MaskedKind.URL);
        assertThat(masking.apply("check bit.ly/abc123 for my profile").text()).isEqualTo("check [lien masqué] for my profile");
    }

    @Test
    void several_kinds_in_one_message() {
        MaskedText out = masking.apply("0701020304 ou awa@mail.ci ou http://x.com");
        assertThat(out.kinds()).containsExactly(MaskedKind.PHONE, MaskedKind.EMAIL, MaskedKind.URL);
        assertThat(out.text()).isEqualTo("[numéro masqué] ou [e-mail masqué] ou [lien masqué]");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Je suis devant la pharmacie, à 10 min",
            "On part à 7h30 du Plateau, 2 places, 4500 F",
            "I'll be there at 8:15, gate 3, 2 bags",
            "Rendez-vous au carrefour. Merci !",
            "J'arrive dans 5 minutes... ok?",
            "Prix 2026 : 12 000 FCFA"})
    void ordinary_messages_with_figures_are_left_alone(String text) {
        MaskedText out = masking.apply(text);
        assertThat(out.text()).isEqualTo(text);
        assertThat(out.masked()).isEmpty();
    }
}
