package com.allocar.platform.security.service;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads and makes the fleet's ES256 (P-256) service keys in their one-line configuration form (base64 DER). */
public final class ServiceKeys {

    private ServiceKeys() {
    }

    public static KeyPair generate() {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("EC");
            gen.initialize(new ECGenParameterSpec("secp256r1"));
            return gen.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String encode(java.security.Key key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static ECPrivateKey privateKey(String base64) {
        try {
            return (ECPrivateKey) KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("allocar.security.service-auth.private-key is not a base64 PKCS#8 EC key", e);
        }
    }

    public static ECPublicKey publicKey(String base64) {
        try {
            return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new X509EncodedKeySpec(decode(base64)));
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("not a base64 X.509 EC public key", e);
        }
    }

    /** {@code "payment-service=MFkw…, admin-service=MFkw…"} → caller → key; unknown names are refused. */
    public static Map<FleetService, ECPublicKey> trusted(String spec) {
        Map<FleetService, ECPublicKey> keys = new LinkedHashMap<>();
        if (spec == null || spec.isBlank()) {
            return keys;
        }
        for (String entry : spec.trim().split("[,\\s]+")) {
            int eq = entry.indexOf('=');
            if (eq <= 0) {
                throw new IllegalStateException("allocar.security.service-auth.trusted-keys: '" + entry + "' is not name=key");
            }
            String name = entry.substring(0, eq);
            FleetService caller = FleetService.fromWire(name).orElseThrow(() -> new IllegalStateException(
                    "allocar.security.service-auth.trusted-keys: unknown service '" + name + "'"));
            keys.put(caller, publicKey(entry.substring(eq + 1)));
        }
        return keys;
    }

    private static byte[] decode(String base64) {
        return Base64.getDecoder().decode(base64.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }
}
