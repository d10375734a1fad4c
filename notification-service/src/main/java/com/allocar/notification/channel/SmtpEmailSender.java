package com.allocar.notification.channel;

import com.allocar.notification.config.NotificationProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** E-mail through Spring Mail (SMTP; GreenMail in dev and tests): multipart/alternative, text then HTML. */
public class SmtpEmailSender implements EmailSender {

    /**
     * Jakarta Mail finds its StreamProvider anew for every header it encodes and every multipart, through a
     * ServiceLoader that scans the jars each time (jakartaee/mail-api#861, open): named by the system property it reads
     * first, it is one cached class lookup — a third of this service's CPU under a burst of e-mails (bench/README.md).
     */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";

    static {
        if (System.getProperty(STREAM_PROVIDER) == null) {
            System.setProperty(STREAM_PROVIDER, "org.eclipse.angus.mail.util.MailStreamProvider");
        }
    }

    private final JavaMailSender mail;
    private final String from;

    public SmtpEmailSender(JavaMailSender mail, NotificationProperties.Mail props) {
        this.mail = mail;
        this.from = props.from();
    }

    @Override
    public String send(String to, String subject, String text, String html) throws ChannelFailure {
        try {
            MimeMessage m = mail.createMimeMessage();
            MimeMessageHelper h = new MimeMessageHelper(m, true, "UTF-8");
            h.setFrom(from);
            h.setTo(to);
            h.setSubject(subject);
            h.setText(text, html);
            mail.send(m);
            return m.getMessageID();
        } catch (AddressException | MailParseException e) {
            throw new ChannelFailure("invalid e-mail: " + e.getMessage(), true, e);
        } catch (MessagingException | MailException e) {
            throw new ChannelFailure("smtp: " + e.getMessage(), false, e);
        }
    }
}
