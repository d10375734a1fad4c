package com.allocar.platform.sms;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The fleet's one SMS gateway, in the services that name a provider ({@code allocar.sms.base-url}): one instance per
 * service, so its token is fetched once and shared by every message.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"org.springframework.web.client.RestClient", "tools.jackson.databind.json.JsonMapper"})
@ConditionalOnProperty(prefix = "allocar.sms", name = "base-url")
@EnableConfigurationProperties(SmsProperties.class)
public class PlatformSmsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SmsGateway.class)
    SmsGateway smsGateway(SmsProperties props) {
        return new OrangeSmsGateway(props);
    }
}
