package com.allocar.messaging.chat;

import java.util.List;
import java.util.UUID;

import com.allocar.messaging.conversation.Conversations;
import com.allocar.platform.api.ApiException;

import org.springframework.stereotype.Service;

/** A booking's messages for one of its parties: newest first, a page at a time, optionally before a given message. */
@Service
public class ReadMessages {

    public record Page(List<Message> messages, long total) {
    }

    private final Conversations conversations;
    private final MessageRepository messages;

    ReadMessages(Conversations conversations, MessageRepository messages) {
        this.conversations = conversations;
        this.messages = messages;
    }

    public Page page(UUID bookingId, UUID member, UUID before, int offset, int limit) {
        conversations.forParty(bookingId, member);
        Message cursor = before == null ? null : messages.find(before).filter(m -> m.bookingId().equals(bookingId))
                .orElseThrow(() -> ApiException.validation("before", "must be the id of a message of this booking"));
        return new Page(messages.page(bookingId, cursor, offset, limit), messages.count(bookingId, cursor));
    }

    /** What a party missed since {@code after} (a message of this booking), oldest first, at most {@code limit}. */
    public List<Message> after(UUID bookingId, UUID member, UUID after, int limit) {
        conversations.forParty(bookingId, member);
        Message cursor = messages.find(after).filter(m -> m.bookingId().equals(bookingId))
                .orElseThrow(() -> ApiException.validation("after", "must be the id of a message of this booking"));
        return messages.after(bookingId, cursor, limit);
    }
}
