package com.allocar.messaging.chat;

import com.allocar.messaging.api.MessagingEventType;
import com.allocar.messaging.api.MessagingEvents.MessageCreated;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;

/** A message was posted: {@code message.created} on {@code messaging.messages}, keyed by booking id. */
record MessagePosted(MessageCreated created) implements PublishedEvent {

    @Override
    public EventType type() {
        return MessagingEventType.MESSAGE_CREATED;
    }

    @Override
    public Object aggregateId() {
        return created.bookingId();
    }

    @Override
    public Object payload() {
        return created;
    }
}
