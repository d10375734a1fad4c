package com.allocar.admin.login.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.admin.access.BeforeSignIn;
import com.allocar.admin.audit.AuditLogs;
import com.allocar.admin.login.KeycloakCodeExchange;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.security.StaffTokenRules;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Staff")
class AdminLoginController {

    private final KeycloakCodeExchange keycloak;
    private final JwtDecoder staffTokens;
    private final AuditLogs audit;

    AdminLoginController(KeycloakCodeExchange keycloak, JwtDecoder staffTokens, AuditLogs audit) {
        this.keycloak = keycloak;
        this.staffTokens = staffTokens;
        this.audit = audit;
    }

    /** Either the code of the console's authorization-code + PKCE flow, or a refresh token (then nothing else). */
    record Login(@Size(min = 1, max = 4096) String code,
                 @Size(min = 43, max = 128) @Pattern(regexp = "[A-Za-z0-9._~-]+", message = "RFC 7636 characters only") String codeVerifier,
                 @Size(max = 2048) @Pattern(regexp = "https?://\\S+", message = "an absolute http(s) URI") String redirectUri,
                 @Size(min = 1, max = 8192) String refreshToken) {
    }

    record StaffMember(UUID id, List<String> roles) {
    }

    record SignedIn(String accessToken, String refreshToken, String idToken, String tokenType, long expiresIn, long refreshExpiresIn,
                    StaffMember staff) {
    }

    @PostMapping("/api/v1/admin/login")
    @BeforeSignIn
    @SecurityRequirements
    @Operation(summary = "Staff sign-in: exchange the admin console's Keycloak authorization code (PKCE) — or a refresh token — for tokens",
            description = "The console sends the staff member to Keycloak (realm allocar, public client allocar-admin-console, "
                    + "response_type=code, code_challenge_method=S256); Keycloak asks for the password and redirects back with a code; "
                    + "the console posts {code, code_verifier, redirect_uri} here, or later {refresh_token}. AlloCar never sees nor "
                    + "stores a staff password. Answers Keycloak's tokens (Cache-Control: no-store) and who signed in; 401 "
                    + "auth_required {reason: invalid_grant} for a code or refresh token Keycloak refuses, 403 forbidden when the "
                    + "account holds no staff role, 503 when Keycloak cannot be reached.")
    ResponseEntity<Envelope<SignedIn>> login(@Valid @RequestBody Login body) {
        boolean byCode = body.code() != null || body.codeVerifier() != null || body.redirectUri() != null;
        if (byCode == (body.refreshToken() != null) || byCode && (body.code() == null || body.codeVerifier() == null || body.redirectUri() == null)) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Send {code, code_verifier, redirect_uri} or {refresh_token}",
                    Map.of("fields", List.of(Map.of("field", byCode ? "code" : "refresh_token", "message", "one sign-in at a time, complete"))));
        }
        var tokens = byCode ? keycloak.code(body.code(), body.codeVerifier(), body.redirectUri()) : keycloak.refresh(body.refreshToken());
        Jwt jwt;
        try {
            jwt = staffTokens.decode(tokens.accessToken());
        } catch (JwtException e) {
            throw new ApiException(ErrorCode.AUTH_REQUIRED, "Keycloak's token is not one for the admin API", Map.of("reason", "invalid_token"));
        }
        List<String> roles = StaffTokenRules.roles(jwt, StaffTokenRules.ROLES);
        if (roles.isEmpty()) {
            throw new ApiException(ErrorCode.FORBIDDEN, "This account holds no staff role", Map.of("reason", "no_staff_role"));
        }
        UUID staffId = UUID.fromString(jwt.getSubject());
        if (byCode) {
            audit.staffAction(staffId, "staff.sign_in", "staff", staffId, Map.of("roles", roles));
        }
        var signedIn = new SignedIn(tokens.accessToken(), tokens.refreshToken(), tokens.idToken(), tokens.tokenType(), tokens.expiresIn(),
                tokens.refreshExpiresIn(), new StaffMember(staffId, roles));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(Envelope.of(signedIn));
    }
}
