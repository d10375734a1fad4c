package com.allocar.identity.auth.web;

import com.allocar.identity.auth.password.PasswordPolicy;
import com.allocar.platform.validation.E164Phone;
import com.allocar.platform.validation.EmailAddress;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Request bodies of /auth. Unknown fields are rejected by the platform's strict JSON settings. */
final class AuthRequests {

    private AuthRequests() {
    }

    @Schema(description = "Exactly one of phone or email")
    record Register(
            @Schema(example = "+2250701020304") @E164Phone String phone,
            @Schema(example = "awa.kone@example.ci") @EmailAddress String email,
            @NotNull @PasswordPolicy String password,
            @Size(min = 1, max = 80) String firstName,
            @Size(min = 1, max = 80) String lastName,
            @Size(min = 4, max = 32) String referralCode) {
    }

    record Login(
            @Schema(description = "E.164 phone or e-mail", example = "+2250701020304") @NotBlank @Size(max = 254) String identifier,
            @NotBlank @Size(max = 128) String password,
            @Schema(description = "Optional: a random id the app creates at install and keeps. Sign-in limits are then counted "
                    + "for this device rather than for the network address, and once it has signed in to the account it stays "
                    + "allowed when strangers' failures have blocked new clients.",
                    example = "3f9c1e7a-5b2d-4c8e-9a61-0d4b7e2f8c15", minLength = 16, maxLength = 128, pattern = "^[A-Za-z0-9_-]{16,128}$")
            @Pattern(regexp = "[A-Za-z0-9_-]{16,128}", message = "must be 16 to 128 characters among A-Z, a-z, 0-9, _ and -")
            String deviceId) {
    }

    @Schema(description = "Exactly one of phone or email")
    record SendCode(@E164Phone String phone, @EmailAddress String email) {
    }

    @Schema(description = "Exactly one of phone or email")
    record VerifyCode(@E164Phone String phone, @EmailAddress String email,
                      @NotNull @Pattern(regexp = "\\d{6}", message = "must be 6 digits") String code) {
    }

    record Refresh(@NotBlank @Size(max = 512) String refreshToken) {
    }

    record Social(@NotBlank @Size(max = 8192) String idToken,
                  @Size(max = 80) String firstName,
                  @Size(max = 80) String lastName) {
    }
}
