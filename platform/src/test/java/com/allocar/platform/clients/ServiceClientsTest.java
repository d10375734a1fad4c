package com.allocar.platform.clients;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceKeys;
import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.platform.testing.TestServiceKeys;
import com.sun.net.httpserver.HttpServer;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.cloud.openfeign.EnableFeignClients;
import org.springframework.cloud.openfeign.FeignAutoConfiguration;
import org.springframework.cloud.openfeign.FeignClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The platform's service clients against a local HTTP peer that answers as our services do. */
class ServiceClientsTest {

    record Seat(UUID holdId, int seatsAvailable) {
    }

    record HoldRequest(UUID bookingId, int seats) {
    }

    @FeignClient(name = "trip-service", url = "${peer.url}")
    interface TripPeer {

        @Idempotent
        @GetMapping("/internal/holds/{id}")
        Seat hold(@PathVariable("id") UUID id);

        @PostMapping("/internal/holds")
        Seat create(@RequestBody HoldRequest body);
    }

    @Configuration
    @EnableFeignClients(clients = TripPeer.class)
    static class Client {

        @Bean
        ServiceTokens serviceTokens() {
            return new ServiceTokens(FleetService.BOOKING, ServiceKeys.privateKey(TestServiceKeys.privateKey(FleetService.BOOKING)),
                    Duration.ofSeconds(60), Clock.systemUTC());
        }
    }

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicReference<String> token = new AtomicReference<>();
    private final AtomicReference<String> body = new AtomicReference<>();
    private volatile int status = 200;
    private volatile String answer = "{}";

    @BeforeEach
    void peer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", ex -> {
            hits.incrementAndGet();
            token.set(ex.getRequestHeaders().getFirst(ServiceTokens.HEADER));
            body.set(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] out = answer.getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(status, out.length);
            ex.getResponseBody().write(out);
            ex.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private ApplicationContextRunner runner(String url) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, FeignAutoConfiguration.class,
                        PlatformClientsAutoConfiguration.class))
                .withUserConfiguration(Client.class)
                .withPropertyValues("peer.url=" + url, "spring.jackson.property-naming-strategy=SNAKE_CASE",
                        "allocar.clients.backoff=10ms", "allocar.clients.window=4", "allocar.clients.minimum-calls=4");
    }

    private ApplicationContextRunner runner() {
        return runner("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private void answer(int status, String json) {
        this.status = status;
        this.answer = json;
    }

    @Test
    void opens_the_data_envelope_writes_snake_case_and_signs_for_the_callee() {
        UUID id = UUID.randomUUID();
        answer(200, "{\"data\":{\"hold_id\":\"" + id + "\",\"seats_available\":2}}");
        runner().run(ctx -> {
            Seat seat = ctx.getBean(TripPeer.class).create(new HoldRequest(id, 1));
            assertThat(seat).isEqualTo(new Seat(id, 2));
            assertThat(body.get()).isEqualTo("{\"booking_id\":\"" + id + "\",\"seats\":1}");
            assertThat(TestServiceKeys.verifier(FleetService.TRIP).verify(token.get())).isEqualTo(FleetService.BOOKING);
        });
    }

    @Test
    void a_refusal_in_the_envelope_is_the_same_error_here() {
        answer(409, "{\"error\":{\"code\":\"booking_conflict\",\"message\":\"Not enough seats\",\"details\":{\"available\":1,\"requested\":3}}}");
        runner().run(ctx -> assertThatThrownBy(() -> ctx.getBean(TripPeer.class).create(new HoldRequest(UUID.randomUUID(), 3)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.BOOKING_CONFLICT);
                    assertThat(e.getMessage()).isEqualTo("Not enough seats");
                    assertThat(e.details()).containsEntry("available", 1).containsEntry("requested", 3);
                }));
    }

    @Test
    void the_peers_own_forbidden_rule_reaches_our_caller_as_forbidden() {
        answer(403, "{\"error\":{\"code\":\"forbidden\",\"message\":\"A driver cannot book a seat on their own trip\",\"details\":{}}}");
        runner().run(ctx -> assertThatThrownBy(() -> ctx.getBean(TripPeer.class).create(new HoldRequest(UUID.randomUUID(), 1)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.FORBIDDEN);
                    assertThat(e.getMessage()).isEqualTo("A driver cannot book a seat on their own trip");
                }));
    }

    @Test
    void our_credentials_refused_or_an_unreadable_failure_is_a_bad_gateway() {
        answer(401, "{\"error\":{\"code\":\"auth_required\",\"message\":\"no token\",\"details\":{}}}");
        runner().run(ctx -> assertThatThrownBy(() -> ctx.getBean(TripPeer.class).hold(UUID.randomUUID()))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_GATEWAY)));
        answer(500, "<html>boom</html>");
        runner().run(ctx -> assertThatThrownBy(() -> ctx.getBean(TripPeer.class).create(new HoldRequest(UUID.randomUUID(), 1)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_GATEWAY)));
        answer(200, "{\"data\":{\"hold_id\":\"not-a-uuid\"}}");
        runner().run(ctx -> assertThatThrownBy(() -> ctx.getBean(TripPeer.class).create(new HoldRequest(UUID.randomUUID(), 1)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.BAD_GATEWAY)));
    }

    @Test
    void an_outage_is_retried_only_on_idempotent_calls_then_answered_503() {
        answer(503, "{\"error\":{\"code\":\"service_unavailable\",\"message\":\"busy\",\"details\":{}}}");
        runner().run(ctx -> {
            assertThatThrownBy(() -> ctx.getBean(TripPeer.class).hold(UUID.randomUUID()))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
            assertThat(hits.get()).isEqualTo(3);
            assertThatThrownBy(() -> ctx.getBean(TripPeer.class).create(new HoldRequest(UUID.randomUUID(), 1)))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
            assertThat(hits.get()).isEqualTo(4);
        });
    }

    @Test
    void an_unreachable_peer_is_503_and_opens_the_breaker() throws IOException {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        runner("http://127.0.0.1:" + closed).run(ctx -> {
            TripPeer trip = ctx.getBean(TripPeer.class);
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> trip.create(new HoldRequest(UUID.randomUUID(), 1)))
                        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
            }
            CircuitBreaker breaker = ctx.getBean(CircuitBreakerRegistry.class).circuitBreaker("trip-service");
            assertThat(breaker.getState()).isEqualTo(CircuitBreaker.State.OPEN);
            assertThatThrownBy(() -> trip.hold(UUID.randomUUID()))
                    .isInstanceOfSatisfying(PeerUnavailable.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.SERVICE_UNAVAILABLE));
        });
    }

    @Test
    void a_refusal_is_the_peer_working_and_never_opens_the_breaker() {
        answer(404, "{\"error\":{\"code\":\"not_found\",\"message\":\"Hold not found\",\"details\":{}}}");
        runner().run(ctx -> {
            for (int i = 0; i < 6; i++) {
                assertThatThrownBy(() -> ctx.getBean(TripPeer.class).hold(UUID.randomUUID()))
                        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.NOT_FOUND));
            }
            assertThat(hits.get()).isEqualTo(6);
            assertThat(ctx.getBean(CircuitBreakerRegistry.class).circuitBreaker("trip-service").getState())
                    .isEqualTo(CircuitBreaker.State.CLOSED);
        });
    }
}
