package com.allocar.payment.provider;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HmacSignaturesTest {

    private static final byte[] BODY = "{\"id\":\"EV_1\",\"type\":\"checkout.session.completed\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant NOW = Instant.ofEpochSecond(1_764_000_000L);
    private static final Duration TOLERANCE = Duration.ofMinutes(5);
    private static final Duration SKEW = Duration.ofSeconds(30);

    @Test
    void waveSchemeHasNoSeparatorAndStripeSchemeHasADot() {
        long t = NOW.getEpochSecond();
        String wave = "t=" + t + ",v1=" + HmacSignatures.sign("whs", t, "", BODY);
        String stripe = "t=" + t + ",v1=" + HmacSignatures.sign("whs", t, ".", BODY);
        assertThatCode(() -> HmacSignatures.verify(wave, BODY, "whs", "", NOW, TOLERANCE, SKEW)).doesNotThrowAnyException();
        assertThatCode(() -> HmacSignatures.verify(stripe, BODY, "whs", ".", NOW, TOLERANCE, SKEW)).doesNotThrowAnyException();
        assertRejected(stripe, "", WebhookRejected.Reason.SIGNATURE);
        assertRejected(wave, ".", WebhookRejected.Reason.SIGNATURE);
    }

    @Test
    void anyOfSeveralV1MayMatchAndUpperCaseHexIsAccepted() {
        long t = NOW.getEpochSecond();
        String good = HmacSignatures.sign("whs", t, "", BODY);
        assertThatCode(() -> HmacSignatures.verify("t=" + t + ",v1=deadbeef,v1=" + good, BODY, "whs", "", NOW, TOLERANCE, SKEW))
                .doesNotThrowAnyException();
        assertThatCode(() -> HmacSignatures.verify("t=" + t + ",v1=" + good.toUpperCase(), BODY, "whs", "", NOW, TOLERANCE, SKEW))
                .doesNotThrowAnyException();
    }

    @Test
    void replayWindowEdges() {
        long inside = NOW.minus(TOLERANCE).getEpochSecond();
        long outside = inside - 1;
        assertThatCode(() -> HmacSignatures.verify("t=" + inside + ",v1=" + HmacSignatures.sign("whs", inside, "", BODY), BODY, "whs", "",
                NOW, TOLERANCE, SKEW)).doesNotThrowAnyException();
        assertRejectedAt(outside, WebhookRejected.Reason.STALE);
        assertRejectedAt(NOW.plus(SKEW).getEpochSecond() + 1, WebhookRejected.Reason.STALE);
        assertThatCode(() -> {
            long f = NOW.plus(SKEW).getEpochSecond();
            HmacSignatures.verify("t=" + f + ",v1=" + HmacSignatures.sign("whs", f, "", BODY), BODY, "whs", "", NOW, TOLERANCE, SKEW);
        }).doesNotThrowAnyException();
    }

    @Test
    void malformedHeadersAreSignatureFailures() {
        for (String header : new String[] {null, "", "v1=abc", "t=123", "t=abc,v1=abc", "t=-5,v1=abc", "garbage"}) {
            assertThatThrownBy(() -> HmacSignatures.verify(header, BODY, "whs", "", NOW, TOLERANCE, SKEW))
                    .isInstanceOfSatisfying(WebhookRejected.class, e -> assertThat(e.reason()).isEqualTo(WebhookRejected.Reason.SIGNATURE));
        }
    }

    private static void assertRejected(String header, String separator, WebhookRejected.Reason reason) {
        assertThatThrownBy(() -> HmacSignatures.verify(header, BODY, "whs", separator, NOW, TOLERANCE, SKEW))
                .isInstanceOfSatisfying(WebhookRejected.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }

    private static void assertRejectedAt(long t, WebhookRejected.Reason reason) {
        assertRejected("t=" + t + ",v1=" + HmacSignatures.sign("whs", t, "", BODY), "", reason);
    }
}
