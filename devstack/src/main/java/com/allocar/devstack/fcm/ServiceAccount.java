package com.allocar.devstack.fcm;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

/**
 * The service account of the fake Firebase project: an RSA key pair drawn at every start and the key file a Google
 * console hands out ({@code type: service_account}, {@code private_key} PEM PKCS#8, {@code client_email}…), whose
 * {@code token_uri} is the fake's own token endpoint. notification-service reads it exactly as it reads a real one.
 */
public final class ServiceAccount {

    public static final String KEY_FILE = "fcm-service-account.json";
    public static final String PROJECT_ID = "allocar-dev";
    public static final String CLIENT_EMAIL = "firebase-adminsdk-dev@" + PROJECT_ID + ".iam.gserviceaccount.com";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final KeyPair keys;
    private final String privateKeyId;
    private final String clientId;
    private final String tokenUri;

    private ServiceAccount(KeyPair keys, String privateKeyId, String clientId, String tokenUri) {
        this.keys = keys;
        this.privateKeyId = privateKeyId;
        this.clientId = clientId;
        this.tokenUri = tokenUri;
    }

    /** A fresh RSA-2048 key pair; {@code tokenUri} is where the fake's token endpoint answers. */
    public static ServiceAccount generate(String tokenUri) {
        try {
            KeyPairGenerator gen = KeyPairGenerator.getInstance("RSA");
            gen.initialize(2048, RANDOM);
            byte[] id = new byte[20];
            RANDOM.nextBytes(id);
            // Google's client ids are 21 digits
            String clientId = "1" + String.format("%020d", RANDOM.nextLong() & Long.MAX_VALUE);
            return new ServiceAccount(gen.generateKeyPair(), HexFormat.of().formatHex(id), clientId, tokenUri);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The key file's JSON, field for field as Google's console writes it (minus the links to Google's own pages). */
    public Map<String, Object> keyFile() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "service_account");
        m.put("project_id", PROJECT_ID);
        m.put("private_key_id", privateKeyId);
        m.put("private_key", pem(keys.getPrivate().getEncoded()));
        m.put("client_email", CLIENT_EMAIL);
        m.put("client_id", clientId);
        m.put("token_uri", tokenUri);
        m.put("universe_domain", "googleapis.com");
        return m;
    }

    /** Writes the key file atomically, readable by its owner only (it holds a private key). */
    public Path write(Path dir, JsonMapper json) throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(KEY_FILE);
        Path tmp = dir.resolve(KEY_FILE + ".tmp");
        Files.write(tmp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(keyFile()));
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system: the directory's own permissions protect it
        }
        return Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Whether {@code signature} is this account's RS256 signature of {@code signedPart} (a JWT's "header.payload"). */
    public boolean verifies(String signedPart, byte[] signature) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(keys.getPublic());
            rs256.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return rs256.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Signs like the key's holder (the tests' stand-in for Google's auth library). */
    public byte[] sign(String signedPart) {
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.getPrivate());
            rs256.update(signedPart.getBytes(StandardCharsets.US_ASCII));
            return rs256.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public String privateKeyId() {
        return privateKeyId;
    }

    public String tokenUri() {
        return tokenUri;
    }

    private static String pem(byte[] pkcs8) {
        String b64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pkcs8);
        return "-----BEGIN PRIVATE KEY-----\n" + b64 + "\n-----END PRIVATE KEY-----\n";
    }
}
