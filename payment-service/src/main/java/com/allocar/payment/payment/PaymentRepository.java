package com.allocar.payment.payment;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.payment.provider.Provider;
import com.allocar.platform.events.RecordedEvents;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The payments table, in SQL: row locks say exactly what happens under concurrency. A status changes only through
 * {@link #save} of a {@link Payment} that made the transition (loaded with {@link #lock}), which also hands the events
 * it recorded to the event writer.
 */
@Repository
public class PaymentRepository {

    private static final String COLUMNS = """
            id, purpose, booking_id, topup_id, user_id, driver_id, method, provider, provider_ref, provider_token, amount,
            gross_amount, discount, commission, fees, currency, status, promo_id, msisdn, checkout_url, failure_reason,
            refunded_amount, raw_payload::text AS raw_payload, paid_at, failed_at, refunded_at, created_at, updated_at""";

    private final JdbcClient jdbc;
    private final RecordedEvents recorded;

    PaymentRepository(JdbcClient jdbc, RecordedEvents recorded) {
        this.jdbc = jdbc;
        this.recorded = recorded;
    }

    public void insert(Payment p) {
        jdbc.sql("""
                INSERT INTO payments (id, purpose, booking_id, topup_id, user_id, driver_id, method, provider, amount, gross_amount,
                                      discount, commission, fees, currency, status, promo_id, msisdn, created_at, updated_at)
                VALUES (:id, :purpose, :booking, :topup, :user, :driver, :method, :provider, :amount, :gross, :discount, :commission,
                        :fees, :currency, :status, :promo, :msisdn, now(), now())""")
                .param("id", p.id()).param("purpose", p.purpose().wire()).param("booking", p.bookingId()).param("topup", p.topupId())
                .param("user", p.userId()).param("driver", p.driverId()).param("method", p.method().wire())
                .param("provider", p.provider().wire()).param("amount", p.amount()).param("gross", p.grossAmount())
                .param("discount", p.discount()).param("commission", p.commission()).param("fees", p.fees())
                .param("currency", p.currency()).param("status", p.status().wire()).param("promo", p.promoId()).param("msisdn", p.msisdn())
                .update();
    }

    public Optional<Payment> find(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE id = ?").param(id).query(PaymentRepository::map).optional();
    }

    /** Locks the row: every status change goes through here first, so changes of one payment are serialised. */
    public Optional<Payment> lock(UUID id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE id = ? FOR UPDATE").param(id).query(PaymentRepository::map).optional();
    }

    public Optional<Payment> findByProviderRef(Provider provider, String ref) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE provider = ? AND provider_ref = ?").params(provider.wire(), ref)
                .query(PaymentRepository::map).optional();
    }

    public Optional<Payment> findByProviderToken(Provider provider, String token) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE provider = ? AND provider_token = ?").params(provider.wire(), token)
                .query(PaymentRepository::map).optional();
    }

    public Optional<Payment> findByTopup(UUID topupId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE topup_id = ?").param(topupId).query(PaymentRepository::map).optional();
    }

    /** The booking's payment in flight or paid (at most one, by a unique index). */
    public Optional<Payment> liveForBooking(UUID bookingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE booking_id = ? AND status IN (?, ?, ?)")
                .params(bookingId, PaymentStatus.INIT.wire(), PaymentStatus.AUTHORIZED.wire(), PaymentStatus.PAID.wire()).query(PaymentRepository::map).optional();
    }

    public Optional<Payment> paidForBooking(UUID bookingId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE booking_id = ? AND status IN (?, ?) ORDER BY created_at DESC LIMIT 1")
                .params(bookingId, PaymentStatus.PAID.wire(), PaymentStatus.REFUNDED.wire()).query(PaymentRepository::map).optional();
    }

    /** The provider's answer to the checkout: not a status change. */
    void setCheckout(UUID id, Payment.Checkout checkout) {
        jdbc.sql("""
                UPDATE payments SET provider_ref = ?, checkout_url = ?, provider_token = ?, raw_payload = CAST(? AS jsonb), updated_at = now()
                WHERE id = ?""").params(checkout.providerRef(), checkout.checkoutUrl(), checkout.providerToken(), checkout.rawPayload(), id).update();
    }

    /** Writes what a transition changed (the row is locked by {@link #lock}) and delivers the recorded events. */
    void save(Payment p) {
        jdbc.sql("""
                UPDATE payments SET status = ?, paid_at = ?, failed_at = ?, failure_reason = ?, refunded_at = ?, refunded_amount = ?,
                                    raw_payload = CAST(? AS jsonb), updated_at = now()
                WHERE id = ?""")
                .params(p.status().wire(), timestamp(p.paidAt()), timestamp(p.failedAt()), p.failureReason(), timestamp(p.refundedAt()),
                        p.refundedAmount(), p.rawPayload(), p.id())
                .update();
        recorded.publish(p);
    }

    public long failedCardPayments(UUID userId, Instant since) {
        return jdbc.sql("SELECT count(*) FROM payments WHERE user_id = ? AND method = ? AND status = ? AND failed_at >= ?")
                .params(userId, PaymentMethod.CARD.wire(), PaymentStatus.FAILED.wire(), Timestamp.from(since)).query(Long.class).single();
    }

    /** Provider payments still waiting (or paid) created in a window: what the reconciliation re-reads. */
    public List<Payment> forReconciliation(Instant from, Instant to) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM payments WHERE provider <> ? AND provider_ref IS NOT NULL "
                        + "AND created_at >= ? AND created_at < ? ORDER BY created_at")
                .params(Provider.WALLET.wire(), Timestamp.from(from), Timestamp.from(to)).query(PaymentRepository::map).list();
    }

    /**
     * A page of payments for the admin back office. {@code where} is built only from allow-listed column names
     * (the caller's QuerySpec), values travel as parameters.
     */
    public List<Payment> page(String where, java.util.Map<String, Object> params, String orderBy, int limit, int offset) {
        var q = jdbc.sql("SELECT " + COLUMNS + " FROM payments" + where + " ORDER BY " + orderBy + " LIMIT :limit OFFSET :offset");
        for (var e : params.entrySet()) {
            q = q.param(e.getKey(), e.getValue());
        }
        return q.param("limit", limit).param("offset", offset).query(PaymentRepository::map).list();
    }

    public long count(String where, java.util.Map<String, Object> params) {
        var q = jdbc.sql("SELECT count(*) FROM payments" + where);
        for (var e : params.entrySet()) {
            q = q.param(e.getKey(), e.getValue());
        }
        return q.query(Long.class).single();
    }

    static Payment map(ResultSet rs, int n) throws SQLException {
        var parties = new Payment.Parties(rs.getObject("booking_id", UUID.class), rs.getObject("topup_id", UUID.class),
                rs.getObject("user_id", UUID.class), rs.getObject("driver_id", UUID.class));
        var amounts = new Payment.Amounts(rs.getBigDecimal("amount"), rs.getBigDecimal("gross_amount"), rs.getBigDecimal("discount"),
                rs.getBigDecimal("commission"), rs.getBigDecimal("fees"));
        var checkout = new Payment.Checkout(rs.getString("provider_ref"), rs.getString("provider_token"), rs.getString("checkout_url"),
                rs.getString("raw_payload"));
        var times = new Payment.Times(instant(rs, "paid_at"), instant(rs, "failed_at"), instant(rs, "refunded_at"), instant(rs, "created_at"),
                instant(rs, "updated_at"));
        return new Payment(rs.getObject("id", UUID.class), Payment.Purpose.valueOf(rs.getString("purpose").toUpperCase(java.util.Locale.ROOT)),
                parties, PaymentMethod.fromWire(rs.getString("method")), Provider.fromWire(rs.getString("provider")).orElseThrow(), amounts,
                rs.getString("currency"), PaymentStatus.fromWire(rs.getString("status")), rs.getObject("promo_id", UUID.class),
                rs.getString("msisdn"), checkout, rs.getString("failure_reason"), rs.getBigDecimal("refunded_amount"), times);
    }

    private static Timestamp timestamp(Instant at) {
        return at == null ? null : Timestamp.from(at);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
