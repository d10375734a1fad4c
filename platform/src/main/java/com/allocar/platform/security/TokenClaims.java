package com.allocar.platform.security;

import java.util.ArrayList;
import java.util.List;

/** Claim names of AlloCar access tokens, shared by the issuer (identity) and every verifier (gateway, services). */
public final class TokenClaims {

    public static final String ROLES = "roles";
    /** Refresh-token family ("session") id; revoking it kills every access token of the session. */
    public static final String SESSION_ID = "sid";
    public static final String TOKEN_TYPE = "typ";
    public static final String ACCESS = "access";
    public static final String ISSUER = "allocar-identity";
    public static final String AUDIENCE = "allocar-api";

    /** Redis keys of the revoke list checked by the gateway. */
    public static String revokedTokenKey(String jti) {
        return "auth:revoked:jti:" + jti;
    }

    public static String revokedSessionKey(String sid) {
        return "auth:revoked:sid:" + sid;
    }

    /** The revoke-list keys of a token: its own ({@code jti}) and its session's ({@code sid}), those it has. */
    public static List<String> revocationKeys(String jti, String sid) {
        List<String> keys = new ArrayList<>(2);
        if (jti != null) {
            keys.add(revokedTokenKey(jti));
        }
        if (sid != null) {
            keys.add(revokedSessionKey(sid));
        }
        return keys;
    }

    private TokenClaims() {
    }
}
