package com.allocar.notification.channel;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import com.allocar.devstack.fcm.FakeFcm;
import com.allocar.notification.config.NotificationProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The real adapter (Google's auth library + our RestClient) against devstack's fake FCM, started in-process on a free
 * port: the key file's token_uri is honoured, the access token cached and renewed once on a 401, FCM's answers mapped
 * to the device's fate.
 */
class FcmPushSenderTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    static Path dir;

    private static FakeFcm fcm;

    @BeforeAll
    static void start() throws IOException {
        fcm = FakeFcm.standalone(dir);
    }

    @AfterAll
    static void stop() {
        fcm.close();
    }

    private static NotificationProperties.Push props(Path keyFile, String baseUrl) {
        return new NotificationProperties.Push(keyFile.toString(), baseUrl, null, Duration.ofHours(24), Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    private static FcmPushSender sender() {
        return FcmPushSender.from(props(fcm.keyFile(), fcm.baseUrl()), JSON);
    }

    private static PushMessage to(String token) {
        return new PushMessage(token, "Réservation confirmée", "Rendez-vous à 07:30", Map.of("template", "booking_confirmed", "booking_id", "b-1"), true);
    }

    private static String token(String prefix) {
        return prefix + UUID.randomUUID().toString().replace("-", "") + ":APA91b";
    }

    private static PushFailure failure(FcmPushSender sender, PushMessage m) {
        try {
            sender.send(m);
        } catch (PushFailure f) {
            return f;
        }
        throw new AssertionError("FCM took " + m.token());
    }

    @Test
    void the_access_token_comes_from_the_key_files_token_uri_and_is_cached_until_it_expires() throws Exception {
        FcmPushSender sender = sender();
        int grants = fcm.grantsIssued();
        String first = token("cache-");
        String second = token("cache-");
        String name = sender.send(to(first));
        sender.send(to(second));
        sender.send(to(second));
        assertThat(fcm.grantsIssued() - grants).as("one JWT grant for three sends").isEqualTo(1);
        assertThat(name).startsWith("projects/allocar-dev/messages/");
        var push = fcm.pushes(first).getFirst();
        assertThat(push.name()).isEqualTo(name);
        assertThat(push.title()).isEqualTo("Réservation confirmée");
        assertThat(push.body()).isEqualTo("Rendez-vous à 07:30");
        assertThat(push.data()).containsEntry("booking_id", "b-1").containsEntry("template", "booking_confirmed");
        assertThat(JSON.readTree(push.message()).path("android").path("ttl").asString()).isEqualTo("86400s");
        assertThat(fcm.pushes(second)).hasSize(2);
    }

    @Test
    void a_401_without_fcm_error_renews_the_access_token_once() throws Exception {
        FcmPushSender sender = sender();
        sender.send(to(token("renew-")));
        int grants = fcm.grantsIssued();
        fcm.revokeAccessTokens();
        String t = token("renew-");
        assertThat(sender.send(to(t))).startsWith("projects/allocar-dev/messages/");
        assertThat(fcm.grantsIssued() - grants).isEqualTo(1);
        assertThat(fcm.pushes(t)).hasSize(1);
    }

    @Test
    void access_tokens_another_fcm_never_issued_are_a_failure_for_later_not_the_devices_fault() throws Exception {
        // the key file of one fake, the API of another: the token is refused even when fresh
        try (FakeFcm other = FakeFcm.standalone(Files.createDirectories(dir.resolve("other")))) {
            FcmPushSender sender = FcmPushSender.from(props(fcm.keyFile(), other.baseUrl()), JSON);
            PushFailure f = failure(sender, to(token("other-")));
            assertThat(f.kind()).isEqualTo(PushFailure.Kind.TRANSIENT);
            assertThat(f.getMessage()).contains("401").contains("UNAUTHENTICATED");
        }
    }

    @ParameterizedTest
    @CsvSource({"unregistered-, DEVICE_GONE, UNREGISTERED", "mismatch-, DEVICE_GONE, SENDER_ID_MISMATCH", "invalid-, DEVICE_GONE, INVALID_ARGUMENT",
            "quota-, TRANSIENT, ", "unavailable-, TRANSIENT, ", "internal-, TRANSIENT, ", "thirdparty-, PERMANENT, THIRD_PARTY_AUTH_ERROR"})
    void fcm_answers_decide_the_devices_fate(String prefix, PushFailure.Kind kind, String errorCode) {
        PushFailure f = failure(sender(), to(token(prefix)));
        assertThat(f.kind()).isEqualTo(kind);
        assertThat(f.permanent()).isEqualTo(kind != PushFailure.Kind.TRANSIENT);
        if (errorCode != null) {
            assertThat(f.errorCode()).isEqualTo(errorCode);
        }
        assertThat(f.getMessage()).startsWith("FCM ");
    }

    @Test
    void retry_after_is_kept_from_the_answer() {
        assertThat(failure(sender(), to(token("quota-"))).retryAfter()).isEqualTo(Duration.ofSeconds(60));
        assertThat(failure(sender(), to(token("unavailable-"))).retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(failure(sender(), to(token("internal-"))).retryAfter()).isNull();
        assertThat(FcmPushSender.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
        assertThat(FcmPushSender.retryAfter("soon")).isNull();
    }

    @Test
    void a_message_fcm_refuses_is_refused_for_good_and_the_device_kept() {
        // a reserved data key: the message's fault (400 INVALID_ARGUMENT), not the token's
        PushFailure f = failure(sender(), new PushMessage(token("data-"), "t", "b", Map.of("from", "x"), true));
        assertThat(f.kind()).isEqualTo(PushFailure.Kind.PERMANENT);
        assertThat(f.getMessage()).contains("400");
    }

    @Test
    void a_long_chat_preview_reaches_fcm_cut_to_its_limit() throws Exception {
        String t = token("long-");
        sender().send(new PushMessage(t, "Nouveau message", "Je suis à l'arrêt ".repeat(400), Map.of("template", "chat_message"), true));
        assertThat(fcm.pushes(t).getFirst().body()).endsWith("…").hasSizeLessThan(4096);
    }

    @Test
    void fcm_unreachable_is_a_failure_for_later() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        PushFailure f = failure(FcmPushSender.from(props(fcm.keyFile(), "http://127.0.0.1:" + closed), JSON), to(token("down-")));
        assertThat(f.kind()).isEqualTo(PushFailure.Kind.TRANSIENT);
        assertThat(f.getMessage()).contains("unreachable");
    }

    @Test
    void without_credentials_push_is_off_and_an_unreadable_key_file_stops_the_start() {
        var none = new NotificationProperties.Push(" ", "https://fcm.googleapis.com", null, Duration.ofHours(24), Duration.ofSeconds(2),
                Duration.ofSeconds(5));
        assertThat(ChannelsConfiguration.pushSender(none, JSON).configured()).isFalse();
        assertThat(ChannelsConfiguration.pushSender(props(fcm.keyFile(), fcm.baseUrl()), JSON).configured()).isTrue();
        assertThatThrownBy(() -> ChannelsConfiguration.pushSender(props(dir.resolve("missing.json"), fcm.baseUrl()), JSON))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("missing.json");
    }
}
