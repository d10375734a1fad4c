package com.allocar.platform.security.service;

import java.util.Arrays;
import java.util.Optional;

/**
 * The fleet's services as they name themselves ({@code spring.application.name}) in service tokens: the issuer of a
 * token is its caller, the audience its callee.
 */
public enum FleetService {
    IDENTITY("identity-service"),
    TRIP("trip-service"),
    BOOKING("booking-service"),
    PAYMENT("payment-service"),
    WALLET("wallet-service"),
    MESSAGING("messaging-service"),
    NOTIFICATION("notification-service"),
    ADMIN("admin-service");

    private final String wire;

    FleetService(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<FleetService> fromWire(String name) {
        return Arrays.stream(values()).filter(s -> s.wire.equals(name)).findFirst();
    }
}
