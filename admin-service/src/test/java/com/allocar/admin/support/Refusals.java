package com.allocar.admin.support;

import com.allocar.platform.testing.TestHttp;

import static org.assertj.core.api.Assertions.assertThat;

/** How a staff list refuses a bad query, asserted one way for every route that relays an owner's list. */
public final class Refusals {

    private Refusals() {
    }

    /** Each {@code name=value} query of {@code path} is a 400 {@code validation_error} whose fields name the parameter. */
    public static void eachQueryIsAValidationError(TestHttp http, String path, String[] auth, String... queries) {
        for (String bad : queries) {
            var r = http.get(path + "?" + bad, auth);
            assertThat(r.status()).as(bad + ": " + r).isEqualTo(400);
            assertThat(r.errorCode()).isEqualTo("validation_error");
            assertThat(r.body().path("error").path("details").path("fields").toString()).as(bad).contains(bad.substring(0, bad.indexOf('=')));
        }
    }
}
