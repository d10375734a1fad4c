package com.allocar.booking.config;

import com.allocar.booking.cancellation.domain.CancellationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class BookingConfiguration {

    @Bean
    CancellationRules cancellationRules(BookingProperties props) {
        return new CancellationRules(props.cancellation().settings());
    }
}
