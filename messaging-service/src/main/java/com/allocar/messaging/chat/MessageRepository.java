package com.allocar.messaging.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import com.allocar.messaging.api.MessageType;
import com.allocar.messaging.chat.domain.MaskedKind;
import com.allocar.messaging.chat.domain.ModerationReason;
import com.allocar.platform.events.RecordedEvents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@code messages} table (JDBC): saving a message hands what it recorded to the event writer, in the same
 * transaction. Newest first = {@code created_at DESC, id DESC}; {@code before} is a message id (infinite scroll).
 */
@Repository
class MessageRepository {

    private final JdbcClient jdbc;
    private final RecordedEvents events;

    MessageRepository(JdbcClient jdbc, RecordedEvents events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Stores the message and hands its recorded event to the writer, in one transaction (joined if one is open). */
    @Transactional
    public void save(Message m) {
        jdbc.sql("""
                INSERT INTO messages (id, booking_id, trip_id, sender_id, recipient_id, type, content, flagged, moderation_reason,
                                      masked, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(m.id(), m.bookingId(), m.tripId(), m.senderId(), m.recipientId(), m.type().name().toLowerCase(Locale.ROOT),
                        m.content(), m.isFlagged(), m.moderationReason() == null ? null : m.moderationReason().wire(),
                        String.join(",", m.masked().stream().map(MaskedKind::wire).toList()), Timestamp.from(m.createdAt()))
                .update();
        events.publish(m);
    }

    Optional<Message> find(UUID id) {
        return jdbc.sql("SELECT * FROM messages WHERE id = ?").param(id).query(MessageRepository::row).optional();
    }

    /** One page of a booking's messages, newest first, optionally only those older than {@code before}. */
    List<Message> page(UUID bookingId, Message before, int offset, int limit) {
        return jdbc.sql("SELECT * FROM messages WHERE booking_id = :b" + cursor(before)
                        + " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .param("b", bookingId)
                .params(cursorParams(before))
                .param("limit", limit).param("offset", offset)
                .query(MessageRepository::row).list();
    }

    /** A booking's messages posted after {@code after}, oldest first (what a reconnecting socket missed). */
    List<Message> after(UUID bookingId, Message after, int limit) {
        return jdbc.sql("SELECT * FROM messages WHERE booking_id = :b AND (created_at, id) > (:after_at, :after_id)"
                        + " ORDER BY created_at, id LIMIT :limit")
                .param("b", bookingId).param("after_at", Timestamp.from(after.createdAt())).param("after_id", after.id())
                .param("limit", limit)
                .query(MessageRepository::row).list();
    }

    long count(UUID bookingId, Message before) {
        return jdbc.sql("SELECT count(*) FROM messages WHERE booking_id = :b" + cursor(before)).param("b", bookingId)
                .params(cursorParams(before)).query(Long.class).single();
    }

    private static String cursor(Message before) {
        return before == null ? "" : " AND (created_at, id) < (:before_at, :before_id)";
    }

    private static java.util.Map<String, Object> cursorParams(Message before) {
        return before == null ? java.util.Map.of()
                : java.util.Map.of("before_at", Timestamp.from(before.createdAt()), "before_id", before.id());
    }

    static Message row(ResultSet rs, int n) throws SQLException {
        String masked = rs.getString("masked");
        String reason = rs.getString("moderation_reason");
        return new Message(rs.getObject("id", UUID.class), rs.getObject("booking_id", UUID.class), rs.getObject("trip_id", UUID.class),
                rs.getObject("sender_id", UUID.class), rs.getObject("recipient_id", UUID.class),
                MessageType.valueOf(rs.getString("type").toUpperCase(Locale.ROOT)), rs.getString("content"),
                reason == null ? null : ModerationReason.fromWire(reason).orElseThrow(),
                masked == null || masked.isEmpty() ? List.of()
                        : Arrays.stream(masked.split(",")).map(s -> MaskedKind.valueOf(s.toUpperCase(Locale.ROOT))).toList(),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
