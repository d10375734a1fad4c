package com.allocar.platform.testing;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A packaged service of the fleet run as a real process (its Spring Boot jar, this JVM's java), the way
 * {@code ./allocar up} runs it: for tests that need another service for real. Output goes to a log file.
 */
public final class ServiceProcess {

    private final String name;
    private final int port;
    private final int managementPort;
    private final Path log;
    private final Process process;

    private ServiceProcess(String name, int port, int managementPort, Path log, Process process) {
        this.name = name;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
        this.process = process;
    }

    /**
     * Starts {@code jar} on {@code port} (actuator on a free management port, on loopback) with the JVM options and then
     * the application arguments given, and stops it when this JVM exits. Does not wait: see {@link #awaitHealthy}.
     */
    public static ServiceProcess start(String name, Path jar, int port, List<String> jvmOptions, List<String> args, Path log) {
        if (!Files.exists(jar)) {
            throw new IllegalStateException("missing " + jar + ": package the module first");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        int managementPort = freePort();
        command.addAll(List.of("-jar", jar.toString(), "--server.port=" + port, "--management.server.port=" + managementPort));
        command.addAll(args);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServiceProcess service = new ServiceProcess(name, port, managementPort, log, p);
            Runtime.getRuntime().addShutdownHook(new Thread(service::stop));
            return service;
        } catch (IOException e) {
            throw new IllegalStateException("cannot start " + name, e);
        }
    }

    /** Waits until {@code /actuator/health} answers UP; fails at once if the process died. */
    public ServiceProcess awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " during start-up; see " + log);
            }
            try {
                var r = client.send(HttpRequest.newBuilder(URI.create(managementUrl() + "/actuator/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200 && r.body().contains("UP")) {
                    return this;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException(name + " not healthy within " + timeout.toSeconds() + " s; see " + log);
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Where its actuator answers (health, prometheus). */
    public String managementUrl() {
        return "http://127.0.0.1:" + managementPort;
    }

    /** The process, e.g. to wait for it to exit. */
    public Process process() {
        return process;
    }

    /** Its log so far. */
    public String logText() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    /** Asks the process to stop, then kills it if it has not within 15 s. Idempotent. */
    public void stop() {
        process.destroy();
        try {
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** A port nobody listens on right now. */
    public static int freePort() {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
