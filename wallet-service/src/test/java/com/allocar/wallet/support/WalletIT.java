package com.allocar.wallet.support;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.allocar.platform.security.service.FleetService;
import com.allocar.platform.testing.TestHttp;
import com.allocar.platform.testing.TestServiceKeys;
import com.allocar.platform.testing.TestTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Base of wallet-service's integration tests: the real service on a random port against real PostgreSQL and Kafka; HTTP
 * like a client. Access tokens signed by {@link TestTokens} (identity's role); identity, booking and payment arrive as
 * events on the real broker ({@link Events}); payment-service's internal API is {@link FakePaymentService}.
 * Every test uses fresh random users, so tests never see each other's wallets (the ledger cannot be cleaned: append-only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("it")
public abstract class WalletIT {

    public static final UUID PLATFORM = UUID.fromString("00000000-0000-4000-a000-000000000000");

    @DynamicPropertySource
    static void infra(DynamicPropertyRegistry registry) {
        registry.add("allocar.security.jwks-uri", () -> TestTokens.get().jwksUri());
        registry.add("allocar.wallet.payment-service.url", () -> FakePaymentService.get().url());
        TestServiceKeys.register(registry, FleetService.WALLET);
    }

    @LocalServerPort
    protected int port;

    @Autowired
    protected JdbcClient jdbc;

    protected TestHttp http() {
        return new TestHttp("http://127.0.0.1:" + port);
    }

    protected static String[] auth(UUID user) {
        return new String[] {"Authorization", TestHttp.bearer(TestTokens.get().accessToken(user))};
    }

    protected static String[] auth(UUID user, String idempotencyKey) {
        return new String[] {"Authorization", TestHttp.bearer(TestTokens.get().accessToken(user)), "Idempotency-Key", idempotencyKey};
    }

    /** payment-service calling wallet-service's internal API (ledger entries, balances, payout eligibility). */
    protected static String[] internal() {
        return TestServiceKeys.header(FleetService.PAYMENT, FleetService.WALLET);
    }

    protected static void eventually(Callable<Boolean> condition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(condition);
    }

    /** A member identity approved (kyc.approved on the real broker, applied). */
    protected UUID memberWithKyc() {
        UUID id = UUID.randomUUID();
        Events.kyc("kyc.approved", id, Instant.now()).send();
        eventually(() -> "approved".equals(kyc(id)));
        return id;
    }

    protected String kyc(UUID user) {
        return jdbc.sql("SELECT status FROM member_kyc WHERE user_id = ?").param(user).query(String.class).optional().orElse(null);
    }

    /** An internal ledger entry (as payment-service writes them); returns the answer. */
    protected TestHttp.Response entry(UUID user, UUID entryId, String direction, String amount, String source, String status) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("entry_id", entryId.toString());
        body.put("direction", direction);
        body.put("amount", new BigDecimal(amount));
        body.put("currency", "XOF");
        body.put("source", source);
        body.put("status", status);
        body.put("ref_type", "test");
        body.put("ref_id", entryId.toString());
        return http().post("/internal/wallets/" + user + "/entries", body, internal());
    }

    /** Money on a user's wallet: a settled topup credit through the internal API. */
    protected void fund(UUID user, String amount) {
        var r = entry(user, UUID.randomUUID(), "credit", amount, "topup", "settled");
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    protected BigDecimal balance(UUID user) {
        return jdbc.sql("SELECT balance FROM wallets WHERE user_id = ?").param(user).query(BigDecimal.class).optional().orElse(BigDecimal.ZERO);
    }

    protected BigDecimal available(UUID user) {
        return jdbc.sql("SELECT balance - reserved FROM wallets WHERE user_id = ?").param(user).query(BigDecimal.class).optional()
                .orElse(BigDecimal.ZERO);
    }

    protected long entries(UUID user) {
        return jdbc.sql("SELECT count(*) FROM wallet_txns t JOIN wallets w ON w.id = t.wallet_id WHERE w.user_id = ?").param(user)
                .query(Long.class).single();
    }

    protected String status(UUID entryId) {
        return jdbc.sql("SELECT status FROM wallet_txns WHERE id = ?").param(entryId).query(String.class).optional().orElse(null);
    }

    /**
     * The ledger invariant, recomputed from wallet_txns with SQL: balance = Σ settled credits − Σ settled debits,
     * reserved = Σ pending debits, incoming = Σ pending credits.
     */
    protected void assertLedgerInvariant(UUID user) {
        var row = jdbc.sql("""
                SELECT w.balance, w.reserved, w.incoming,
                       COALESCE(SUM(CASE WHEN t.status = 'settled' AND t.type = 'credit' THEN t.amount
                                         WHEN t.status = 'settled' AND t.type = 'debit' THEN -t.amount END), 0) AS settled,
                       COALESCE(SUM(t.amount) FILTER (WHERE t.status = 'pending' AND t.type = 'debit'), 0) AS pending_debits,
                       COALESCE(SUM(t.amount) FILTER (WHERE t.status = 'pending' AND t.type = 'credit'), 0) AS pending_credits
                  FROM wallets w LEFT JOIN wallet_txns t ON t.wallet_id = w.id
                 WHERE w.user_id = ? GROUP BY w.id""").param(user).query().singleRow();
        assertThat((BigDecimal) row.get("balance")).as("balance of " + user).isEqualByComparingTo((BigDecimal) row.get("settled"));
        assertThat((BigDecimal) row.get("reserved")).as("reserved of " + user).isEqualByComparingTo((BigDecimal) row.get("pending_debits"));
        assertThat((BigDecimal) row.get("incoming")).as("incoming of " + user).isEqualByComparingTo((BigDecimal) row.get("pending_credits"));
    }

    /** The field names of a validation_error (asserting it is one). */
    protected static String fieldsOf(TestHttp.Response r) {
        assertThat(r.status()).as(r.toString()).isEqualTo(400);
        assertThat(r.errorCode()).isEqualTo("validation_error");
        StringBuilder sb = new StringBuilder();
        r.body().path("error").path("details").path("fields").forEach(f -> sb.append(f.path("field").asString()).append(' '));
        return sb.toString();
    }

    protected static String key() {
        return UUID.randomUUID().toString();
    }
}
