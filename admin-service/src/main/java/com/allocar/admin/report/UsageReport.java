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
 * The spec's usage report over a period, day by day and in total: sign-ups, active drivers (those who published a trip),
 * trips published, searches, bookings created and paid, and the conversion search → booking → paid (in %, two
 * decimals; none when there was nothing to convert from).
 */
@Service
public class UsageReport {

    public static final List<Column> COLUMNS = List.of(Column.text("day"), Column.count("signups"), Column.count("active_drivers"),
            Column.count("trips_published"), Column.count("searches"), Column.count("bookings_created"), Column.count("bookings_paid"),
            Column.percent("search_to_booking_percent"), Column.percent("booking_to_paid_percent"), Column.percent("search_to_paid_percent"));

    private final UsageFacts facts;

    UsageReport(UsageFacts facts) {
        this.facts = facts;
    }

    public record Line(String day, long signups, long activeDrivers, long tripsPublished, long searches, long bookingsCreated, long bookingsPaid,
                       BigDecimal searchToBookingPercent, BigDecimal bookingToPaidPercent, BigDecimal searchToPaidPercent) {

        static Line of(String label, UsageFacts.Day d) {
            return new Line(label, d.signups(), d.activeDrivers(), d.tripsPublished(), d.searches(), d.bookingsCreated(), d.bookingsPaid(),
                    ConversionRate.percent(d.bookingsCreated(), d.searches()), ConversionRate.percent(d.bookingsPaid(), d.bookingsCreated()),
                    ConversionRate.percent(d.bookingsPaid(), d.searches()));
        }

        public List<?> cells() {
            List<Object> c = new ArrayList<>(List.of(day, signups, activeDrivers, tripsPublished, searches, bookingsCreated, bookingsPaid));
            c.add(searchToBookingPercent);
            c.add(bookingToPaidPercent);
            c.add(searchToPaidPercent);
            return c;
        }
    }

    public record Report(String period, String from, String to, List<Line> days, Line totals) {
    }

    public Report of(ReportPeriod period) {
        Map<java.time.LocalDate, UsageFacts.Day> found = facts.perDay(period).stream()
                .collect(Collectors.toMap(UsageFacts.Day::day, Function.identity()));
        List<Line> days = new ArrayList<>();
        for (var d = period.first(); !d.isAfter(period.last()); d = d.plusDays(1)) {
            days.add(Line.of(d.toString(), found.getOrDefault(d, UsageFacts.Day.empty(d))));
        }
        return new Report(period.label(), period.first().toString(), period.last().toString(), days, Line.of("total", facts.total(period)));
    }
}
