package com.allocar.e2e;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix through the gateway, generated from the one table: admin-service's OpenAPI document names, for each
 * staff operation, the roles its matrix row holds ({@code x-staff-roles}, written from {@code RoleMatrix}); every demo
 * staff member of the real Keycloak calls every operation. A role outside the row is 403 {@code role_not_allowed},
 * one inside it gets past the matrix (whatever the empty request then earns: 400, 404, 409, 200…). The document
 * itself must list every route of the spec's admin block.
 */
class StaffRoleMatrixE2E {

    private static final List<String> ROLES = List.of("super", "ops", "support", "finance", "compliance");
    /** The spec's admin block, as paths of the document. */
    private static final Set<String> SPEC_ROUTES = Set.of("/api/v1/admin/users", "/api/v1/admin/users/{id}", "/api/v1/admin/kyc/pending",
            "/api/v1/admin/kyc/{id}/approve", "/api/v1/admin/kyc/{id}/reject", "/api/v1/admin/trips", "/api/v1/admin/trips/{id}",
            "/api/v1/admin/bookings", "/api/v1/admin/bookings/{id}", "/api/v1/admin/payments", "/api/v1/admin/payouts/run",
            "/api/v1/admin/wallet/txns/export", "/api/v1/admin/promos", "/api/v1/admin/promos/{id}", "/api/v1/admin/disputes",
            "/api/v1/admin/disputes/{id}", "/api/v1/admin/reports/finance", "/api/v1/admin/audit-logs", "/api/v1/admin/settings",
            "/api/v1/admin/login");

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    private record Call(String method, String path, List<String> roles) {
    }

    /** The role's real token, from an address of each call's own: ≈ 150 calls must not meet the gateway's per-address limit. */
    private static String[] staff(String role) {
        String[] headers = Fleet.staff(role);
        headers[3] = "10.78." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256) + "." + java.util.concurrent.ThreadLocalRandom.current().nextInt(256);
        return headers;
    }

    @Test
    void everyRoleOnEveryStaffOperationIsTheMatrixCell() {
        JsonNode doc = http.get("/api/docs/admin").body();
        assertThat(doc.path("paths").propertyNames()).containsAll(SPEC_ROUTES);
        List<Call> calls = new ArrayList<>();
        doc.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            JsonNode roles = op.getValue().path("x-staff-roles");
            if (roles.isArray()) {
                List<String> allowed = new ArrayList<>();
                roles.forEach(r -> allowed.add(r.asString()));
                calls.add(new Call(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey().replaceAll("\\{[^}]+}", UUID.randomUUID().toString()),
                        allowed));
            }
        }));
        assertThat(calls).hasSizeGreaterThanOrEqualTo(SPEC_ROUTES.size()); // every operation but the sign-in has a row
        int cells = 0;
        for (Call c : calls) {
            for (String role : ROLES) {
                var r = http.send(c.method(), c.path(), c.method().equals("GET") ? null : Map.of(), staff(role));
                String cell = c.method() + " " + c.path() + " as " + role + ": " + r;
                if (c.roles().contains(role)) {
                    assertThat(r.status()).as(cell).isNotIn(401, 403);
                } else {
                    assertThat(r.status()).as(cell).isEqualTo(403);
                    assertThat(r.body().path("error").path("details").path("reason").asString()).as(cell).isEqualTo("role_not_allowed");
                }
                cells++;
            }
        }
        assertThat(cells).isEqualTo(calls.size() * ROLES.size());
        // a member's token is refused on every staff route at the gateway
        var member = Members.signUp(http, "Ama", "Yeboah");
        for (Call c : calls) {
            assertThat(http.send(c.method(), c.path(), c.method().equals("GET") ? null : Map.of(), member.auth()).status())
                    .as(c.method() + " " + c.path() + " as a member").isEqualTo(403);
        }
    }
}
