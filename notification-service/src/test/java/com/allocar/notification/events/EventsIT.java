package com.allocar.notification.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.notification.support.NotificationIT;
import com.allocar.platform.testing.TestEvents;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The owners' events on the real broker → feed lines, e-mails in GreenMail, SMS at the aggregator, the attempt log. */
class EventsIT extends NotificationIT {

    private static final String BOOKINGS = "booking.bookings";
    private final Instant departure = Instant.parse("2027-01-15T07:30:00Z");

    /** A fresh event on {@code topic} sent after what is tested: once it is handled, everything before it was (one partition). */
    private void drained(String topic) {
        UUID key = UUID.randomUUID();
        var marker = send(topic, "marker.ignored", key, Map.of("id", key.toString()));
        // an unknown type is not recorded in the inbox: use a heard type whose recipient nobody is
        var heard = switch (topic) {
            case BOOKINGS -> send(topic, "booking.created", key, bookingChanged(key, stranger(), stranger(), "pending", null, departure));
            case "booking.disputes" -> send(topic, "dispute.updated", key, disputeChanged(key, key, stranger(), stranger(), "open", "open", null));
            default -> send(topic, "payout.completed", key, Map.of("payout_id", key.toString(), "user_id", UUID.randomUUID().toString(),
                    "amount", 1000.0, "currency", "XOF", "provider", "wave", "provider_ref", "x", "completed_at", Instant.now().toString()));
        };
        eventually(() -> handled(heard.eventId()) == 1);
        assertThat(handled(marker.eventId())).isZero();
    }

    /** booking's RefundRequested, shaped like its fixture. */
    private static Map<String, Object> refundRequested(UUID booking, Member passenger, Member driver, double refund, double fee, String reason) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("refund_id", UUID.randomUUID().toString());
        p.put("booking_id", booking.toString());
        p.put("passenger_id", passenger.id().toString());
        p.put("driver_id", driver.id().toString());
        p.put("amount_paid", 9000.0);
        p.put("refund_amount", refund);
        p.put("fee_amount", fee);
        p.put("currency", "XOF");
        p.put("reason", reason);
        p.put("requested_at", Instant.now().toString());
        return p;
    }

    private Member stranger() {
        return new Member(UUID.randomUUID(), null, null);
    }

    @Test
    void booking_paid_confirms_to_the_passenger_by_feed_mail_and_sms_and_tells_the_driver() {
        Member passenger = member();
        Member driver = member("en");
        UUID booking = UUID.randomUUID();
        var paid = send(BOOKINGS, "booking.paid", booking, bookingChanged(booking, passenger, driver, "paid", "accepted", departure));
        var code = send(BOOKINGS, "check_in.issued", booking, checkInIssued(booking, passenger, driver, "K7PX3M9Q", departure));
        eventually(() -> "sent".equals(attempt(code.eventId(), passenger.id(), "sms")) && "sent".equals(attempt(code.eventId(), passenger.id(), "email"))
                && "sent".equals(attempt(paid.eventId(), driver.id(), "email")));
        assertThat(attempt(paid.eventId(), passenger.id(), "sms")).as("booking.paid is the driver's; the code confirms").isNull();

        var sms = smsTo(passenger.phone());
        assertThat(sms).hasSize(1);
        assertThat(sms.get(0).path("from").asString()).isEqualTo("AlloCar");
        assertThat(sms.get(0).path("text").asString()).contains("confirmée").contains("9 000 FCFA").contains("15/01/2027 à 07:30")
                .contains(booking.toString().substring(0, 8).toUpperCase()).contains("K7PX3M9Q");
        var mail = mailTo(passenger.email());
        assertThat(mail).hasSize(1);
        assertThat(mail.get(0).path("subject").asString()).isEqualTo("Réservation confirmée pour le 15/01/2027 à 07:30");
        assertThat(mail.get(0).path("body").asString()).contains("code d'embarquement : K7PX3M9Q");
        assertThat(jdbc.sql("SELECT html_body FROM notifications WHERE event_id = ? AND user_id = ? AND channel = 'email'")
                .params(code.eventId(), passenger.id()).query(String.class).single()).startsWith("<!DOCTYPE html>").contains("Réservation confirmée");
        assertThat(jdbc.sql("SELECT provider_id FROM notifications WHERE event_id = ? AND user_id = ? AND channel = 'sms'")
                .params(code.eventId(), passenger.id()).query(String.class).single()).isEqualTo(sms.get(0).path("id").asString());

        var driverMail = mailTo(driver.email());
        assertThat(driverMail.get(0).path("subject").asString()).isEqualTo("A booking is paid for 15 Jan 2027 at 07:30");
        assertThat(smsTo(driver.phone())).as("no SMS to the driver for a paid seat").isEmpty();
        assertThat(attempt(code.eventId(), passenger.id(), "push")).isEqualTo("skipped");
        assertThat(jdbc.sql("SELECT error FROM notifications WHERE event_id = ? AND user_id = ? AND channel = 'push'")
                .params(code.eventId(), passenger.id()).query(String.class).single()).as("pushes: PushIT").isEqualTo("no_device");

        var feed = http().get("/api/v1/me/notifications", auth(passenger.id()));
        assertThat(feed.data()).hasSize(1);
        assertThat(feed.data().get(0).path("template").asString()).isEqualTo("booking_confirmed");
        assertThat(feed.data().get(0).path("category").asString()).isEqualTo("payment");
        assertThat(feed.data().get(0).path("data").path("booking_id").asString()).isEqualTo(booking.toString());
        assertThat(http().get("/api/v1/me/notifications", auth(driver.id())).data().get(0).path("title").asString()).isEqualTo("Seat paid");
    }

    @Test
    void the_same_event_delivered_twice_notifies_once() {
        Member passenger = member();
        Member driver = member();
        UUID booking = UUID.randomUUID();
        var paid = send(BOOKINGS, "booking.paid", booking, bookingChanged(booking, passenger, driver, "paid", "accepted", departure));
        var code = send(BOOKINGS, "check_in.issued", booking, checkInIssued(booking, passenger, driver, "K7PX3M9Q", departure));
        paid.again();
        code.again();
        drained(BOOKINGS);
        eventually(() -> "sent".equals(attempt(code.eventId(), passenger.id(), "sms")));
        assertThat(handled(paid.eventId())).isEqualTo(1);
        assertThat(handled(code.eventId())).isEqualTo(1);
        assertThat(feedCount(passenger.id())).isEqualTo(1);
        assertThat(feedCount(driver.id())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE event_id = ?").param(paid.eventId()).query(Long.class).single())
                .as("driver in_app push email").isEqualTo(3);
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE event_id = ?").param(code.eventId()).query(Long.class).single())
                .as("passenger in_app push email sms").isEqualTo(4);
        assertThat(smsTo(passenger.phone())).hasSize(1);
        eventually(() -> "sent".equals(attempt(code.eventId(), passenger.id(), "email")));
        assertThat(mailTo(passenger.email())).hasSize(1);
    }

    @Test
    void a_category_turned_off_silences_it_but_a_transactional_one_is_always_sent() {
        Member passenger = member();
        Member driver = member();
        assertThat(http().patch("/api/v1/me/notification-preferences", body("booking", false), auth(passenger.id())).status()).isEqualTo(200);
        UUID booking = UUID.randomUUID();
        var accepted = send(BOOKINGS, "booking.accepted", booking, bookingChanged(booking, passenger, driver, "accepted", "pending", departure));
        var code = send(BOOKINGS, "check_in.issued", booking, checkInIssued(booking, passenger, driver, "K7PX3M9Q", departure));
        eventually(() -> "sent".equals(attempt(code.eventId(), passenger.id(), "sms")));
        assertThat(handled(accepted.eventId())).isEqualTo(1);
        for (String channel : new String[] {"in_app", "push", "email", "sms"}) {
            assertThat(attempt(accepted.eventId(), passenger.id(), channel)).as(channel).isEqualTo("skipped");
        }
        assertThat(jdbc.sql("SELECT DISTINCT error FROM notifications WHERE event_id = ?").param(accepted.eventId()).query(String.class).list())
                .containsExactly("opted_out");
        assertThat(smsTo(passenger.phone())).as("only the confirmation").hasSize(1);
        assertThat(http().get("/api/v1/me/notifications", auth(passenger.id())).data().get(0).path("template").asString())
                .isEqualTo("booking_confirmed");
        // a stored "off" for a transactional category (never accepted by the API) still does not silence it
        jdbc.sql("INSERT INTO preferences (user_id, category, enabled, updated_at) VALUES (?, 'payment', false, now())").param(driver.id()).update();
        UUID other = UUID.randomUUID();
        var paid2 = send(BOOKINGS, "booking.paid", other, bookingChanged(other, member(), driver, "paid", "accepted", departure));
        eventually(() -> "sent".equals(attempt(paid2.eventId(), driver.id(), "email")));
    }

    @Test
    void a_request_goes_to_the_driver_and_a_paid_cancellation_tells_both_with_the_refund_and_fee() {
        Member passenger = member();
        Member driver = member();
        UUID booking = UUID.randomUUID();
        var created = send(BOOKINGS, "booking.created", booking, bookingChanged(booking, passenger, driver, "pending", null, departure));
        var cancelled = send(BOOKINGS, "booking.cancelled", booking, bookingChanged(booking, passenger, driver, "cancelled", "paid", departure));
        var refund = refundRequested(booking, passenger, driver, 6750.0, 2250.0, "passenger_cancelled");
        var requested = send(BOOKINGS, "refund.requested", booking, refund);
        eventually(() -> "sent".equals(attempt(requested.eventId(), passenger.id(), "sms")));
        assertThat(attempt(created.eventId(), driver.id(), "in_app")).isEqualTo("sent");
        assertThat(attempt(created.eventId(), passenger.id(), "in_app")).as("the passenger made the request").isNull();
        assertThat(handled(cancelled.eventId())).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE event_id = ?").param(cancelled.eventId()).query(Long.class).single())
                .as("a paid booking's cancellation is told by its refund decision").isZero();
        assertThat(smsTo(passenger.phone()).get(0).path("text").asString()).contains("Remboursement 6 750 FCFA").contains("frais retenus 2 250 FCFA");
        assertThat(attempt(requested.eventId(), driver.id(), "in_app")).isEqualTo("sent");
        assertThat(jdbc.sql("SELECT template FROM feed_items WHERE event_id = ? AND user_id = ?").params(requested.eventId(), driver.id())
                .query(String.class).single()).isEqualTo("booking_cancelled");
    }

    @Test
    void a_trip_cancelled_by_the_driver_and_a_moved_departure_reach_the_passenger_by_sms() {
        Member passenger = member();
        Member driver = member();
        UUID booking = UUID.randomUUID();
        Instant moved = Instant.parse("2027-01-15T09:00:00Z");
        var rescheduled = send(BOOKINGS, "booking.rescheduled", booking, bookingChanged(booking, passenger, driver, "paid", "paid", moved));
        var refund = refundRequested(booking, passenger, driver, 9000.0, 0.0, "trip_cancelled");
        var tripCancelled = send(BOOKINGS, "refund.requested", booking, refund);
        eventually(() -> "sent".equals(attempt(tripCancelled.eventId(), passenger.id(), "sms")) && "sent".equals(attempt(rescheduled.eventId(), passenger.id(), "sms")));
        var texts = smsTo(passenger.phone()).findValues("text").stream().map(n -> n.asString()).toList();
        assertThat(texts).anyMatch(t -> t.contains("déplacé au 15/01/2027 à 09:00"));
        assertThat(texts).anyMatch(t -> t.contains("le conducteur a annulé le trajet") && t.contains("9 000 FCFA"));
        assertThat(attempt(tripCancelled.eventId(), driver.id(), "in_app")).as("the driver cancelled it himself").isNull();
        assertThat(attempt(rescheduled.eventId(), driver.id(), "in_app")).isNull();
    }

    @Test
    void payment_identity_and_chat_events_reach_their_member_and_a_missing_contact_is_skipped() {
        Member driver = member();
        UUID payout = UUID.randomUUID();
        var failed = send("payment.payments", "payout.failed", driver.id(), Map.of("payout_id", payout.toString(), "user_id", driver.id().toString(),
                "amount", 25000.0, "currency", "XOF", "reason", "recipient not found", "failed_at", Instant.now().toString()));
        var kyc = send("identity.kyc", "kyc.rejected", driver.id(), Map.of("document_id", UUID.randomUUID().toString(),
                "user_id", driver.id().toString(), "doc_type", "driver_license", "status", "rejected", "notes", "Photo illisible",
                "reviewed_by", UUID.randomUUID().toString(), "reviewed_at", Instant.now().toString()));
        UUID nobody = UUID.randomUUID();
        var chat = send("messaging.messages", "message.created", UUID.randomUUID(), Map.of("message_id", UUID.randomUUID().toString(),
                "booking_id", UUID.randomUUID().toString(), "trip_id", UUID.randomUUID().toString(), "sender_id", driver.id().toString(),
                "recipient_id", nobody.toString(), "type", "text", "content_preview", "J'arrive", "flagged", false,
                "recipient_connected", false, "created_at", Instant.now().toString()));
        // the recipient had the chat open: they read it live, nobody is pushed
        var seen = send("messaging.messages", "message.created", UUID.randomUUID(), Map.of("message_id", UUID.randomUUID().toString(),
                "booking_id", UUID.randomUUID().toString(), "trip_id", UUID.randomUUID().toString(), "sender_id", driver.id().toString(),
                "recipient_id", nobody.toString(), "type", "text", "content_preview", "Je suis là", "flagged", false,
                "recipient_connected", true, "created_at", Instant.now().toString()));
        var refunded = send("payment.payments", "payment.refunded", UUID.randomUUID(), Map.of("refund_id", UUID.randomUUID().toString(),
                "payment_id", UUID.randomUUID().toString(), "booking_id", UUID.randomUUID().toString(), "user_id", nobody.toString(),
                "driver_id", driver.id().toString(), "refund_amount", 6750.0, "destination", "wallet", "currency", "XOF",
                "refunded_at", Instant.now().toString()));
        eventually(() -> "sent".equals(attempt(failed.eventId(), driver.id(), "sms")) && "sent".equals(attempt(kyc.eventId(), driver.id(), "email"))
                && handled(chat.eventId()) == 1 && handled(seen.eventId()) == 1 && handled(refunded.eventId()) == 1);
        assertThat(smsTo(driver.phone()).get(0).path("text").asString()).contains("25 000 FCFA");
        assertThat(mailTo(driver.email()).findValues("body").stream().map(n -> n.asString())).anyMatch(b -> b.contains("Motif : Photo illisible"));
        assertThat(attempt(chat.eventId(), nobody, "push")).isEqualTo("skipped");
        assertThat(attempt(chat.eventId(), nobody, "in_app")).as("chat is push only").isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE event_id = ?").param(seen.eventId()).query(Long.class).single()).isZero();
        assertThat(attempt(refunded.eventId(), nobody, "email")).isEqualTo("skipped");
        assertThat(jdbc.sql("SELECT error FROM notifications WHERE event_id = ? AND channel = 'email'").param(refunded.eventId())
                .query(String.class).single()).isEqualTo("no_email");
        assertThat(attempt(refunded.eventId(), nobody, "in_app")).as("the feed needs no contact").isEqualTo("sent");
    }

    /** booking's DisputeChanged, shaped like its fixtures. */
    private static Map<String, Object> disputeChanged(UUID dispute, UUID booking, Member passenger, Member driver, String status, String previous,
                                                      String resolution) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("dispute_id", dispute.toString());
        p.put("booking_id", booking.toString());
        p.put("passenger_id", passenger.id().toString());
        p.put("driver_id", driver.id().toString());
        p.put("opened_by", passenger.id().toString());
        p.put("category", "driver_behaviour");
        p.put("status", status);
        p.put("previous_status", previous);
        p.put("resolution", resolution);
        p.put("occurred_at", Instant.now().toString());
        return p;
    }

    @Test
    void a_dispute_tells_its_opener_each_step_and_the_other_party_its_decision() {
        Member passenger = member();
        Member driver = member();
        UUID dispute = UUID.randomUUID();
        UUID booking = UUID.randomUUID();
        String topic = "booking.disputes";
        var opened = send(topic, "dispute.opened", dispute, disputeChanged(dispute, booking, passenger, driver, "open", null, null));
        var inReview = send(topic, "dispute.updated", dispute, disputeChanged(dispute, booking, passenger, driver, "in_review", "open", null));
        var decided = send(topic, "dispute.updated", dispute, disputeChanged(dispute, booking, passenger, driver, "resolved", "in_review",
                "Le conducteur a été averti ; 2 000 FCFA vous sont remboursés."));
        var edited = send(topic, "dispute.updated", dispute, disputeChanged(dispute, booking, passenger, driver, "resolved", "resolved",
                "Le conducteur a été averti."));
        TestEvents.send(topic, decided.key(), decided.json()); // redelivered: told once
        eventually(() -> "sent".equals(attempt(decided.eventId(), driver.id(), "email")) && "sent".equals(attempt(decided.eventId(), passenger.id(), "email"))
                && handled(edited.eventId()) == 1);
        drained(topic);

        assertThat(attempt(opened.eventId(), passenger.id(), "email")).isEqualTo("sent");
        assertThat(attempt(opened.eventId(), driver.id(), "in_app")).as("the other party hears of it when it is decided").isNull();
        assertThat(attempt(inReview.eventId(), passenger.id(), "in_app")).isEqualTo("sent");
        assertThat(attempt(inReview.eventId(), driver.id(), "in_app")).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE event_id = ? AND channel = 'sms'").param(decided.eventId()).query(Long.class)
                .single()).as("no SMS for a dispute").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE event_id = ?").param(edited.eventId()).query(Long.class).single())
                .as("a resolution edited in place tells nobody").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE event_id = ? AND channel = 'email'").param(decided.eventId())
                .query(Long.class).single()).as("one e-mail each, though delivered twice").isEqualTo(2);
        var passengerMail = mailTo(passenger.email()).findValues("body").stream().map(n -> n.asString()).toList();
        assertThat(passengerMail).anyMatch(b -> b.contains("Votre signalement") && b.contains("est résolu")
                && b.contains("Décision de l'équipe AlloCar : Le conducteur a été averti ; 2 000 FCFA vous sont remboursés."));
        assertThat(passengerMail).anyMatch(b -> b.contains("Nous avons bien reçu votre signalement"));
        assertThat(mailTo(driver.email()).findValues("body").stream().map(n -> n.asString()))
                .anyMatch(b -> b.contains("Le signalement") && b.contains("ouvert sur la réservation") && b.contains("est résolu"));
        assertThat(jdbc.sql("SELECT category FROM feed_items WHERE event_id = ? AND user_id = ?").params(decided.eventId(), driver.id())
                .query(String.class).single()).isEqualTo("support");
    }

    @Test
    void a_member_who_registers_is_remembered_and_welcomed_by_mail_and_garbage_is_dead_lettered() {
        UUID user = UUID.randomUUID();
        String email = "w-" + user + "@example.ci";
        com.allocar.platform.testing.TestEvents.send("identity.users", user.toString(), "{\"not\": \"an event\"}");
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("user_id", user.toString());
        p.put("phone", null);
        p.put("email", email);
        p.put("first_name", "Koffi");
        p.put("last_name", "Yao");
        p.put("referral_code", "KOF1");
        p.put("sign_up_method", "email");
        p.put("registered_at", Instant.now().toString());
        var registered = send("identity.users", "user.registered", user, p);
        eventually(() -> "sent".equals(attempt(registered.eventId(), user, "email")));
        assertThat(mailTo(email).get(0).path("subject").asString()).isEqualTo("Bienvenue sur AlloCar, Koffi");
        assertThat(jdbc.sql("SELECT email FROM recipients WHERE user_id = ?").param(user).query(String.class).single()).isEqualTo(email);
        // the garbage did not block the partition and is not lost: it waits in identity.users.dlt with where it came from
        var dead = com.allocar.platform.testing.KafkaProbe.recordsWithKey(com.allocar.platform.testing.TestInfra.KAFKA, "identity.users.dlt",
                user.toString(), java.time.Duration.ofSeconds(1));
        assertThat(dead).singleElement().satisfies(r -> {
            assertThat(r.value()).isEqualTo("{\"not\": \"an event\"}");
            assertThat(new String(r.headers().lastHeader("kafka_dlt-original-topic").value())).isEqualTo("identity.users");
        });
    }

    @Test
    void a_poison_record_inside_a_batch_is_dead_lettered_alone_and_its_neighbours_are_told_once() {
        Member driver = member();
        String topic = "payment.payments";
        java.util.List<UUID> good = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            if (i == 20) {
                TestEvents.send(topic, driver.id().toString(), "{\"event_id\": \"" + UUID.randomUUID() + "\", \"type\": \"payout.completed\", \"payload\": 7}");
            }
            good.add(send(topic, "payout.completed", driver.id(), Map.of("payout_id", UUID.randomUUID().toString(), "user_id",
                    driver.id().toString(), "amount", 1000.0 + i, "currency", "XOF", "completed_at", Instant.now().toString())).eventId());
        }
        eventually(() -> good.stream().allMatch(id -> handled(id) == 1));
        drained(topic);
        assertThat(feedCount(driver.id())).as("one feed line per good event, none twice, none lost").isEqualTo(40);
        var dead = com.allocar.platform.testing.KafkaProbe.recordsWithKey(com.allocar.platform.testing.TestInfra.KAFKA, topic + ".dlt",
                driver.id().toString(), java.time.Duration.ofSeconds(1));
        assertThat(dead).singleElement().satisfies(r -> assertThat(r.value()).contains("\"payload\": 7"));
    }

    @Test
    void an_event_older_than_a_day_is_heard_once_but_tells_nobody() {
        Member passenger = member();
        Member driver = member();
        UUID booking = UUID.randomUUID();
        UUID id = UUID.randomUUID();
        String json = com.allocar.platform.testing.TestEvents.envelope(id, "check_in.issued", booking.toString(),
                Instant.now().minus(java.time.Duration.ofHours(25)), checkInIssued(booking, passenger, driver, "K7PX3M9Q", departure));
        com.allocar.platform.testing.TestEvents.send("booking.bookings", booking.toString(), json);
        var marker = send("booking.bookings", "check_in.issued", UUID.randomUUID(), checkInIssued(UUID.randomUUID(), passenger, driver,
                "M4RK3R22", departure));
        eventually(() -> "sent".equals(attempt(marker.eventId(), passenger.id(), "in_app")));
        assertThat(handled(id)).as("heard, once").isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM notifications WHERE event_id = ?").param(id).query(Long.class).single()).isZero();
    }
}
