package com.allocar.booking.config;

import java.time.Duration;

import com.allocar.booking.cancellation.domain.CancellationRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

@Configuration(proxyBeanMethods = false)
class BookingConfiguration {

    @Bean
    CancellationRules cancellationRules(BookingProperties props) {
        return new CancellationRules(props.cancellation().settings());
    }

    /**
     * A saga event that fails (trip-service briefly down, a booking changing under us) is retried with growing pauses
     * for up to 15 minutes instead of the default ten immediate attempts: dropping a payment.succeeded is not an option.
     */
    @Bean
    CommonErrorHandler kafkaErrorHandler() {
        ExponentialBackOff backOff = new ExponentialBackOff(200, 2.0);
        backOff.setMaxInterval(Duration.ofSeconds(30).toMillis());
        backOff.setMaxElapsedTime(Duration.ofMinutes(15).toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(backOff);
        // a message that is not even JSON of the expected shape will never succeed: log it and move on at once
        handler.addNotRetryableExceptions(tools.jackson.core.JacksonException.class);
        return handler;
    }
}
