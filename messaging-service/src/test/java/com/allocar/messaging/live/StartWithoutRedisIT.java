package com.allocar.messaging.live;

import com.allocar.messaging.support.MessagingIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Redis away when the service starts (port 1: nothing listens): the service still starts — the fan-out subscription
 * is retried in the background instead of failing the context, as it did when a whole fleet booted at once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.data.redis.port=1", "logging.level.io.netty.util.concurrent.DefaultPromise=off"})
class StartWithoutRedisIT extends MessagingIT {

    @Autowired
    LiveSubscription subscription;

    @Test
    void theServiceStartsAndKeepsTryingToSubscribe() {
        assertThat(subscription.isRunning()).isTrue();
        assertThat(subscription.listening()).isFalse();
        var docs = http().get("/v3/api-docs");
        assertThat(docs.status()).as("the service answers").isEqualTo(200);
    }
}
