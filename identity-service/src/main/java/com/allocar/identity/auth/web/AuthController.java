package com.allocar.identity.auth.web;

import java.util.Locale;
import java.util.UUID;

import com.allocar.identity.auth.AuthService;
import com.allocar.identity.auth.ContactPoint;
import com.allocar.identity.auth.login.LoginClient;
import com.allocar.identity.auth.social.SocialSignIn;
import com.allocar.identity.kyc.KycDocuments;
import com.allocar.identity.kyc.KycStatus;
import com.allocar.identity.user.UserView;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.web.ClientIp;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/auth")
@Tag(name = "auth", description = "Sign-up, verification codes, sign-in, tokens")
class AuthController {

    private final AuthService auth;
    private final SocialSignIn social;
    private final KycDocuments kyc;

    AuthController(AuthService auth, SocialSignIn social, KycDocuments kyc) {
        this.auth = auth;
        this.social = social;
        this.kyc = kyc;
    }

    @PostMapping("/register")
    @SecurityRequirements
    @Operation(summary = "Create an account with a phone (code by SMS) or an e-mail (code by e-mail) and a password")
    ResponseEntity<Envelope<AuthResponses.Registered>> register(@Valid @RequestBody AuthRequests.Register body) {
        ContactPoint contact = ContactPoint.oneOf(body.phone(), body.email());
        var registered = auth.register(contact, body.password(), body.firstName(), body.lastName(), body.referralCode());
        var verification = new AuthResponses.Verification(channel(contact), contact.masked(), registered.codeExpiresIn());
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(Envelope.of(new AuthResponses.Registered(UserView.of(registered.user(), KycStatus.NONE), verification)));
    }

    @PostMapping("/otp/send")
    @SecurityRequirements
    @Operation(summary = "Send a new verification code to an unverified phone or e-mail",
            description = "Answers 202 whether or not an account exists, so it cannot be used to discover accounts. "
                    + "At most 3 codes per destination per 10 minutes.")
    ResponseEntity<Envelope<AuthResponses.CodeSent>> sendCode(@Valid @RequestBody AuthRequests.SendCode body) {
        ContactPoint contact = ContactPoint.oneOf(body.phone(), body.email());
        long ttl = auth.resendCode(contact);
        return ResponseEntity.accepted().body(Envelope.of(new AuthResponses.CodeSent(channel(contact), contact.masked(),
                ttl == 0 ? 300 : ttl)));
    }

    @PostMapping("/otp/verify")
    @SecurityRequirements
    @Operation(summary = "Verify a code; on success the account is verified and signed in",
            description = "At most 3 attempts per destination per 10 minutes, then rate_limited.")
    Envelope<AuthResponses.Tokens> verifyCode(@Valid @RequestBody AuthRequests.VerifyCode body) {
        ContactPoint contact = ContactPoint.oneOf(body.phone(), body.email());
        var tokens = auth.verifyCode(contact, body.code());
        return Envelope.of(AuthResponses.Tokens.of(tokens, view(tokens.user())));
    }

    @PostMapping("/login")
    @SecurityRequirements
    @Operation(summary = "Sign in with a phone or e-mail and password → access and refresh tokens",
            description = "Failures are counted per identifier and client (the device_id when given, else the client IP): "
                    + "5 free failures per 15 minutes, then each further failure imposes a wait that doubles (1 s, 2 s, 4 s… "
                    + "at most 15 min); an attempt during the wait is refused with 429 rate_limited (reason login_delayed, "
                    + "Retry-After) without checking the password. After 100 failures on one identifier in 15 minutes from "
                    + "all clients together, only devices that signed in to the account before may still try "
                    + "(others: 429, reason untrusted_client_blocked). A successful sign-in resets that client's count.")
    Envelope<AuthResponses.Tokens> login(@Valid @RequestBody AuthRequests.Login body, HttpServletRequest request) {
        String ip = ClientIp.of(request.getRemoteAddr(), request.getHeader(ClientIp.HEADER));
        var tokens = auth.login(ContactPoint.identifier(body.identifier()), body.password(), LoginClient.of(body.deviceId(), ip));
        return Envelope.of(AuthResponses.Tokens.of(tokens, view(tokens.user())));
    }

    @PostMapping("/token/refresh")
    @SecurityRequirements
    @Operation(summary = "Exchange a refresh token for new tokens (rotation; reusing an old one revokes the session)")
    Envelope<AuthResponses.Tokens> refresh(@Valid @RequestBody AuthRequests.Refresh body) {
        var tokens = auth.refresh(body.refreshToken());
        return Envelope.of(AuthResponses.Tokens.of(tokens, view(tokens.user())));
    }

    @PostMapping("/logout")
    @Operation(summary = "Revoke the current access token and its whole session")
    ResponseEntity<Void> logout(@AuthenticationPrincipal Jwt jwt) {
        auth.logout(jwt.getId(), jwt.getExpiresAt(), UUID.fromString(jwt.getClaimAsString("sid")));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/social/{provider}")
    @SecurityRequirements
    @Operation(summary = "Sign in with a Google or Apple id_token; creates or links the account")
    Envelope<AuthResponses.Tokens> socialSignIn(@PathVariable String provider, @Valid @RequestBody AuthRequests.Social body) {
        var tokens = social.signIn(provider, body.idToken(), body.firstName(), body.lastName());
        return Envelope.of(AuthResponses.Tokens.of(tokens, view(tokens.user())));
    }

    private UserView view(com.allocar.identity.user.User user) {
        return UserView.of(user, kyc.statusOf(user.getId()));
    }

    private static String channel(ContactPoint contact) {
        return contact.channel().name().toLowerCase(Locale.ROOT);
    }
}
