package com.allocar.notification.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicBoolean;

import com.allocar.notification.channel.AggregatorSmsSender;
import com.allocar.notification.channel.ChannelFailure;
import com.allocar.notification.channel.SmsSender;
import com.allocar.notification.config.NotificationProperties;

/**
 * The real SMS adapter twice: pointed at the devstack aggregator, and at a closed port (the aggregator down). A test
 * flips {@link #down()} / {@link #up()}; everything else sends through the real one.
 */
public class SwitchableSms implements SmsSender {

    private final SmsSender real;
    private final SmsSender closedPort;
    private final AtomicBoolean down = new AtomicBoolean();

    public SwitchableSms(NotificationProperties.Sms props) {
        this.real = new AggregatorSmsSender(props);
        this.closedPort = new AggregatorSmsSender(new NotificationProperties.Sms("http://127.0.0.1:" + closedPort(), props.apiKey(),
                props.sender(), props.connectTimeout(), props.readTimeout()));
    }

    public void down() {
        down.set(true);
    }

    public void up() {
        down.set(false);
    }

    @Override
    public String send(String toE164, String text) throws ChannelFailure {
        return (down.get() ? closedPort : real).send(toE164, text);
    }

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
