package com.allocar.admin.payment.web;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.audit.AuditLogs;
import com.allocar.admin.payment.PaymentServiceClient;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.Period;
import com.allocar.platform.query.QuerySpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/admin")
@Tag(name = "Payments & payouts")
class PaymentAdminController {

    /** status, method and the ids are payment's to check: its validation_error comes back as is. */
    private static final QuerySpec LIST = QuerySpec.create().extra("status", "method", "user_id", "booking_id", "date_from", "date_to");

    private final PaymentServiceClient payments;
    private final AuditLogs audit;

    PaymentAdminController(PaymentServiceClient payments, AuditLogs audit) {
        this.payments = payments;
        this.audit = audit;
    }

    @GetMapping("/payments")
    @StaffOnly(RoleMatrix.PAYMENTS_PAYOUTS)
    @Operation(summary = "Payments, newest first, with what the platform kept (commission) and the provider's fees",
            description = "status init|authorized|paid|failed|refunded, method wave|orange|mtn|card|wallet, user_id, booking_id, "
                    + "and the creation period date_from / date_to.")
    @Parameter(name = "date_from", description = "2026-12-01 (day included) or an instant")
    @Parameter(name = "date_to", description = "2026-12-03 (day included) or an instant (excluded)")
    Envelope<List<PaymentServiceClient.Payment>> list(HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        Period period = Period.parse(q.extra("date_from").orElse(null), q.extra("date_to").orElse(null), "date_from", "date_to");
        // payment's range is inclusive; the period's end is not (a microsecond is the database's precision)
        Instant to = period.to() == null ? null : period.to().minus(1, ChronoUnit.MICROS);
        return Envelope.relay(payments.list(q.extra("status").orElse(null), q.extra("method").orElse(null), q.extra("user_id").orElse(null),
                q.extra("booking_id").orElse(null), period.from(), to, q.page(), q.pageSize()));
    }

    @PostMapping("/payouts/run")
    @StaffOnly(RoleMatrix.PAYMENTS_PAYOUTS)
    @Operation(summary = "Run the drivers' payouts now (the batch the night job runs): every driver over the payout threshold is paid",
            description = "Answers how many payouts were attempted; each payout's outcome is in the audit trail (payout.completed | "
                    + "payout.failed). 409 conflict {reason: run_in_progress} while another run is under way.")
    Envelope<PaymentServiceClient.PayoutRun> runPayouts(Staff staff) {
        var run = payments.runPayouts();
        audit.staffAction(staff.id(), "payouts.run", "payout_run", UUID.randomUUID(), Map.of("attempted", run.attempted()));
        return Envelope.of(run);
    }
}
