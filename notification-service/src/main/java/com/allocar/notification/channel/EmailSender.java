package com.allocar.notification.channel;

/** Sends one e-mail, HTML with its text alternative. */
public interface EmailSender {

    /** @return the message's id (its Message-ID header) */
    String send(String to, String subject, String text, String html) throws ChannelFailure;
}
