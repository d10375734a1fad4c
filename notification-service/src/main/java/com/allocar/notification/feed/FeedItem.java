package com.allocar.notification.feed;

import java.time.Instant;
import java.util.UUID;

/** One line of a member's in-app feed. {@code data}: the ids the app links to (JSON object). */
public record FeedItem(UUID id, UUID userId, String template, String category, String title, String body, String data,
                       Instant createdAt, Instant readAt) {
}
