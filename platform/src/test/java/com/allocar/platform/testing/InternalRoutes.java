package com.allocar.platform.testing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceTokens;

import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard of a service's {@code /internal/**} API, route by route: the old shared header, no token, a member's token,
 * a token of a caller the route does not allow, an expired token, a token for another service and a service token sent
 * as a member's bearer token are all refused (401/403); the right caller's token works.
 */
public final class InternalRoutes {

    /** The public header of the shared-secret scheme this replaced; it must open nothing. */
    public static final String[] OLD_PUBLIC_TOKEN = {"X-Internal-Token", "dev-internal-token"};

    /**
     * One internal route: {@code pattern} as mapped ({@code POST /internal/holds/{holdId}/confirm}), a concrete
     * {@code path} and {@code body} to call it with, the callers it allows, and the status the first allowed caller's
     * call answers (the route works: 200, 201, or the domain's own 404 for an unknown id).
     */
    public record Route(String method, String pattern, String path, Object body, Set<FleetService> allowed, int works) {

        public FleetService caller() {
            return allowed.iterator().next();
        }

        public FleetService stranger() {
            return Arrays.stream(FleetService.values()).filter(s -> !allowed.contains(s)).findFirst().orElseThrow();
        }
    }

    public static Route route(String method, String pattern, String path, Object body, int works, FleetService... allowed) {
        return new Route(method, pattern, path, body, EnumSet.copyOf(List.of(allowed)), works);
    }

    private InternalRoutes() {
    }

    /** With a member's (and admin's) token signed by {@link TestTokens}, the services' test identity. */
    public static void assertGuarded(TestHttp http, FleetService callee, List<Route> routes) {
        assertGuarded(http, callee, routes, TestHttp.bearer(TestTokens.get().accessToken(UUID.randomUUID(), "user", "admin")));
    }

    /** @param member the {@code Authorization} value of a valid member's token for this service */
    public static void assertGuarded(TestHttp http, FleetService callee, List<Route> routes, String member) {
        for (Route r : routes) {
            String what = r.method() + " " + r.path();
            assertThat(http.send(r.method(), r.path(), r.body()).status()).as(what + " without a token").isEqualTo(401);
            assertThat(http.send(r.method(), r.path(), r.body(), OLD_PUBLIC_TOKEN).status()).as(what + " with the old public token")
                    .isEqualTo(401);
            assertThat(http.send(r.method(), r.path(), r.body(), "Authorization", member).status()).as(what + " with a member's token")
                    .isEqualTo(403);
            assertThat(http.send(r.method(), r.path(), r.body(), TestServiceKeys.header(r.stranger(), callee)).status())
                    .as(what + " as " + r.stranger().wire() + ", a caller it does not allow").isEqualTo(403);
            assertThat(http.send(r.method(), r.path(), r.body(), ServiceTokens.HEADER, TestServiceKeys.expiredToken(r.caller(), callee))
                    .status()).as(what + " with an expired token").isEqualTo(401);
            FleetService other = callee == FleetService.ADMIN ? FleetService.IDENTITY : FleetService.ADMIN;
            assertThat(http.send(r.method(), r.path(), r.body(), TestServiceKeys.header(r.caller(), other)).status())
                    .as(what + " with a token meant for " + other.wire()).isEqualTo(401);
            assertThat(http.send(r.method(), r.path(), r.body(), "Authorization",
                    TestHttp.bearer(TestServiceKeys.token(r.caller(), callee))).status()).as(what + " with the service token as a bearer")
                    .isIn(401, 403);
            var ok = http.send(r.method(), r.path(), r.body(), TestServiceKeys.header(r.caller(), callee));
            assertThat(ok.status()).as(what + " as " + r.caller().wire() + ": " + ok.raw()).isEqualTo(r.works());
        }
    }

    /** The table names every {@code /internal/**} handler of the service: a new route cannot escape the check. */
    public static void assertCoversEveryRoute(ApplicationContext context, List<Route> routes) {
        Set<String> mapped = new TreeSet<>();
        context.getBeansOfType(RequestMappingHandlerMapping.class).values().forEach(m -> m.getHandlerMethods().keySet()
                .forEach(info -> info.getPatternValues().stream().filter(p -> p.startsWith("/internal/"))
                        .forEach(p -> info.getMethodsCondition().getMethods()
                                .forEach(method -> mapped.add(method.name() + " " + p)))));
        Set<String> tested = routes.stream().map(r -> r.method() + " " + r.pattern()).collect(Collectors.toCollection(TreeSet::new));
        assertThat(tested).as("internal routes in the guard table").isEqualTo(mapped);
    }

    /** A service token opens nothing outside {@code /internal}: on a route that needs a member, it is a 401. */
    public static void assertUselessOnPublicRoutes(TestHttp http, FleetService caller, FleetService callee, String method,
                                                   String memberOnlyPath) {
        assertThat(http.send(method, memberOnlyPath, null, TestServiceKeys.header(caller, callee)).status()).isEqualTo(401);
        assertThat(http.send(method, memberOnlyPath, null, "Authorization", TestHttp.bearer(TestServiceKeys.token(caller, callee)))
                .status()).isEqualTo(401);
    }
}
