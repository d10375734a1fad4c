package com.allocar.wallet.settlement;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.allocar.wallet.api.Direction;
import com.allocar.wallet.api.Source;
import com.allocar.wallet.ledger.EntryIds;
import com.allocar.wallet.ledger.Ledger;
import com.allocar.wallet.ledger.NewEntry;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static com.allocar.wallet.settlement.CompletedBookingRepository.BOOKING;

/**
 * payment.succeeded, purpose booking: the driver's earning (pending until the ride completes), the platform's commission,
 * and the promo discount the platform funds. Entry ids derive from the payment id: a replay writes nothing twice.
 */
@Service
public class CreditBookingPayment {

    /** What payment-service says was paid for a booking (ADR 006). */
    public record BookingPayment(UUID paymentId, UUID bookingId, UUID driverId, BigDecimal amount, BigDecimal discount,
                                 BigDecimal commission, BigDecimal providerFee) {
    }

    private final Ledger ledger;
    private final CompletedBookingRepository completed;

    CreditBookingPayment(Ledger ledger, CompletedBookingRepository completed) {
        this.ledger = ledger;
        this.completed = completed;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void paid(BookingPayment p) {
        UUID platform = ledger.platformUserId();
        ledger.lock(List.of(p.driverId(), platform));
        BigDecimal earning = DriverEarning.of(p.amount(), p.discount(), p.commission(), p.providerFee());
        if (earning.signum() > 0) {
            // booking.completed may have overtaken this event (another topic): the earning is then withdrawable at once
            UUID id = EntryIds.of("earning", p.paymentId());
            ledger.write(p.driverId(), completed.isCompleted(p.bookingId())
                    ? NewEntry.settled(id, Direction.CREDIT, earning, Source.EARNING, BOOKING, p.bookingId(), "Gain du trajet")
                    : NewEntry.pending(id, Direction.CREDIT, earning, Source.EARNING, BOOKING, p.bookingId(), "Gain du trajet (en attente)"));
        }
        if (p.commission() != null && p.commission().signum() > 0) {
            ledger.write(platform, NewEntry.settled(EntryIds.of("commission", p.paymentId()), Direction.CREDIT, p.commission(),
                    Source.COMMISSION, BOOKING, p.bookingId(), "Commission"));
        }
        if (p.discount() != null && p.discount().signum() > 0) {
            ledger.write(platform, NewEntry.settled(EntryIds.of("discount", p.paymentId()), Direction.DEBIT, p.discount(),
                    Source.PROMO, BOOKING, p.bookingId(), "Promo discount funded by the platform"));
        }
    }
}
