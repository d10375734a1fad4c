package com.allocar.platform.sms;

import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OrangeFailuresTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void only_a_400_is_permanent() {
        assertThat(OrangeFailures.of("send", 400, "{}", JSON)).isInstanceOf(SmsRejected.class);
        for (int status : new int[] {401, 403, 404, 429, 500, 502, 503, 504}) {
            assertThat(OrangeFailures.of("send", status, "{}", JSON)).as("%d", status).isInstanceOf(SmsUnavailable.class);
        }
    }

    @Test
    void orange_errors_read_as_one_line() {
        assertThat(OrangeFailures.describe("{\"requestError\":{\"serviceException\":{\"messageId\":\"SVC0004\","
                + "\"text\":\"No valid addresses provided in message part %1\",\"variables\":\"tel:+22507\"}}}", JSON))
                .isEqualTo("SVC0004 No valid addresses provided in message part tel:+22507");
        assertThat(OrangeFailures.describe("{\"requestError\":{\"policyException\":{\"messageId\":\"POL0001\","
                + "\"text\":\"A policy error occurred: %1\",\"variables\":[\"a\",\"b\"]}}}", JSON))
                .isEqualTo("POL0001 A policy error occurred: a, b");
        assertThat(OrangeFailures.describe("{\"code\":42,\"message\":\"Expired credentials\",\"description\":\"…\"}", JSON))
                .isEqualTo("42 Expired credentials");
        assertThat(OrangeFailures.describe("{\"error\":\"invalid_client\",\"error_description\":\"Unknown client 'x'\"}", JSON))
                .isEqualTo("invalid_client Unknown client 'x'");
        assertThat(OrangeFailures.describe("x".repeat(400), JSON)).hasSize(301).endsWith("…");
        assertThat(OrangeFailures.describe(null, JSON)).isEmpty();
    }
}
