package com.allocar.admin.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.allocar.admin.export.Column;

import org.springframework.stereotype.Service;

/**
 * The spec's finance report over a period, day by day and in total: GMV (what passengers paid for their bookings,
 * after promo discounts), the platform's commissions, the providers' fees, refunds, drivers' payouts and wallet top-ups.
 * Net = commissions − provider fees (what the platform earned); every amount in XOF.
 */
@Service
public class FinanceReport {

    public static final List<Column> COLUMNS = List.of(Column.text("day"), Column.count("bookings_paid"), Column.amount("gmv"),
            Column.amount("commissions"), Column.amount("provider_fees"), Column.amount("net_revenue"), Column.amount("refunds"),
            Column.amount("payouts"), Column.amount("topups"));

    private final FinanceFacts facts;

    FinanceReport(FinanceFacts facts) {
        this.facts = facts;
    }

    public record Line(String day, long bookingsPaid, BigDecimal gmv, BigDecimal commissions, BigDecimal providerFees,
                       BigDecimal netRevenue, BigDecimal refunds, BigDecimal payouts, BigDecimal topups) {

        static Line of(String label, FinanceFacts.Day d) {
            return new Line(label, d.bookingsPaid(), d.gmv(), d.commissions(), d.providerFees(), d.commissions().subtract(d.providerFees()),
                    d.refunds(), d.payouts(), d.topups());
        }

        public List<?> cells() {
            return List.of(day, bookingsPaid, gmv, commissions, providerFees, netRevenue, refunds, payouts, topups);
        }
    }

    public record Report(String period, String from, String to, List<Line> days, Line totals) {
    }

    /** Every day of the period, a day without movement as zeros. */
    public Report of(ReportPeriod period) {
        Map<java.time.LocalDate, FinanceFacts.Day> found = facts.perDay(period).stream()
                .collect(Collectors.toMap(FinanceFacts.Day::day, Function.identity()));
        List<Line> days = new ArrayList<>();
        FinanceFacts.Day total = FinanceFacts.Day.empty(period.first());
        for (var d = period.first(); !d.isAfter(period.last()); d = d.plusDays(1)) {
            FinanceFacts.Day day = found.getOrDefault(d, FinanceFacts.Day.empty(d));
            days.add(Line.of(d.toString(), day));
            total = new FinanceFacts.Day(d, total.bookingsPaid() + day.bookingsPaid(), total.gmv().add(day.gmv()),
                    total.commissions().add(day.commissions()), total.providerFees().add(day.providerFees()), total.refunds().add(day.refunds()),
                    total.payouts().add(day.payouts()), total.topups().add(day.topups()));
        }
        return new Report(period.label(), period.first().toString(), period.last().toString(), days, Line.of("total", total));
    }
}
