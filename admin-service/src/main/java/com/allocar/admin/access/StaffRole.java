package com.allocar.admin.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The spec's staff roles, as Keycloak's realm {@code allocar} names them. */
public enum StaffRole {
    SUPER, OPS, SUPPORT, FINANCE, COMPLIANCE;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<StaffRole> fromWire(String role) {
        return Arrays.stream(values()).filter(r -> r.wire().equals(role)).findFirst();
    }
}
