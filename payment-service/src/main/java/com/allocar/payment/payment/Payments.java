package com.allocar.payment.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.booking.BookingSummary;
import com.allocar.payment.booking.Bookings;
import com.allocar.payment.config.PaymentProperties;
import com.allocar.payment.promo.Promos;
import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.Provider;
import com.allocar.payment.provider.ProviderException;
import com.allocar.payment.provider.ProviderHttp;
import com.allocar.payment.provider.Providers;
import com.allocar.payment.wallet.Wallets;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.api.ErrorCode;
import com.allocar.platform.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Starting payments. The row is written first ({@code init}, short transaction), the provider is called outside
 * any transaction (no connection held while a provider thinks), then the provider's reference is stored.
 * A retry for the same booking, payer and method resumes the payment in flight instead of starting another
 * (the provider call is idempotent on our payment id).
 */
@Service
public class Payments {

    private final PaymentRepository payments;
    private final PaymentOutcomes outcomes;
    private final Bookings bookings;
    private final Wallets wallets;
    private final Promos promos;
    private final Providers providers;
    private final PaymentProperties props;
    private final TransactionTemplate tx;
    private final Clock clock;

    Payments(PaymentRepository payments, PaymentOutcomes outcomes, Bookings bookings, Wallets wallets, Promos promos, Providers providers,
             PaymentProperties props, PlatformTransactionManager txm, Clock clock) {
        this.payments = payments;
        this.outcomes = outcomes;
        this.bookings = bookings;
        this.wallets = wallets;
        this.promos = promos;
        this.providers = providers;
        this.props = props;
        this.tx = new TransactionTemplate(txm);
        this.clock = clock;
    }

    public record InitCommand(UUID bookingId, PaymentMethod method, String promoCode, String msisdn) {
    }

    public record Started(Payment payment, Map<String, Object> providerPayload) {
    }

    public Started init(CurrentUser user, InitCommand cmd) {
        if (cmd.method().needsMsisdn() && cmd.msisdn() == null) {
            throw ApiException.validation("msisdn", "is required for " + cmd.method().wire());
        }
        BookingSummary booking = bookings.find(cmd.bookingId()).orElseThrow(() -> ApiException.notFound("booking", cmd.bookingId()));
        if (!user.id().equals(booking.passengerId())) {
            throw ApiException.forbidden("Only the booking's passenger can pay it");
        }
        if (!BookingSummary.ACCEPTED.equals(booking.status())) {
            throw ApiException.conflict("Only an accepted booking can be paid",
                    Map.of("current", String.valueOf(booking.status()), "allowed", List.of(BookingSummary.ACCEPTED)));
        }
        if (!"XOF".equals(booking.currency()) || booking.amountTotal() == null || booking.amountTotal().signum() <= 0) {
            throw ApiException.conflict("The booking has no payable XOF amount", Map.of("currency", String.valueOf(booking.currency())));
        }
        if (cmd.method() == PaymentMethod.CARD) {
            var limit = new CardFailureLimit(props.fraud().maxFailedCardPayments(), props.fraud().window());
            if (limit.blocks(payments.failedCardPayments(user.id(), limit.windowStart(clock.instant())))) {
                throw new ApiException(ErrorCode.FORBIDDEN, "Card payments are blocked after repeated failures; use another method",
                        Map.of("reason", "card_payments_blocked", "max_failed", limit.max(), "window_hours", limit.window().toHours()));
            }
        }
        PaymentProvider adapter = cmd.method() == PaymentMethod.WALLET ? null : providers.get(cmd.method().provider());
        Payment payment = tx.execute(s -> existingOrNew(user.id(), booking, cmd));
        if (payment.status() == PaymentStatus.PAID || payment.checkoutUrl() != null) {
            return new Started(payment, payload(payment));
        }
        return cmd.method() == PaymentMethod.WALLET ? payFromWallet(payment) : startCheckout(payment, adapter);
    }

    /** Wallet-service's top-ups: a provider payment credited to the wallet when paid; idempotent on topup_id. */
    public Started topup(UUID topupId, UUID userId, BigDecimal amount, PaymentMethod method, String msisdn) {
        if (method == PaymentMethod.WALLET) {
            throw ApiException.validation("method", "a wallet cannot top itself up");
        }
        if (method.needsMsisdn() && msisdn == null) {
            throw ApiException.validation("msisdn", "is required for " + method.wire());
        }
        PaymentProvider adapter = providers.get(method.provider());
        Payment payment = tx.execute(s -> payments.findByTopup(topupId).map(existing -> {
            if (!existing.userId().equals(userId) || existing.amount().compareTo(amount) != 0 || existing.method() != method) {
                throw ApiException.conflict("This topup_id was used with other details", Map.of("topup_id", topupId.toString()));
            }
            return existing;
        }).orElseGet(() -> {
            Payment p = newPayment(Payment.Purpose.TOPUP, null, topupId, userId, null, method, amount, amount, zero(), zero(), msisdn, null);
            payments.insert(p);
            return p;
        }));
        if (payment.checkoutUrl() != null || !payment.status().inFlight()) {
            return new Started(payment, payload(payment));
        }
        return startCheckout(payment, adapter);
    }

    public Payment get(UUID id, CurrentUser user) {
        Payment p = payments.find(id).orElseThrow(() -> ApiException.notFound("payment", id));
        if (!p.userId().equals(user.id())) {
            throw ApiException.forbidden("This payment is not yours");
        }
        return p;
    }

    private Payment existingOrNew(UUID userId, BookingSummary booking, InitCommand cmd) {
        var live = payments.liveForBooking(booking.id());
        if (live.isPresent()) {
            Payment p = live.get();
            if (p.status() == PaymentStatus.PAID) {
                throw ApiException.conflict("This booking is already paid", Map.of("payment_id", p.id().toString(), "status", "paid"));
            }
            if (p.userId().equals(userId) && p.method() == cmd.method()) {
                return p; // resume
            }
            throw ApiException.conflict("Another payment of this booking is in progress",
                    Map.of("payment_id", p.id().toString(), "method", p.method().wire(), "status", p.status().wire()));
        }
        BigDecimal gross = booking.amountTotal();
        BigDecimal discount = zero();
        Promos.Reservation promo = null;
        if (cmd.promoCode() != null && !cmd.promoCode().isBlank()) {
            promo = promos.reserve(cmd.promoCode(), userId, gross);
            discount = promo.discount();
        }
        BigDecimal amount = gross.subtract(discount);
        BigDecimal commission = PlatformCommission.commission(gross, props.fees().commissionPercent(), props.fees().commissionFixed());
        Payment p = newPayment(Payment.Purpose.BOOKING, booking.id(), null, userId, booking.driverId(), cmd.method(), amount, gross, discount,
                commission, cmd.msisdn(), promo == null ? null : promo.promoId());
        payments.insert(p);
        if (promo != null) {
            promos.record(promo, userId, p.id());
        }
        return p;
    }

    private Payment newPayment(Payment.Purpose purpose, UUID bookingId, UUID topupId, UUID userId, UUID driverId, PaymentMethod method,
                               BigDecimal amount, BigDecimal gross, BigDecimal discount, BigDecimal commission, String msisdn, UUID promoId) {
        BigDecimal fee = PlatformCommission.providerFee(amount, props.fees().providerPercent().get(method.provider().wire()));
        return new Payment(UUID.randomUUID(), purpose, bookingId, topupId, userId, driverId, method, method.provider(), null, null,
                amount, gross, discount, commission, fee, "XOF", PaymentStatus.INIT, promoId, msisdn, null, null, zero(), null,
                null, null, null, null, null);
    }

    private Started payFromWallet(Payment p) {
        try {
            wallets.write(p.userId(), new Wallets.Entry(p.id(), "debit", p.amount(), "payment", "settled", "booking", p.bookingId(),
                    "Booking payment"));
        } catch (Wallets.InsufficientFunds e) {
            outcomes.failed(p.id(), "insufficient_funds");
            throw e;
        }
        outcomes.paid(p.id(), null);
        Payment paid = payments.find(p.id()).orElseThrow();
        return new Started(paid, payload(paid));
    }

    private Started startCheckout(Payment p, PaymentProvider adapter) {
        PaymentProvider.Checkout checkout;
        try {
            checkout = adapter.create(new PaymentProvider.CheckoutRequest(p.id(), p.amount(), adapter.chargeCurrency(), p.msisdn(),
                    "AlloCar " + p.purpose().wire()));
        } catch (ProviderException e) {
            // the payment stays init: the same request later resumes it (the provider call is idempotent on our id)
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("provider", e.provider().wire());
            if (e.providerCode() != null) {
                details.put("provider_code", e.providerCode());
            }
            throw new ApiException(ErrorCode.BAD_GATEWAY, "The payment provider did not accept the payment; retry in a moment", details);
        }
        String payloadJson = ProviderHttp.mapper().writeValueAsString(checkout.payload());
        payments.setCheckout(p.id(), checkout.providerRef(), checkout.checkoutUrl(), checkout.providerToken(), payloadJson);
        Payment started = payments.find(p.id()).orElseThrow();
        return new Started(started, payload(started));
    }

    /** What the client app needs: the provider's part of our stored payload (never the provider's secrets). */
    private static Map<String, Object> payload(Payment p) {
        if (p.rawPayload() == null || p.provider() == Provider.WALLET) {
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> stored = ProviderHttp.mapper().readValue(p.rawPayload(), Map.class);
        return stored;
    }

    private static BigDecimal zero() {
        return new BigDecimal("0.00");
    }
}
