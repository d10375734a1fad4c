package com.allocar.identity.suspension;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.user.Profiles;
import com.allocar.identity.user.User;
import com.allocar.identity.user.UserRepository;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;
import com.allocar.platform.settings.PlatformSettings;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The low-rating driver hold ({@link LowRatingDriverHold}) applied to each new average, and the staff review queue: the
 * held drivers, oldest first, released one by one. Each hold and release tells the fleet ({@code user.updated}
 * driver_held: trip-service refuses new trips) and is audited, in the transaction of the change.
 */
@Service
public class DriverHolds {

    public static final String FLOOR = "driver_rating_floor";
    public static final String MIN_RATINGS = "driver_rating_min_count";

    private final UserRepository users;
    private final Profiles profiles;
    private final PlatformSettings settings;
    private final DriverHoldProperties defaults;
    private final ApplicationEventPublisher events;

    DriverHolds(UserRepository users, Profiles profiles, PlatformSettings settings, DriverHoldProperties defaults,
                ApplicationEventPublisher events) {
        this.users = users;
        this.profiles = profiles;
        this.settings = settings;
        this.defaults = defaults;
        this.events = events;
    }

    /** A new average of the member (booking's {@code user.rating_updated}); the caller's transaction. */
    @Transactional
    public void afterRating(UUID userId, BigDecimal average, int count) {
        var inForce = settings.current();
        BigDecimal floor = inForce.decimal(FLOOR, defaults.ratingFloor());
        int minRatings = inForce.integer(MIN_RATINGS, defaults.minRatings());
        users.findById(userId).ifPresent(u -> {
            if (!LowRatingDriverHold.applies(u.isDriver(), u.isDriverHeld(), average, count, u.getDriverHoldClearedAtCount(), floor, minRatings)) {
                return;
            }
            Instant now = Instant.now();
            u.holdAsDriver("rating_below_floor", now);
            users.saveAndFlush(u);
            profiles.announce(u);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("rating_avg", average);
            meta.put("rating_count", count);
            meta.put("floor", floor);
            meta.put("min_ratings", minRatings);
            events.publishEvent(new Audited(AuditEntry.of(AuditEntry.Actor.SYSTEM, null, "driver.hold", "user", userId, meta, now)));
        });
    }

    /** Held drivers, the longest held first. */
    @Transactional(readOnly = true)
    public Page<User> queue(int page, int pageSize) {
        return users.findByDriverHeldAtIsNotNull(PageRequest.of(page, pageSize, Sort.by("driverHeldAt", "id")));
    }

    /** Staff release a held driver (404 unknown, 409 not held); audited with the staff id and the reason. */
    @Transactional
    public User release(UUID userId, UUID staffId, String reason) {
        User u = profiles.get(userId);
        Instant heldSince = u.getDriverHeldAt();
        u.releaseDriverHold();
        users.saveAndFlush(u);
        profiles.announce(u);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("reason", reason);
        meta.put("held_since", String.valueOf(heldSince));
        meta.put("rating_avg", u.getRatingAvg());
        meta.put("rating_count", u.getRatingCount());
        events.publishEvent(new Audited(AuditEntry.of(AuditEntry.Actor.ADMIN, staffId, "driver.release", "user", userId, meta, Instant.now())));
        return u;
    }
}
