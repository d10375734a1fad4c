package com.allocar.admin.access;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The role matrix cell by cell against the table ADR 012 decided (x = allowed), written here as the ADR prints it: a
 * changed cell in {@link RoleMatrix} fails this test and must change the ADR too.
 */
class RoleMatrixTest {

    private static final String TABLE = """
            row                  super ops support finance compliance
            USERS_READ           x     x   x       x       x
            USERS_EDIT           x     x   x       .       .
            KYC_REVIEW           x     .   .       .       x
            TRIPS_MODERATION     x     x   .       .       .
            BOOKINGS_ARBITRATION x     x   x       .       .
            PAYMENTS_PAYOUTS     x     .   .       x       .
            PROMOS_REFERRALS     x     .   .       x       .
            DISPUTES             x     x   x       x       .
            REPORTS_EXPORT       x     x   .       x       .
            AUDIT_LOGS           x     .   .       .       x
            SETTINGS             x     .   .       .       .
            SELF                 x     x   x       x       x
            """;

    @Test
    void everyCellIsTheDecidedOne() {
        Map<RoleMatrix, Set<StaffRole>> expected = parse();
        assertThat(expected.keySet()).containsExactlyInAnyOrder(RoleMatrix.values());
        for (RoleMatrix row : RoleMatrix.values()) {
            for (StaffRole role : StaffRole.values()) {
                assertThat(row.allows(Set.of(role))).as(row + " × " + role.wire()).isEqualTo(expected.get(row).contains(role));
            }
        }
    }

    @Test
    void severalRolesHoldWhatAnyOfThemHolds() {
        assertThat(RoleMatrix.KYC_REVIEW.allows(Set.of(StaffRole.SUPPORT, StaffRole.COMPLIANCE))).isTrue();
        assertThat(RoleMatrix.SETTINGS.allows(Set.of(StaffRole.OPS, StaffRole.FINANCE, StaffRole.COMPLIANCE))).isFalse();
        assertThat(RoleMatrix.SELF.allows(Set.of())).isFalse();
    }

    @Test
    void allowedIsACopy() {
        RoleMatrix.SETTINGS.allowed().add(StaffRole.OPS);
        assertThat(RoleMatrix.SETTINGS.allowed()).containsExactly(StaffRole.SUPER);
    }

    private static Map<RoleMatrix, Set<StaffRole>> parse() {
        String[] lines = TABLE.strip().split("\n");
        String[] roles = lines[0].trim().split("\\s+");
        Map<RoleMatrix, Set<StaffRole>> rows = new LinkedHashMap<>();
        for (String line : Arrays.copyOfRange(lines, 1, lines.length)) {
            String[] cells = line.trim().split("\\s+");
            Set<StaffRole> allowed = EnumSet.noneOf(StaffRole.class);
            for (int i = 1; i < cells.length; i++) {
                if (cells[i].equals("x")) {
                    allowed.add(StaffRole.fromWire(roles[i]).orElseThrow());
                }
            }
            rows.put(RoleMatrix.valueOf(cells[0]), allowed);
        }
        return rows;
    }
}
