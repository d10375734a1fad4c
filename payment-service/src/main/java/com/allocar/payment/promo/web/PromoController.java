package com.allocar.payment.promo.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.allocar.payment.booking.Bookings;
import com.allocar.payment.promo.PromoDiscount;
import com.allocar.payment.promo.Promos;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.Envelope;
import com.allocar.platform.security.CurrentUser;
import com.allocar.platform.security.service.CalledBy;
import com.allocar.platform.security.service.FleetService;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "promos", description = "Promo codes")
class PromoController {

    private final Promos promos;
    private final Bookings bookings;

    PromoController(Promos promos, Bookings bookings) {
        this.promos = promos;
        this.bookings = bookings;
    }

    record ValidateRequest(@NotBlank @Size(max = 32) String code, @NotNull UUID bookingId) {
    }

    record Validation(String code, boolean valid, BigDecimal amountBefore, BigDecimal discount, BigDecimal amountAfter, String currency) {
    }

    @PostMapping("/api/v1/promos/validate")
    @Operation(summary = "Would this code apply to my booking? The discount it gives (nothing is reserved)")
    Envelope<Validation> validate(CurrentUser user, @Valid @RequestBody ValidateRequest body) {
        var booking = bookings.find(body.bookingId()).orElseThrow(() -> ApiException.notFound("booking", body.bookingId()));
        if (!user.id().equals(booking.passengerId())) {
            throw ApiException.forbidden("Only the booking's passenger can use a promo on it");
        }
        var r = promos.check(body.code(), user.id(), booking.amountTotal());
        return Envelope.of(new Validation(r.code(), true, booking.amountTotal(), r.discount(), booking.amountTotal().subtract(r.discount()),
                booking.currency()));
    }
}
