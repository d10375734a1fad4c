package com.allocar.notification.preference.web;

import java.util.List;
import java.util.Map;

import com.allocar.notification.preference.ChangePreferences;
import com.allocar.notification.preference.ChangePreferences.Line;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "notifications", description = "A member's devices, in-app feed and notification preferences")
class PreferenceController {

    private final ChangePreferences preferences;

    PreferenceController(ChangePreferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/api/v1/me/notification-preferences")
    @Operation(summary = "My notification preferences, one line per category (locked = transactional, always on)")
    Envelope<List<Line>> mine(CurrentUser user) {
        return Envelope.of(preferences.read(user.id()));
    }

    @PatchMapping("/api/v1/me/notification-preferences")
    @Operation(summary = "Turn categories on or off: {\"marketing\": true, \"chat\": false}",
            description = "400 validation_error for an unknown category or a non-boolean; 409 conflict for turning off a transactional one.")
    Envelope<List<Line>> change(CurrentUser user, @RequestBody Map<String, Boolean> changes) {
        return Envelope.of(preferences.change(user.id(), changes));
    }
}
