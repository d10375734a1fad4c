package com.allocar.notification.channel;

/**
 * A provider did not take a message. {@code permanent}: trying again cannot help (the provider refused the message
 * itself, e.g. an invalid number); otherwise the attempt is retried later.
 */
public class ChannelFailure extends Exception {

    private final boolean permanent;

    public ChannelFailure(String message, boolean permanent, Throwable cause) {
        super(message, cause, false, false);
        this.permanent = permanent;
    }

    public boolean permanent() {
        return permanent;
    }
}
