package com.allocar.identity.auth.token;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * identity's RS256 signing key. Configured as a PKCS#8 PEM in production; generated per start when
 * absent (local runs, tests), which simply invalidates older tokens on restart.
 */
@Component
public class SigningKey {

    private static final Logger log = LoggerFactory.getLogger(SigningKey.class);

    private final RSAKey jwk;

    public SigningKey(JwtProperties props) throws Exception {
        RSAPrivateCrtKey priv;
        RSAPublicKey pub;
        if (props.privateKeyPem() == null || props.privateKeyPem().isBlank()) {
            log.warn("no allocar.identity.jwt.private-key-pem configured: using an ephemeral signing key");
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048);
            var pair = gen.generateKeyPair();
            priv = (RSAPrivateCrtKey) pair.getPrivate();
            pub = (RSAPublicKey) pair.getPublic();
        } else {
            String base64 = props.privateKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory kf = KeyFactory.getInstance("RSA");
            priv = (RSAPrivateCrtKey) kf.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
            pub = (RSAPublicKey) kf.generatePublic(new RSAPublicKeySpec(priv.getModulus(), priv.getPublicExponent()));
        }
        RSAKey withoutId = new RSAKey.Builder(pub).privateKey(priv).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).build();
        this.jwk = new RSAKey.Builder(withoutId).keyIDFromThumbprint().build();
    }

    public RSAKey jwk() {
        return jwk;
    }

    public RSAPublicKey publicKey() {
        try {
            return jwk.toRSAPublicKey();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public JWKSet publicJwks() {
        return new JWKSet(jwk.toPublicJWK());
    }
}
