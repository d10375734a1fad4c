package com.allocar.messaging.chat.domain;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A message proposing to pay outside the platform is flagged for moderation (it is still delivered), in French or
 * English, accents and case aside:
 * <ul>
 * <li>a payment or sending verb ("paie", "payer", "règle", "envoie", "transfère", "pay", "send", "transfer"…) close to a
 * money channel of its own ("Orange Money", "OM", "Wave", "MoMo", "MTN/Moov Money", "Flooz", "cash", "espèces",
 * "liquide") — "envoie sur mon Wave", "send it to my MoMo";</li>
 * <li>a payment verb close to a way around the app ("direct", "directement", "hors de l'appli", "de la main à la main",
 * "instead", "directly", "outside the app") — "paie-moi direct", "pay me directly"; a sending verb there is not
 * enough ("je t'envoie ma position directement").</li>
 * </ul>
 * "Close" = in either order, in one sentence, at most 60 characters apart.
 */
public final class OffPlatformPaymentFlag {

    private static final String PAY = "paie|paies|paye|payes|payer|payez|payons|paiement|reglement|regle|regles|regler|reglez"
            + "|pay|pays|paying|payment";
    private static final String SEND = "envoie|envoies|envoyer|envoyez|envoi|transfere|transferes|transferer|transferez|transfert"
            + "|virement|depose|deposer|send|sending|transfer|wire";
    private static final String MONEY = "orange\\s*money|om|wave|momo|mtn\\s*money|mobile\\s*money|moov\\s*money|moov|flooz|cash"
            + "|especes|en\\s+liquide|liquide";
    private static final String AROUND = "direct|directement|de\\s+la\\s+main\\s+a\\s+la\\s+main|en\\s+main\\s+propre"
            + "|hors\\s+(?:de\\s+)?(?:l'\\s*|la\\s+)?(?:appli|application|app|plateforme|allocar)"
            + "|sans\\s+(?:passer\\s+par\\s+)?(?:l'\\s*|la\\s+)?(?:appli|application|app|plateforme|allocar)"
            + "|instead|directly|in\\s+hand|outside\\s+(?:the\\s+)?(?:app|platform|allocar)|off\\s+(?:the\\s+)?(?:app|platform)";

    private static final Pattern MONEY_CHANNEL = near(PAY + "|" + SEND, MONEY);
    private static final Pattern AROUND_THE_APP = near(PAY, AROUND);

    private static Pattern near(String verbs, String channels) {
        String v = "\\b(?:" + verbs + ")\\b";
        String c = "\\b(?:" + channels + ")\\b";
        String gap = "[^.!?\\n]{0,60}?";
        return Pattern.compile(v + gap + c + "|" + c + gap + v);
    }

    public Optional<ModerationReason> check(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('-', ' ');
        boolean proposal = MONEY_CHANNEL.matcher(plain).find() || AROUND_THE_APP.matcher(plain).find();
        return proposal ? Optional.of(ModerationReason.OFF_PLATFORM_PAYMENT) : Optional.empty();
    }
}
