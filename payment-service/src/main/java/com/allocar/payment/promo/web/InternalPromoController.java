package com.allocar.payment.promo.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.allocar.payment.api.PaymentInternalApi.ChangePromo;
import com.allocar.payment.api.PaymentInternalApi.CreatePromo;
import com.allocar.payment.api.PaymentInternalApi.PromoView;
import com.allocar.payment.promo.PromoDiscount;
import com.allocar.payment.promo.PromoStatus;
import com.allocar.payment.promo.Promos;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.query.PageQuery;
import com.allocar.platform.query.QuerySpec;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** admin-service's promo administration (service token): list, create, activate / deactivate, change limits; audited. */
@Hidden
@RestController
@CalledBy(FleetService.ADMIN)
class InternalPromoController {

    private static final QuerySpec LIST = QuerySpec.create().enumFilter("status", PromoStatus.class);

    private static PromoView view(Promos.Promo p) {
        return new PromoView(p.id(), p.code(), p.type().name().toLowerCase(Locale.ROOT), p.value(), p.maxUses(), p.perUserLimit(),
                p.uses(), p.startsAt(), p.endsAt(), p.status());
    }

    private final Promos promos;

    InternalPromoController(Promos promos) {
        this.promos = promos;
    }

    @GetMapping("/internal/promos")
    Envelope<List<PromoView>> list(HttpServletRequest request) {
        PageQuery q = LIST.parse(request.getParameterMap());
        PromoStatus status = (PromoStatus) q.filters().stream().filter(f -> f.field().equals("status")).map(f -> f.value()).findFirst().orElse(null);
        var page = promos.list(status, q.offset(), q.pageSize());
        return Envelope.page(page.promos().stream().map(InternalPromoController::view).toList(), q.page(), q.pageSize(), page.total());
    }

    @PostMapping("/internal/promos")
    @ResponseStatus(HttpStatus.CREATED)
    Envelope<PromoView> create(@Valid @RequestBody CreatePromo body) {
        PromoDiscount.PromoType type = PromoDiscount.PromoType.valueOf(body.type().toUpperCase(Locale.ROOT));
        if (type == PromoDiscount.PromoType.PERCENT && body.value().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            throw ApiException.validation("value", "a percentage is at most 100");
        }
        if (body.startsAt() != null && body.endsAt() != null && !body.endsAt().isAfter(body.startsAt())) {
            throw ApiException.validation("ends_at", "must be after starts_at");
        }
        return Envelope.of(view(promos.create(body.code(), type, body.value(), body.maxUses(), body.perUserLimit(),
                body.startsAt(), body.endsAt(), body.staffId())));
    }

    /** A POST: Feign's default HTTP client (HttpURLConnection) cannot send PATCH. */
    @PostMapping("/internal/promos/{id}/changes")
    Envelope<PromoView> change(@PathVariable UUID id, @Valid @RequestBody ChangePromo body) {
        return Envelope.of(view(promos.change(id, new Promos.Change(body.status() == null ? null : PromoStatus.valueOf(body.status().toUpperCase(Locale.ROOT)), body.endsAt(), body.maxUses(), body.perUserLimit()),
                body.staffId())));
    }
}
