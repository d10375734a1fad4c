package com.allocar.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.yaml.snakeyaml.Yaml;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * docker-compose.yml, checked by parsing it (there is no Docker engine in the build): only the gateway and devstack
 * publish ports, all on 127.0.0.1; every service of scripts/services.sh runs with profile "docker" and gets each
 * secret its application.yml lists under {@code allocar.secrets} from .env as a {@code ${VAR:?...}} reference; no
 * literal secret anywhere; healthchecks hit the management port. A unit test (surefire), not an E2E.
 */
class DockerComposeConfigTest {

    /** What may leave the compose network, per compose service, exactly. */
    static final Map<String, Set<String>> PUBLISHED = Map.of(
            "gateway", Set.of("127.0.0.1:8080:8080"),
            // dev inbox, fake payment providers, S3 (clients open the presigned URLs)
            "devstack", Set.of("127.0.0.1:8025:8025", "127.0.0.1:8090:8090", "127.0.0.1:9000:9000"));

    /** Environment keys whose name says "secret": their value must be a ${VAR:?...} reference, bar the exceptions. */
    static final Pattern SECRET_NAME = Pattern.compile("KEY|SECRET|TOKEN|PEPPER|PASSWORD");

    /** "service/VAR" → the one literal value allowed, with the reason it is not a secret. */
    record LiteralException(String value, String reason) {
    }

    static final Map<String, LiteralException> LITERAL_EXCEPTIONS = Map.of(
            "identity-service/ALLOCAR_S3_ACCESS_KEY", new LiteralException("allocar",
                    "devstack's S3 (S3Proxy) identity is fixed (DevStackConfig.S3_IDENTITY): credentials of a local fake"),
            "identity-service/ALLOCAR_S3_SECRET_KEY", new LiteralException("allocar-secret",
                    "devstack's S3 (S3Proxy) credential is fixed (DevStackConfig.S3_CREDENTIAL): credentials of a local fake"),
            "messaging-service/ALLOCAR_S3_ACCESS_KEY", new LiteralException("allocar",
                    "devstack's S3 (S3Proxy) identity is fixed (DevStackConfig.S3_IDENTITY): credentials of a local fake"),
            "messaging-service/ALLOCAR_S3_SECRET_KEY", new LiteralException("allocar-secret",
                    "devstack's S3 (S3Proxy) credential is fixed (DevStackConfig.S3_CREDENTIAL): credentials of a local fake"),
            "postgis/POSTGRES_PASSWORD", new LiteralException("postgres",
                    "superuser of the local, unpublished PostGIS container (init hook and pg_isready only)"));

    /** The ${VAR:?message} form: compose refuses to start when VAR is unset or empty. */
    static final Pattern REQUIRED_REF = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*):\\?[^}]+}");
    /** The first ${VAR...} placeholder of a property in an application.yml. */
    static final Pattern PLACEHOLDER = Pattern.compile("^\\$\\{([A-Za-z_][A-Za-z0-9_]*)[:}]");

    static Path root;
    static String composeText;
    static Map<String, Map<String, Object>> composeServices;
    /** scripts/services.sh: name → API port, in order. */
    static Map<String, Integer> fleet;

    @BeforeAll
    static void load() throws IOException {
        root = findRoot();
        composeText = Files.readString(root.resolve("docker-compose.yml"));
        Map<String, Object> compose = new Yaml().load(composeText);
        composeServices = new TreeMap<>();
        map(compose.get("services"), "services").forEach((name, body) -> composeServices.put(name, map(body, name)));
        fleet = new LinkedHashMap<>();
        Matcher block = Pattern.compile("ALLOCAR_SERVICES=\"(.*?)\"", Pattern.DOTALL)
                .matcher(Files.readString(root.resolve("scripts/services.sh")));
        assertTrue(block.find(), "scripts/services.sh: no ALLOCAR_SERVICES=\"...\" block");
        Matcher line = Pattern.compile("(?m)^\\s*([a-z][a-z0-9-]*)\\s+(\\d+)\\b").matcher(block.group(1));
        while (line.find()) {
            fleet.put(line.group(1), Integer.parseInt(line.group(2)));
        }
        assertFalse(fleet.isEmpty(), "scripts/services.sh lists no service");
    }

    @Test
    void onlyTheGatewayAndDevstackPublishPortsAllOnLoopback() {
        Map<String, Set<String>> published = new TreeMap<>();
        List<Executable> checks = new ArrayList<>();
        composeServices.forEach((name, service) -> {
            Set<String> ports = ports(name, service);
            if (!ports.isEmpty()) {
                published.put(name, ports);
            }
            for (String port : ports) {
                checks.add(() -> assertTrue(port.startsWith("127.0.0.1:"),
                        name + " publishes " + port + " on every interface: bind it to 127.0.0.1"));
            }
            checks.add(() -> assertEquals(PUBLISHED.getOrDefault(name, Set.of()), ports,
                    name + ": published ports (only " + PUBLISHED.keySet() + " publish, exactly " + PUBLISHED + ")"));
        });
        checks.add(() -> assertEquals(new TreeMap<>(PUBLISHED), published, "the published set of the whole file"));
        assertAll(checks);
    }

    @Test
    void everyServiceOfTheFleetRunsInComposeWithProfileDocker() {
        assertAll(fleet.keySet().stream().map(name -> (Executable) () -> {
            Map<String, Object> service = composeServices.get(name);
            assertNotNull(service, name + " (scripts/services.sh) is missing from docker-compose.yml");
            assertEquals("docker", env(name).get("SPRING_PROFILES_ACTIVE"),
                    name + ": SPRING_PROFILES_ACTIVE must be exactly docker (a non-local profile: secrets are enforced)");
        }));
    }

    @Test
    void everyRequiredSecretComesFromEnvFileWithColonQuestionMark() throws Exception {
        Set<String> written = secretsScriptNames(root);
        List<Executable> checks = new ArrayList<>();
        for (String name : fleet.keySet()) {
            Map<String, String> env = env(name);
            Map<String, String> required = requiredSecretVariables(name);
            required.forEach((property, variable) -> checks.add(() -> {
                String value = env.get(variable);
                assertNotNull(value, name + ": " + property + " (allocar.secrets) reads ${" + variable
                        + "}, which compose does not set");
                LiteralException exception = LITERAL_EXCEPTIONS.get(name + "/" + variable);
                if (exception != null) {
                    assertEquals(exception.value(), value, name + ": " + variable + " (" + property
                            + ") is allowed as a literal only with its documented value (" + exception.reason() + ")");
                    return;
                }
                Matcher ref = REQUIRED_REF.matcher(value);
                assertTrue(ref.matches(), name + ": " + variable + " (" + property + ") must be a ${VAR:?...} reference"
                        + " to .env, got '" + abbreviate(value) + "'");
                String source = ref.group(1);
                assertTrue(written.contains(source), name + ": " + variable + " references ${"
                        + source + "}, which scripts/Secrets.java --compose does not write to .env");
            }));
        }
        assertAll(checks);
    }

    @Test
    void devstackFakesReadTheSameVariablesAsTheServicesCallingThem() throws IOException {
        // identity's SMS client and payment-service's provider keys: devstack's fakes check them
        Set<String> shared = new LinkedHashSet<>();
        requiredSecretVariables("identity-service").forEach((property, variable) -> {
            if (property.startsWith("allocar.sms.")) {
                shared.add(variable);
            }
        });
        requiredSecretVariables("payment-service").forEach((property, variable) -> {
            if (property.startsWith("allocar.payment.")) {
                shared.add(variable);
            }
        });
        assertTrue(shared.containsAll(List.of("SMS_CLIENT_ID", "SMS_CLIENT_SECRET")) && shared.size() > 2,
                "shared secrets not found: " + shared);
        Map<String, String> devstack = env("devstack");
        Map<String, String> identity = env("identity-service");
        Map<String, String> payment = env("payment-service");
        assertAll(shared.stream().map(variable -> (Executable) () -> {
            String value = devstack.get(variable);
            assertNotNull(value, "devstack: " + variable + " is not set (its fake must expect what the service sends)");
            assertTrue(REQUIRED_REF.matcher(value).matches(), "devstack: " + variable + " must be a ${VAR:?...} reference");
            String caller = identity.containsKey(variable) ? identity.get(variable) : payment.get(variable);
            assertEquals(caller, value, "devstack: " + variable + " must come from the same .env variable as the service's");
        }));
    }

    @Test
    void noLiteralSecretInTheFile() {
        List<Executable> checks = new ArrayList<>();
        composeServices.keySet().forEach(name -> env(name).forEach((variable, value) -> {
            if (!SECRET_NAME.matcher(variable.toUpperCase(Locale.ROOT)).find()) {
                return;
            }
            LiteralException exception = LITERAL_EXCEPTIONS.get(name + "/" + variable);
            if (exception != null) {
                checks.add(() -> assertEquals(exception.value(), value, name + ": " + variable
                        + " is allowed as a literal only with its documented value (" + exception.reason() + ")"));
            } else {
                checks.add(() -> assertTrue(REQUIRED_REF.matcher(value).matches(), name + ": " + variable
                        + " looks like a secret: it must be a ${VAR:?...} reference to .env, not '" + abbreviate(value) + "'"));
            }
        }));
        for (String banned : List.of("ALLOCAR_INTERNAL_TOKEN", "X-Internal-Token", "dev-internal-token", "dev-sms-key", "dev-sms-secret")) {
            checks.add(() -> assertFalse(composeText.toLowerCase(Locale.ROOT).contains(banned.toLowerCase(Locale.ROOT)),
                    "docker-compose.yml still mentions " + banned));
        }
        assertAll(checks);
    }

    @Test
    void healthchecksHitTheManagementPortOnLoopback() throws IOException {
        List<Executable> checks = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : fleet.entrySet()) {
            String name = entry.getKey();
            Map<String, Object> yml = applicationYml(name);
            Object managementPort = get(yml, "management.server.port");
            checks.add(() -> assertEquals(entry.getValue() + 1000, toInt(managementPort),
                    name + ": management.server.port of its application.yml must be its API port + 1000"));
            checks.add(() -> {
                Map<String, Object> service = composeServices.get(name);
                assertNotNull(service, name + " is missing from docker-compose.yml");
                Object test = map(service.get("healthcheck"), name + ".healthcheck").get("test");
                String command = test instanceof List<?> list
                        ? list.stream().map(String::valueOf).collect(Collectors.joining(" ")) : String.valueOf(test);
                assertTrue(command.contains("127.0.0.1/" + (entry.getValue() + 1000) + " ")
                                && command.contains("/actuator/health"),
                        name + ": the healthcheck must GET /actuator/health on 127.0.0.1:" + (entry.getValue() + 1000)
                                + " (the management port), got: " + command);
                assertFalse(env(name).containsKey("ALLOCAR_MANAGEMENT_ADDRESS"), name
                        + ": ALLOCAR_MANAGEMENT_ADDRESS stays unset (loopback): only the in-container healthcheck needs it");
            });
        }
        assertAll(checks);
    }

    // --- helpers

    /** allocar.secrets of a service's application.yml → the environment variable of its ${VAR...} placeholder. */
    static Map<String, String> requiredSecretVariables(String service) throws IOException {
        Map<String, Object> yml = applicationYml(service);
        Object secrets = get(yml, "allocar.secrets");
        Map<String, String> variables = new LinkedHashMap<>();
        if (secrets == null) {
            return variables;
        }
        assertTrue(secrets instanceof List<?>, service + ": allocar.secrets must be a list");
        for (Object property : (List<?>) secrets) {
            String path = String.valueOf(property);
            Object value = get(yml, path);
            assertNotNull(value, service + ": " + path + " is listed under allocar.secrets but not set in application.yml");
            Matcher placeholder = PLACEHOLDER.matcher(String.valueOf(value));
            // without a placeholder, Spring's relaxed binding of the property name applies
            variables.put(path, placeholder.find() ? placeholder.group(1)
                    : path.toUpperCase(Locale.ROOT).replace("-", "").replace('.', '_'));
        }
        return variables;
    }

    /** The first document of src/main/resources/application.yml (the later ones are profile-specific). */
    static Map<String, Object> applicationYml(String service) throws IOException {
        Path file = root.resolve(service).resolve("src/main/resources/application.yml");
        assertTrue(Files.isRegularFile(file), service + ": no " + root.relativize(file));
        for (Object document : new Yaml().loadAll(Files.readString(file))) {
            return map(document, file.toString());
        }
        return fail(service + ": empty application.yml");
    }

    /** Walks a dotted path (allocar.security.service-auth.trusted-keys) through nested maps; null when absent. */
    static Object get(Map<String, Object> yml, String dotted) {
        Object node = yml;
        for (String key : dotted.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                return null;
            }
            node = m.get(key);
        }
        return node;
    }

    /** The environment of a compose service, map or list ("NAME=value") syntax, values as strings. */
    static Map<String, String> env(String service) {
        Map<String, Object> body = composeServices.get(service);
        Map<String, String> env = new TreeMap<>();
        if (body == null || body.get("environment") == null) {
            return env;
        }
        Object environment = body.get("environment");
        if (environment instanceof List<?> list) {
            for (Object item : list) {
                String s = String.valueOf(item);
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        } else {
            map(environment, service + ".environment").forEach((k, v) -> env.put(k, v == null ? "" : String.valueOf(v)));
        }
        return env;
    }

    /** Published ports as "host_ip:published:target" (short syntax kept as written, long syntax normalised). */
    static Set<String> ports(String service, Map<String, Object> body) {
        Object ports = body.get("ports");
        Set<String> out = new TreeSet<>();
        if (ports == null) {
            return out;
        }
        assertTrue(ports instanceof List<?>, service + ": ports must be a list");
        for (Object port : (List<?>) ports) {
            if (port instanceof Map<?, ?> m) {
                Function<String, String> field = k -> m.get(k) == null ? "" : String.valueOf(m.get(k));
                String ip = field.apply("host_ip");
                out.add((ip.isEmpty() ? "" : ip + ":") + field.apply("published") + ":" + field.apply("target"));
            } else {
                out.add(String.valueOf(port));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String what) {
        assertTrue(node instanceof Map<?, ?>, what + " must be a mapping");
        return (Map<String, Object>) node;
    }

    static int toInt(Object value) {
        assertNotNull(value, "missing port");
        return Integer.parseInt(String.valueOf(value));
    }

    /** The names scripts/Secrets.java --compose writes to .env, from running it (with this JVM's java). */
    static Set<String> secretsScriptNames(Path root) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                root.resolve("scripts/Secrets.java").toString(), "--compose").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, java.util.concurrent.TimeUnit.SECONDS) && p.exitValue() == 0, "scripts/Secrets.java failed: " + out);
        Set<String> names = new java.util.TreeSet<>();
        for (String line : out.split("\n")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0) {
                names.add(line.substring(0, eq));
            }
        }
        return names;
    }

    static String abbreviate(String value) {
        return value.length() <= 12 ? value : value.substring(0, 12) + "...";
    }

    /** allocar.root (set by the pom for failsafe), else the first parent of the working directory with the compose file. */
    static Path findRoot() {
        String property = System.getProperty("allocar.root");
        if (property != null && !property.isBlank() && Files.isRegularFile(Path.of(property, "docker-compose.yml"))) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docker-compose.yml")) && Files.isRegularFile(dir.resolve("scripts/services.sh"))) {
                return dir;
            }
        }
        return fail("docker-compose.yml not found from " + Path.of("").toAbsolutePath() + " (set -Dallocar.root)");
    }
}
