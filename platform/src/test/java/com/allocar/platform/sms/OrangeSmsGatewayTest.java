package com.allocar.platform.sms;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The Orange adapter against a local server that checks what arrives the way Orange reads it. */
class OrangeSmsGatewayTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PHONE = "+2250701020304";

    private FakeOrange orange;
    private MutableClock clock;

    @BeforeEach
    void start() throws IOException {
        orange = new FakeOrange();
        clock = new MutableClock(Instant.parse("2027-01-15T07:30:00Z"));
    }

    @AfterEach
    void stop() {
        orange.close();
    }

    private OrangeSmsGateway gateway(String baseUrl, Duration readTimeout) {
        return new OrangeSmsGateway(new SmsProperties(baseUrl, "my-client", "my-secret", "tel:+2250000", "AlloCar",
                Duration.ofSeconds(1), readTimeout), clock);
    }

    private OrangeSmsGateway gateway() {
        return gateway(orange.url() + "/", Duration.ofSeconds(2));
    }

    @Test
    void asks_a_token_with_basic_client_credentials_then_sends_to_the_once_encoded_sender_path() {
        String id = gateway().send(PHONE, "Votre code AlloCar : 123456");

        assertThat(orange.received).hasSize(2);
        FakeOrange.Received token = orange.received.get(0);
        assertThat(token.method()).isEqualTo("POST");
        assertThat(token.rawPath()).isEqualTo("/oauth/v3/token");
        assertThat(token.header("Authorization")).isEqualTo("Basic "
                + Base64.getEncoder().encodeToString("my-client:my-secret".getBytes()));
        assertThat(token.header("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(token.header("Accept")).isEqualTo("application/json");
        assertThat(token.body()).isEqualTo("grant_type=client_credentials");

        FakeOrange.Received send = orange.received.get(1);
        assertThat(send.method()).isEqualTo("POST");
        assertThat(send.rawPath()).isEqualTo("/smsmessaging/v1/outbound/tel%3A%2B2250000/requests");
        assertThat(send.header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(send.header("Content-Type")).startsWith("application/json");
        JsonNode body = JSON.readTree(send.body());
        assertThat(body.toString()).isEqualTo("{\"outboundSMSMessageRequest\":{\"address\":\"tel:+2250701020304\","
                + "\"senderAddress\":\"tel:+2250000\",\"senderName\":\"AlloCar\","
                + "\"outboundSMSTextMessage\":{\"message\":\"Votre code AlloCar : 123456\"}}}");
        assertThat(id).as("the last segment of resourceURL").isEqualTo("req-2");
    }

    @Test
    void no_sender_name_when_none_is_configured() {
        new OrangeSmsGateway(new SmsProperties(orange.url(), "c", "s", "tel:+2250000", " ", Duration.ofSeconds(1),
                Duration.ofSeconds(2)), clock).send(PHONE, "hi");
        assertThat(JSON.readTree(orange.to(FakeOrange.SEND_PATH).getFirst().body()).path("outboundSMSMessageRequest")
                .has("senderName")).isFalse();
    }

    @Test
    void the_token_is_fetched_once_for_many_messages_and_again_shortly_before_it_expires() {
        OrangeSmsGateway gateway = gateway();
        for (int i = 0; i < 20; i++) {
            gateway.send(PHONE, "message " + i);
        }
        assertThat(orange.to(OrangeSmsGateway.TOKEN_PATH)).hasSize(1);

        clock.advance(Duration.ofSeconds(3600).minus(OrangeTokens.MARGIN).minusSeconds(1));
        gateway.send(PHONE, "still the first token");
        assertThat(orange.to(OrangeSmsGateway.TOKEN_PATH)).hasSize(1);

        clock.advance(Duration.ofSeconds(1));
        gateway.send(PHONE, "within a minute of expiry");
        assertThat(orange.to(OrangeSmsGateway.TOKEN_PATH)).hasSize(2);
        assertThat(orange.to(FakeOrange.SEND_PATH).getLast().header("Authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void concurrent_first_messages_share_one_token_request() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger tokenCalls = new AtomicInteger();
        orange.answer(OrangeSmsGateway.TOKEN_PATH, r -> {
            tokenCalls.incrementAndGet();
            try {
                release.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FakeOrange.Reply(200, "{\"token_type\":\"Bearer\",\"access_token\":\"shared\",\"expires_in\":\"3600\"}");
        });
        OrangeSmsGateway gateway = gateway();
        List<Thread> senders = new ArrayList<>();
        List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
        for (int i = 0; i < 12; i++) {
            int n = i;
            senders.add(Thread.ofPlatform().start(() -> {
                try {
                    gateway.send(PHONE, "concurrent " + n);
                } catch (Throwable e) {
                    errors.add(e);
                }
            }));
        }
        // the token request is held until every sender waits: one on its answer, the others on the lock
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (senders.stream().filter(t -> t.getState() == Thread.State.WAITING).count() < senders.size()
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        release.countDown();
        for (Thread t : senders) {
            t.join(10_000);
        }
        assertThat(errors).isEmpty();
        assertThat(tokenCalls.get()).isEqualTo(1);
        assertThat(orange.to(FakeOrange.SEND_PATH)).hasSize(12)
                .allSatisfy(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer shared"));
    }

    @Test
    void a_401_on_send_refreshes_the_token_once_and_sends_again() {
        OrangeSmsGateway gateway = gateway();
        gateway.send(PHONE, "warm up");
        AtomicInteger sends = new AtomicInteger();
        orange.answer(FakeOrange.SEND_PATH, r -> sends.incrementAndGet() == 1
                ? new FakeOrange.Reply(401, "{\"code\":42,\"message\":\"Expired credentials\",\"description\":\"The requested service needs credentials, and the ones provided were out-of-date.\"}")
                : new FakeOrange.Reply(201, "{\"outboundSMSMessageRequest\":{\"resourceURL\":\"http://x/requests/after-refresh\"}}"));

        assertThat(gateway.send(PHONE, "hi")).isEqualTo("after-refresh");
        assertThat(orange.to(OrangeSmsGateway.TOKEN_PATH)).hasSize(2);
        List<FakeOrange.Received> sent = orange.to(FakeOrange.SEND_PATH);
        assertThat(sent.get(1).header("Authorization")).isEqualTo("Bearer token-1");
        assertThat(sent.get(2).header("Authorization")).isEqualTo("Bearer token-2");
    }

    @Test
    void a_401_with_a_fresh_token_too_is_transient_after_a_single_refresh() {
        orange.answer(FakeOrange.SEND_PATH, r -> new FakeOrange.Reply(401, "{\"code\":42,\"message\":\"Expired credentials\"}"));
        assertThatThrownBy(() -> gateway().send(PHONE, "hi"))
                .isInstanceOfSatisfying(SmsUnavailable.class, e -> assertThat(e.permanent()).isFalse())
                .hasMessageContaining("401").hasMessageContaining("42 Expired credentials");
        assertThat(orange.to(OrangeSmsGateway.TOKEN_PATH)).hasSize(2);
        assertThat(orange.to(FakeOrange.SEND_PATH)).hasSize(2);
    }

    @Test
    void a_400_is_the_messages_fault_and_permanent() {
        orange.answer(FakeOrange.SEND_PATH, r -> new FakeOrange.Reply(400, "{\"requestError\":{\"serviceException\":"
                + "{\"messageId\":\"SVC0002\",\"text\":\"Invalid input value for message part %1\",\"variables\":\"address\"}}}"));
        assertThatThrownBy(() -> gateway().send("+22507", "hi"))
                .isInstanceOfSatisfying(SmsRejected.class, e -> assertThat(e.permanent()).isTrue())
                .hasMessageContaining("SVC0002 Invalid input value for message part address");
        assertThat(orange.to(FakeOrange.SEND_PATH)).as("not sent again").hasSize(1);
    }

    @Test
    void a_403_and_a_5xx_are_transient() {
        orange.answer(FakeOrange.SEND_PATH, r -> new FakeOrange.Reply(403, "{\"requestError\":{\"policyException\":"
                + "{\"messageId\":\"POL0001\",\"text\":\"A policy error occurred: %1\",\"variables\":[\"no units left\"]}}}"));
        OrangeSmsGateway gateway = gateway();
        assertThatThrownBy(() -> gateway.send(PHONE, "hi")).isInstanceOf(SmsUnavailable.class)
                .hasMessageContaining("403").hasMessageContaining("POL0001 A policy error occurred: no units left");
        orange.answer(FakeOrange.SEND_PATH, r -> new FakeOrange.Reply(503, "<html>Service Unavailable</html>"));
        assertThatThrownBy(() -> gateway.send(PHONE, "hi")).isInstanceOf(SmsUnavailable.class)
                .hasMessageContaining("503").hasMessageContaining("<html>Service Unavailable</html>");
    }

    @Test
    void a_refused_connection_and_a_silent_server_are_transient() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        assertThatThrownBy(() -> gateway("http://127.0.0.1:" + closed, Duration.ofSeconds(1)).send(PHONE, "hi"))
                .isInstanceOf(SmsUnavailable.class).hasMessageContaining("unreachable");

        CountDownLatch never = new CountDownLatch(1);
        orange.answer(FakeOrange.SEND_PATH, r -> {
            try {
                never.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new FakeOrange.Reply(201, "{}");
        });
        long start = System.nanoTime();
        assertThatThrownBy(() -> gateway(orange.url(), Duration.ofMillis(300)).send(PHONE, "hi"))
                .isInstanceOf(SmsUnavailable.class).hasMessageContaining("unreachable");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
        never.countDown();
    }

    @Test
    void refused_credentials_are_transient_and_send_nothing() {
        orange.answer(OrangeSmsGateway.TOKEN_PATH, r -> new FakeOrange.Reply(401,
                "{\"error\":\"invalid_client\",\"error_description\":\"Unknown client 'my-client'\"}"));
        assertThatThrownBy(() -> gateway().send(PHONE, "hi")).isInstanceOf(SmsUnavailable.class)
                .hasMessageContaining("invalid_client Unknown client 'my-client'");
        assertThat(orange.to(FakeOrange.SEND_PATH)).isEmpty();
    }

    @Test
    void a_token_answer_without_a_usable_expiry_is_refused() {
        orange.answer(OrangeSmsGateway.TOKEN_PATH, r -> new FakeOrange.Reply(200,
                "{\"token_type\":\"Bearer\",\"access_token\":\"t\",\"expires_in\":\"soon\"}"));
        assertThatThrownBy(() -> gateway().send(PHONE, "hi")).isInstanceOf(SmsUnavailable.class)
                .hasMessageContaining("expires_in");
    }

    @Test
    void the_balance_adds_up_the_active_contracts() {
        orange.answer(OrangeSmsGateway.CONTRACTS_PATH, r -> "Bearer token-1".equals(r.header("Authorization"))
                ? new FakeOrange.Reply(200, "[{\"id\":\"c1\",\"country\":\"CIV\",\"offerName\":\"SMS_OCB\",\"availableUnits\":120,"
                        + "\"status\":\"ACTIVE\",\"expirationDate\":\"2027-03-01T00:00:00.000Z\"},"
                        + "{\"id\":\"c2\",\"country\":\"CIV\",\"availableUnits\":30,\"status\":\"ACTIVE\",\"expirationDate\":\"2027-02-01T00:00:00Z\"},"
                        + "{\"id\":\"c3\",\"country\":\"CIV\",\"availableUnits\":999,\"status\":\"EXPIRED\"}]")
                : new FakeOrange.Reply(401, "{\"code\":42,\"message\":\"Expired credentials\"}"));
        SmsBalance balance = gateway().balance();
        assertThat(balance).isEqualTo(new SmsBalance(150, Instant.parse("2027-02-01T00:00:00Z")));
        FakeOrange.Received get = orange.to(OrangeSmsGateway.CONTRACTS_PATH).getFirst();
        assertThat(get.method()).isEqualTo("GET");
    }

    @Test
    void settings_that_cannot_work_fail_at_start() {
        assertThatThrownBy(() -> new OrangeSmsGateway(new SmsProperties(orange.url(), "c", "", "tel:+2250000", null,
                Duration.ofSeconds(1), Duration.ofSeconds(1)))).hasMessageContaining("allocar.sms.client-secret");
        assertThatThrownBy(() -> new OrangeSmsGateway(new SmsProperties(orange.url(), "c", "s", "+2250000", null,
                Duration.ofSeconds(1), Duration.ofSeconds(1)))).hasMessageContaining("allocar.sms.sender-address");
    }

    /** A clock the test moves. */
    static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
