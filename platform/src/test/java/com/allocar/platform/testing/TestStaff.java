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

    /** What the admin console holds after Keycloak redirected back: the code, and the PKCE verifier it made. */
    public record AuthorizationCode(String code, String verifier, String redirectUri) {
    }

    /**
     * The admin console's authorization code + PKCE flow, as a browser runs it against the real Keycloak: the
     * authorization request with an S256 challenge, the login form filled with {@code username}'s password, the redirect
     * back read for its code (public client {@code allocar-admin-console}, redirect under http://localhost:4200/).
     */
    public static AuthorizationCode authorizationCode(String username) {
        String redirect = "http://localhost:4200/callback";
        byte[] raw = new byte[48];
        new java.security.SecureRandom().nextBytes(raw);
        String verifier = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try {
            String challenge = java.util.Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(java.security.MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
            // Keycloak's login cookies are Secure: a browser sends them to http://127.0.0.1 (a secure context), the JDK's
            // CookieManager would not — so they are carried by hand, as the browser does
            var browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
            var page = browser.send(HttpRequest.newBuilder(URI.create(issuer() + "/protocol/openid-connect/auth?client_id=allocar-admin-console"
                    + "&response_type=code&scope=openid&state=s1&redirect_uri=" + enc(redirect) + "&code_challenge=" + challenge
                    + "&code_challenge_method=S256")).GET().build(), HttpResponse.BodyHandlers.ofString());
            var action = Pattern.compile("<form[^>]*action=\"([^\"]+)\"").matcher(page.body());
            if (page.statusCode() != 200 || !action.find()) {
                throw new IllegalStateException("Keycloak showed no login form: " + page.statusCode() + " " + page.body());
            }
            String cookies = page.headers().allValues("Set-Cookie").stream().map(c -> c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')))
                    .collect(java.util.stream.Collectors.joining("; "));
            String form = "username=" + enc(username) + "&password=" + enc(env().get("STAFF_PASSWORD")) + "&credentialId=";
            var login = browser.send(HttpRequest.newBuilder(URI.create(action.group(1).replace("&amp;", "&")))
                    .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookies)
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            String location = login.headers().firstValue("Location").orElse("");
            var code = Pattern.compile("[?&]code=([^&]+)").matcher(location);
            if (login.statusCode() != 302 || !location.startsWith(redirect) || !code.find()) {
                throw new IllegalStateException("Keycloak did not redirect back with a code: " + login.statusCode() + " " + location + " " + login.body());
            }
            return new AuthorizationCode(java.net.URLDecoder.decode(code.group(1), StandardCharsets.UTF_8), verifier, redirect);
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak is not reachable (./allocar test starts it)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.security.NoSuchAlgorithmException e) {
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
