package com.allocar.booking.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.ServiceProcess;
import com.allocar.platform.testing.TestInfra;
import com.allocar.platform.testing.TestServiceKeys;
import com.allocar.platform.testing.TestTokens;

/**
 * The REAL trip-service for booking-service's integration tests: its built jar, run as a child process on a free
 * port against our private infrastructure (its own schema {@code trip} of the test database, our Kafka broker, our
 * JWKS). Started once per test JVM, stopped when the JVM exits. Its hold-expiry job runs every second.
 * <p>
 * The jar is {@code ../trip-service/target/trip-service.jar} (or {@code -Dallocar.trip-service.jar=...}); when it is
 * missing or older than trip-service's sources, it is built first ({@code mvnw -f trip-service/pom.xml -DskipTests package}).
 */
public final class TripServiceProcess {

    private static String baseUrl;

    private TripServiceProcess() {
    }

    public static synchronized String baseUrl() {
        if (baseUrl == null) {
            baseUrl = start();
        }
        return baseUrl;
    }

    private static String start() {
        int port = ServiceProcess.freePort();
        String redisDb = env("ALLOCAR_TEST_REDIS_DB", "1");
        return ServiceProcess.start("trip-service", jar(), port, List.of("-Xmx320m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                        Stream.concat(TestServiceKeys.args(FleetService.TRIP).stream(), Stream.of(
                                "--spring.datasource.url=" + TestInfra.JDBC_BASE + "?currentSchema=trip,public",
                                // trusted locally: any password will do, and none is committed
                                "--spring.datasource.password=" + java.util.UUID.randomUUID(),
                                "--spring.datasource.hikari.maximum-pool-size=4",
                                "--spring.kafka.bootstrap-servers=" + TestInfra.KAFKA,
                                "--spring.data.redis.database=" + redisDb,
                                "--allocar.security.jwks-uri=" + TestTokens.get().jwksUri(),
                                "--allocar.jobs.enabled=true",
                                "--allocar.trip.holds.expiry-interval=PT1S",
                                "--allocar.outbox.poll-interval-ms=200",
                                "--logging.structured.format.console=")).toList(),
                        Path.of("target", "trip-service-it.log").toAbsolutePath())
                .awaitHealthy(Duration.ofSeconds(180))
                .url();
    }

    private static Path jar() {
        String explicit = System.getProperty("allocar.trip-service.jar");
        if (explicit != null && !explicit.isBlank()) {
            return Path.of(explicit);
        }
        Path module = Path.of("..", "trip-service").toAbsolutePath().normalize();
        Path jar = module.resolve("target/trip-service.jar");
        if (!Files.exists(jar) || olderThanSources(jar, module.resolve("src"))) {
            build(module);
        }
        return jar;
    }

    private static boolean olderThanSources(Path jar, Path src) {
        try (Stream<Path> files = Files.walk(src)) {
            FileTime built = Files.getLastModifiedTime(jar);
            return files.filter(Files::isRegularFile).anyMatch(f -> {
                try {
                    return Files.getLastModifiedTime(f).compareTo(built) > 0;
                } catch (IOException e) {
                    return false;
                }
            });
        } catch (IOException e) {
            return false;
        }
    }

    private static void build(Path module) {
        Path root = module.getParent();
        try {
            Process p = new ProcessBuilder(root.resolve("mvnw").toString(), "-B", "-q", "-f", module.resolve("pom.xml").toString(),
                    "-DskipTests", "package")
                    .directory(root.toFile()).redirectErrorStream(true)
                    .redirectOutput(new File("target/trip-service-build.log")).start();
            if (p.waitFor() != 0) {
                throw new IllegalStateException("building trip-service failed; see target/trip-service-build.log");
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot build trip-service", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String dflt) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? dflt : v;
    }
}
