package com.allocar.gateway.socket;

import java.util.UUID;

import com.allocar.gateway.support.JwksServer;
import com.allocar.gateway.support.Ports;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** messaging-service is down (nothing listens on its port): a socket handshake gets a clean refusal, not a 500 or a hang. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.data.redis.database=1")
class SocketToADeadServiceIT {

    private static final int DEAD = Ports.closedPort();
    private static final JwksServer KEYS = JwksServer.start();

    @DynamicPropertySource
    static void deadSocketService(DynamicPropertyRegistry registry) {
        registry.add("allocar.gateway.services.messaging", () -> "http://127.0.0.1:" + DEAD);
        registry.add("allocar.security.jwks-uri", KEYS::jwksUri);
    }

    @LocalServerPort
    int port;

    @Test
    void aSocketToADeadServiceIsRefusedBeforeTheUpgrade() throws Exception {
        String answer = RawHandshake.answer(port, "/ws/bookings/" + UUID.randomUUID(), KEYS.token(UUID.randomUUID().toString()));
        assertThat(answer).startsWith("HTTP/1.1 503").contains("\"code\":\"service_unavailable\"").contains("\"service\":\"messaging\"");
    }
}
