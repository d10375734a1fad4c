package com.allocar.admin.promo.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.allocar.admin.access.RoleMatrix;
import com.allocar.admin.access.Staff;
import com.allocar.admin.access.StaffOnly;
import com.allocar.admin.payment.PaymentServiceClient;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Promo codes are payment-service's (it applies them to payments): it checks, stores and audits; we say who asks. */
@RestController
@RequestMapping("/api/v1/admin/promos")
@Tag(name = "Promos")
class PromoAdminController {

    private static final QuerySpec LIST = QuerySpec.create().extra("status");

    record NewPromo(@NotBlank @Size(min = 3, max = 32) @Pattern(regexp = "[A-Za-z0-9_-]+") String code,
                    @NotNull @Pattern(regexp = "amount|percent") String type,
                    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 7, fraction = 2) BigDecimal value,
                    @Min(1) @Max(10_000_000) Integer maxUses, @Min(1) @Max(1000) Integer perUserLimit, Instant startsAt, Instant endsAt) {
    }

    record Change(@Pattern(regexp = "active|inactive") String status, Instant endsAt, @Min(1) @Max(10_000_000) Integer maxUses,
                  @Min(1) @Max(1000) Integer perUserLimit) {
    }

    private final PaymentServiceClient payment;

    PromoAdminController(PaymentServiceClient payment) {
        this.payment = payment;
    }

    @GetMapping
    @StaffOnly(RoleMatrix.PROMOS_REFERRALS)
    @Operation(summary = "Promo codes, newest first, with the uses taken; status active|inactive")
    Envelope<List<PaymentServiceClient.Promo>> list(HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        return Envelope.relay(payment.promos(q.extra("status").orElse(null), q.page(), q.pageSize()));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @StaffOnly(RoleMatrix.PROMOS_REFERRALS)
    @Operation(summary = "Create an active promo code: an amount in XOF or a percentage (≤ 100) off a booking, with optional limits and window",
            description = "Codes are case-insensitive (stored upper-case); a code that exists already is 409 conflict. Audited promo.create.")
    Envelope<PaymentServiceClient.Promo> create(Staff staff, @Valid @RequestBody NewPromo body) {
        return Envelope.of(payment.createPromo(new PaymentServiceClient.NewPromo(body.code(), body.type(), body.value(), body.maxUses(),
                body.perUserLimit(), body.startsAt(), body.endsAt(), staff.id())));
    }

    @PatchMapping("/{id}")
    @StaffOnly(RoleMatrix.PROMOS_REFERRALS)
    @Operation(summary = "Activate or deactivate a code, move its end, change its limits",
            description = "A deactivated code is refused at validation and payment (reason inactive); uses already taken stay honoured — "
                    + "a max_uses under them is 409 conflict {uses}. Audited promo.activate | promo.deactivate | promo.update with each "
                    + "field from → to.")
    Envelope<PaymentServiceClient.Promo> change(Staff staff, @PathVariable UUID id, @Valid @RequestBody Change body) {
        if (body.status() == null && body.endsAt() == null && body.maxUses() == null && body.perUserLimit() == null) {
            throw ApiException.validation("status", "say what changes: status, ends_at, max_uses or per_user_limit");
        }
        return Envelope.of(payment.changePromo(id, new PaymentServiceClient.PromoChange(body.status(), body.endsAt(), body.maxUses(),
                body.perUserLimit(), staff.id())));
    }
}
