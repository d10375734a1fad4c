package com.allocar.devstack;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Base64;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The fake Orange SMS API's rules that need a clock or a small contract, without a server. */
class FakeOrangeSmsTest {

    private static final String SEND = "/smsmessaging/v1/outbound/tel%3A%2B2250000/requests";
    private static final String BASE = "http://127.0.0.1:1";

    private final MovingClock clock = new MovingClock();
    private final SmsStore store = new SmsStore();

    private FakeOrangeSms fake(long units) {
        return new FakeOrangeSms(store, "client", "secret", clock, units);
    }

    private static String token(FakeOrangeSms fake) {
        FakeOrangeSms.Answer answer = fake.answer("POST", FakeOrangeSms.TOKEN_PATH,
                "Basic " + Base64.getEncoder().encodeToString("client:secret".getBytes(StandardCharsets.UTF_8)),
                "application/x-www-form-urlencoded", "grant_type=client_credentials".getBytes(StandardCharsets.UTF_8), BASE);
        assertThat(answer.status()).isEqualTo(200);
        return answer.body().get("access_token").stringValue();
    }

    private static FakeOrangeSms.Answer send(FakeOrangeSms fake, String token, String text) {
        String body = "{\"outboundSMSMessageRequest\":{\"address\":\"tel:+2250701020304\",\"senderAddress\":\"tel:+2250000\","
                + "\"outboundSMSTextMessage\":{\"message\":\"" + text + "\"}}}";
        return fake.answer("POST", SEND, "Bearer " + token, "application/json", body.getBytes(StandardCharsets.UTF_8), BASE);
    }

    @Test
    void a_token_works_for_an_hour_then_answers_expired_credentials() {
        FakeOrangeSms fake = fake(10);
        String token = token(fake);
        clock.advance(FakeOrangeSms.TOKEN_LIFETIME.minusSeconds(1));
        assertThat(send(fake, token, "still valid").status()).isEqualTo(201);
        clock.advance(Duration.ofSeconds(1));
        FakeOrangeSms.Answer expired = send(fake, token, "too late");
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body().get("code").asInt()).isEqualTo(42);
        assertThat(expired.body().get("message").stringValue()).isEqualTo("Expired credentials");
        assertThat(send(fake, token(fake), "fresh token").status()).isEqualTo(201);
    }

    @Test
    void every_sms_takes_a_unit_and_an_empty_contract_refuses_with_a_403() {
        FakeOrangeSms fake = fake(2);
        String token = token(fake);
        assertThat(units(fake, token)).isEqualTo(2);
        assertThat(send(fake, token, "one").status()).isEqualTo(201);
        assertThat(units(fake, token)).isEqualTo(1);
        assertThat(send(fake, token, "two").status()).isEqualTo(201);
        FakeOrangeSms.Answer refused = send(fake, token, "three");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().at("/requestError/policyException/messageId").stringValue()).isEqualTo("POL0001");
        assertThat(units(fake, token)).isZero();
        assertThat(store.list(null)).extracting(SmsStore.Sms::text).containsExactly("two", "one");
    }

    @Test
    void the_contract_reads_like_orange_s() {
        FakeOrangeSms fake = fake(5);
        FakeOrangeSms.Answer answer = fake.answer("GET", FakeOrangeSms.CONTRACTS_PATH, "Bearer " + token(fake), null, new byte[0], BASE);
        JsonNode contract = answer.body().get(0);
        assertThat(contract.get("country").stringValue()).isEqualTo("CIV");
        assertThat(contract.get("status").stringValue()).isEqualTo("ACTIVE");
        assertThat(contract.get("availableUnits").asLong()).isEqualTo(5);
        assertThat(Instant.parse(contract.get("expirationDate").stringValue())).isAfter(clock.instant());
        assertThat(fake.answer("GET", FakeOrangeSms.CONTRACTS_PATH, null, null, new byte[0], BASE).status()).isEqualTo(401);
    }

    @Test
    void wrong_methods_and_paths() {
        FakeOrangeSms fake = fake(5);
        assertThat(fake.answer("GET", FakeOrangeSms.TOKEN_PATH, null, null, new byte[0], BASE).status()).isEqualTo(405);
        assertThat(fake.answer("GET", SEND, null, null, new byte[0], BASE).status()).isEqualTo(405);
        assertThat(fake.answer("POST", "/smsmessaging/v2/outbound/x/requests", null, null, new byte[0], BASE).status()).isEqualTo(404);
    }

    private static long units(FakeOrangeSms fake, String token) {
        return fake.answer("GET", FakeOrangeSms.CONTRACTS_PATH, "Bearer " + token, null, new byte[0], BASE).body().get(0)
                .get("availableUnits").asLong();
    }

    private static final class MovingClock extends Clock {
        private Instant now = Instant.parse("2027-01-15T07:30:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
