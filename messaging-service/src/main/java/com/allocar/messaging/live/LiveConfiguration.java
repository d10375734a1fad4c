package com.allocar.messaging.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.listener.ChannelTopic;
import org.springframework.data.redis.listener.RedisMessageListenerContainer;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;

import com.allocar.messaging.config.MessagingProperties;

/**
 * Plain WebSocket (no STOMP, no SockJS): each feature registers its own handler ({@code WebSocketConfigurer} in its
 * {@code web} package); this instance listens to the fan-out channel.
 */
@Configuration
@EnableWebSocket
class LiveConfiguration {

    @Bean
    RedisMessageListenerContainer liveListenerContainer(RedisConnectionFactory redis, LiveChannel channel) {
        var container = new RedisMessageListenerContainer();
        container.setConnectionFactory(redis);
        container.addMessageListener(channel, new ChannelTopic(LiveChannel.CHANNEL));
        container.setAutoStartup(false); // started by LiveSubscription, which does not fail the start-up on Redis
        return container;
    }

    @Bean
    LiveSubscription liveSubscription(RedisMessageListenerContainer liveListenerContainer) {
        return new LiveSubscription(liveListenerContainer);
    }

    /** The container's limits: a text frame larger than the setting is refused (close 1009) before it is read. */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer(MessagingProperties props) {
        var container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(props.sockets().maxFrameChars());
        container.setMaxBinaryMessageBufferSize(1024);
        return container;
    }
}
