package com.allocar.messaging.chat;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.allocar.messaging.api.MessageType;
import com.allocar.messaging.conversation.BookingStatus;
import com.allocar.messaging.conversation.ChatState;
import com.allocar.messaging.conversation.Conversation;
import com.allocar.messaging.conversation.ConversationRepository;
import com.allocar.messaging.conversation.Conversations;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A member's conversations: one line per booking they are a party to, with its last message and how many of the other
 * party's messages they have not read; most recent activity first.
 */
@Service
public class MyConversations {

    public record LastMessage(UUID id, UUID senderId, MessageType type, String content, Instant createdAt) {
    }

    public record Line(UUID bookingId, UUID tripId, UUID otherPartyId, boolean driver, BookingStatus bookingStatus, ChatState chat,
                       LastMessage lastMessage, long unreadCount) {
    }

    public record Page(List<Line> lines, long total) {
    }

    private static final String UNREAD = """
            (SELECT count(*) FROM messages u
              WHERE u.booking_id = c.booking_id AND u.sender_id <> :me
                AND (r.up_to_created_at IS NULL OR (u.created_at, u.id) > (r.up_to_created_at, r.up_to_id)))""";

    private final JdbcClient jdbc;
    private final Conversations conversations;

    MyConversations(JdbcClient jdbc, Conversations conversations) {
        this.jdbc = jdbc;
        this.conversations = conversations;
    }

    public Page page(UUID me, int offset, int limit) {
        List<Line> lines = jdbc.sql("""
                SELECT c.*, m.id AS m_id, m.sender_id AS m_sender, m.type AS m_type, m.content AS m_content, m.created_at AS m_at,
                       """ + UNREAD + """
                 AS unread
                  FROM conversations c
                  LEFT JOIN LATERAL (SELECT * FROM messages x WHERE x.booking_id = c.booking_id
                                      ORDER BY x.created_at DESC, x.id DESC LIMIT 1) m ON true
                  LEFT JOIN read_receipts r ON r.booking_id = c.booking_id AND r.member_id = :me
                 WHERE c.passenger_id = :me OR c.driver_id = :me
                 ORDER BY COALESCE(m.created_at, c.updated_at) DESC, c.booking_id
                 LIMIT :limit OFFSET :offset""")
                .param("me", me).param("limit", limit).param("offset", offset)
                .query((rs, n) -> line(rs, n, me)).list();
        long total = jdbc.sql("SELECT count(*) FROM conversations WHERE passenger_id = :me OR driver_id = :me").param("me", me)
                .query(Long.class).single();
        return new Page(lines, total);
    }

    private Line line(ResultSet rs, int n, UUID me) throws SQLException {
        Conversation c = ConversationRepository.row(rs, n);
        UUID lastId = rs.getObject("m_id", UUID.class);
        LastMessage last = lastId == null ? null
                : new LastMessage(lastId, rs.getObject("m_sender", UUID.class),
                        MessageType.valueOf(rs.getString("m_type").toUpperCase(Locale.ROOT)), rs.getString("m_content"),
                        rs.getObject("m_at", OffsetDateTime.class).toInstant());
        return new Line(c.bookingId(), c.tripId(), c.otherParty(me), c.isDriver(me), c.status(), conversations.state(c), last,
                rs.getLong("unread"));
    }

    /** The other party's messages {@code member} has not read in one booking. */
    static long unread(JdbcClient jdbc, UUID bookingId, UUID member) {
        return jdbc.sql("SELECT " + UNREAD + " FROM conversations c LEFT JOIN read_receipts r ON r.booking_id = c.booking_id "
                        + "AND r.member_id = :me WHERE c.booking_id = :b")
                .param("me", member).param("b", bookingId).query(Long.class).single();
    }
}
