package com.allocar.notification.preference;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member reads or changes their preferences; a refused change (unknown or locked category) changes nothing. */
@Service
public class ChangePreferences {

    /** One category as the member sees it. */
    public record Line(NotificationCategory category, boolean enabled, boolean locked) {
    }

    private final Preferences preferences;
    private final Clock clock;

    ChangePreferences(Preferences preferences) {
        this.preferences = preferences;
        this.clock = Clock.systemUTC();
    }

    public List<Line> read(UUID user) {
        Map<NotificationCategory, Boolean> chosen = preferences.chosen(user);
        return java.util.Arrays.stream(NotificationCategory.values())
                .map(c -> new Line(c, PreferenceChoice.enabled(c, chosen), c.locked())).toList();
    }

    @Transactional
    public List<Line> change(UUID user, Map<String, Boolean> changes) {
        if (changes == null || changes.isEmpty()) {
            throw ApiException.validation("body", "name at least one category");
        }
        Map<NotificationCategory, Boolean> parsed = new LinkedHashMap<>();
        List<Map<String, Object>> errors = new java.util.ArrayList<>();
        changes.forEach((name, on) -> {
            var c = NotificationCategory.fromWire(name);
            if (c.isEmpty()) {
                errors.add(Map.of("field", name, "message", "unknown category; one of "
                        + java.util.Arrays.stream(NotificationCategory.values()).map(NotificationCategory::wire).toList()));
            } else if (on == null) {
                errors.add(Map.of("field", name, "message", "must be true or false"));
            } else {
                parsed.put(c.get(), on);
            }
        });
        if (!errors.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid request", Map.of("fields", errors));
        }
        parsed.forEach((c, on) -> PreferenceChoice.refusal(c, on).ifPresent(message -> {
            throw ApiException.conflict(message, Map.of("category", c.wire(), "locked", true));
        }));
        parsed.forEach((c, on) -> preferences.choose(user, c, on, clock.instant()));
        return read(user);
    }
}
