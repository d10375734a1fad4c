package com.allocar.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outside the local profile a service started without its secrets refuses to start, and says which variables to set —
 * no public default can stand in for them. Each packaged service, as a real process with an empty environment.
 */
class RequiredSecretsE2E {

    /** What each service needs, by the variable its application.yml reads. */
    private static final Map<String, List<String>> SECRETS = Map.of(
            "identity-service", List.of("ALLOCAR_DB_PASSWORD", "ALLOCAR_SERVICE_TRUSTED_KEYS", "ALLOCAR_JWT_PRIVATE_KEY_PEM", "ALLOCAR_OTP_PEPPER",
                    "SMS_CLIENT_ID", "SMS_CLIENT_SECRET", "ALLOCAR_S3_ACCESS_KEY", "ALLOCAR_S3_SECRET_KEY"),
            "trip-service", List.of("ALLOCAR_DB_PASSWORD", "ALLOCAR_SERVICE_TRUSTED_KEYS"),
            "booking-service", List.of("ALLOCAR_DB_PASSWORD", "ALLOCAR_SERVICE_PRIVATE_KEY", "ALLOCAR_SERVICE_TRUSTED_KEYS"),
            "payment-service", List.of("ALLOCAR_DB_PASSWORD", "ALLOCAR_SERVICE_PRIVATE_KEY", "ALLOCAR_SERVICE_TRUSTED_KEYS", "WAVE_API_KEY",
                    "WAVE_WEBHOOK_SECRET", "OM_CLIENT_SECRET", "MTN_API_KEY", "MTN_DISBURSEMENT_API_KEY", "STRIPE_SECRET_KEY",
                    "STRIPE_WEBHOOK_SECRET"),
            "wallet-service", List.of("ALLOCAR_DB_PASSWORD", "ALLOCAR_SERVICE_PRIVATE_KEY", "ALLOCAR_SERVICE_TRUSTED_KEYS"));

    @Test
    void everyServiceRefusesToStartWithoutItsSecretsAndNamesThem() throws Exception {
        Path root = Path.of(System.getProperty("allocar.root", ".."));
        List<Process> processes = new ArrayList<>();
        List<Path> logs = new ArrayList<>();
        List<String> names = new ArrayList<>(SECRETS.keySet());
        for (String service : names) {
            Path log = Path.of("target", "secrets-check", service + ".log");
            Files.createDirectories(log.getParent());
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", root.resolve(service).resolve("target").resolve(service + ".jar").toString(),
                    "--spring.profiles.active=prod", "--server.port=0", "--management.server.port=0")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            // nothing inherited: a production host that forgot its secrets
            pb.environment().clear();
            processes.add(pb.start());
            logs.add(log);
        }
        for (int i = 0; i < names.size(); i++) {
            Process p = processes.get(i);
            boolean exited = p.waitFor(120, TimeUnit.SECONDS);
            if (!exited) {
                p.destroyForcibly();
            }
            String out = read(logs.get(i));
            assertThat(exited).as(names.get(i) + " is still running without its secrets:\n" + out).isTrue();
            assertThat(p.exitValue()).as(names.get(i)).isNotZero();
            assertThat(out).as(names.get(i)).contains("refuses to start without its secrets");
            for (String variable : SECRETS.get(names.get(i))) {
                assertThat(out).as(names.get(i) + " names " + variable).contains(variable);
            }
            // it stopped before touching anything: no database connection was opened
            assertThat(out).as(names.get(i)).doesNotContain("HikariPool-1 - Start completed");
        }
    }

    private static String read(Path log) throws IOException {
        return Files.exists(log) ? Files.readString(log) : "";
    }
}
