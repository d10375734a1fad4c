package com.allocar.identity.notify;

/** Outgoing SMS port; the adapter speaks to the SMS aggregator. */
public interface SmsSender {

    void send(String toE164, String text);
}
