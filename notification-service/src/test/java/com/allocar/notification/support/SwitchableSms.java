package com.allocar.notification.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.concurrent.atomic.AtomicBoolean;

import com.allocar.notification.channel.ChannelFailure;
import com.allocar.notification.channel.GatewaySmsSender;
import com.allocar.notification.channel.SmsSender;
import com.allocar.platform.sms.OrangeSmsGateway;
import com.allocar.platform.sms.SmsGateway;
import com.allocar.platform.sms.SmsProperties;

/**
 * The real SMS adapter twice: over the service's gateway (the devstack aggregator), and over a second gateway pointed
 * at a closed port (the aggregator down). A test flips {@link #down()} / {@link #up()}; everything else sends through
 * the real one.
 */
public class SwitchableSms implements SmsSender {

    private final SmsSender real;
    private final SmsSender closedPort;
    private final AtomicBoolean down = new AtomicBoolean();

    public SwitchableSms(SmsGateway gateway, SmsProperties props) {
        this.real = new GatewaySmsSender(gateway);
        this.closedPort = new GatewaySmsSender(new OrangeSmsGateway(props.withBaseUrl("http://127.0.0.1:" + closedPort())));
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
