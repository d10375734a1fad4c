package com.allocar.notification.feed.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.notification.feed.FeedItem;
import com.allocar.notification.feed.FeedItems;
import com.allocar.notification.feed.MarkRead;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "notifications", description = "A member's devices, in-app feed and notification preferences")
class FeedController {

    private static final QuerySpec LIST = QuerySpec.create().extra("unread_only");

    /** A line of the feed as the app shows it. */
    record FeedView(UUID id, String template, String category, String title, String body, JsonNode data, boolean read,
                    Instant readAt, Instant createdAt) {
    }

    /** Exactly one of {@code ids} (1..100 of mine) or {@code all: true}. */
    record ReadRequest(@Size(min = 1, max = 100) List<@jakarta.validation.constraints.NotNull UUID> ids, Boolean all) {
    }

    private final FeedItems feed;
    private final MarkRead markRead;
    private final JsonMapper json;

    FeedController(FeedItems feed, MarkRead markRead, JsonMapper json) {
        this.feed = feed;
        this.markRead = markRead;
        this.json = json;
    }

    @GetMapping("/api/v1/me/notifications")
    @Operation(summary = "My in-app notifications, newest first (paginated)", description = "page, page_size (max 100), unread_only=true|false.")
    Envelope<List<FeedView>> mine(CurrentUser user, HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        boolean unreadOnly = q.extra("unread_only").map(FeedController::bool).orElse(false);
        List<FeedView> items = feed.page(user.id(), unreadOnly, q.offset(), q.pageSize()).stream().map(this::view).toList();
        return Envelope.page(items, q.page(), q.pageSize(), feed.count(user.id(), unreadOnly));
    }

    @PostMapping("/api/v1/me/notifications/read")
    @Operation(summary = "Mark my notifications read: {ids: [...]} or {all: true}",
            description = "404 not_found (details.ids) when an id is not one of mine: nothing is marked then.")
    Envelope<MarkRead.Result> read(CurrentUser user, @Valid @RequestBody ReadRequest body) {
        boolean all = Boolean.TRUE.equals(body.all());
        if (all == (body.ids() != null) || (body.all() != null && !all)) {
            throw ApiException.validation(body.ids() == null ? "all" : "ids", "give either ids or all: true");
        }
        return Envelope.of(all ? markRead.all(user.id()) : markRead.some(user.id(), body.ids()));
    }

    private FeedView view(FeedItem i) {
        return new FeedView(i.id(), i.template(), i.category(), i.title(), i.body(), json.readTree(i.data()), i.readAt() != null, i.readAt(),
                i.createdAt());
    }

    private static boolean bool(String s) {
        return switch (s) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.validation("unread_only", "must be true or false");
        };
    }
}
