package com.allocar.platform.testing;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.security.service.ServiceKeys;
import com.allocar.platform.security.service.ServiceTokenVerifier;
import com.allocar.platform.security.service.ServiceTokens;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The fleet's service keys for one test JVM: a fresh ES256 pair per service, generated here and never written
 * anywhere. Tests configure the service under test with them and mint tokens as any caller would.
 */
public final class TestServiceKeys {

    private static final Map<FleetService, KeyPair> KEYS = new EnumMap<>(FleetService.class);
    private static final String IDENTITY_SIGNING_KEY;

    static {
        for (FleetService s : FleetService.values()) {
            KEYS.put(s, ServiceKeys.generate());
        }
        try {
            var rsa = java.security.KeyPairGenerator.getInstance("RSA");
            rsa.initialize(2048);
            IDENTITY_SIGNING_KEY = ServiceKeys.encode(rsa.generateKeyPair().getPrivate());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** identity's RS256 signing key for a test run ({@code ALLOCAR_JWT_PRIVATE_KEY_PEM}, base64 PKCS#8). */
    public static String identitySigningKey() {
        return IDENTITY_SIGNING_KEY;
    }

    private TestServiceKeys() {
    }

    public static String privateKey(FleetService service) {
        return ServiceKeys.encode(KEYS.get(service).getPrivate());
    }

    /** Every service's public key, as {@code ALLOCAR_SERVICE_TRUSTED_KEYS} holds them. */
    public static String trustedKeys() {
        return KEYS.entrySet().stream().map(e -> e.getKey().wire() + "=" + ServiceKeys.encode(e.getValue().getPublic()))
                .collect(Collectors.joining(","));
    }

    /** For a {@code @DynamicPropertySource}: the service under test gets its own key and trusts the fleet. */
    public static void register(DynamicPropertyRegistry registry, FleetService self) {
        registry.add("allocar.security.service-auth.private-key", () -> privateKey(self));
        registry.add("allocar.security.service-auth.trusted-keys", TestServiceKeys::trustedKeys);
    }

    /** Command-line arguments for a packaged service started by a test ({@link ServiceProcess}). */
    public static List<String> args(FleetService self) {
        return List.of("--allocar.security.service-auth.private-key=" + privateKey(self),
                "--allocar.security.service-auth.trusted-keys=" + trustedKeys());
    }

    /** A valid token of {@code caller} for {@code callee}. */
    public static String token(FleetService caller, FleetService callee) {
        return ServiceTokens.mint(caller, key(caller), callee, Instant.now(), Duration.ofSeconds(60));
    }

    /** A token of {@code caller} for {@code callee} that expired a minute ago. */
    public static String expiredToken(FleetService caller, FleetService callee) {
        return ServiceTokens.mint(caller, key(caller), callee, Instant.now().minusSeconds(120), Duration.ofSeconds(60));
    }

    /** Headers for {@link TestHttp}: {@code caller} calling {@code callee}'s internal API. */
    public static String[] header(FleetService caller, FleetService callee) {
        return new String[] {ServiceTokens.HEADER, token(caller, callee)};
    }

    /** How a fake of {@code self} checks the tokens it is presented, as the real service does. */
    public static ServiceTokenVerifier verifier(FleetService self) {
        Map<FleetService, java.security.interfaces.ECPublicKey> trusted = new EnumMap<>(FleetService.class);
        KEYS.forEach((s, k) -> trusted.put(s, (java.security.interfaces.ECPublicKey) k.getPublic()));
        return new ServiceTokenVerifier(self, trusted, Clock.systemUTC());
    }

    /**
     * How a fake of {@code callee} answers a presented {@link ServiceTokens#HEADER}, as the real service does: null when
     * one of {@code allowed} presented a valid token, 401 for no or a bad token, 403 for another caller.
     */
    public static Integer refusal(String presented, FleetService callee, FleetService... allowed) {
        if (presented == null) {
            return 401;
        }
        try {
            FleetService caller = verifier(callee).verify(presented);
            return List.of(allowed).contains(caller) ? null : 403;
        } catch (ServiceTokenVerifier.Refused e) {
            return 401;
        }
    }

    private static ECPrivateKey key(FleetService caller) {
        return (ECPrivateKey) KEYS.get(caller).getPrivate();
    }
}
