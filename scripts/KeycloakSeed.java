import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Local staff for the realm allocar (never in the realm file, which production imports too): one demo user per role
 * with a password, and — for tests — a confidential client {@code allocar-tests} allowed the password grant, whose
 * tokens carry the admin API's audience like the console's. Idempotent. Run by the launcher:
 * {@code java scripts/KeycloakSeed.java <base url> <admin password> <staff password> [<tests client secret>]}.
 */
public class KeycloakSeed {

    static final List<String> ROLES = List.of("super", "ops", "support", "finance", "compliance");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String admin = token(base, args[1]);
        String realm = base + "/admin/realms/allocar";
        for (String role : ROLES) {
            String username = "staff-" + role;
            String user = """
                    {"username": "%s", "enabled": true, "email": "%s@allocar.local", "emailVerified": true, "firstName": "Demo",
                     "lastName": "%s", "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                    .formatted(username, username, role, args[2]);
            var created = send(admin, "POST", realm + "/users", user);
            String id;
            if (created.statusCode() == 201) {
                String location = created.headers().firstValue("Location").orElseThrow();
                id = location.substring(location.lastIndexOf('/') + 1);
            } else if (created.statusCode() == 409) {
                id = field(send(admin, "GET", realm + "/users?exact=true&username=" + username, null).body(), "id");
                send(admin, "PUT", realm + "/users/" + id + "/reset-password",
                        "{\"type\": \"password\", \"value\": \"" + args[2] + "\", \"temporary\": false}");
            } else {
                throw new IllegalStateException("creating " + username + ": " + created.statusCode() + " " + created.body());
            }
            String roleJson = expect(send(admin, "GET", realm + "/roles/" + role, null), 200).body();
            expect(send(admin, "POST", realm + "/users/" + id + "/role-mappings/realm", "[" + roleJson + "]"), 204);
        }
        if (args.length > 3) {
            String client = """
                    {"clientId": "allocar-tests", "enabled": true, "publicClient": false, "secret": "%s", "standardFlowEnabled": false,
                     "directAccessGrantsEnabled": true, "serviceAccountsEnabled": false, "fullScopeAllowed": true,
                     "protocolMappers": [{"name": "audience allocar-admin-api", "protocol": "openid-connect",
                       "protocolMapper": "oidc-audience-mapper",
                       "config": {"included.custom.audience": "allocar-admin-api", "access.token.claim": "true"}}]}"""
                    .formatted(args[3]);
            var r = send(admin, "POST", realm + "/clients", client);
            if (r.statusCode() != 201 && r.statusCode() != 409) {
                throw new IllegalStateException("creating client allocar-tests: " + r.statusCode() + " " + r.body());
            }
        }
    }

    static String token(String base, String password) throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        var r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        return field(expect(r, 200).body(), "access_token");
    }

    static HttpResponse<String> send(String token, String method, String url, String body) throws Exception {
        var b = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> expect(HttpResponse<String> r, int status) {
        if (r.statusCode() != status) {
            throw new IllegalStateException(r.request().method() + " " + r.request().uri() + ": " + r.statusCode() + " " + r.body());
        }
        return r;
    }

    static String field(String json, String name) {
        var m = Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("no " + name + " in " + json);
        }
        return m.group(1);
    }
}
