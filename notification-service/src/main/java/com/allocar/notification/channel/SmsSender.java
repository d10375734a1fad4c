package com.allocar.notification.channel;

/** Sends one SMS; the adapter ({@link GatewaySmsSender}) goes through the fleet's SMS gateway (Orange's SMS API). */
public interface SmsSender {

    /** @return the provider's message id */
    String send(String toE164, String text) throws ChannelFailure;
}
