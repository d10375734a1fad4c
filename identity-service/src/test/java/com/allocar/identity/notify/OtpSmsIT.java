package com.allocar.identity.notify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.allocar.identity.support.IdentityIT;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestPhones;
import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OTP codes through the fleet's SMS gateway to devstack's fake Orange SMS API: each arrives as AlloCar's, and a
 * code costs one provider call (the token is the one fetched for the first), so a resend stays fast.
 */
class OtpSmsIT extends IdentityIT {

    private static final Logger log = LoggerFactory.getLogger(OtpSmsIT.class);

    @Test
    void codes_reach_the_aggregator_as_alloCar_s_and_a_resend_answers_fast() {
        TestHttp inboxApi = new TestHttp(TestInfra.DEVSTACK_HTTP);
        List<Long> resendMillis = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            String phone = TestPhones.ivorianMobile();
            var reg = http().post("/api/v1/auth/register", Map.of("phone", phone, "password", PASSWORD, "first_name", "Awa"));
            assertThat(reg.status()).as(reg.toString()).isEqualTo(201);
            long start = System.nanoTime();
            assertThat(http().post("/api/v1/auth/otp/send", Map.of("phone", phone)).status()).isEqualTo(202);
            resendMillis.add(Duration.ofNanos(System.nanoTime() - start).toMillis());

            JsonNode sms = inboxApi.get("/api/sms?to=" + phone.replace("+", "%2B")).body();
            assertThat(sms.size()).as("registration code + resend").isEqualTo(2);
            assertThat(sms.get(0).path("from").asString()).isEqualTo("AlloCar");
            assertThat(sms.get(0).path("text").asString()).containsPattern("\\d{6}");
            var verified = http().post("/api/v1/auth/otp/verify", Map.of("phone", phone, "code", inbox.latestSmsCode(phone)));
            assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        }
        List<Long> sorted = resendMillis.stream().sorted().toList();
        log.info("OTP resend through the SMS gateway, 10 calls: median {} ms, max {} ms", sorted.get(5), sorted.get(9));
        // generous on a 2-core box under a parallel build; a token round trip per code would not fail it, the
        // platform's OrangeSmsGatewayTest proves there is none
        assertThat(sorted.get(5)).as("median resend, ms").isLessThan(1000);
    }
}
