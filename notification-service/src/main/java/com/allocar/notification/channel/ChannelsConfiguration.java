package com.allocar.notification.channel;

import com.allocar.notification.config.NotificationProperties;
import com.allocar.platform.sms.SmsGateway;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The adapters behind the channel interfaces. */
@Configuration(proxyBeanMethods = false)
class ChannelsConfiguration {

    /** The fleet's SMS gateway (platform sms, {@code allocar.sms.*}), behind the channel's interface. */
    @Bean
    SmsSender smsSender(SmsGateway gateway) {
        return new GatewaySmsSender(gateway);
    }

    /** FCM when a service-account key file is configured; otherwise push is off (its attempts are skipped). */
    @Bean
    PushSender pushSender(NotificationProperties props, JsonMapper json) {
        return pushSender(props.push(), json);
    }

    static PushSender pushSender(NotificationProperties.Push push, JsonMapper json) {
        return push.configured() ? FcmPushSender.from(push, json) : PushSender.NOT_CONFIGURED;
    }

    @Bean
    EmailSender emailSender(JavaMailSender mail, NotificationProperties props) {
        return new SmtpEmailSender(mail, props.mail());
    }
}
