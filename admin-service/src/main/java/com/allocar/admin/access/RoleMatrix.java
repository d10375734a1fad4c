package com.allocar.admin.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

import static com.allocar.admin.access.StaffRole.COMPLIANCE;
import static com.allocar.admin.access.StaffRole.FINANCE;
import static com.allocar.admin.access.StaffRole.OPS;
import static com.allocar.admin.access.StaffRole.SUPER;
import static com.allocar.admin.access.StaffRole.SUPPORT;

/**
 * The spec's role matrix, one row per resource, and the only place that says which staff role may do what: every staff
 * route names its row ({@link StaffOnly}), a route without one is refused. How the spec's table was read — its empty
 * cells were lost in the text, and the issue names who does what in its journeys — is ADR 012.
 */
public enum RoleMatrix {
    /** Users CRUD, reading: every staff role. */
    USERS_READ(SUPER, OPS, SUPPORT, FINANCE, COMPLIANCE),
    /** Users CRUD, editing (suspend, reactivate): super, ops ("edit"), support (the issue: support suspends a member). */
    USERS_EDIT(SUPER, OPS, SUPPORT),
    KYC_REVIEW(SUPER, COMPLIANCE),
    TRIPS_MODERATION(SUPER, OPS),
    BOOKINGS_ARBITRATION(SUPER, OPS, SUPPORT),
    PAYMENTS_PAYOUTS(SUPER, FINANCE),
    PROMOS_REFERRALS(SUPER, FINANCE),
    DISPUTES(SUPER, OPS, SUPPORT, FINANCE),
    REPORTS_EXPORT(SUPER, OPS, FINANCE),
    AUDIT_LOGS(SUPER, COMPLIANCE),
    /** The "Paramètres (admin)" list: fees, windows, toggles — not in the spec's table; super only. */
    SETTINGS(SUPER),
    /** Who am I: any staff member. */
    SELF(SUPER, OPS, SUPPORT, FINANCE, COMPLIANCE);

    private final Set<StaffRole> allowed;

    RoleMatrix(StaffRole first, StaffRole... rest) {
        this.allowed = EnumSet.of(first, rest);
    }

    public Set<StaffRole> allowed() {
        return EnumSet.copyOf(allowed);
    }

    /** True when one of the staff member's roles holds this row. */
    public boolean allows(Collection<StaffRole> roles) {
        return roles.stream().anyMatch(allowed::contains);
    }
}
