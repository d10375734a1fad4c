package com.allocar.platform.security.service;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What wallet-service accepts on its internal API: payment-service's token for wallet-service, fresh, and nothing else. */
class ServiceTokenVerifierTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final KeyPair PAYMENT = ServiceKeys.generate();
    private static final KeyPair ADMIN = ServiceKeys.generate();
    private static final KeyPair INTRUDER = ServiceKeys.generate();

    private final ServiceTokenVerifier wallet = new ServiceTokenVerifier(FleetService.WALLET,
            Map.of(FleetService.PAYMENT, ServiceKeys.publicKey(ServiceKeys.encode(PAYMENT.getPublic())),
                    FleetService.ADMIN, ServiceKeys.publicKey(ServiceKeys.encode(ADMIN.getPublic()))),
            Clock.fixed(NOW, ZoneOffset.UTC));

    private static String token(KeyPair key, FleetService caller, FleetService callee, Instant issuedAt, Duration ttl) {
        return ServiceTokens.mint(caller, (ECPrivateKey) key.getPrivate(), callee, issuedAt, ttl);
    }

    private String refusal(String token) {
        try {
            wallet.verify(token);
            return "accepted";
        } catch (ServiceTokenVerifier.Refused e) {
            return e.reason();
        }
    }

    @Test
    void theRightCallersFreshTokenNamesTheCaller() {
        assertThat(wallet.verify(token(PAYMENT, FleetService.PAYMENT, FleetService.WALLET, NOW, Duration.ofSeconds(60))))
                .isEqualTo(FleetService.PAYMENT);
        assertThat(wallet.verify(token(ADMIN, FleetService.ADMIN, FleetService.WALLET, NOW, Duration.ofSeconds(60))))
                .isEqualTo(FleetService.ADMIN);
    }

    @Test
    void expiryAllowsTenSecondsOfClockSkewAndNoMore() {
        Instant issued = NOW.minusSeconds(65);
        assertThat(refusal(token(PAYMENT, FleetService.PAYMENT, FleetService.WALLET, issued, Duration.ofSeconds(60)))).isEqualTo("accepted");
        assertThat(refusal(token(PAYMENT, FleetService.PAYMENT, FleetService.WALLET, NOW.minusSeconds(71), Duration.ofSeconds(60))))
                .isEqualTo("service_token_expired");
    }

    @Test
    void aTokenForAnotherServiceIsRefused() {
        assertThat(refusal(token(PAYMENT, FleetService.PAYMENT, FleetService.BOOKING, NOW, Duration.ofSeconds(60)))).isEqualTo("wrong_audience");
    }

    @Test
    void aKeyNotConfiguredForTheCallerIsRefused() {
        // signed by someone else's key under payment-service's name
        assertThat(refusal(token(INTRUDER, FleetService.PAYMENT, FleetService.WALLET, NOW, Duration.ofSeconds(60)))).isEqualTo("bad_signature");
        // a fleet service this one does not trust at all
        assertThat(refusal(token(INTRUDER, FleetService.BOOKING, FleetService.WALLET, NOW, Duration.ofSeconds(60)))).isEqualTo("untrusted_caller");
    }

    @Test
    void longLivedOrFutureTokensAreRefused() {
        assertThat(refusal(token(PAYMENT, FleetService.PAYMENT, FleetService.WALLET, NOW, Duration.ofHours(1)))).isEqualTo("bad_lifetime");
        assertThat(refusal(token(PAYMENT, FleetService.PAYMENT, FleetService.WALLET, NOW.plusSeconds(60), Duration.ofSeconds(60))))
                .isEqualTo("bad_lifetime");
    }

    @Test
    void anythingThatIsNotAServiceTokenIsRefused() throws Exception {
        assertThat(refusal("dev-internal-token")).isEqualTo("malformed_service_token");
        // a well-signed JWT without the service type (e.g. shaped like a member's token)
        SignedJWT plain = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("payment-service").type(JOSEObjectType.JWT).build(),
                new JWTClaimsSet.Builder().issuer("payment-service").audience("wallet-service").issueTime(Date.from(NOW))
                        .expirationTime(Date.from(NOW.plusSeconds(60))).build());
        plain.sign(new ECDSASigner((ECPrivateKey) PAYMENT.getPrivate()));
        assertThat(refusal(plain.serialize())).isEqualTo("not_a_service_token");
        // issuer and key id must name the same caller
        SignedJWT lying = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("payment-service")
                .type(new JOSEObjectType(ServiceTokens.TYPE)).build(),
                new JWTClaimsSet.Builder().issuer("admin-service").audience("wallet-service").issueTime(Date.from(NOW))
                        .expirationTime(Date.from(NOW.plusSeconds(60))).build());
        lying.sign(new ECDSASigner((ECPrivateKey) PAYMENT.getPrivate()));
        assertThat(refusal(lying.serialize())).isEqualTo("issuer_mismatch");
    }

    @Test
    void aMintedTokenIsReusedForAThirdOfItsLifeThenRenewed() {
        var clock = new java.util.concurrent.atomic.AtomicReference<>(NOW);
        var tokens = new ServiceTokens(FleetService.PAYMENT, (ECPrivateKey) PAYMENT.getPrivate(), Duration.ofSeconds(60),
                new Clock() {
                    @Override
                    public java.time.ZoneId getZone() {
                        return ZoneOffset.UTC;
                    }

                    @Override
                    public Clock withZone(java.time.ZoneId zone) {
                        return this;
                    }

                    @Override
                    public Instant instant() {
                        return clock.get();
                    }
                });
        String first = tokens.tokenFor(FleetService.WALLET);
        clock.set(NOW.plusSeconds(19));
        assertThat(tokens.tokenFor(FleetService.WALLET)).isEqualTo(first);
        assertThat(tokens.tokenFor(FleetService.BOOKING)).isNotEqualTo(first);
        clock.set(NOW.plusSeconds(20));
        assertThat(tokens.tokenFor(FleetService.WALLET)).isNotEqualTo(first);
    }

    @Test
    void aServiceWithoutAKeyCannotCallAnyone() {
        var keyless = new ServiceTokens(FleetService.TRIP, null, Duration.ofSeconds(60), Clock.systemUTC());
        assertThatThrownBy(() -> keyless.tokenFor(FleetService.WALLET)).hasMessageContaining("ALLOCAR_SERVICE_PRIVATE_KEY");
    }

    @Test
    void trustedKeysAreNamedByFleetService() {
        String pub = ServiceKeys.encode(PAYMENT.getPublic());
        assertThat(ServiceKeys.trusted("payment-service=" + pub + ", admin-service=" + ServiceKeys.encode(ADMIN.getPublic())))
                .containsOnlyKeys(FleetService.PAYMENT, FleetService.ADMIN);
        assertThatThrownBy(() -> ServiceKeys.trusted("mallory=" + pub)).hasMessageContaining("unknown service 'mallory'");
        assertThatThrownBy(() -> ServiceKeys.trusted("MFkwEwYHKoZIzj0CAQ")).hasMessageContaining("is not name=key");
    }
}
