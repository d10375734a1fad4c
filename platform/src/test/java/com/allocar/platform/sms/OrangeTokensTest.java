package com.allocar.platform.sms;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OrangeTokensTest {

    private final OrangeSmsGatewayTest.MutableClock clock = new OrangeSmsGatewayTest.MutableClock(Instant.parse("2027-01-01T00:00:00Z"));
    private final AtomicInteger fetched = new AtomicInteger();

    private OrangeTokens tokens(Duration lifetime) {
        return new OrangeTokens(() -> new OrangeTokens.Grant("t" + fetched.incrementAndGet(), lifetime), clock);
    }

    @Test
    void a_short_lived_token_is_refreshed_at_half_its_life() {
        OrangeTokens tokens = tokens(Duration.ofSeconds(60));
        assertThat(tokens.current()).isEqualTo("t1");
        clock.advance(Duration.ofSeconds(29));
        assertThat(tokens.current()).isEqualTo("t1");
        clock.advance(Duration.ofSeconds(1));
        assertThat(tokens.current()).isEqualTo("t2");
    }

    @Test
    void only_the_rejected_token_is_dropped() {
        OrangeTokens tokens = tokens(Duration.ofHours(1));
        String first = tokens.current();
        tokens.rejected(first);
        String second = tokens.current();
        assertThat(second).isEqualTo("t2");
        // a late 401 for the old token (another call saw it too) does not drop the new one
        tokens.rejected(first);
        assertThat(tokens.current()).isEqualTo("t2");
        assertThat(fetched).hasValue(2);
    }

    @Test
    void a_failed_fetch_is_not_cached_the_next_call_tries_again() {
        AtomicInteger calls = new AtomicInteger();
        OrangeTokens tokens = new OrangeTokens(() -> {
            if (calls.incrementAndGet() == 1) {
                throw new SmsUnavailable("Orange token unreachable", null);
            }
            return new OrangeTokens.Grant("ok", Duration.ofHours(1));
        }, clock);
        assertThatThrownBy(tokens::current).isInstanceOf(SmsUnavailable.class);
        assertThat(tokens.current()).isEqualTo("ok");
        assertThat(calls).hasValue(2);
    }
}
