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
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;

import org.springframework.context.ApplicationEventPublisher;
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

    private static final String COLUMNS = "id, code, type, value, max_uses, per_user_limit, uses, starts_at, ends_at, status";

    private final JdbcClient jdbc;
    private final Clock clock;
    /** The audit entries go to payment's one event writer (the outbox, in this transaction). */
    private final ApplicationEventPublisher events;

    Promos(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
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

    /** What staff may change of a promo; null = unchanged. */
    public record Change(PromoStatus status, Instant endsAt, Integer maxUses, Integer perUserLimit) {
    }

    /**
     * A new active code, audited with the staff member who created it (null: the system, e.g. the demo seed). A code
     * taken already (any case) → 409.
     */
    @Transactional
    public Promo create(String code, PromoDiscount.PromoType type, BigDecimal value, Integer maxUses, Integer perUserLimit,
                        Instant startsAt, Instant endsAt, UUID staffId) {
        if (find(code, false).isPresent()) {
            throw new ApiException(ErrorCode.CONFLICT, "This promo code exists already", Map.of("code", normalise(code)));
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO promos (id, code, type, value, max_uses, per_user_limit, starts_at, ends_at, status)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""")
                .params(id, normalise(code), type.name().toLowerCase(Locale.ROOT), value, maxUses, perUserLimit,
                        startsAt == null ? null : Timestamp.from(startsAt), endsAt == null ? null : Timestamp.from(endsAt), PromoStatus.ACTIVE.wire())
                .update();
        Promo created = find(code, false).orElseThrow();
        if (!created.id().equals(id)) {
            throw new ApiException(ErrorCode.CONFLICT, "This promo code exists already", Map.of("code", created.code()));
        }
        audit(staffId, "promo.create", created, Map.of());
        return created;
    }

    /**
     * Activation, deactivation, a new end or new limits, audited with what changed. A limit under the uses already
     * taken is refused (409): the codes handed out stay honoured.
     */
    @Transactional
    public Promo change(UUID id, Change c, UUID staffId) {
        Promo p = byId(id, true).orElseThrow(() -> ApiException.notFound("promo", id));
        if (c.maxUses() != null && c.maxUses() < p.uses()) {
            throw new ApiException(ErrorCode.CONFLICT, "More uses were taken already", Map.of("uses", p.uses()));
        }
        Instant endsAt = c.endsAt() == null ? p.endsAt() : c.endsAt();
        if (c.endsAt() != null && p.startsAt() != null && !endsAt.isAfter(p.startsAt())) {
            throw ApiException.validation("ends_at", "must be after starts_at (" + p.startsAt() + ")");
        }
        jdbc.sql("""
                UPDATE promos SET status = coalesce(?, status), ends_at = coalesce(?, ends_at), max_uses = coalesce(?, max_uses),
                                  per_user_limit = coalesce(?, per_user_limit) WHERE id = ?""")
                .params(c.status() == null ? null : c.status().wire(), c.endsAt() == null ? null : Timestamp.from(c.endsAt()), c.maxUses(),
                        c.perUserLimit(), id)
                .update();
        Promo after = byId(id, false).orElseThrow();
        Map<String, Object> changed = new LinkedHashMap<>();
        diff(changed, "status", p.status(), after.status());
        diff(changed, "ends_at", p.endsAt(), after.endsAt());
        diff(changed, "max_uses", p.maxUses(), after.maxUses());
        diff(changed, "per_user_limit", p.perUserLimit(), after.perUserLimit());
        if (!changed.isEmpty()) {
            audit(staffId, after.status().equals(p.status()) ? "promo.update"
                    : PromoStatus.ACTIVE.wire().equals(after.status()) ? "promo.activate" : "promo.deactivate", after, Map.of("changed", changed));
        }
        return after;
    }

    public record Page(java.util.List<Promo> promos, long total) {
    }

    /** Newest first; {@code status} null = any. */
    @Transactional(readOnly = true)
    public Page list(PromoStatus status, int offset, int limit) {
        String where = status == null ? "" : " WHERE status = :status";
        var items = jdbc.sql("SELECT " + COLUMNS + " FROM promos" + where + " ORDER BY created_at DESC, id LIMIT :limit OFFSET :offset")
                .param("status", status == null ? null : status.wire()).param("limit", limit).param("offset", offset)
                .query(Promos::promo).list();
        long total = jdbc.sql("SELECT count(*) FROM promos" + where).param("status", status == null ? null : status.wire())
                .query(Long.class).single();
        return new Page(items, total);
    }

    private static void diff(Map<String, Object> changed, String field, Object before, Object after) {
        if (!java.util.Objects.equals(before, after)) {
            Map<String, Object> fromTo = new LinkedHashMap<>();
            fromTo.put("from", before == null ? "" : before.toString());
            fromTo.put("to", after == null ? "" : after.toString());
            changed.put(field, fromTo);
        }
    }

    private void audit(UUID staffId, String action, Promo p, Map<String, Object> more) {
        Map<String, Object> meta = new LinkedHashMap<>(more);
        meta.put("code", p.code());
        meta.put("type", p.type().name().toLowerCase(Locale.ROOT));
        meta.put("value", p.value());
        AuditEntry.Actor actor = staffId == null ? AuditEntry.Actor.SYSTEM : AuditEntry.Actor.ADMIN; // the demo seed has no staff
        events.publishEvent(new Audited(AuditEntry.of(actor, staffId, action, "promo", p.id(), meta, clock.instant())));
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
        return jdbc.sql("SELECT " + COLUMNS + " FROM promos WHERE code = ?" + (lock ? " FOR UPDATE" : ""))
                .param(normalise(code)).query(Promos::promo).optional();
    }

    private Optional<Promo> byId(UUID id, boolean lock) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM promos WHERE id = ?" + (lock ? " FOR UPDATE" : "")).param(id).query(Promos::promo).optional();
    }

    private static Promo promo(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Promo(rs.getObject("id", UUID.class), rs.getString("code"),
                PromoDiscount.PromoType.valueOf(rs.getString("type").toUpperCase(Locale.ROOT)), rs.getBigDecimal("value"),
                (Integer) rs.getObject("max_uses"), (Integer) rs.getObject("per_user_limit"), rs.getInt("uses"),
                instant(rs.getObject("starts_at", OffsetDateTime.class)), instant(rs.getObject("ends_at", OffsetDateTime.class)),
                rs.getString("status"));
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
