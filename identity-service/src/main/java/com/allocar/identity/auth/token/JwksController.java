package com.allocar.identity.auth.token;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Public signing keys for the gateway and the other services (RFC 7517 shape, not enveloped). */
@RestController
@Tag(name = "auth")
class JwksController {

    private final SigningKey key;

    JwksController(SigningKey key) {
        this.key = key;
    }

    @GetMapping("/.well-known/jwks.json")
    @SecurityRequirements
    @Operation(summary = "JSON Web Key Set of the access-token signing keys")
    ResponseEntity<Map<String, Object>> jwks() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(java.time.Duration.ofMinutes(5)))
                .body(key.publicJwks().toJSONObject());
    }
}
