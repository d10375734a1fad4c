package com.allocar.payment.payment.web;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.allocar.payment.api.PaymentInternalApi.StaffPaymentView;
import com.allocar.payment.payment.Payment;
import com.allocar.payment.payment.PaymentMethod;
import com.allocar.payment.payment.PaymentRepository;
import com.allocar.payment.payment.PaymentStatus;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.FieldType;
import com.allocar.platform.query.Filter;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** admin-service's {@code GET /admin/payments?status=&method=} reads through here (service token). */
@Hidden
@RestController
@CalledBy(FleetService.ADMIN)
class InternalPaymentController {

    private static final QuerySpec LIST = QuerySpec.create()
            .enumFilter("status", PaymentStatus.class).enumFilter("method", PaymentMethod.class)
            .filter("user_id", FieldType.UUID_).filter("booking_id", FieldType.UUID_).filter("provider_ref", FieldType.STRING)
            .range("created_at", FieldType.INSTANT).range("amount", FieldType.DECIMAL)
            .sortable("created_at", "amount").defaultSort("-created_at");
    /** Wire names that are also column names; nothing else reaches the SQL text. */
    private static final Set<String> COLUMNS = Set.of("status", "method", "user_id", "booking_id", "provider_ref", "created_at", "amount");

    private static StaffPaymentView view(Payment p) {
        return new StaffPaymentView(p.id(), p.purpose().wire(), p.bookingId(), p.topupId(), p.userId(), p.driverId(), p.method().wire(),
                p.provider().wire(), p.providerRef(), p.amount(), p.grossAmount(), p.discount(), p.commission(), p.fees(), p.currency(),
                p.status().wire(), p.failureReason(), p.refundedAmount(), p.createdAt(), p.paidAt(), p.failedAt(), p.refundedAt());
    }

    private final PaymentRepository payments;

    InternalPaymentController(PaymentRepository payments) {
        this.payments = payments;
    }

    @GetMapping("/internal/payments")
    Envelope<List<StaffPaymentView>> list(HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        int i = 0;
        for (Filter f : q.filters()) {
            if (!COLUMNS.contains(f.field())) {
                continue;
            }
            String p = "p" + i++;
            switch (f.op()) {
                case EQ -> {
                    clauses.add(f.field() + " = :" + p);
                    params.put(p, sql(f.value()));
                }
                case IN -> {
                    clauses.add(f.field() + " IN (:" + p + ")");
                    params.put(p, f.values().stream().map(InternalPaymentController::sql).toList());
                }
                case GTE -> {
                    clauses.add(f.field() + " >= :" + p);
                    params.put(p, sql(f.value()));
                }
                case LTE -> {
                    clauses.add(f.field() + " <= :" + p);
                    params.put(p, sql(f.value()));
                }
            }
        }
        String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
        String order = String.join(", ", q.sort().stream().filter(o -> COLUMNS.contains(o.field()))
                .map(o -> o.field() + (o.descending() ? " DESC" : " ASC")).toList()) + ", id";
        var items = payments.page(where, params, order, q.pageSize(), q.offset()).stream().map(InternalPaymentController::view).toList();
        return Envelope.page(items, q.page(), q.pageSize(), payments.count(where, params));
    }

    private static Object sql(Object v) {
        if (v instanceof Enum<?> e) {
            return e.name().toLowerCase(Locale.ROOT);
        }
        if (v instanceof Instant t) {
            return Timestamp.from(t);
        }
        return v;
    }
}
