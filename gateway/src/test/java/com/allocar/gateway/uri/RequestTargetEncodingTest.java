package com.allocar.gateway.uri;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RequestTargetEncodingTest {

    @Test
    void encodesOnlyTheCharactersAUriQueryMayNotHold() {
        assertThat(RequestTargetEncoding.encodeQuery("/api/v1/trips/search?seats>=2&driver_rating>=4&x=a|b"))
                .isEqualTo("/api/v1/trips/search?seats%3E=2&driver_rating%3E=4&x=a%7Cb");
        assertThat(RequestTargetEncoding.encodeQuery("/api/v1/trips/search?q=<\"{}^`\\>"))
                .isEqualTo("/api/v1/trips/search?q=%3C%22%7B%7D%5E%60%5C%3E");
    }

    @Test
    void leavesValidTargetsAndPathsAlone() {
        String valid = "/api/v1/trips/search?from=5.3,-4.0&to=6.8,-5.2&seats%3E=2";
        assertThat(RequestTargetEncoding.encodeQuery(valid)).isSameAs(valid);
        assertThat(RequestTargetEncoding.encodeQuery("/api/v1/a>b")).isEqualTo("/api/v1/a>b");
    }
}
