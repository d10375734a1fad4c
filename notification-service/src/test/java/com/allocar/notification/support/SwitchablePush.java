package com.allocar.notification.support;

import java.util.concurrent.atomic.AtomicBoolean;

import com.allocar.notification.channel.PushFailure;
import com.allocar.notification.channel.PushMessage;
import com.allocar.notification.channel.PushSender;

/**
 * The real FCM adapter (pointed at the test devstack's fake FCM by its key file), which a test can make look
 * unconfigured ({@link #withoutCredentials()}) — one application context for every IT.
 */
public class SwitchablePush implements PushSender {

    private final PushSender real;
    private final AtomicBoolean off = new AtomicBoolean();

    public SwitchablePush(PushSender real) {
        this.real = real;
    }

    /** As if no key file were configured. */
    public void withoutCredentials() {
        off.set(true);
    }

    public void withCredentials() {
        off.set(false);
    }

    @Override
    public String send(PushMessage message) throws PushFailure {
        return (off.get() ? PushSender.NOT_CONFIGURED : real).send(message);
    }

    @Override
    public boolean configured() {
        return !off.get() && real.configured();
    }
}
