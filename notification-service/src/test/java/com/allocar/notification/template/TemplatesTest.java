package com.allocar.notification.template;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.allocar.notification.routing.Channel;
import com.allocar.notification.routing.NotificationRules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TemplatesTest {

    private final Templates templates = new Templates();

    @ParameterizedTest
    @EnumSource(TemplateId.class)
    void every_template_renders_in_french_and_english_with_its_variables(TemplateId id) {
        TemplateVars vars = Samples.of(id);
        assertThat(vars.template()).isEqualTo(id);
        assertThat(vars.getClass()).isEqualTo(id.vars());
        for (String lang : Templates.LANGUAGES) {
            Rendered r = templates.render(vars, lang);
            assertThat(r.language()).isEqualTo(lang);
            assertThat(r.title()).as("%s %s title", id, lang).isNotBlank();
            assertThat(r.body()).isNotBlank();
            assertThat(r.subject()).isNotBlank();
            assertThat(r.text()).isNotBlank().doesNotContain("{{");
            assertThat(r.html()).startsWith("<!DOCTYPE html>").contains(escape(r.title()));
            assertThat(r.body() + r.subject() + r.text()).doesNotContain("{{").doesNotContain("}}");
        }
    }

    @Test
    void french_and_english_differ_and_french_is_the_default() {
        var vars = Samples.of(TemplateId.BOOKING_CONFIRMED);
        assertThat(templates.render(vars, "en").title()).isEqualTo("Booking confirmed");
        assertThat(templates.render(vars, "fr").title()).isEqualTo("Réservation confirmée");
        assertThat(templates.render(vars, null).language()).isEqualTo("fr");
        assertThat(templates.render(vars, "en-GB").language()).isEqualTo("en");
        assertThat(templates.render(vars, "de").language()).isEqualTo("fr");
    }

    @Test
    void values_are_formatted_for_the_language() {
        var vars = Samples.of(TemplateId.BOOKING_CONFIRMED);
        assertThat(templates.render(vars, "fr").text()).contains("125 000 FCFA").contains("24/12/2026 à 07:30").contains("11111111");
        assertThat(templates.render(vars, "en").text()).contains("125,000 FCFA").contains("24 Dec 2026 at 07:30");
    }

    @Test
    void a_missing_variable_fails_the_template_not_silently() {
        assertThatThrownBy(() -> templates.render(new TemplateVars.PaymentFailed(Samples.ID, null), "fr"))
                .hasMessageContaining("reason");
    }

    @Test
    void the_html_escapes_what_a_member_wrote() {
        var r = templates.render(new TemplateVars.ChatMessage(Samples.ID, false, "<script>alert(1)</script>"), "fr");
        assertThat(r.html()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(r.text()).contains("<script>");
    }

    @Test
    void optional_parts_follow_their_variables() {
        assertThat(templates.render(new TemplateVars.KycRejected(Samples.ID, null), "fr").body()).doesNotContain("Motif");
        assertThat(templates.render(new TemplateVars.KycRejected(Samples.ID, "Photo floue"), "fr").body()).contains("Motif : Photo floue");
        assertThat(templates.render(new TemplateVars.BookingCancelled(Samples.ID, null), "en").body()).isEqualTo("Booking 11111111 is cancelled.");
        assertThat(templates.render(new TemplateVars.RefundCompleted(Samples.ID, Samples.AMOUNT, false), "en").body())
                .contains("to your payment method");
    }

    @Test
    void a_decided_dispute_reads_as_the_member_stands() {
        var opener = templates.render(new TemplateVars.DisputeDecided(Samples.ID, Samples.ID, true, true, "Remboursé"), "fr");
        assertThat(opener.title()).isEqualTo("Votre signalement est traité");
        assertThat(opener.body()).isEqualTo("Votre signalement sur la réservation 11111111 est résolu. Remboursé");
        var other = templates.render(new TemplateVars.DisputeDecided(Samples.ID, Samples.ID, false, false, null), "en");
        assertThat(other.body()).isEqualTo("The report opened about booking 11111111 is closed with no further action.");
        assertThat(other.text()).doesNotContain("decision");
    }

    @ParameterizedTest
    @EnumSource(TemplateId.class)
    void an_sms_text_is_gsm7_within_two_segments_in_both_languages(TemplateId id) {
        if (!templates.hasSms(id)) {
            return;
        }
        for (String lang : Templates.LANGUAGES) {
            String sms = templates.render(Samples.of(id), lang).sms();
            assertThat(SmsSegments.gsm7(sms)).as("%s %s is GSM-7: %s", id, lang, sms).isTrue();
            assertThat(SmsSegments.septets(sms)).as("%s %s within 306 septets", id, lang).isLessThanOrEqualTo(306);
            assertThat(SmsSegments.count(sms)).isLessThanOrEqualTo(2);
        }
    }

    /** Every variant the files ship renders with its template's variables, in both languages, and an SMS one is GSM-7. */
    @ParameterizedTest
    @EnumSource(TemplateId.class)
    void every_variant_renders_with_its_templates_variables(TemplateId id) {
        for (String variant : templates.variantsOf(id)) {
            for (String channel : List.of("push", "email", "sms")) {
                for (String lang : Templates.LANGUAGES) {
                    Rendered r = templates.render(Samples.of(id), lang, Map.of(id.wire() + "." + channel, variant));
                    assertThat(r.title()).isNotBlank();
                    if (r.sms() != null) {
                        assertThat(SmsSegments.gsm7(r.sms())).as("%s~%s %s", id, variant, lang).isTrue();
                        assertThat(SmsSegments.count(r.sms())).isLessThanOrEqualTo(2);
                    }
                }
            }
        }
    }

    @Test
    void a_chosen_variant_replaces_its_channel_only_and_an_unknown_one_is_the_default() {
        var vars = Samples.of(TemplateId.BOOKING_CONFIRMED);
        Rendered plain = templates.render(vars, "fr");
        Rendered shortSms = templates.render(vars, "fr", Map.of("booking_confirmed.sms", "short"));
        assertThat(templates.variantsOf(TemplateId.BOOKING_CONFIRMED)).contains("short");
        assertThat(shortSms.sms()).startsWith("AlloCar: ").contains("Bon voyage").isNotEqualTo(plain.sms());
        assertThat(shortSms.title()).isEqualTo(plain.title());
        assertThat(shortSms.subject()).isEqualTo(plain.subject());
        assertThat(templates.render(vars, "en", Map.of("booking_confirmed.sms", "short")).sms()).contains("Safe travels");
        // a variant the files do not have, or one chosen for another channel or template: the default texts
        assertThat(templates.render(vars, "fr", Map.of("booking_confirmed.sms", "winter")).sms()).isEqualTo(plain.sms());
        assertThat(templates.render(vars, "fr", Map.of("booking_confirmed.push", "short")).title()).isEqualTo(plain.title());
        assertThat(templates.render(Samples.of(TemplateId.BOOKING_ACCEPTED), "fr", Map.of("booking_confirmed.sms", "short")).sms())
                .isEqualTo(templates.render(Samples.of(TemplateId.BOOKING_ACCEPTED), "fr").sms());
    }

    @Test
    void every_row_that_sends_an_sms_has_an_sms_text() {
        for (var row : NotificationRules.TABLE) {
            if (row.channels().contains(Channel.SMS)) {
                var template = Arrays.stream(TemplateId.values()).filter(t -> t.vars().isAssignableFrom(sample(row).getClass())).findFirst().orElseThrow();
                assertThat(templates.hasSms(template)).as("%s has an SMS text", template).isTrue();
            }
        }
    }

    private static TemplateVars sample(NotificationRules.Row<?> row) {
        return com.allocar.notification.routing.NotificationRulesTest.sampleNotice(row).vars();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("'", "&#39;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
