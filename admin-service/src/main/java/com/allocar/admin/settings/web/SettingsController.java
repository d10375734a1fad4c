package com.allocar.admin.settings.web;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.api.AdminEvents.PlatformSettings;
import com.allocar.admin.settings.ChangeSettings;
import com.allocar.admin.settings.SettingsVersions;
import com.allocar.platform.api.Envelope;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/settings")
@Tag(name = "Settings")
class SettingsController {

    private final SettingsVersions versions;
    private final ChangeSettings change;

    SettingsController(SettingsVersions versions, ChangeSettings change) {
        this.versions = versions;
        this.change = change;
    }

    record SettingsView(long version, PlatformSettings settings, UUID changedBy, String reason, Instant changedAt) {

        static SettingsView of(SettingsVersions.Version v) {
            return new SettingsView(v.version(), v.settings(), v.changedBy(), v.reason(), v.changedAt());
        }
    }

    /** @param version the version the change was made from (GET's {@code version}) */
    record Patch(@NotNull @Positive Long version, @NotEmpty @Size(max = 20) Map<String, Object> settings, @Size(max = 500) String reason) {
    }

    @GetMapping
    @StaffOnly(RoleMatrix.SETTINGS)
    @Operation(summary = "The platform settings in force and their version")
    Envelope<SettingsView> get() {
        return Envelope.of(SettingsView.of(versions.current()));
    }

    @PatchMapping
    @StaffOnly(RoleMatrix.SETTINGS)
    @Operation(summary = "Change some settings: {version (the one you read), settings {name: value}, reason?}",
            description = "Checked (percentages 0–100, windows 0–168 h, whole XOF amounts, template ids), kept as the next version, "
                    + "audited (settings.update, every field from → to) and published as settings.changed for the owning services "
                    + "to apply live. 409 conflict {current_version} when someone changed them since you read them.")
    Envelope<SettingsView> patch(Staff staff, @Valid @RequestBody Patch body) {
        String reason = body.reason() == null || body.reason().isBlank() ? null : body.reason().trim();
        return Envelope.of(SettingsView.of(change.change(staff, body.version(), body.settings(), reason)));
    }
}
