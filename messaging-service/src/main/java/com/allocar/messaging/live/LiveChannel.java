package com.allocar.messaging.live;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * The fan-out between instances: one Redis pub/sub channel ({@value #CHANNEL}) carries every {@link LiveEvent};
 * every instance (this one included) hears it and hands it to its own sockets of that room. Redis pub/sub is
 * at-most-once: what is posted is stored first, and a client that missed frames asks with {@code ?after=}.
 */
@Component
public class LiveChannel implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(LiveChannel.class);
    public static final String CHANNEL = "allocar:messaging:live";

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final LiveRooms rooms;

    LiveChannel(StringRedisTemplate redis, JsonMapper json, LiveRooms rooms) {
        this.redis = redis;
        this.json = json;
        this.rooms = rooms;
    }

    /** Publishes to every instance; a Redis outage is logged, never thrown (the frame is stored or not needed). */
    public void publish(LiveEvent event) {
        try {
            redis.convertAndSend(CHANNEL, json.writeValueAsString(event));
        } catch (RuntimeException e) {
            log.warn("live frame for {} not published (Redis): {}", event.room(), e.toString());
        }
    }

    @Override
    public void onMessage(Message message, byte[] pattern) {
        LiveEvent event;
        try {
            event = json.readValue(message.getBody(), LiveEvent.class);
        } catch (RuntimeException e) {
            log.warn("skipping a record of {} that is not a live event: {}", CHANNEL, e.toString());
            return;
        }
        rooms.deliver(event);
    }
}
