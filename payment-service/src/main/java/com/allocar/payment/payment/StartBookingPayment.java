package com.allocar.payment.payment;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.allocar.payment.booking.BookingView;
import com.allocar.payment.booking.Bookings;
import com.allocar.payment.promo.Promos;
import com.allocar.payment.provider.PaymentProvider;
import com.allocar.payment.provider.Providers;
import com.allocar.platform.api.ApiException;
import com.allocar.platform.settings.PlatformSettings;
import com.allocar.platform.settings.WalletSwitch;
import com.allocar.platform.security.CurrentUser;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A passenger starts paying an accepted booking. The row is written first ({@code init}, short transaction), then the
 * provider is asked ({@link ProviderCheckout}) or the wallet debited ({@link WalletPayment}). A retry for the same
 * booking, payer and method resumes the payment in flight instead of starting another.
 */
@Service
public class StartBookingPayment {

    private final PaymentRepository payments;
    private final Bookings bookings;
    private final Promos promos;
    private final PaymentFees fees;
    private final CardFraudCheck fraud;
    private final Providers providers;
    private final ProviderCheckout checkout;
    private final WalletPayment wallet;
    private final PlatformSettings settings;
    private final TransactionTemplate tx;

    StartBookingPayment(PaymentRepository payments, Bookings bookings, Promos promos, PaymentFees fees, CardFraudCheck fraud,
                        Providers providers, ProviderCheckout checkout, WalletPayment wallet, PlatformSettings settings,
                        PlatformTransactionManager txm) {
        this.payments = payments;
        this.bookings = bookings;
        this.promos = promos;
        this.fees = fees;
        this.fraud = fraud;
        this.providers = providers;
        this.checkout = checkout;
        this.wallet = wallet;
        this.settings = settings;
        this.tx = new TransactionTemplate(txm);
    }

    public record InitCommand(UUID bookingId, PaymentMethod method, String promoCode, String msisdn) {
    }

    public StartedPayment init(CurrentUser user, InitCommand cmd) {
        if (cmd.method().needsMsisdn() && cmd.msisdn() == null) {
            throw ApiException.validation("msisdn", "is required for " + cmd.method().wire());
        }
        BookingView booking = bookings.find(cmd.bookingId()).orElseThrow(() -> ApiException.notFound("booking", cmd.bookingId()));
        if (!user.id().equals(booking.passengerId())) {
            throw ApiException.forbidden("Only the booking's passenger can pay it");
        }
        if (!booking.accepted()) {
            throw ApiException.conflict("Only an accepted booking can be paid",
                    Map.of("current", String.valueOf(booking.status()), "allowed", List.of(BookingView.ACCEPTED)));
        }
        if (!Payment.CURRENCY.equals(booking.currency()) || booking.amountTotal() == null || booking.amountTotal().signum() <= 0) {
            throw ApiException.conflict("The booking has no payable XOF amount", Map.of("currency", String.valueOf(booking.currency())));
        }
        if (cmd.method() == PaymentMethod.CARD) {
            fraud.check(user.id());
        }
        if (cmd.method() == PaymentMethod.WALLET) {
            WalletSwitch.require(settings.current());
        }
        PaymentProvider adapter = cmd.method() == PaymentMethod.WALLET ? null : providers.get(cmd.method().provider());
        Payment payment = tx.execute(s -> existingOrNew(user.id(), booking, cmd));
        if (payment.status() == PaymentStatus.PAID || payment.checkoutUrl() != null) {
            return StartedPayment.of(payment);
        }
        return cmd.method() == PaymentMethod.WALLET ? wallet.pay(payment) : checkout.start(payment, adapter);
    }

    private Payment existingOrNew(UUID userId, BookingView booking, InitCommand cmd) {
        var live = payments.liveForBooking(booking.id());
        if (live.isPresent()) {
            return resumable(live.get(), userId, cmd);
        }
        BigDecimal gross = booking.amountTotal();
        Promos.Reservation promo = null;
        if (cmd.promoCode() != null && !cmd.promoCode().isBlank()) {
            promo = promos.reserve(cmd.promoCode(), userId, gross);
        }
        Payment p = Payment.start(Payment.Purpose.BOOKING, new Payment.Parties(booking.id(), null, userId, booking.driverId()), cmd.method(),
                fees.booking(cmd.method(), gross, promo == null ? new BigDecimal("0.00") : promo.discount()), cmd.msisdn(),
                promo == null ? null : promo.promoId());
        payments.insert(p);
        if (promo != null) {
            promos.record(promo, userId, p.id());
        }
        return p;
    }

    /** The booking's payment in flight, when it is this payer's with this method; a conflict otherwise. */
    private static Payment resumable(Payment p, UUID userId, InitCommand cmd) {
        if (p.status() == PaymentStatus.PAID) {
            throw ApiException.conflict("This booking is already paid", Map.of("payment_id", p.id().toString(), "status", p.status().wire()));
        }
        if (p.userId().equals(userId) && p.method() == cmd.method()) {
            return p;
        }
        throw ApiException.conflict("Another payment of this booking is in progress",
                Map.of("payment_id", p.id().toString(), "method", p.method().wire(), "status", p.status().wire()));
    }
}
