package com.allocar.identity.notify;

/** Outgoing e-mail port. */
public interface EmailSender {

    void send(String to, String subject, String text);
}
