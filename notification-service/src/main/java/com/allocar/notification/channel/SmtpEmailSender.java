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
