package com.allocar.messaging.live;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;

/**
 * Starts this instance's subscription to the fan-out channel without making Redis a condition of starting: the
 * container's own start blocks and fails the whole context when Redis is slow or away (seen when a fleet boots at once
 * on two cores). Here a failed start is logged and retried in the background every {@link #RETRY}; until then posts
 * still succeed (committed to PostgreSQL) and sockets on this instance see only what this instance publishes — a
 * client that missed frames asks with {@code ?after=}.
 */
class LiveSubscription implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveSubscription.class);
    static final Duration RETRY = Duration.ofSeconds(2);

    private final RedisMessageListenerContainer container;
    private volatile boolean running;
    private volatile Thread retrying;

    LiveSubscription(RedisMessageListenerContainer container) {
        this.container = container;
    }

    @Override
    public void start() {
        running = true;
        if (!subscribe()) {
            retrying = Thread.ofVirtual().name("live-subscription").start(this::retry);
        }
    }

    private void retry() {
        while (running && !Thread.currentThread().isInterrupted()) {
            try {
                Thread.sleep(RETRY);
            } catch (InterruptedException e) {
                return;
            }
            if (subscribe()) {
                log.info("subscribed to the live channel after a failed start");
                return;
            }
        }
    }

    private boolean subscribe() {
        try {
            container.start();
            return true;
        } catch (RuntimeException e) {
            log.warn("cannot subscribe to the live channel yet (Redis): {}; retrying every {} s", e.toString(), RETRY.toSeconds());
            container.stop(); // back to not started, so that the next start() tries again
            return false;
        }
    }

    @Override
    public void stop() {
        running = false;
        Thread t = retrying;
        if (t != null) {
            t.interrupt();
        }
        container.stop();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the container listens now (a test's or a health check's question). */
    boolean listening() {
        return container.isListening();
    }
}
