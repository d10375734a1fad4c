package com.allocar.platform.clients;

import com.allocar.platform.security.PlatformSecurityAutoConfiguration;
import com.allocar.platform.security.service.ServiceTokens;
import feign.Feign;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The one way a service calls another (Spring Cloud OpenFeign): every {@code @FeignClient} of the service gets the
 * fleet's JSON codec, the peer's error envelope as the same {@link com.allocar.platform.api.ApiException}, this
 * service's token for the peer, and the breaker and retry of {@link Resilience}. A service only declares its client
 * interface and {@code @EnableFeignClients}.
 */
@AutoConfiguration(after = PlatformSecurityAutoConfiguration.class)
@ConditionalOnClass({Feign.class, CircuitBreakerRegistry.class, Retry.class})
@EnableConfigurationProperties(ServiceClientProperties.class)
public class PlatformClientsAutoConfiguration {

    @Bean
    EnvelopeCodec serviceClientCodec(JsonMapper json) {
        return new EnvelopeCodec(json);
    }

    @Bean
    PeerErrors serviceClientErrors(JsonMapper json) {
        return new PeerErrors(json);
    }

    @Bean
    @ConditionalOnBean(ServiceTokens.class)
    ServiceTokenHeader serviceClientToken(ServiceTokens tokens) {
        return new ServiceTokenHeader(tokens);
    }

    /** One breaker per peer, named after it ({@code serviceClientBreakers.circuitBreaker("trip-service")}). */
    @Bean
    CircuitBreakerRegistry serviceClientBreakers(ServiceClientProperties props) {
        return CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowSize(props.window())
                .minimumNumberOfCalls(props.minimumCalls())
                .failureRateThreshold(props.failureRate())
                .waitDurationInOpenState(props.openFor())
                .permittedNumberOfCallsInHalfOpenState(3)
                .recordException(PeerUnavailable::isOutage)
                .build());
    }

    @Bean
    Resilience serviceClientResilience(CircuitBreakerRegistry serviceClientBreakers, ServiceClientProperties props) {
        return new Resilience(serviceClientBreakers, props);
    }
}
