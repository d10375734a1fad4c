package com.allocar.notification.preference;

import java.util.Map;
import java.util.Optional;

/**
 * The rule of a member's choice, plain Java: a locked (transactional) category cannot be turned off, anything else
 * can; what a category is when the member never chose.
 */
public final class PreferenceChoice {

    private PreferenceChoice() {
    }

    /** The refusal of turning {@code category} to {@code enabled}, if any. */
    public static Optional<String> refusal(NotificationCategory category, boolean enabled) {
        return category.locked() && !enabled
                ? Optional.of(category.wire() + " notifications are transactional and cannot be turned off")
                : Optional.empty();
    }

    /** Whether {@code category} is on, given the member's stored choices. */
    public static boolean enabled(NotificationCategory category, Map<NotificationCategory, Boolean> chosen) {
        if (category.locked()) {
            return true;
        }
        return chosen.getOrDefault(category, category.defaultOn());
    }
}
