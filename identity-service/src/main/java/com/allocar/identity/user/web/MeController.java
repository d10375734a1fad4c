package com.allocar.identity.user.web;

import java.time.Instant;
import java.time.LocalDate;

import com.allocar.identity.kyc.KycDocuments;
import com.allocar.identity.storage.ObjectStorage;
import com.allocar.identity.user.Gender;
import com.allocar.identity.user.Profiles;
import com.allocar.identity.user.User;
import com.allocar.identity.user.UserView;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/me")
@Tag(name = "me", description = "The signed-in user's own profile")
class MeController {

    private final Profiles profiles;
    private final KycDocuments kyc;

    MeController(Profiles profiles, KycDocuments kyc) {
        this.profiles = profiles;
        this.kyc = kyc;
    }

    record Patch(@Size(min = 1, max = 80) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String firstName,
                 @Size(min = 1, max = 80) @Pattern(regexp = ".*\\S.*", message = "must not be blank") String lastName,
                 Gender gender,
                 @Past LocalDate birthdate) {

        @AssertTrue(message = "must be on or after 1900-01-01")
        public boolean isBirthdatePlausible() {
            return birthdate == null || !birthdate.isBefore(LocalDate.of(1900, 1, 1));
        }
    }

    record PhotoRequest(@NotNull @Pattern(regexp = "image/jpeg|image/png", message = "must be image/jpeg or image/png") String contentType) {
    }

    record PhotoUploadView(String uploadUrl, String method, java.util.Map<String, String> headers, Instant expiresAt, String photoUrl) {
    }

    @GetMapping
    @Operation(summary = "My profile")
    Envelope<UserView> me(CurrentUser current) {
        return Envelope.of(view(profiles.get(current.id())));
    }

    @PatchMapping
    @Operation(summary = "Edit my name, gender or birthdate (absent fields are left unchanged)")
    Envelope<UserView> patch(CurrentUser current, @Valid @RequestBody Patch body) {
        User user = profiles.update(current.id(), trim(body.firstName()), trim(body.lastName()), body.gender(), body.birthdate());
        return Envelope.of(view(user));
    }

    @PostMapping("/photo")
    @Operation(summary = "Get a presigned URL to upload my profile photo (PUT the image bytes with the given Content-Type)")
    Envelope<PhotoUploadView> photo(CurrentUser current, @Valid @RequestBody PhotoRequest body) {
        var p = profiles.newPhoto(current.id(), body.contentType());
        ObjectStorage.SignedUrl u = p.upload();
        return Envelope.of(new PhotoUploadView(u.url(), u.method(), u.headers(), u.expiresAt(), p.photoUrl()));
    }

    private UserView view(User u) {
        return UserView.of(u, kyc.statusOf(u.getId()));
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
