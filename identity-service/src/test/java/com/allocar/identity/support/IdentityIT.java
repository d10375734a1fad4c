package com.allocar.identity.support;

import java.util.Map;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.DevInbox;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestPhones;
import com.allocar.platform.testing.TestServiceKeys;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Base of identity's integration tests: the real service on a random port, real infra, HTTP like a client. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class IdentityIT {

    public static final String PASSWORD = "Akwaba2025";

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void secrets(DynamicPropertyRegistry registry) {
        TestServiceKeys.register(registry, FleetService.IDENTITY);
        registry.add("allocar.identity.jwt.private-key-pem", TestServiceKeys::identitySigningKey);
    }

    @Autowired
    protected JdbcClient jdbc;

    protected final DevInbox inbox = DevInbox.forTests();

    protected TestHttp http() {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    /** A verified, signed-in user: {@code data} of the verify answer (tokens + user). */
    protected JsonNode signedUpUser() {
        String phone = TestPhones.ivorianMobile();
        var reg = http().post("/api/v1/auth/register", Map.of("phone", phone, "password", PASSWORD, "first_name", "Awa", "last_name", "Koné"));
        assertThat(reg.status()).as(reg.toString()).isEqualTo(201);
        var verified = http().post("/api/v1/auth/otp/verify", Map.of("phone", phone, "code", inbox.latestSmsCode(phone)));
        assertThat(verified.status()).as(verified.toString()).isEqualTo(200);
        return verified.data();
    }

    protected static String auth(JsonNode session) {
        return TestHttp.bearer(session.path("access_token").asString());
    }
}
