package com.allocar.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract the launcher relies on: one READY line on stdout, a clean stop on SIGTERM. */
class DevStackMainTest {

    @TempDir
    Path dir;

    @Test
    void printsOneReadyLineAndStopsOnSigterm() throws Exception {
        int kafka = Ports.freePort("127.0.0.1");
        int smtp = Ports.freePort("127.0.0.1");
        int s3 = Ports.freePort("127.0.0.1");
        int http = Ports.freePort("127.0.0.1");
        int providers = Ports.freePort("127.0.0.1");
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "--sun-misc-unsafe-memory-access=allow",
                "-cp", System.getProperty("java.class.path"), DevStack.class.getName(),
                "--kafka-port=" + kafka, "--smtp-port=" + smtp, "--s3-port=" + s3, "--http-port=" + http,
                "--providers-port=" + providers, "--dir=" + dir)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        // read stdout from the start: once the process is gone its pipe may be closed under us
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = Thread.ofPlatform().daemon().start(() -> {
            try (BufferedReader stdout = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = stdout.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (Exception ignored) {
                // stream closed
            }
        });
        try {
            String first = lines.poll(120, TimeUnit.SECONDS);
            assertThat(first).startsWith("DEVSTACK READY ").contains("kafka=127.0.0.1:" + kafka);
            for (int port : new int[] {kafka, smtp, s3, http, providers}) {
                assertThat(accepts(port)).as("port %d", port).isTrue();
            }

            process.destroy(); // SIGTERM
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stopped within 60 s").isTrue();
            reader.join(10_000);
            assertThat(lines).as("nothing else on stdout").isEmpty();
            for (int port : new int[] {kafka, smtp, s3, http, providers}) {
                assertThat(accepts(port)).as("port %d closed", port).isFalse();
            }
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void badArgumentsExitWithUsage() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                DevStack.class.getName(), "--kafka-port=nope")
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).isEqualTo(2);
        assertThat(output).contains("--kafka-port must be a port number").contains("usage:");
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
