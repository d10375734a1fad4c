package com.allocar.notification.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

import org.springframework.stereotype.Component;

/**
 * Renders a template by id in a language: JMustache, strict (a variable the record does not declare, or a null one,
 * throws), values formatted for the language: times in Abidjan's time zone, FCFA amounts without decimals, ids as
 * their first 8 characters (the reference a member reads out).
 */
@Component
public class Templates {

    public static final List<String> LANGUAGES = List.of("fr", "en");
    public static final String DEFAULT_LANGUAGE = "fr";
    static final ZoneId ABIDJAN = ZoneId.of("Africa/Abidjan");

    /** The variables of the e-mail's HTML layout. */
    public record Layout(String title, List<String> paragraphs, String footer) {
    }

    private final Map<String, Properties> texts = new ConcurrentHashMap<>();
    private final Map<String, Template> compiled = new ConcurrentHashMap<>();
    private final Template layout;

    public Templates() {
        for (String lang : LANGUAGES) {
            texts.put(lang, load("templates/notifications_" + lang + ".properties"));
        }
        try (InputStream in = resource("templates/layout.html")) {
            layout = Mustache.compiler().escapeHTML(true).compile(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The language we write to a member in: theirs when we have it, else French. */
    public static String language(String locale) {
        if (locale == null || locale.isBlank()) {
            return DEFAULT_LANGUAGE;
        }
        String lang = locale.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return LANGUAGES.contains(lang) ? lang : DEFAULT_LANGUAGE;
    }

    /** Whether the template has an SMS text in every language. */
    public boolean hasSms(TemplateId id) {
        return LANGUAGES.stream().allMatch(l -> texts.get(l).containsKey(id.wire() + ".sms"));
    }

    public Rendered render(TemplateVars vars, String locale) {
        return render(vars, locale, Map.of());
    }

    /**
     * @param variants the variant staff chose per message kind (admin setting {@code templates}, e.g.
     *                 {@code "booking_confirmed.sms": "short"}): {@code <template>.push} for the feed and push texts,
     *                 {@code .email}, {@code .sms}; a variant the files do not have in this language is the default text
     */
    public Rendered render(TemplateVars vars, String locale, Map<String, String> variants) {
        String lang = language(locale);
        TemplateId id = vars.template();
        String push = key(lang, id, variants.get(id.wire() + ".push"), "title");
        String email = key(lang, id, variants.get(id.wire() + ".email"), "subject");
        String smsKey = key(lang, id, variants.get(id.wire() + ".sms"), "sms");
        String title = part(lang, push, "title", vars, true);
        String body = part(lang, push, "body", vars, true);
        String subject = part(lang, email, "subject", vars, true);
        String text = part(lang, email, "text", vars, true);
        String sms = part(lang, smsKey, "sms", vars, false);
        String footer = texts.get(lang).getProperty("footer", "");
        String html = layout.execute(new Layout(title, Arrays.stream(text.split("\n")).filter(s -> !s.isBlank()).toList(), footer));
        return new Rendered(id, lang, title, body, subject, text + "\n\n" + footer, html, sms);
    }

    /** The key a channel's texts are read under: {@code <template>~<variant>} when the files have it, else {@code <template>}. */
    private String key(String lang, TemplateId id, String variant, String probe) {
        String chosen = variant == null ? null : id.wire() + "~" + variant;
        return chosen != null && texts.get(lang).containsKey(chosen + "." + probe) ? chosen : id.wire();
    }

    /** The variants the files hold for a template, e.g. "short" for {@code booking_confirmed~short.sms}. */
    public java.util.Set<String> variantsOf(TemplateId id) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        String prefix = id.wire() + "~";
        texts.values().forEach(p -> p.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .forEach(k -> out.add(k.substring(prefix.length(), k.lastIndexOf('.')))));
        return out;
    }

    private String part(String lang, String base, String part, TemplateVars vars, boolean required) {
        String key = base + "." + part;
        String source = texts.get(lang).getProperty(key);
        if (source == null) {
            if (required) {
                throw new IllegalStateException("template " + key + " missing in " + lang);
            }
            return null;
        }
        Template t = compiled.computeIfAbsent(lang + ":" + key, k -> Mustache.compiler().escapeHTML(false)
                .withFormatter(formatter(lang)).compile(source));
        return t.execute(vars).strip();
    }

    static Mustache.Formatter formatter(String lang) {
        DateTimeFormatter when = "en".equals(lang)
                ? DateTimeFormatter.ofPattern("d MMM yyyy 'at' HH:mm", Locale.ENGLISH)
                : DateTimeFormatter.ofPattern("dd/MM/yyyy 'à' HH:mm", Locale.FRENCH);
        return value -> switch (value) {
            case Instant i -> when.format(i.atZone(ABIDJAN));
            case BigDecimal amount -> fcfa(amount, "en".equals(lang) ? ',' : ' ');
            case UUID id -> id.toString().substring(0, 8).toUpperCase(Locale.ROOT);
            default -> String.valueOf(value);
        };
    }

    /** 9000.0 → "9 000 FCFA" (plain spaces: GSM-7 has no narrow no-break space). */
    static String fcfa(BigDecimal amount, char grouping) {
        String digits = amount.setScale(0, RoundingMode.HALF_UP).abs().toPlainString();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                sb.append(grouping);
            }
            sb.append(digits.charAt(i));
        }
        return (amount.signum() < 0 ? "-" : "") + sb + " FCFA";
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = resource(name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    private static InputStream resource(String name) {
        InputStream in = Templates.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + name);
        }
        return in;
    }
}
