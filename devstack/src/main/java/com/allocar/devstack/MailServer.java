package com.allocar.devstack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real SMTP server (GreenMail). Accepts any sender and any recipient; AUTH, when a client insists on it,
 * accepts any user name and password. Every delivered message is kept in memory, one copy per recipient
 * (the envelope recipient, so Bcc works too), until {@link #clear()}.
 */
final class MailServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(MailServer.class);
    private static final Pattern TAGS = Pattern.compile("(?is)<(script|style)[^>]*>.*?</\\1>|<[^>]+>");

    /** One delivered e-mail as the dev inbox shows it; {@code body} is the plain-text content. */
    record Mail(String id, String to, String from, String subject, String body, Instant receivedAt) {
    }

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    static MailServer start(DevStackConfig config) {
        GreenMail greenMail = new GreenMail(new ServerSetup(config.smtpPort(), config.host(), ServerSetup.PROTOCOL_SMTP))
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        log.info("SMTP (GreenMail) up on {}:{}", config.host(), config.smtpPort());
        return new MailServer(greenMail);
    }

    /** Every message received, newest first; only those whose envelope recipient is {@code to} when not null. */
    List<Mail> messages(String to) {
        List<Mail> result = new ArrayList<>();
        for (GreenMailUser user : greenMail.getUserManager().listUser()) {
            String recipient = user.getEmail();
            if (to != null && !recipient.equalsIgnoreCase(to.trim())) {
                continue;
            }
            List<StoredMessage> stored;
            try {
                stored = snapshot(user);
            } catch (FolderException e) {
                log.warn("cannot read the mailbox of {}: {}", recipient, e.toString());
                continue;
            }
            for (StoredMessage message : stored) {
                result.add(toMail(recipient, message));
            }
        }
        result.sort(Comparator.comparing(Mail::receivedAt).reversed());
        return result;
    }

    /**
     * The mailbox's messages as they are now. GreenMail hands out a live view of its list: a mail delivered while we read
     * it throws ConcurrentModificationException, so the copy is simply taken again.
     */
    private List<StoredMessage> snapshot(GreenMailUser user) throws FolderException {
        for (int attempt = 1; ; attempt++) {
            try {
                return new ArrayList<>(greenMail.getManagers().getImapHostManager().getInbox(user).getMessages());
            } catch (java.util.ConcurrentModificationException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    void clear() {
        try {
            greenMail.purgeEmailFromAllMailboxes();
        } catch (FolderException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Mail toMail(String recipient, StoredMessage stored) {
        Instant receivedAt = stored.getReceivedDate() != null ? stored.getReceivedDate().toInstant() : Instant.EPOCH;
        String id = UUID.nameUUIDFromBytes((recipient.toLowerCase(Locale.ROOT) + '\n' + stored.getUid() + '\n'
                + receivedAt.toEpochMilli()).getBytes(StandardCharsets.UTF_8)).toString();
        MimeMessage message = stored.getMimeMessage();
        String from;
        String subject;
        String body;
        try {
            from = addresses(message.getFrom());
            subject = message.getSubject() == null ? "" : message.getSubject();
            body = plainText(message);
        } catch (MessagingException | IOException e) {
            from = "";
            subject = "";
            body = "(unreadable message: " + e + ")";
        }
        body = body == null ? "" : body.replace("\r\n", "\n").strip();
        return new Mail(id, recipient, from, subject, body, receivedAt);
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null) {
            return "";
        }
        List<String> out = new ArrayList<>();
        for (Address address : addresses) {
            out.add(address instanceof InternetAddress ia ? ia.toUnicodeString() : address.toString());
        }
        return String.join(", ", out);
    }

    /** The text/plain content; an HTML-only message is reduced to its text. Attachments are skipped. */
    static String plainText(Part part) throws MessagingException, IOException {
        String plain = find(part, "text/plain");
        if (plain != null) {
            return plain;
        }
        String html = find(part, "text/html");
        return html == null ? null : TAGS.matcher(html).replaceAll(" ").replaceAll("[ \\t]+", " ");
    }

    private static String find(Part part, String mimeType) throws MessagingException, IOException {
        if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
            return null;
        }
        if (part.isMimeType(mimeType)) {
            return text(part);
        }
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = find(multipart.getBodyPart(i), mimeType);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String text(Part part) throws MessagingException, IOException {
        try {
            Object content = part.getContent();
            if (content instanceof String s) {
                return s;
            }
        } catch (IOException e) {
            // unknown charset: fall back to the decoded bytes as UTF-8
        }
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}
