package com.allocar.admin.access;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.admin.support.AdminIT;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix route by route, generated from the routes the service really has and the row each names: every
 * staff route × every demo staff member of the real Keycloak — 403 {@code forbidden} where the row does not hold the
 * role, the handler's own answer (never 401/403, never a 5xx) where it does. No token, or a member's token, is 401.
 */
class StaffRoutesIT extends AdminIT {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Route(String method, String path, RoleMatrix row) {
    }

    private List<Route> routes() {
        List<Route> routes = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/v1/admin")) {
                    continue;
                }
                if (handler.hasMethodAnnotation(BeforeSignIn.class)) {
                    continue; // POST /admin/login: no one is signed in yet (LoginIT)
                }
                StaffOnly row = handler.getMethodAnnotation(StaffOnly.class);
                assertThat(row).as(pattern + " names its role-matrix row").isNotNull();
                info.getMethodsCondition().getMethods().forEach(m -> routes.add(new Route(m.name(), pattern, row.value())));
            }
        });
        return routes;
    }

    @Test
    void everyRoleOnEveryRoute() {
        List<Route> routes = routes();
        assertThat(routes).extracting(Route::path).contains("/api/v1/admin/kyc/pending", "/api/v1/admin/audit-logs", "/api/v1/admin/me");
        int cells = 0;
        for (Route route : routes) {
            String path = route.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            for (StaffRole role : StaffRole.values()) {
                var r = http().send(route.method(), path, route.method().equals("GET") ? null : Map.of("notes", "matrix check"), as(role.wire()));
                if (route.row().allowed().contains(role)) {
                    assertThat(r.status()).as(role.wire() + " " + route + ": " + r).isNotIn(401, 403).isLessThan(500);
                } else {
                    assertThat(r.status()).as(role.wire() + " " + route + ": " + r).isEqualTo(403);
                    assertThat(r.errorCode()).isEqualTo("forbidden");
                    assertThat(r.body().path("error").path("details").path("allowed_roles").toString())
                            .contains(route.row().allowed().iterator().next().wire());
                }
                cells++;
            }
        }
        assertThat(cells).isEqualTo(routes.size() * StaffRole.values().length);
    }

    @Test
    void noTokenOrAMembersTokenIsNotStaff() {
        String member = TestHttp.bearer(TestTokens.get().accessToken(UUID.randomUUID(), "user"));
        for (Route route : routes()) {
            String path = route.path().replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
            Object body = route.method().equals("GET") ? null : Map.of("notes", "x");
            var none = http().send(route.method(), path, body);
            assertThat(none.status()).as(route + " without a token").isEqualTo(401);
            assertThat(none.errorCode()).isEqualTo("auth_required");
            assertThat(http().send(route.method(), path, body, "Authorization", member).status()).as(route + " with a member's token").isEqualTo(401);
        }
    }

    @Test
    void meTellsTheRolesAndWhatTheyHold() {
        var me = http().get("/api/v1/admin/me", as("compliance"));
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.data().path("roles").toString()).isEqualTo("[\"compliance\"]");
        assertThat(me.data().path("permissions").toString()).contains("kyc_review", "audit_logs", "users_read").doesNotContain("settings");
        assertThat(me.data().path("id").asString()).hasSize(36);
    }
}
