package com.allocar.identity.auth.token;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import com.allocar.identity.user.User;
import com.allocar.platform.security.CurrentUser;
import com.allocar.platform.security.TokenClaims;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.springframework.stereotype.Component;

/** Issues short-lived RS256 access tokens; everything a verifier needs is in the token. */
@Component
public class AccessTokens {

    private final SigningKey key;
    private final JwtProperties props;

    public AccessTokens(SigningKey key, JwtProperties props) {
        this.key = key;
        this.props = props;
    }

    public record Issued(String token, String jti, Instant expiresAt) {
    }

    public Issued issue(User user, UUID sessionId) {
        Instant now = Instant.now();
        Instant exp = now.plus(props.accessTtl());
        String jti = UUID.randomUUID().toString();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(TokenClaims.ISSUER)
                .audience(TokenClaims.AUDIENCE)
                .subject(user.getId().toString())
                .jwtID(jti)
                .issueTime(Date.from(now))
                .notBeforeTime(Date.from(now))
                .expirationTime(Date.from(exp))
                .claim(TokenClaims.SESSION_ID, sessionId.toString())
                .claim(TokenClaims.ROLES, roles(user))
                .claim(TokenClaims.TOKEN_TYPE, TokenClaims.ACCESS)
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256)
                .keyID(key.jwk().getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key.jwk()));
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign access token", e);
        }
        return new Issued(jwt.serialize(), jti, exp);
    }

    public long ttlSeconds() {
        return props.accessTtl().toSeconds();
    }

    static List<String> roles(User user) {
        List<String> roles = new ArrayList<>(List.of(CurrentUser.ROLE_USER));
        if (user.isDriver()) {
            roles.add(CurrentUser.ROLE_DRIVER);
        }
        return roles;
    }
}
