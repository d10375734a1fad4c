package com.allocar.payment.promo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promo codes: validation (status, window, max uses, per-user limit) and redemption. A use is reserved when a
 * payment starts — under a lock on the promo row, so the last use can never be handed out twice — becomes
 * final when the payment is paid, and is given back when it fails.
 */
@Service
public class Promos {

    private final JdbcClient jdbc;
    private final Clock clock;

    Promos(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Promo(UUID id, String code, PromoDiscount.PromoType type, BigDecimal value, Integer maxUses, Integer perUserLimit,
                        int uses, Instant startsAt, Instant endsAt, String status) {
    }

    public record Reservation(UUID promoId, String code, BigDecimal discount) {
    }

    /** Would {@code code} apply for {@code user} on a price? The discount, or a 400/409 saying why not. Reserves nothing. */
    @Transactional(readOnly = true)
    public Reservation check(String code, UUID user, BigDecimal price) {
        Promo p = find(code, false).orElseThrow(() -> invalid(code, "unknown_code"));
        return applicable(p, user, price);
    }

    /** Takes one use of the code for a payment that is starting (joins the payment's transaction). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Reservation reserve(String code, UUID user, BigDecimal price) {
        Promo p = find(code, true).orElseThrow(() -> invalid(code, "unknown_code"));
        Reservation r = applicable(p, user, price);
        jdbc.sql("UPDATE promos SET uses = uses + 1 WHERE id = ?").param(p.id()).update();
        return r;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Reservation r, UUID user, UUID paymentId) {
        jdbc.sql("INSERT INTO promo_redemptions (id, promo_id, user_id, payment_id, discount, status) VALUES (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), r.promoId(), user, paymentId, r.discount(), RedemptionStatus.RESERVED.wire()).update();
    }

    /** The payment is paid: the use is final. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void redeem(UUID paymentId) {
        jdbc.sql("UPDATE promo_redemptions SET status = ? WHERE payment_id = ? AND status = ?")
                .params(RedemptionStatus.REDEEMED.wire(), paymentId, RedemptionStatus.RESERVED.wire()).update();
    }

    /** The payment failed: the use comes back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void release(UUID paymentId) {
        jdbc.sql("""
                WITH released AS (
                    UPDATE promo_redemptions SET status = ? WHERE payment_id = ? AND status = ? RETURNING promo_id)
                UPDATE promos SET uses = uses - 1 WHERE id IN (SELECT promo_id FROM released)""")
                .params(RedemptionStatus.RELEASED.wire(), paymentId, RedemptionStatus.RESERVED.wire()).update();
    }

    @Transactional
    public Promo create(String code, PromoDiscount.PromoType type, BigDecimal value, Integer maxUses, Integer perUserLimit,
                        Instant startsAt, Instant endsAt) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO promos (id, code, type, value, max_uses, per_user_limit, starts_at, ends_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, normalise(code), type.name().toLowerCase(Locale.ROOT), value, maxUses, perUserLimit,
                        startsAt == null ? null : Timestamp.from(startsAt), endsAt == null ? null : Timestamp.from(endsAt), PromoStatus.ACTIVE.wire())
                .update();
        return find(code, false).orElseThrow();
    }

    public long redemptions(UUID promoId) {
        return jdbc.sql("SELECT count(*) FROM promo_redemptions WHERE promo_id = ? AND status <> ?").params(promoId, RedemptionStatus.RELEASED.wire())
                .query(Long.class).single();
    }

    private Reservation applicable(Promo p, UUID user, BigDecimal price) {
        Instant now = clock.instant();
        if (!PromoStatus.ACTIVE.wire().equals(p.status())) {
            throw invalid(p.code(), PromoStatus.INACTIVE.wire());
        }
        if ((p.startsAt() != null && now.isBefore(p.startsAt())) || (p.endsAt() != null && !now.isBefore(p.endsAt()))) {
            throw invalid(p.code(), "outside_validity_window");
        }
        if (p.maxUses() != null && p.uses() >= p.maxUses()) {
            throw limit(p.code(), "max_uses_reached", Map.of("max_uses", p.maxUses()));
        }
        if (p.perUserLimit() != null) {
            long mine = jdbc.sql("SELECT count(*) FROM promo_redemptions WHERE promo_id = ? AND user_id = ? AND status <> ?")
                    .params(p.id(), user, RedemptionStatus.RELEASED.wire()).query(Long.class).single();
            if (mine >= p.perUserLimit()) {
                throw limit(p.code(), "per_user_limit_reached", Map.of("per_user_limit", p.perUserLimit()));
            }
        }
        return new Reservation(p.id(), p.code(), PromoDiscount.of(p.type(), p.value(), price));
    }

    private Optional<Promo> find(String code, boolean lock) {
        return jdbc.sql("SELECT id, code, type, value, max_uses, per_user_limit, uses, starts_at, ends_at, status FROM promos WHERE code = ?"
                        + (lock ? " FOR UPDATE" : ""))
                .param(normalise(code))
                .query((rs, n) -> new Promo(rs.getObject("id", UUID.class), rs.getString("code"),
                        PromoDiscount.PromoType.valueOf(rs.getString("type").toUpperCase(Locale.ROOT)), rs.getBigDecimal("value"),
                        (Integer) rs.getObject("max_uses"), (Integer) rs.getObject("per_user_limit"), rs.getInt("uses"),
                        instant(rs.getObject("starts_at", OffsetDateTime.class)), instant(rs.getObject("ends_at", OffsetDateTime.class)),
                        rs.getString("status")))
                .optional();
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }

    static String normalise(String code) {
        return code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    }

    private static ApiException invalid(String code, String reason) {
        return new ApiException(ErrorCode.VALIDATION_ERROR, "Promo code cannot be used",
                Map.of("fields", java.util.List.of(Map.of("field", "promo_code", "message", reason)), "reason", reason));
    }

    private static ApiException limit(String code, String reason, Map<String, Object> extra) {
        Map<String, Object> d = new LinkedHashMap<>(extra);
        d.put("reason", reason);
        d.put("code", code);
        return ApiException.conflict("Promo code has no use left", d);
    }
}
