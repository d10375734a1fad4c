package com.allocar.payment.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class ClockConfig {

    /** Replay windows and the fraud window read time here, so tests can move it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
