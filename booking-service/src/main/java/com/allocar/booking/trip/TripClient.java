package com.allocar.booking.trip;

import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.allocar.booking.config.BookingProperties;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

/**
 * trip-service's internal API, as booking-service uses it (seat holds, trip facts, start / end of the ride).
 * Its answers are read into our own small records (the contract is JSON, not trip's classes). A 4xx from
 * trip-service comes back as the same error (code, message, details) — e.g. {@code booking_conflict}
 * {available, requested}; an unreachable trip-service is {@code service_unavailable}. Every call here is
 * idempotent on trip's side, so callers may repeat them.
 */
@Component
public class TripClient {

    private static final Logger log = LoggerFactory.getLogger(TripClient.class);

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TripFacts(UUID id, UUID driverId, String status, Instant departureTime, BigDecimal pricePerSeat, String currency,
                            int seatsTotal, int seatsAvailable, boolean allowAutoAccept, String originText, String destinationText) {
    }

    /** @param trip the trip after the hold (only in the answer of {@link #hold}) */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Hold(UUID holdId, UUID tripId, UUID bookingId, UUID passengerId, int seats, String status, Instant expiresAt,
                       int seatsAvailable, TripFacts trip) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Data<T>(T data) {
    }

    private final RestClient http;
    private final JsonMapper json;
    /**
     * Opens after half of the last 20 calls (at least 10) failed for an outage, so a down trip-service costs a client
     * 503 at once instead of a timeout each; probes again after 5 s. A refusal (booking_conflict, not_found…) is
     * trip-service working, not failing: it does not count.
     */
    private final CircuitBreaker breaker = CircuitBreaker.of("trip-service", CircuitBreakerConfig.custom()
            .slidingWindowSize(20).minimumNumberOfCalls(10).failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofSeconds(5)).permittedNumberOfCallsInHalfOpenState(3)
            .recordException(e -> !(e instanceof ApiException a) || a.code().status() >= 500)
            .build());

    TripClient(RestClient.Builder builder, BookingProperties props, ServiceTokens tokens, JsonMapper json) {
        var factory = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(props.tripService().connectTimeout()).build());
        factory.setReadTimeout(props.tripService().readTimeout());
        this.json = json;
        this.http = builder.requestFactory(factory)
                .baseUrl(props.tripService().baseUrl())
                .requestInterceptor(tokens.interceptor(FleetService.TRIP))
                .defaultStatusHandler(s -> s.isError(), (req, res) -> {
                    throw translate(res.getStatusCode().value(), res.getBody().readAllBytes());
                })
                .build();
    }

    public TripFacts trip(UUID tripId) {
        return call(() -> http.get().uri("/internal/trips/{id}", tripId).retrieve().body(new ParameterizedTypeReference<Data<TripFacts>>() { }));
    }

    public Hold hold(UUID tripId, UUID bookingId, UUID passengerId, int seats, int ttlSeconds) {
        Map<String, Object> body = Map.of("booking_id", bookingId, "passenger_id", passengerId, "seats", seats, "ttl_seconds", ttlSeconds);
        return call(() -> http.post().uri("/internal/trips/{id}/holds", tripId).body(body).retrieve()
                .body(new ParameterizedTypeReference<Data<Hold>>() { }));
    }

    public Hold confirm(UUID holdId) {
        return call(() -> http.post().uri("/internal/holds/{id}/confirm", holdId).retrieve().body(new ParameterizedTypeReference<Data<Hold>>() { }));
    }

    public Hold release(UUID holdId, String reason) {
        return call(() -> http.post().uri("/internal/holds/{id}/release", holdId).body(Map.of("reason", reason)).retrieve()
                .body(new ParameterizedTypeReference<Data<Hold>>() { }));
    }

    /** Best effort (a compensation): a failure is logged; the hold then runs out on its own. */
    public void releaseQuietly(UUID holdId, String reason) {
        try {
            release(holdId, reason);
        } catch (RuntimeException e) {
            log.warn("could not release hold {} ({}); it will expire: {}", holdId, reason, e.toString());
        }
    }

    public TripFacts start(UUID tripId) {
        return call(() -> http.post().uri("/internal/trips/{id}/start", tripId).retrieve().body(new ParameterizedTypeReference<Data<TripFacts>>() { }));
    }

    public TripFacts complete(UUID tripId) {
        return call(() -> http.post().uri("/internal/trips/{id}/complete", tripId).retrieve()
                .body(new ParameterizedTypeReference<Data<TripFacts>>() { }));
    }

    private <T> T call(java.util.function.Supplier<Data<T>> call) {
        try {
            return breaker.executeSupplier(() -> unwrap(call));
        } catch (CallNotPermittedException e) {
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "trip-service is unavailable, please retry shortly");
        }
    }

    CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    private <T> T unwrap(java.util.function.Supplier<Data<T>> call) {
        try {
            Data<T> d = call.get();
            if (d == null || d.data() == null) {
                throw new ApiException(ErrorCode.BAD_GATEWAY, "trip-service answered without data");
            }
            return d.data();
        } catch (ResourceAccessException e) {
            throw new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "trip-service is unavailable, please retry");
        }
    }

    /** trip-service's error envelope becomes the same error here; 5xx are a bad gateway, not our client's fault. */
    private ApiException translate(int status, byte[] body) {
        if (status >= 500) {
            return new ApiException(ErrorCode.BAD_GATEWAY, "trip-service failed (" + status + ")");
        }
        try {
            JsonNode error = json.readTree(body).path("error");
            ErrorCode code = ErrorCode.valueOf(error.path("code").asString().toUpperCase(Locale.ROOT));
            @SuppressWarnings("unchecked")
            Map<String, Object> details = error.has("details") ? json.convertValue(error.get("details"), Map.class) : Map.of();
            if (code == ErrorCode.AUTH_REQUIRED || code == ErrorCode.VALIDATION_ERROR) {
                // our request was wrong (token, body): a bug of ours, not something the client can fix
                log.error("trip-service refused our call: {} {}", code, error);
                return new ApiException(ErrorCode.BAD_GATEWAY, "trip-service refused the call");
            }
            return new ApiException(code, error.path("message").asString(), details);
        } catch (RuntimeException e) {
            return new ApiException(ErrorCode.BAD_GATEWAY, "trip-service answered " + status);
        }
    }
}
