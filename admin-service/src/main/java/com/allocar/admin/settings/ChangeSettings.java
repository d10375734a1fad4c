package com.allocar.admin.settings;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.allocar.admin.access.Staff;
import com.allocar.admin.api.AdminEvents.PlatformSettings;
import com.allocar.admin.api.AdminEvents.SettingsChanged;
import com.allocar.admin.api.AdminEventType;
import com.allocar.admin.audit.AuditLogs;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.events.EventType;
import com.allocar.platform.events.PublishedEvent;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A staff member changes settings they have read (their {@code version}): the changed fields over the version in force,
 * checked by {@link SettingsRules}, become the next version — in one transaction with its audit row (every field from →
 * to, the reason) and its {@code settings.changed} event in the outbox. A version read before someone else's change is
 * 409 {@code conflict} {current_version}; a change that changes nothing adds no version.
 */
@Service
public class ChangeSettings {

    /** The {@code settings.changed} event, keyed "platform": one ordered stream of versions. */
    record Published(SettingsChanged changed) implements PublishedEvent {
        @Override
        public EventType type() {
            return AdminEventType.SETTINGS_CHANGED;
        }

        @Override
        public Object aggregateId() {
            return "platform";
        }

        @Override
        public Object payload() {
            return changed;
        }
    }

    private final SettingsVersions versions;
    private final AuditLogs audit;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    ChangeSettings(SettingsVersions versions, AuditLogs audit, ApplicationEventPublisher events, JsonMapper json) {
        this.versions = versions;
        this.audit = audit;
        this.events = events;
        this.json = json;
    }

    @Transactional
    public SettingsVersions.Version change(Staff staff, long readVersion, Map<String, Object> changes, String reason) {
        SettingsVersions.Version current = versions.current();
        if (readVersion != current.version()) {
            throw ApiException.conflict("The settings changed since you read them: read them again",
                    Map.of("current_version", current.version(), "your_version", readVersion));
        }
        PlatformSettings next = merge(current.settings(), changes);
        List<Map<String, Object>> violations = SettingsRules.violations(next);
        if (!violations.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid settings", Map.of("fields", violations));
        }
        Map<String, Object> diff = diff(current.settings(), next);
        if (diff.isEmpty()) {
            return current;
        }
        var added = new SettingsVersions.Version(current.version() + 1, next, staff.id(), reason, Instant.now());
        try {
            versions.add(added);
        } catch (DuplicateKeyException e) {
            // a racing change added this very version first (nothing more can be read: the transaction is aborted)
            throw ApiException.conflict("The settings changed since you read them: read them again",
                    Map.of("current_version", added.version(), "your_version", readVersion));
        }
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("version", added.version());
        meta.put("changes", diff);
        if (reason != null) {
            meta.put("reason", reason);
        }
        audit.add(List.of(AuditEntry.of(AuditEntry.Actor.ADMIN, staff.id(), "settings.update", "settings", "platform", meta, added.changedAt())));
        events.publishEvent(new Published(new SettingsChanged(added.version(), next, staff.id(), added.changedAt())));
        return added;
    }

    /** The settings with the changed fields (snake_case names, as the API shows them) over them. */
    private PlatformSettings merge(PlatformSettings current, Map<String, Object> changes) {
        Map<String, Object> tree = tree(current);
        List<Map<String, Object>> unknown = changes.entrySet().stream().filter(e -> !tree.containsKey(e.getKey()) || e.getValue() == null)
                .map(e -> Map.<String, Object>of("field", e.getKey(), "message", tree.containsKey(e.getKey()) ? "must not be null"
                        : "not a setting; settings are " + String.join(", ", tree.keySet())))
                .toList();
        if (!unknown.isEmpty()) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid settings", Map.of("fields", unknown));
        }
        tree.putAll(changes);
        try {
            return json.convertValue(tree, PlatformSettings.class);
        } catch (RuntimeException e) {
            throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid settings", Map.of("fields", List.of(Map.of("field", "settings",
                    "message", "a value has the wrong type"))));
        }
    }

    private Map<String, Object> diff(PlatformSettings before, PlatformSettings after) {
        Map<String, Object> a = tree(before);
        Map<String, Object> b = tree(after);
        Map<String, Object> changed = new LinkedHashMap<>();
        b.forEach((k, v) -> {
            Object old = a.get(k);
            boolean same = old instanceof Number n1 && v instanceof Number n2
                    ? new BigDecimal(n1.toString()).compareTo(new BigDecimal(n2.toString())) == 0
                    : Objects.equals(old, v);
            if (!same) {
                Map<String, Object> fromTo = new LinkedHashMap<>();
                fromTo.put("from", old);
                fromTo.put("to", v);
                changed.put(k, fromTo);
            }
        });
        return changed;
    }

    /** The settings as the API names them (snake_case), in the record's order. */
    private Map<String, Object> tree(PlatformSettings s) {
        return json.convertValue(s, json.getTypeFactory().constructMapType(LinkedHashMap.class, String.class, Object.class));
    }
}
