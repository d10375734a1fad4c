package com.allocar.trip.ride.web;

import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.security.CurrentUserArgumentResolver;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller on a public route: a signed-in member if a valid token came along, nobody otherwise. */
public final class Viewer {

    private Viewer() {
    }

    public static Optional<UUID> current() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Jwt jwt) {
            return Optional.of(CurrentUserArgumentResolver.fromJwt(jwt).id());
        }
        return Optional.empty();
    }
}
