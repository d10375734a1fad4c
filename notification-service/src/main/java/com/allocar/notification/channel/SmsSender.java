package com.allocar.notification.channel;

/** Sends one SMS; the adapter speaks a provider's API (the aggregator's today, Orange's in a later slice). */
public interface SmsSender {

    /** @return the provider's message id */
    String send(String toE164, String text) throws ChannelFailure;
}
