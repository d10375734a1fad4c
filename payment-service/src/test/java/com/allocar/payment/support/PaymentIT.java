package com.allocar.payment.support;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.devstack.providers.FakeWave;
import com.allocar.payment.fakes.FakeBookingService;
import com.allocar.payment.fakes.FakeWallet;
import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.KafkaProbe;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestServiceKeys;
import com.allocar.platform.testing.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Base of payment-service's integration tests: the real service on a random port against real PostgreSQL and
 * Kafka; booking-service, wallet-service and the providers are local fake HTTP servers that check requests the
 * way the real ones do. Access tokens are signed by {@link TestTokens} (identity's role).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class PaymentIT {

    public static final String WAVE_KEY = "wave_sn_prod_it_key";
    public static final String WAVE_SECRET = "wave_sn_WHS_it_secret";

    protected static final FakeBookingService BOOKINGS = FakeBookingService.create();
    protected static final FakeWallet WALLET = FakeWallet.create();
    protected static final FakeWave WAVE = ProviderFakes.WAVE;

    @DynamicPropertySource
    static void fakes(DynamicPropertyRegistry registry) {
        registry.add("allocar.security.jwks-uri", () -> TestTokens.get().jwksUri());
        registry.add("allocar.payment.booking-base-url", BOOKINGS::baseUrl);
        registry.add("allocar.payment.wallet-base-url", WALLET::baseUrl);
        ProviderFakes.register(registry);
        TestServiceKeys.register(registry, FleetService.PAYMENT);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    @BeforeEach
    void pointWebhooksHere() {
        ProviderFakes.pointAt(this::url);
    }

    protected String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    protected TestHttp http() {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    protected static String[] auth(UUID user) {
        return new String[] {"Authorization", TestHttp.bearer(TestTokens.get().accessToken(user))};
    }

    protected static String[] authIdem(UUID user, String key) {
        return new String[] {"Authorization", TestHttp.bearer(TestTokens.get().accessToken(user)), "Idempotency-Key", key};
    }

    /** admin-service calling payment-service's internal API (payments list, promos, payout runs). */
    protected static String[] asAdmin() {
        return TestServiceKeys.header(FleetService.ADMIN, FleetService.PAYMENT);
    }

    /** wallet-service calling payment-service's internal API (topups). */
    protected static String[] asWallet() {
        return TestServiceKeys.header(FleetService.WALLET, FleetService.PAYMENT);
    }

    /** An accepted booking of {@code passenger}: 2 seats × 6000 XOF. */
    protected UUID acceptedBooking(UUID passenger) {
        return BOOKINGS.booking(passenger, UUID.randomUUID(), "accepted", 2, 6000);
    }

    protected TestHttp.Response init(UUID passenger, UUID booking, String method) {
        return init(passenger, booking, method, null, null);
    }

    protected TestHttp.Response init(UUID passenger, UUID booking, String method, String promo, String msisdn) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("booking_id", booking.toString());
        body.put("method", method);
        if (promo != null) {
            body.put("promo_code", promo);
        }
        if (msisdn != null) {
            body.put("msisdn", msisdn);
        }
        return http().post("/api/v1/payments/init", body, authIdem(passenger, UUID.randomUUID().toString()));
    }

    /** A Wave payment started for a fresh accepted booking; returns init's data. */
    protected JsonNode waveInit(UUID passenger, UUID booking) {
        var r = init(passenger, booking, "wave");
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.data();
    }

    protected String status(String paymentId) {
        return jdbc.sql("SELECT status FROM payments WHERE id = ?::uuid").param(paymentId).query(String.class).single();
    }

    protected long outboxCount(String paymentId, String type) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND type = ?").params(paymentId, type).query(Long.class).single();
    }

    protected static List<ConsumerRecord<String, String>> events(String key) {
        return KafkaProbe.recordsWithKey(TestInfra.KAFKA, "payment.payments", key, Duration.ofSeconds(2));
    }

    protected static String type(ConsumerRecord<String, String> r) {
        return new String(r.headers().lastHeader("event_type").value());
    }

    protected static JsonNode payload(ConsumerRecord<String, String> r) {
        return TestHttp.json().readTree(r.value()).path("payload");
    }
}
