package com.allocar.booking.config;

import com.allocar.booking.cancellation.CancellationSettingsInForce;
import com.allocar.booking.cancellation.domain.CancellationRules;
import com.allocar.platform.settings.PlatformSettings;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BookingConfiguration {

    @Bean
    CancellationRules cancellationRules(PlatformSettings settings, BookingProperties props) {
        return new CancellationRules(new CancellationSettingsInForce(settings, props.cancellation().settings()));
    }
}
