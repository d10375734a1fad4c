package com.allocar.e2e;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.allocar.e2e.LiveJourneyE2E.Frames;
import com.allocar.e2e.Members.Member;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chat from a second kind of client and across two messaging-service instances: the passenger runs the Node script
 * of {@code e2e-tests/node/ws-chat.mjs} (npm {@code ws}, token as the subprotocol, as a browser must) through the
 * gateway, which routes to instance 1; the driver's JDK socket is held by instance 2. Each sees the other's message
 * only if the two instances fan out to each other through Redis.
 */
class NodeClientAndTwoInstancesE2E {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path NODE_CLIENT = Path.of("node");

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);

    @BeforeAll
    static void fleetAndNodeClient() throws Exception {
        Fleet.start();
        if (!Files.isDirectory(NODE_CLIENT.resolve("node_modules").resolve("ws"))) {
            // the lock file pins ws; npm's registry is reachable from CI
            Process install = new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund").directory(NODE_CLIENT.toFile())
                    .redirectErrorStream(true).redirectOutput(Path.of("target", "npm-ci.log").toFile()).start();
            assertThat(install.waitFor(180, TimeUnit.SECONDS)).as("npm ci within 3 min").isTrue();
            assertThat(install.exitValue()).as(Files.readString(Path.of("target", "npm-ci.log"))).isZero();
        }
    }

    @Test
    void aNodeClientThroughTheGatewayAndAJdkClientOnAnotherInstanceChat() throws Exception {
        Member driver = Members.signUp(http, "Koffi", "Yao");
        Members.approvedKyc(http, driver);
        String tripId = Members.publishTrip(http, driver, Members.tripToYamoussoukro(Instant.now().plus(1, ChronoUnit.DAYS), 6000));
        Member passenger = Members.signUp(http, "Awa", "Diallo");
        String bookingId = Members.paidBooking(http, driver, passenger, tripId, new BigDecimal("6000"));

        // the driver on instance 2, straight to the service (the gateway knows instance 1 only)
        Frames driverChat = new Frames();
        WebSocket driverSocket = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Authorization", TestHttp.bearer(driver.accessToken()))
                .buildAsync(URI.create("ws://127.0.0.1:" + Fleet.MESSAGING_2_PORT + "/ws/bookings/" + bookingId), driverChat).join();

        Path out = Path.of("target", "node-ws-chat.out");
        Process node = new ProcessBuilder("node", "ws-chat.mjs", "ws://127.0.0.1:" + Fleet.GATEWAY_PORT + "/ws/bookings/" + bookingId,
                passenger.accessToken(), "Bonjour depuis Node, mon mail est awa@example.com")
                .directory(NODE_CLIENT.toFile()).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        try {
            JsonNode fromNode = driverChat.next("message");
            assertThat(fromNode.path("message").path("sender_id").asString()).isEqualTo(passenger.id().toString());
            assertThat(fromNode.path("message").path("content").asString()).startsWith("Bonjour depuis Node").doesNotContain("awa@example.com");

            driverSocket.sendText(JSON.writeValueAsString(Map.of("type", "message", "content", "Bien reçu, à demain 7 h")), true).join();
            assertThat(node.waitFor(20, TimeUnit.SECONDS)).as("the Node client ends once it has its echo and the reply").isTrue();
            List<JsonNode> lines = lines(out);
            assertThat(node.exitValue()).as(lines.toString()).isZero();
            assertThat(lines.getFirst().path("protocol").asString()).isEqualTo("bearer");
            assertThat(lines).anySatisfy(l -> {
                assertThat(l.path("frame").path("type").asString()).isEqualTo("message");
                assertThat(l.path("frame").path("message").path("sender_id").asString()).isEqualTo(driver.id().toString());
                assertThat(l.path("frame").path("message").path("content").asString()).isEqualTo("Bien reçu, à demain 7 h");
            });
        } finally {
            node.destroyForcibly();
            driverSocket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }

        // both messages are stored once, whichever instance took them
        var history = http.get("/api/v1/bookings/" + bookingId + "/messages", passenger.auth());
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.data()).hasSize(2);
    }

    @Test
    void aNodeClientWithAStrangersTokenIsRefusedAtTheHandshake() throws Exception {
        Member driver = Members.signUp(http, "Moussa", "Traoré");
        Members.approvedKyc(http, driver);
        String tripId = Members.publishTrip(http, driver, Members.tripToYamoussoukro(Instant.now().plus(1, ChronoUnit.DAYS), 6000));
        Member passenger = Members.signUp(http, "Inès", "Kouadio");
        String bookingId = Members.paidBooking(http, driver, passenger, tripId, new BigDecimal("6000"));
        Member stranger = Members.signUp(http, "Eric", "Gnagne");

        Path out = Path.of("target", "node-ws-refused.out");
        Process node = new ProcessBuilder("node", "ws-chat.mjs", "ws://127.0.0.1:" + Fleet.GATEWAY_PORT + "/ws/bookings/" + bookingId,
                stranger.accessToken(), "Je peux lire ?").directory(NODE_CLIENT.toFile())
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(node.waitFor(20, TimeUnit.SECONDS)).isTrue();
        List<JsonNode> lines = lines(out);
        assertThat(node.exitValue()).as(lines.toString()).isEqualTo(4);
        assertThat(lines.getFirst().path("status").asInt()).isEqualTo(403);
    }

    private static List<JsonNode> lines(Path out) throws IOException {
        return Files.readAllLines(out, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("{")).map(JSON::readTree).toList();
    }
}
