package com.allocar.admin.audit.web;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.audit.AuditLogs;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.audit.AuditEntry;
import com.allocar.platform.query.FieldType;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.Period;
import com.allocar.platform.query.QuerySpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin/audit-logs")
@Tag(name = "Audit")
class AuditLogController {

    enum ActorType { USER, ADMIN, SYSTEM }

    private static final QuerySpec SEARCH = QuerySpec.create()
            .filter("actor", FieldType.UUID_).enumFilter("actor_type", ActorType.class)
            .filter("entity", FieldType.STRING).filter("entity_id", FieldType.STRING).filter("action", FieldType.STRING)
            .extra("date_from", "date_to");

    private final AuditLogs logs;

    AuditLogController(AuditLogs logs) {
        this.logs = logs;
    }

    record AuditLogView(UUID id, String actorType, UUID actorId, String action, String entity, String entityId,
                        Map<String, Object> meta, Instant createdAt) {

        static AuditLogView of(AuditEntry e) {
            return new AuditLogView(e.auditId(), e.actorType(), e.actorId(), e.action(), e.entity(), e.entityId(), e.meta(), e.occurredAt());
        }
    }

    @GetMapping
    @StaffOnly(RoleMatrix.AUDIT_LOGS)
    @Operation(summary = "The audit trail, newest first: who (actor), what (action), on which entity, when",
            description = "Filters: actor (a staff or member id), actor_type (user|admin|system), entity, entity_id, action, "
                    + "date_from / date_to (dates, both days included, or instants with their offset). Paginated (page, page_size ≤ 100).")
    @Parameter(name = "actor", description = "the actor's id")
    @Parameter(name = "date_from", description = "2026-12-01 or 2026-12-01T08:00:00Z")
    @Parameter(name = "date_to", description = "2026-12-03 (included) or an instant (excluded)")
    Envelope<List<AuditLogView>> search(HttpServletRequest request) {
        PageQuery q = SEARCH.parse(request.getParameterMap());
        Period period = Period.parse(q.extra("date_from").orElse(null), q.extra("date_to").orElse(null), "date_from", "date_to");
        var found = logs.search(new AuditLogs.Search(
                (UUID) value(q, "actor"), value(q, "actor_type") instanceof ActorType t ? t.name().toLowerCase(Locale.ROOT) : null,
                (String) value(q, "entity"), (String) value(q, "entity_id"), (String) value(q, "action"),
                period.from(), period.to()), q.offset(), q.pageSize());
        return Envelope.page(found.entries().stream().map(AuditLogView::of).toList(), q.page(), q.pageSize(), found.total());
    }

    /** One value per filter: a list ({@code in:a,b}) is refused, not read as its first value. */
    private static Object value(PageQuery q, String field) {
        return q.filter(field).map(f -> {
            if (f.values().size() != 1) {
                throw new ApiException(ErrorCode.VALIDATION_ERROR, "Invalid query parameters",
                        Map.of("fields", List.of(Map.of("field", field, "message", "one value only"))));
            }
            return f.value();
        }).orElse(null);
    }
}
