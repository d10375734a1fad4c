package com.allocar.platform.api;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class EnvelopeTest {

    @Test
    void pageCountRoundsUp() {
        assertThat(Pagination.of(1, 20, 120).pageCount()).isEqualTo(6);
        assertThat(Pagination.of(1, 20, 121).pageCount()).isEqualTo(7);
        assertThat(Pagination.of(1, 20, 0).pageCount()).isZero();
    }

    @Test
    void metaCarriesTheRequestId() {
        MDC.put(RequestIds.MDC_KEY, "req-abcdef12");
        try {
            var e = Envelope.page(List.of("a"), 2, 10, 11);
            assertThat(e.meta().requestId()).isEqualTo("req-abcdef12");
            assertThat(e.meta().pagination()).isEqualTo(new Pagination(2, 10, 11, 2));
        } finally {
            MDC.clear();
        }
    }

    @Test
    void acceptsOnlyHarmlessRequestIds() {
        assertThat(RequestIds.acceptOrGenerate("abc-123_XYZ.9")).isEqualTo("abc-123_XYZ.9");
        assertThat(RequestIds.acceptOrGenerate("evil\r\nSet-Cookie: x")).hasSize(36);
        assertThat(RequestIds.acceptOrGenerate("short")).hasSize(36);
        assertThat(RequestIds.acceptOrGenerate(null)).hasSize(36);
        assertThat(RequestIds.acceptOrGenerate("x".repeat(65))).hasSize(36);
    }

    @Test
    void errorCodesCarryTheirStatus() {
        assertThat(ErrorCode.VALIDATION_ERROR.code()).isEqualTo("validation_error");
        assertThat(ErrorCode.RATE_LIMITED.status()).isEqualTo(429);
        assertThat(ErrorCode.KYC_REQUIRED.status()).isEqualTo(403);
        assertThat(ErrorCode.WEBHOOK_INVALID_SIGNATURE.code()).isEqualTo("webhook_invalid_signature");
    }
}
