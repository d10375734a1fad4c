package com.allocar.booking.trip;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import com.allocar.booking.config.BookingProperties;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceKeys;
import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.platform.testing.TestServiceKeys;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.client.RestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client of trip-service's internal API against real sockets: error translation and the circuit breaker. */
class TripClientBreakerTest {

    private static TripClient client(String baseUrl) {
        var props = new BookingProperties(Duration.ofMinutes(30), Duration.ofSeconds(30),
                new BookingProperties.TripService(baseUrl, Duration.ofMillis(500), Duration.ofSeconds(2)),
                new BookingProperties.AntiFraud(5, Duration.ofHours(24)),
                new BookingProperties.Cancellation(Duration.ofHours(24), java.math.BigDecimal.TEN, Duration.ofHours(24),
                        java.math.BigDecimal.TEN, 10, java.math.BigDecimal.TEN));
        JsonMapper json = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
        return new TripClient(RestClient.builder(), props, new ServiceTokens(FleetService.BOOKING,
                ServiceKeys.privateKey(TestServiceKeys.privateKey(FleetService.BOOKING)), Duration.ofSeconds(60), Clock.systemUTC()), json);
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void anUnreachableTripServiceIsUnavailableAndOpensTheBreaker() throws IOException {
        TripClient c = client("http://127.0.0.1:" + closedPort());
        for (int i = 0; i < 10; i++) {
            assertThatThrownBy(() -> c.trip(UUID.randomUUID())).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.code().code()).isEqualTo("service_unavailable"));
        }
        assertThat(c.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThatThrownBy(() -> c.hold(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 1, 60))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getMessage()).contains("retry shortly"));
    }

    @Test
    void refusalsComeBackAsTheSameErrorAndDoNotOpenTheBreaker() throws IOException {
        byte[] body = """
                {"error":{"code":"booking_conflict","message":"Not enough seats available","details":{"available":1,"requested":3}}}"""
                .getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            // trip-service's own check: a token of booking-service, for trip-service
            assertThat(TestServiceKeys.verifier(FleetService.TRIP).verify(exchange.getRequestHeaders().getFirst(ServiceTokens.HEADER)))
                    .isEqualTo(FleetService.BOOKING);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(409, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            TripClient c = client("http://127.0.0.1:" + server.getAddress().getPort());
            for (int i = 0; i < 15; i++) {
                assertThatThrownBy(() -> c.hold(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), 3, 60))
                        .isInstanceOfSatisfying(ApiException.class, e -> {
                            assertThat(e.code().code()).isEqualTo("booking_conflict");
                            assertThat(e.getMessage()).isEqualTo("Not enough seats available");
                            assertThat(e.details()).containsEntry("available", 1).containsEntry("requested", 3);
                        });
            }
            assertThat(c.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
        } finally {
            server.stop(0);
        }
    }
}
