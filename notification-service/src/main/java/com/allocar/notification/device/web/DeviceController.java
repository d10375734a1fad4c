package com.allocar.notification.device.web;

import java.time.Instant;

import com.allocar.notification.device.Device;
import com.allocar.notification.device.DevicePlatform;
import com.allocar.notification.device.RegisterDevice;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "notifications", description = "A member's devices, in-app feed and notification preferences")
class DeviceController {

    /** An FCM registration token (≈ 150–200 characters; APNs / web tokens fit too). */
    record RegisterRequest(@NotBlank @Size(min = 16, max = 4096) @Pattern(regexp = "[A-Za-z0-9_:\\-.]+", message = "invalid token") String token,
                           @NotNull DevicePlatform platform,
                           @Size(max = 32) @Pattern(regexp = "[0-9A-Za-z.+\\-]+", message = "invalid app version") String appVersion,
                           @Pattern(regexp = "[a-zA-Z]{2}([-_][a-zA-Z]{2})?", message = "must be a language tag such as fr or en-GB") String locale) {
    }

    record DeviceView(String token, DevicePlatform platform, String appVersion, String locale, Instant createdAt, Instant updatedAt) {
        static DeviceView of(Device d) {
            return new DeviceView(d.token(), d.platform(), d.appVersion(), d.locale(), d.createdAt(), d.updatedAt());
        }
    }

    private final RegisterDevice devices;

    DeviceController(RegisterDevice devices) {
        this.devices = devices;
    }

    @PostMapping("/api/v1/me/devices")
    @Operation(summary = "Register my device's push token (upsert: 201 new, 200 already mine; a token of another member moves to me)")
    ResponseEntity<Envelope<DeviceView>> register(CurrentUser user, @Valid @RequestBody RegisterRequest body) {
        var r = devices.register(user.id(), body.token(), body.platform(), body.appVersion(), body.locale());
        return ResponseEntity.status(r.created() ? HttpStatus.CREATED : HttpStatus.OK).body(Envelope.of(DeviceView.of(r.device())));
    }

    @DeleteMapping("/api/v1/me/devices/{token}")
    @Operation(summary = "Remove one of my devices (404 for a token that is not mine)")
    ResponseEntity<Void> remove(CurrentUser user, @PathVariable String token) {
        devices.remove(user.id(), token);
        return ResponseEntity.noContent().build();
    }
}
