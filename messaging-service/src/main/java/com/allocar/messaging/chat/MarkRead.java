package com.allocar.messaging.chat;

import java.sql.Timestamp;
import java.util.UUID;

import com.allocar.messaging.conversation.Conversations;
import com.allocar.platform.api.ApiException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A party has read a booking's chat up to a message (included): their read pointer moves forward only (an older
 * {@code up_to} changes nothing), so unread counts never grow back. Allowed in a read-only or closed chat too.
 */
@Service
public class MarkRead {

    /** @param upTo the member's read pointer after the call (the newest they ever acknowledged) */
    public record Receipt(UUID bookingId, UUID upTo, long unread) {
    }

    private final Conversations conversations;
    private final MessageRepository messages;
    private final JdbcClient jdbc;
    private final LiveChat live;

    MarkRead(Conversations conversations, MessageRepository messages, JdbcClient jdbc, LiveChat live) {
        this.conversations = conversations;
        this.messages = messages;
        this.jdbc = jdbc;
        this.live = live;
    }

    /** Told live to the booking's sockets. The pointer moves in one statement (an upsert that only goes forward); the lookups around it need no transaction. */
    public Receipt upTo(UUID bookingId, UUID member, UUID messageId) {
        conversations.forParty(bookingId, member);
        Message m = messages.find(messageId).filter(x -> x.bookingId().equals(bookingId))
                .orElseThrow(() -> ApiException.validation("up_to", "must be the id of a message of this booking"));
        jdbc.sql("""
                INSERT INTO read_receipts (booking_id, member_id, up_to_id, up_to_created_at, read_at)
                VALUES (:b, :m, :id, :at, now())
                ON CONFLICT (booking_id, member_id) DO UPDATE
                   SET up_to_id = EXCLUDED.up_to_id, up_to_created_at = EXCLUDED.up_to_created_at, read_at = now()
                 WHERE (read_receipts.up_to_created_at, read_receipts.up_to_id) < (EXCLUDED.up_to_created_at, EXCLUDED.up_to_id)""")
                .param("b", bookingId).param("m", member).param("id", m.id()).param("at", Timestamp.from(m.createdAt()))
                .update();
        UUID pointer = jdbc.sql("SELECT up_to_id FROM read_receipts WHERE booking_id = ? AND member_id = ?").params(bookingId, member)
                .query(UUID.class).single();
        Receipt receipt = new Receipt(bookingId, pointer, MyConversations.unread(jdbc, bookingId, member));
        live.read(receipt, member);
        return receipt;
    }
}
