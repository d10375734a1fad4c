package com.allocar.notification.channel;

import com.allocar.platform.sms.SmsFailure;
import com.allocar.platform.sms.SmsGateway;

/**
 * SMS through the fleet's gateway (platform {@code sms}: Orange's SMS API, devstack's fake of it locally). The
 * gateway's refusal of the message itself (a 400) is permanent; everything else is retried later.
 */
public class GatewaySmsSender implements SmsSender {

    private final SmsGateway gateway;

    public GatewaySmsSender(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public String send(String toE164, String text) throws ChannelFailure {
        try {
            return gateway.send(toE164, text);
        } catch (SmsFailure e) {
            throw new ChannelFailure("sms: " + e.getMessage(), e.permanent(), e);
        }
    }
}
