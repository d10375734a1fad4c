package com.allocar.booking.trip;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.allocar.booking.trip.TripServiceClient.HoldRequest;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.clients.PlatformClientsAutoConfiguration;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceKeys;
import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.platform.testing.TestServiceKeys;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The client of trip-service's internal API against real sockets: error translation, retry and the circuit breaker. */
class TripServiceClientTest {

    @Configuration
    @EnableFeignClients(clients = TripServiceClient.class)
    static class Client {

        @Bean
        ServiceTokens serviceTokens() {
            return new ServiceTokens(FleetService.BOOKING, ServiceKeys.privateKey(TestServiceKeys.privateKey(FleetService.BOOKING)),
                    Duration.ofSeconds(60), Clock.systemUTC());
        }
    }

    private static ApplicationContextRunner runner(String baseUrl) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, FeignAutoConfiguration.class,
                        PlatformClientsAutoConfiguration.class))
                .withUserConfiguration(Client.class)
                .withPropertyValues("allocar.booking.trip-service.base-url=" + baseUrl, "spring.jackson.property-naming-strategy=SNAKE_CASE",
                        "spring.jackson.datatype.enum.write-enums-to-lowercase=true", "allocar.clients.backoff=10ms",
                        "spring.cloud.openfeign.client.config.trip-service.connect-timeout=500",
                        "spring.cloud.openfeign.client.config.trip-service.read-timeout=2000");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static CircuitBreaker.State breakerState(org.springframework.context.ApplicationContext ctx) {
        return ctx.getBean("serviceClientBreakers", CircuitBreakerRegistry.class).circuitBreaker("trip-service").getState();
    }

    private static HttpServer answering(int status, String json, AtomicInteger hits, AtomicReference<String> body) throws IOException {
        byte[] out = json.getBytes(StandardCharsets.UTF_8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            body.set(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            // trip-service's own check: a token of booking-service, for trip-service
            assertThat(TestServiceKeys.verifier(FleetService.TRIP).verify(exchange.getRequestHeaders().getFirst(ServiceTokens.HEADER)))
                    .isEqualTo(FleetService.BOOKING);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        });
        server.start();
        return server;
    }

    private static String url(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Test
    void anUnreachableTripServiceIsUnavailableAndOpensTheBreaker() throws IOException {
        runner("http://127.0.0.1:" + closedPort()).run(ctx -> {
            TripServiceClient c = ctx.getBean(TripServiceClient.class);
            for (int i = 0; i < 10; i++) {
                assertThatThrownBy(() -> c.trip(UUID.randomUUID())).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.code().code()).isEqualTo("service_unavailable"));
            }
            assertThat(breakerState(ctx)).isEqualTo(CircuitBreaker.State.OPEN);
            assertThatThrownBy(() -> c.hold(UUID.randomUUID(), new HoldRequest(UUID.randomUUID(), UUID.randomUUID(), 1, 60)))
                    .isInstanceOfSatisfying(ApiException.class, e -> {
                        assertThat(e.code().code()).isEqualTo("service_unavailable");
                        assertThat(e.getMessage()).contains("retry shortly");
                    });
        });
    }

    @Test
    void refusalsComeBackAsTheSameErrorAndDoNotOpenTheBreaker() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        AtomicReference<String> body = new AtomicReference<>();
        HttpServer server = answering(409, """
                {"error":{"code":"booking_conflict","message":"Not enough seats available","details":{"available":1,"requested":3}}}""",
                hits, body);
        try {
            runner(url(server)).run(ctx -> {
                TripServiceClient c = ctx.getBean(TripServiceClient.class);
                for (int i = 0; i < 15; i++) {
                    assertThatThrownBy(() -> c.hold(UUID.randomUUID(), new HoldRequest(UUID.randomUUID(), UUID.randomUUID(), 3, 60)))
                            .isInstanceOfSatisfying(ApiException.class, e -> {
                                assertThat(e.code().code()).isEqualTo("booking_conflict");
                                assertThat(e.getMessage()).isEqualTo("Not enough seats available");
                                assertThat(e.details()).containsEntry("available", 1).containsEntry("requested", 3);
                            });
                }
                assertThat(hits.get()).isEqualTo(15); // a refusal is never retried
                assertThat(breakerState(ctx)).isEqualTo(CircuitBreaker.State.CLOSED);
            });
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aFailureOfTripServiceOrARefusalOfOurTokenIsABadGateway() throws IOException {
        for (String answer : new String[] {"500|<html>boom</html>",
                "401|{\"error\":{\"code\":\"auth_required\",\"message\":\"no token\",\"details\":{}}}"}) {
            String[] parts = answer.split("\\|", 2);
            HttpServer server = answering(Integer.parseInt(parts[0]), parts[1], new AtomicInteger(), new AtomicReference<>());
            try {
                runner(url(server)).run(ctx -> assertThatThrownBy(() -> ctx.getBean(TripServiceClient.class).confirm(UUID.randomUUID()))
                        .as(answer).isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code().code()).isEqualTo("bad_gateway")));
            } finally {
                server.stop(0);
            }
        }
    }

    /** trip's own rule on the member's action (a driver holding a seat on their own trip) reaches our caller as is. */
    @Test
    void tripsForbiddenRuleIsTheMembersForbidden() throws IOException {
        HttpServer server = answering(403, "{\"error\":{\"code\":\"forbidden\",\"message\":\"A driver cannot book a seat on their own trip\","
                + "\"details\":{}}}", new AtomicInteger(), new AtomicReference<>());
        try {
            runner(url(server)).run(ctx -> assertThatThrownBy(() -> ctx.getBean(TripServiceClient.class).confirm(UUID.randomUUID()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code().code()).isEqualTo("forbidden")));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void theReleaseSendsTripsWireNameAndAFailedQuietReleaseIsSwallowed() throws IOException {
        AtomicInteger hits = new AtomicInteger();
        AtomicReference<String> body = new AtomicReference<>();
        UUID hold = UUID.randomUUID();
        HttpServer server = answering(200, "{\"data\":{\"hold_id\":\"" + hold + "\",\"status\":\"released\",\"seats\":1,"
                + "\"seats_available\":3}}", hits, body);
        try {
            runner(url(server)).run(ctx -> {
                TripServiceClient c = ctx.getBean(TripServiceClient.class);
                assertThat(c.release(hold, new TripServiceClient.ReleaseRequest(HoldReleaseReason.BOOKING_NOT_CREATED)).holdId())
                        .isEqualTo(hold);
                assertThat(body.get()).isEqualTo("{\"reason\":\"booking_not_created\"}");
            });
        } finally {
            server.stop(0);
        }
        runner("http://127.0.0.1:" + closedPort()).run(ctx -> ctx.getBean(TripServiceClient.class)
                .releaseQuietly(UUID.randomUUID(), HoldReleaseReason.PASSENGER_CANCELLED));
    }
}
