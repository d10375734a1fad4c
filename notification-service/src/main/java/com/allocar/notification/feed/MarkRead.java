package com.allocar.notification.feed;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member marks feed lines read: some of theirs by id, or all. An id that is not theirs refuses the whole request. */
@Service
public class MarkRead {

    /** What is left unread after the change. */
    public record Result(int marked, long unreadCount) {
    }

    private final FeedItems feed;
    private final Clock clock = Clock.systemUTC();

    MarkRead(FeedItems feed) {
        this.feed = feed;
    }

    @Transactional
    public Result some(UUID user, List<UUID> ids) {
        List<UUID> foreign = feed.notOwned(user, ids);
        if (!foreign.isEmpty()) {
            throw new ApiException(ErrorCode.NOT_FOUND, "notification not found",
                    Map.of("resource", "notification", "ids", foreign.stream().map(UUID::toString).toList()));
        }
        int n = feed.markRead(user, ids, clock.instant());
        return new Result(n, feed.count(user, true));
    }

    @Transactional
    public Result all(UUID user) {
        int n = feed.markAllRead(user, clock.instant());
        return new Result(n, feed.count(user, true));
    }
}
