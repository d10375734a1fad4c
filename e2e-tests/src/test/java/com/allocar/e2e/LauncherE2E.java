package com.allocar.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.allocar.platform.security.service.ServiceTokens;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestInfra;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What {@code ./allocar up} does to a service, done by the launcher's own functions (scripts/lib.sh): a fresh secrets
 * file, the service started with only its own secrets, listening on loopback alone — API port and actuator port —
 * and its internal API answering a token minted from that file by scripts/ServiceToken.java, nothing else.
 */
class LauncherE2E {

    private static final String PROFILE = "launcher-check";
    private static final int PORT = 28085;
    private static final int MANAGEMENT_PORT = 29085;
    private static final Path ROOT = Path.of(System.getProperty("allocar.root", "..")).toAbsolutePath().normalize();
    private static final Path SECRETS = ROOT.resolve(".run").resolve(PROFILE).resolve("secrets.env");

    @AfterAll
    static void stop() throws Exception {
        bash("stop_process " + PROFILE + " wallet-service");
    }

    @Test
    void aServiceStartedByTheLauncherListensOnLoopbackOnlyAndTrustsOnlyItsFleet() throws Exception {
        bash(String.join(" ", "SECRETS_FILE=" + SECRETS + ";", "write_secrets \"$SECRETS_FILE\";",
                "start_service", PROFILE, "wallet-service", String.valueOf(PORT), String.valueOf(MANAGEMENT_PORT),
                "--spring.profiles.active=local",
                "--spring.datasource.url=" + TestInfra.JDBC_BASE + "?currentSchema=wallet",
                "--spring.kafka.bootstrap-servers=" + TestInfra.KAFKA,
                // the e2e fleet's wallet-service consumes the topics: this one stays off them
                "--spring.kafka.listener.auto-startup=false",
                "--spring.data.redis.database=" + TestInfra.REDIS_DB,
                "--allocar.jobs.enabled=false"));

        for (int port : new int[] {PORT, MANAGEMENT_PORT}) {
            List<InetAddress> listening = listeningAddresses(port);
            assertThat(listening).as("sockets listening on :" + port).isNotEmpty()
                    .allSatisfy(a -> assertThat(a.isLoopbackAddress()).as(a + " on :" + port).isTrue());
        }
        // the secrets are in the service's environment, never on its command line (ps shows that to every user)
        String pid = Files.readString(ROOT.resolve(".run").resolve(PROFILE).resolve("pids").resolve("wallet-service.pid")).trim();
        String cmdline = Files.readString(Path.of("/proc", pid, "cmdline")).replace('\0', ' ');
        assertThat(cmdline).doesNotContain(secret("WALLET_SERVICE_PRIVATE_KEY")).doesNotContain("PRIVATE_KEY");

        TestHttp wallet = new TestHttp("http://127.0.0.1:" + PORT);
        String path = "/internal/wallets/" + UUID.randomUUID();
        assertThat(wallet.get(path).status()).isEqualTo(401);
        assertThat(wallet.get(path, "X-Internal-Token", "dev-internal-token").status()).isEqualTo(401);
        assertThat(wallet.get(path, ServiceTokens.HEADER, mint("payment-service", "wallet-service")).status()).isEqualTo(200);
        // a caller wallet-service's internal API does not serve
        assertThat(wallet.get(path, ServiceTokens.HEADER, mint("booking-service", "wallet-service")).status()).isEqualTo(403);
        // actuator is not on the API port
        assertThat(wallet.get("/actuator/health").status()).isIn(401, 404);
        assertThat(new TestHttp("http://127.0.0.1:" + MANAGEMENT_PORT).get("/actuator/health").raw()).contains("\"UP\"");
    }

    private static String secret(String name) throws IOException {
        return Files.readAllLines(SECRETS).stream().filter(l -> l.startsWith(name + "=")).map(l -> l.substring(name.length() + 1))
                .findFirst().orElseThrow();
    }

    private static String mint(String caller, String callee) throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                ROOT.resolve("scripts/ServiceToken.java").toString(), caller, callee, SECRETS.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes()).trim();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        return out;
    }

    /** Runs {@code script} with the launcher's functions loaded, as ./allocar does; fails with its output. */
    private static void bash(String script) throws Exception {
        Process p = new ProcessBuilder("bash", "-c", "set -euo pipefail; ROOT='" + ROOT + "'; source \"$ROOT/scripts/lib.sh\"; select_jdk; "
                + script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(200, TimeUnit.SECONDS)).as(out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
    }

    /** The local addresses of the sockets listening on {@code port}, from the kernel's tables (what ss reads). */
    static List<InetAddress> listeningAddresses(int port) throws IOException {
        List<InetAddress> found = new ArrayList<>();
        for (String table : new String[] {"/proc/net/tcp", "/proc/net/tcp6"}) {
            for (String line : Files.readAllLines(Path.of(table))) {
                String[] f = line.trim().split("\\s+");
                if (f.length < 4 || !f[3].equals("0A") || !f[1].contains(":")) {
                    continue; // header, or not LISTEN
                }
                String[] local = f[1].split(":");
                if (Integer.parseInt(local[1], 16) == port) {
                    found.add(decode(local[0]));
                }
            }
        }
        return found;
    }

    /** The kernel writes each 32-bit word of the address in host (little-endian) order. */
    private static InetAddress decode(String hex) throws IOException {
        byte[] raw = HexFormat.of().parseHex(hex);
        for (int i = 0; i < raw.length; i += 4) {
            for (int j = 0; j < 2; j++) {
                byte t = raw[i + j];
                raw[i + j] = raw[i + 3 - j];
                raw[i + 3 - j] = t;
            }
        }
        return InetAddress.getByAddress(raw);
    }
}
