package com.allocar.identity.notify;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.sms.SmsFailure;
import com.allocar.platform.sms.SmsGateway;
import com.allocar.platform.validation.PhoneNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * SMS through the fleet's gateway (platform {@code sms}: Orange's SMS API, devstack's fake of it locally and in
 * tests). Its token is shared by every code sent, so an OTP costs one call to the provider. Whatever the provider's
 * reason, the member gets the same 503: they can only ask for a new code in a moment.
 */
@Component
class GatewaySmsSender implements SmsSender {

    private static final Logger log = LoggerFactory.getLogger(GatewaySmsSender.class);

    private final SmsGateway gateway;

    GatewaySmsSender(SmsGateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public void send(String toE164, String text) {
        try {
            gateway.send(toE164, text);
        } catch (SmsFailure e) {
            log.error("SMS to {} failed ({}): {}", PhoneNumbers.mask(toE164), e.permanent() ? "refused" : "unavailable",
                    e.getMessage());
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "SMS could not be sent; retry in a moment");
        }
    }
}
