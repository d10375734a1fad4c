package com.allocar.devstack.fcm;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Google's OAuth 2.0 token endpoint for a service account ({@code grant_type=urn:ietf:params:oauth:grant-type:jwt-bearer},
 * RFC 7523): the assertion is an RS256 JWT signed by the account's key with {@code iss} = its e-mail, {@code aud} =
 * Google's token endpoint, a {@code scope} that allows FCM, and {@code iat}/{@code exp} at most one hour apart around
 * now. A refusal is Google's: 400 {@code {error, error_description}}.
 * <p>
 * The audience: Google's auth library always signs {@code aud = https://oauth2.googleapis.com/token}, the endpoint's
 * canonical name, whatever {@code token_uri} it posts to (ServiceAccountCredentials.createAssertion), and Google takes
 * it there. So does this fake, and the key file's own {@code token_uri} besides (a client that signs what it calls).
 */
final class JwtGrant {

    static final String GRANT_TYPE = "urn:ietf:params:oauth:grant-type:jwt-bearer";
    static final String FCM_SCOPE = "https://www.googleapis.com/auth/firebase.messaging";
    static final String CLOUD_PLATFORM_SCOPE = "https://www.googleapis.com/auth/cloud-platform";
    static final String GOOGLE_TOKEN_AUDIENCE = "https://oauth2.googleapis.com/token";
    /** Google allows a little clock skew on iat and refuses assertions meant to live longer than an hour. */
    static final Duration SKEW = Duration.ofMinutes(5);
    static final Duration MAX_LIFETIME = Duration.ofHours(1);

    /** A refused grant, in Google's words. */
    record Refusal(String error, String description) {
        Map<String, String> body() {
            return Map.of("error", error, "error_description", description);
        }
    }

    private final ServiceAccount account;
    private final JsonMapper json;

    JwtGrant(ServiceAccount account, JsonMapper json) {
        this.account = account;
        this.json = json;
    }

    /** @return null when the form is a valid grant for FCM, else why not */
    Refusal check(Map<String, String> form, Instant now) {
        String grantType = form.get("grant_type");
        if (grantType == null || grantType.isEmpty()) {
            return new Refusal("invalid_request", "Missing required parameter: grant_type");
        }
        if (!GRANT_TYPE.equals(grantType)) {
            return new Refusal("unsupported_grant_type", "Invalid grant_type: " + grantType);
        }
        String assertion = form.get("assertion");
        if (assertion == null || assertion.isEmpty()) {
            return new Refusal("invalid_request", "Missing required parameter: assertion");
        }
        String[] parts = assertion.split("\\.", -1);
        if (parts.length != 3) {
            return new Refusal("invalid_grant", "Invalid JWT: malformed (expected header.payload.signature)");
        }
        JsonNode header;
        JsonNode claims;
        byte[] signature;
        try {
            header = json.readTree(Base64.getUrlDecoder().decode(parts[0]));
            claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
            signature = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException | JacksonException e) {
            return new Refusal("invalid_grant", "Invalid JWT: malformed");
        }
        if (header == null || !header.isObject() || claims == null || !claims.isObject()) {
            return new Refusal("invalid_grant", "Invalid JWT: malformed");
        }
        if (!"RS256".equals(text(header, "alg"))) {
            return new Refusal("invalid_grant", "Invalid JWT Signature.");
        }
        String kid = text(header, "kid");
        if (kid != null && !kid.equals(account.privateKeyId())) {
            return new Refusal("invalid_grant", "Invalid JWT Signature.");
        }
        if (!account.verifies(parts[0] + "." + parts[1], signature)) {
            return new Refusal("invalid_grant", "Invalid JWT Signature.");
        }
        if (!ServiceAccount.CLIENT_EMAIL.equals(text(claims, "iss"))) {
            return new Refusal("invalid_grant", "Invalid grant: account not found");
        }
        String aud = text(claims, "aud");
        if (!GOOGLE_TOKEN_AUDIENCE.equals(aud) && !account.tokenUri().equals(aud)) {
            return new Refusal("invalid_grant", "Invalid JWT: Failed audience check. The right audience is " + GOOGLE_TOKEN_AUDIENCE);
        }
        JsonNode iat = claims.get("iat");
        JsonNode exp = claims.get("exp");
        if (iat == null || !iat.canConvertToLong() || exp == null || !exp.canConvertToLong()) {
            return new Refusal("invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. "
                    + "Check your iat and exp values in the JWT claim.");
        }
        Instant issued = Instant.ofEpochSecond(iat.asLong());
        Instant expires = Instant.ofEpochSecond(exp.asLong());
        if (issued.isAfter(now.plus(SKEW)) || !expires.isAfter(now) || !expires.isAfter(issued)
                || Duration.between(issued, expires).compareTo(MAX_LIFETIME) > 0) {
            return new Refusal("invalid_grant", "Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe. "
                    + "Check your iat and exp values in the JWT claim.");
        }
        String scope = text(claims, "scope");
        if (scope == null || Arrays.stream(scope.split(" ")).noneMatch(s -> s.equals(FCM_SCOPE) || s.equals(CLOUD_PLATFORM_SCOPE))) {
            return new Refusal("invalid_scope", "Invalid OAuth scope or ID token audience provided.");
        }
        return null;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isString() ? v.stringValue() : null;
    }

    /** Builds an assertion as Google's auth library does (for tests of the endpoint itself). */
    static String assertion(ServiceAccount account, JsonMapper json, Map<String, Object> header, Map<String, Object> claims) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String signed = b64.encodeToString(json.writeValueAsBytes(header)) + "." + b64.encodeToString(json.writeValueAsBytes(claims));
        return signed + "." + b64.encodeToString(account.sign(signed));
    }
}
