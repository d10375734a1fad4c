package com.allocar.admin.support;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestServiceKeys;
import com.allocar.platform.testing.TestStaff;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of admin-service's integration tests: the real service on a random port against the real PostgreSQL
 * (allocar_test, schema admin), Kafka and Keycloak of ./allocar test — staff tokens are real ones ({@link TestStaff}) —
 * and local stand-ins for the owners' internal APIs ({@link FakeIdentity}, {@link FakeTrips}, {@link FakeBookings},
 * {@link FakePayments}, {@link FakeWallet}) that answer as they do (the real pairs run in the e2e module).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class AdminIT {

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("allocar.admin.staff.issuer", TestStaff::issuer);
        registry.add("allocar.admin.identity-service.base-url", () -> FakeIdentity.get().url());
        registry.add("allocar.admin.trip-service.base-url", () -> FakeTrips.get().url());
        registry.add("allocar.admin.booking-service.base-url", () -> FakeBookings.get().url());
        registry.add("allocar.admin.payment-service.base-url", () -> FakePayments.get().url());
        registry.add("allocar.admin.wallet-service.base-url", () -> FakeWallet.get().url());
        TestServiceKeys.register(registry, FleetService.ADMIN);
    }

    @LocalServerPort
    protected int port;

    protected TestHttp http() {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    /** The Authorization header of the demo staff member with this role. */
    protected static String[] as(String role) {
        return new String[] {"Authorization", TestHttp.bearer(TestStaff.token(role))};
    }
}
