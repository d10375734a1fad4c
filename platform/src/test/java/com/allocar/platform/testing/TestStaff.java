package com.allocar.platform.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Staff access tokens from the real Keycloak that {@code ./allocar test} starts (realm {@code allocar}, port 18180), for
 * the demo staff the launcher seeds ({@code staff-super}, {@code staff-ops} …): the password grant of the test-only client
 * {@code allocar-tests}, whose tokens carry the admin API's audience as the console's do. The run's credentials are read
 * from {@code .run/test/keycloak.env} (drawn fresh by every run, never committed).
 */
public final class TestStaff {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static volatile Map<String, String> env;

    private TestStaff() {
    }

    /** The realm's issuer, as Keycloak writes it in its tokens. */
    public static String issuer() {
        return env().get("KEYCLOAK_URL") + "/realms/allocar";
    }

    /** An access token of the demo staff member with this realm role (super, ops, support, finance, compliance); cached. */
    public static String token(String role) {
        return TOKENS.computeIfAbsent(role, r -> fresh("staff-" + r));
    }

    /** A new access token of {@code username} (not cached). */
    public static String fresh(String username) {
        Map<String, String> creds = env();
        String form = "grant_type=password&client_id=allocar-tests&scope=openid&client_secret=" + enc(creds.get("TESTS_CLIENT_SECRET"))
                + "&username=" + enc(username) + "&password=" + enc(creds.get("STAFF_PASSWORD"));
        try {
            var r = HTTP.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            var m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("Keycloak refused a token for " + username + ": " + r.statusCode() + " " + r.body());
            }
            return m.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak is not reachable (./allocar test starts it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> env() {
        if (env == null) {
            Path dir = Path.of("").toAbsolutePath();
            while (dir != null && !Files.exists(dir.resolve(".run/test/keycloak.env"))) {
                dir = dir.getParent();
            }
            if (dir == null) {
                throw new IllegalStateException("no .run/test/keycloak.env: start the test infrastructure with ./allocar test");
            }
            Map<String, String> m = new ConcurrentHashMap<>();
            try {
                for (String line : Files.readAllLines(dir.resolve(".run/test/keycloak.env"))) {
                    int eq = line.indexOf('=');
                    if (eq > 0) {
                        m.put(line.substring(0, eq), line.substring(eq + 1));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            env = m;
        }
        return env;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
