package com.allocar.e2e;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.allocar.e2e.Members.Member;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The live half of messaging through the gateway with the JDK's WebSocket client, as the apps connect: the passenger and
 * the driver of a paid booking chat in real time (a phone number arrives masked, a REST post reaches the sockets), a
 * stranger is refused at the handshake, and the driver's positions reach the trip's paid passenger and not a passenger
 * of another trip.
 */
class LiveJourneyE2E {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestHttp http = new TestHttp(Fleet.GATEWAY);

    @BeforeAll
    static void fleet() {
        Fleet.start();
    }

    @Test
    void aPaidBookingsPartiesChatLiveAndThePassengerFollowsTheCar() throws Exception {
        Member driver = Members.signUp(http, "Seydou", "Ouattara");
        Members.approvedKyc(http, driver);
        // leaves in 30 min: the driver's position is shared from 60 min before departure
        String tripId = Members.publishTrip(http, driver, Members.tripToYamoussoukro(Instant.now().plus(30, ChronoUnit.MINUTES), 5000));
        Member passenger = Members.signUp(http, "Mariam", "Coulibaly");
        String bookingId = Members.paidBooking(http, driver, passenger, tripId, new BigDecimal("5000"));

        // the chat socket: the passenger as a browser does (subprotocol), the driver as the app does (header)
        Frames passengerChat = new Frames();
        WebSocket p = socket("/ws/bookings/" + bookingId, passenger, true, passengerChat);
        assertThat(p.getSubprotocol()).isEqualTo("bearer");
        Frames driverChat = new Frames();
        WebSocket d = socket("/ws/bookings/" + bookingId, driver, false, driverChat);

        d.sendText(JSON.writeValueAsString(Map.of("type", "message", "content", "Je suis devant la gare, appelle le 07 01 02 03 04",
                "client_id", "c-1")), true).join();
        JsonNode received = passengerChat.next("message");
        assertThat(received.path("message").path("sender_id").asString()).isEqualTo(driver.id().toString());
        assertThat(received.path("message").path("content").asString()).contains("Je suis devant la gare").doesNotContain("07 01 02 03 04");
        JsonNode own = driverChat.next("message");
        assertThat(own.path("client_id").asString()).isEqualTo("c-1");
        assertThat(own.path("moderation").path("masked").toString()).contains("phone");

        // a REST post reaches the sockets; a client mistake is an error frame and the socket stays open
        var rest = http.post("/api/v1/bookings/" + bookingId + "/messages", Map.of("type", "text", "content", "J'arrive dans 5 minutes"),
                passenger.auth());
        assertThat(rest.status()).as(rest.toString()).isEqualTo(201);
        assertThat(driverChat.next("message").path("message").path("id").asString()).isEqualTo(rest.data().path("id").asString());
        d.sendText("{\"type\":\"message\",\"content\":\"\"}", true).join();
        JsonNode error = driverChat.next("error");
        assertThat(error.path("code").asString()).isEqualTo("validation_error");
        d.sendText(JSON.writeValueAsString(Map.of("type", "ping")), true).join();
        assertThat(driverChat.next("pong").path("type").asString()).isEqualTo("pong");

        // a stranger is refused at the handshake, as is a member without a token
        Member stranger = Members.signUp(http, "Ali", "Sangaré");
        assertThat(refusal("/ws/bookings/" + bookingId, stranger)).isEqualTo(403);
        assertThat(refusal("/ws/bookings/" + bookingId, null)).isEqualTo(401);

        // the driver's position: to the trip's paid passenger, not to a passenger of another trip
        Frames passengerCar = new Frames();
        WebSocket pc = socket("/ws/trips/" + tripId + "/driver-location", passenger, true, passengerCar);
        Frames driverCar = new Frames();
        WebSocket dc = socket("/ws/trips/" + tripId + "/driver-location", driver, false, driverCar);
        String otherTrip = Members.publishTrip(http, driver, Members.tripToYamoussoukro(Instant.now().plus(40, ChronoUnit.MINUTES), 5000));
        Member otherPassenger = Members.signUp(http, "Fanta", "Bamba");
        Members.paidBooking(http, driver, otherPassenger, otherTrip, new BigDecimal("5000"));
        assertThat(refusal("/ws/trips/" + tripId + "/driver-location", otherPassenger)).isEqualTo(403);
        Frames otherCar = new Frames();
        WebSocket oc = socket("/ws/trips/" + otherTrip + "/driver-location", otherPassenger, false, otherCar);

        Map<String, Object> position = new LinkedHashMap<>();
        position.put("type", "location");
        position.put("lat", 5.3364);
        position.put("lon", -4.0267);
        position.put("heading", 90);
        position.put("speed_kmh", 42.5);
        position.put("at", Instant.now().truncatedTo(ChronoUnit.MILLIS).toString());
        dc.sendText(JSON.writeValueAsString(position), true).join();
        JsonNode seen = passengerCar.next("location");
        assertThat(seen.path("trip_id").asString()).isEqualTo(tripId);
        assertThat(seen.path("lat").asDouble()).isEqualTo(5.3364);
        assertThat(otherCar.none("location", Duration.ofSeconds(1))).as("another trip's passenger sees nothing").isTrue();
        // a position from a passenger is refused; the last one is there for a client that reconnects
        pc.sendText(JSON.writeValueAsString(position), true).join();
        assertThat(passengerCar.next("error").path("code").asString()).isEqualTo("forbidden");
        var last = http.get("/api/v1/trips/" + tripId + "/driver-location", passenger.auth());
        assertThat(last.status()).as(last.toString()).isEqualTo(200);
        assertThat(last.data().path("lon").asDouble()).isEqualTo(-4.0267);
        assertThat(http.get("/api/v1/trips/" + tripId + "/driver-location", otherPassenger.auth()).status()).isEqualTo(403);

        for (WebSocket s : new WebSocket[] {p, d, pc, dc, oc}) {
            s.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
        }
    }

    static WebSocket socket(String path, Member member, boolean asSubprotocol, Frames frames) {
        WebSocket.Builder builder = builder(member);
        if (asSubprotocol) {
            builder.subprotocols("bearer", member.accessToken());
        } else {
            builder.header("Authorization", TestHttp.bearer(member.accessToken()));
        }
        return builder.buildAsync(URI.create("ws://127.0.0.1:" + Fleet.GATEWAY_PORT + path), frames).join();
    }

    private static int refusal(String path, Member member) {
        WebSocket.Builder builder = builder(member);
        if (member != null) {
            builder.subprotocols("bearer", member.accessToken());
        }
        var thrown = assertThatThrownBy(() -> builder.buildAsync(URI.create("ws://127.0.0.1:" + Fleet.GATEWAY_PORT + path), new Frames()).join())
                .isInstanceOf(CompletionException.class).actual();
        assertThat(thrown.getCause()).isInstanceOf(WebSocketHandshakeException.class);
        return ((WebSocketHandshakeException) thrown.getCause()).getResponse().statusCode();
    }

    private static WebSocket.Builder builder(Member member) {
        return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().newWebSocketBuilder()
                .header("X-Forwarded-For", member == null ? "10.88.0.1" : member.ip());
    }

    /** The JSON frames a socket received, in order. */
    static final class Frames implements WebSocket.Listener {

        private final BlockingQueue<JsonNode> frames = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                frames.add(JSON.readTree(partial.toString()));
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        /** The next frame of this type (others skipped), within 5 s. */
        JsonNode next(String type) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (System.nanoTime() < deadline) {
                JsonNode f = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (f != null && type.equals(f.path("type").asString())) {
                    return f;
                }
            }
            throw new AssertionError("no '" + type + "' frame within 5 s");
        }

        /** No frame of this type arrives within {@code wait}. */
        boolean none(String type, Duration wait) throws InterruptedException {
            long deadline = System.nanoTime() + wait.toNanos();
            while (System.nanoTime() < deadline) {
                JsonNode f = frames.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (f != null && type.equals(f.path("type").asString())) {
                    return false;
                }
            }
            return true;
        }
    }
}
