package com.allocar.messaging.attachment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import com.allocar.messaging.support.BookingEvents.Booking;
import com.allocar.messaging.support.MessagingIT;
import com.allocar.platform.testing.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** Chat images against the devstack's real S3: presigned PUT, image message, presigned GET; every refusal. */
class AttachmentIT extends MessagingIT {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
    private final HttpClient raw = HttpClient.newHttpClient();

    @Test
    void upload_with_the_presigned_put_post_the_image_and_read_it_with_the_presigned_get() throws Exception {
        Booking b = acceptedBooking();
        JsonNode slot = upload(b, b.passenger(), "image/png", PNG.length);
        assertThat(slot.path("method").asString()).isEqualTo("PUT");
        assertThat(slot.path("headers").path("Content-Type").asString()).isEqualTo("image/png");
        String key = slot.path("object_key").asString();
        assertThat(key).startsWith("bookings/" + b.id() + "/").endsWith(".png");

        // not uploaded yet
        assertThat(fieldsOf(postImage(b, b.passenger(), key))).contains("content");

        assertThat(put(slot, "image/png", PNG)).isEqualTo(200);
        var posted = postImage(b, b.passenger(), key);
        assertThat(posted.status()).as(posted.toString()).isEqualTo(201);
        assertThat(posted.data().path("type").asString()).isEqualTo("image");

        var list = http().get("/api/v1/bookings/" + b.id() + "/messages", auth(b.driver()));
        JsonNode image = list.data().get(0).path("image");
        assertThat(image.path("url").asString()).contains("allocar-chat").contains("X-Amz-Signature");
        assertThat(java.time.Duration.between(java.time.Instant.now(), java.time.Instant.parse(image.path("expires_at").asString())))
                .isBetween(java.time.Duration.ofMinutes(4), java.time.Duration.ofMinutes(5).plusSeconds(5));
        HttpResponse<byte[]> got = raw.send(HttpRequest.newBuilder(URI.create(image.path("url").asString())).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(got.statusCode()).isEqualTo(200);
        assertThat(got.body()).isEqualTo(PNG);

        // the bucket is private: the same object without a signature is refused
        String unsigned = image.path("url").asString().replaceAll("\\?.*$", "");
        assertThat(raw.send(HttpRequest.newBuilder(URI.create(unsigned)).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode())
                .isEqualTo(403);
    }

    @Test
    void the_presigned_put_is_signed_for_its_type_and_length() throws Exception {
        Booking b = acceptedBooking();
        JsonNode slot = upload(b, b.passenger(), "image/png", PNG.length);
        assertThat(put(slot, "image/jpeg", PNG)).isEqualTo(403);
        assertThat(put(slot, "image/png", new byte[PNG.length + 5])).isEqualTo(403);
        assertThat(put(slot, "image/png", PNG)).isEqualTo(200);
    }

    @Test
    void another_bookings_key_another_members_key_or_a_never_issued_key_is_refused() throws Exception {
        Booking b = acceptedBooking();
        Booking other = Booking.fresh();
        other = new Booking(other.id(), other.tripId(), b.passenger(), other.driver(), other.departure());
        com.allocar.messaging.support.BookingEvents.accepted(other, java.time.Instant.now()).send();
        Booking o = other;
        eventually(() -> "accepted".equals(status(o.id())));

        JsonNode slotOfOther = upload(other, b.passenger(), "image/jpeg", PNG.length);
        assertThat(put(slotOfOther, "image/jpeg", PNG)).isEqualTo(200);
        assertThat(fieldsOf(postImage(b, b.passenger(), slotOfOther.path("object_key").asString()))).contains("content");

        JsonNode slotOfPassenger = upload(b, b.passenger(), "image/webp", PNG.length);
        assertThat(put(slotOfPassenger, "image/webp", PNG)).isEqualTo(200);
        assertThat(fieldsOf(postImage(b, b.driver(), slotOfPassenger.path("object_key").asString()))).contains("content");

        assertThat(fieldsOf(postImage(b, b.passenger(), "bookings/" + b.id() + "/" + UUID.randomUUID() + ".png"))).contains("content");
        assertThat(fieldsOf(postImage(b, b.passenger(), ""))).contains("content");
    }

    @Test
    void only_small_jpeg_png_or_webp_images() {
        Booking b = acceptedBooking();
        String path = "/api/v1/bookings/" + b.id() + "/messages/attachments";
        String[] auth = auth(b.passenger());
        assertThat(fieldsOf(http().post(path, body("content_type", "image/gif", "size_bytes", 100), auth))).contains("content_type");
        assertThat(fieldsOf(http().post(path, body("content_type", "image/png", "size_bytes", 5 * 1024 * 1024 + 1), auth))).contains("size_bytes");
        assertThat(fieldsOf(http().post(path, body("content_type", "image/png", "size_bytes", 0), auth))).contains("size_bytes");
        assertThat(fieldsOf(http().post(path, body("content_type", "image/png"), auth))).contains("size_bytes");
        assertThat(fieldsOf(http().post(path, body("content_type", "image/png", "size_bytes", "big"), auth))).contains("size_bytes");
        assertThat(fieldsOf(http().post(path, body("size_bytes", 10), auth))).contains("content_type");
        assertThat(http().post(path, body("content_type", "image/png", "size_bytes", 5 * 1024 * 1024), auth).status()).isEqualTo(201);
    }

    private JsonNode upload(Booking b, UUID member, String type, long size) {
        var r = http().post("/api/v1/bookings/" + b.id() + "/messages/attachments", body("content_type", type, "size_bytes", size), auth(member));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.data();
    }

    private TestHttp.Response postImage(Booking b, UUID sender, String key) {
        return http().post("/api/v1/bookings/" + b.id() + "/messages", Map.of("type", "image", "content", key), auth(sender));
    }

    private int put(JsonNode slot, String contentType, byte[] bytes) throws Exception {
        HttpRequest.Builder req = HttpRequest.newBuilder(URI.create(slot.path("upload_url").asString()))
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).header("Content-Type", contentType);
        return raw.send(req.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
