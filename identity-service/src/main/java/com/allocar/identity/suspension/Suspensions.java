package com.allocar.identity.suspension;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.allocar.identity.auth.token.Sessions;
import com.allocar.identity.user.Profiles;
import com.allocar.identity.user.User;
import com.allocar.identity.user.UserRepository;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.audit.Audited;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member suspends an account: in one transaction it is marked inactive (sign-in and refresh refused from now),
 * every session of it ends (its access tokens go on the revoke list, refused by the gateway and every service at once),
 * the fleet hears {@code user.updated} with {@code active=false}, and the audit trail records who did it and why.
 * Reactivating lets the member sign in again (old sessions stay ended).
 */
@Service
public class Suspensions {

    private final UserRepository users;
    private final Profiles profiles;
    private final Sessions sessions;
    private final ApplicationEventPublisher events;

    Suspensions(UserRepository users, Profiles profiles, Sessions sessions, ApplicationEventPublisher events) {
        this.users = users;
        this.profiles = profiles;
        this.sessions = sessions;
        this.events = events;
    }

    @Transactional
    public User suspend(UUID userId, UUID staffId, String reason) {
        User user = profiles.get(userId);
        user.suspend();
        users.saveAndFlush(user);
        int ended = sessions.endAllOf(userId);
        profiles.announce(user);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("reason", reason);
        meta.put("sessions_ended", ended);
        audit(staffId, "user.suspend", userId, meta);
        return user;
    }

    @Transactional
    public User reactivate(UUID userId, UUID staffId, String reason) {
        User user = profiles.get(userId);
        user.reactivate();
        users.saveAndFlush(user);
        profiles.announce(user);
        Map<String, Object> meta = new LinkedHashMap<>();
        if (reason != null) {
            meta.put("reason", reason);
        }
        audit(staffId, "user.reactivate", userId, meta);
        return user;
    }

    private void audit(UUID staffId, String action, UUID userId, Map<String, Object> meta) {
        events.publishEvent(new Audited(AuditEntry.of(AuditEntry.Actor.ADMIN, staffId, action, "user", userId, meta, Instant.now())));
    }
}
