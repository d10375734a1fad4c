package com.allocar.notification.channel;

import com.allocar.notification.config.NotificationProperties;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** The adapters behind the channel interfaces. */
@Configuration(proxyBeanMethods = false)
class ChannelsConfiguration {

    @Bean
    SmsSender smsSender(NotificationProperties props) {
        return new AggregatorSmsSender(props.sms());
    }

    @Bean
    EmailSender emailSender(JavaMailSender mail, NotificationProperties props) {
        return new SmtpEmailSender(mail, props.mail());
    }
}
