package com.allocar.trip.seed;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import com.allocar.trip.config.TripProperties;
import com.allocar.trip.geo.GeoPoint;
import com.allocar.trip.ride.EditStops;
import com.allocar.trip.ride.OfferTrip;
import com.allocar.trip.ride.Trip;
import com.allocar.trip.ride.TripDraft;
import com.allocar.trip.stop.StopPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data for a local run ({@code local} profile only): identity's two demo drivers (fixed ids, approved KYC —
 * written into the members read model here too, so the seed does not wait for identity's events), their cars, and
 * about twenty published trips over the next five days on Ivorian axes, with real coordinates. Trips go through
 * {@link OfferTrip#create} like a driver's (rules, events, search cache). Re-runnable: a driver's trip at a given
 * departure time is created once.
 */
@Component
@Profile("local")
class DemoSeed implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeed.class);

    static final UUID KOUASSI = UUID.fromString("00000000-0000-4000-8000-000000000001");
    static final UUID AMINATA = UUID.fromString("00000000-0000-4000-8000-000000000002");
    static final UUID KOUASSI_CAR = UUID.fromString("00000000-0000-4000-8000-00000000c001");
    static final UUID AMINATA_CAR = UUID.fromString("00000000-0000-4000-8000-00000000c002");

    static final Trip.Place ABIDJAN_PLATEAU = place(5.3257, -4.0205, "Abidjan, Plateau");
    static final Trip.Place ABIDJAN_ADJAME = place(5.3536, -4.0214, "Abidjan, gare d'Adjamé");
    static final Trip.Place YAMOUSSOUKRO = place(6.8276, -5.2893, "Yamoussoukro");
    static final Trip.Place BOUAKE = place(7.6906, -5.0301, "Bouaké");
    static final Trip.Place SAN_PEDRO = place(4.7485, -6.6363, "San-Pédro");
    static final Trip.Place TOUMODI = place(6.5570, -5.0190, "Toumodi");

    record Plan(UUID driver, UUID car, Trip.Place from, Trip.Place to, LocalTime at, int price, int seats,
                List<Trip.Place> stops, boolean everyOtherDay) {
    }

    static final List<Plan> PLANS = List.of(
            new Plan(KOUASSI, KOUASSI_CAR, ABIDJAN_ADJAME, YAMOUSSOUKRO, LocalTime.of(7, 0), 6000, 3, List.of(TOUMODI), false),
            new Plan(KOUASSI, KOUASSI_CAR, YAMOUSSOUKRO, ABIDJAN_PLATEAU, LocalTime.of(16, 30), 6000, 3, List.of(TOUMODI), false),
            new Plan(AMINATA, AMINATA_CAR, ABIDJAN_PLATEAU, BOUAKE, LocalTime.of(8, 30), 9000, 4, List.of(YAMOUSSOUKRO), false),
            new Plan(AMINATA, AMINATA_CAR, ABIDJAN_PLATEAU, SAN_PEDRO, LocalTime.of(6, 0), 8000, 4, List.of(), true),
            new Plan(KOUASSI, KOUASSI_CAR, YAMOUSSOUKRO, BOUAKE, LocalTime.of(12, 0), 3000, 3, List.of(), true));

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final OfferTrip offerTrip;
    private final EditStops editStops;
    private final ZoneId zone;

    DemoSeed(JdbcClient jdbc, TransactionTemplate tx, OfferTrip offerTrip, EditStops editStops, TripProperties props) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.offerTrip = offerTrip;
        this.editStops = editStops;
        this.zone = props.zone();
    }

    @Override
    public void run(ApplicationArguments args) {
        tx.executeWithoutResult(status -> {
            member(KOUASSI, "Kouassi", "Yao", "4.80", 37);
            member(AMINATA, "Aminata", "Diallo", "4.65", 21);
            car(KOUASSI_CAR, KOUASSI, "Toyota", "Corolla", "blanche", "1234 AB 01", 3, "STANDARD", 2019);
            car(AMINATA_CAR, AMINATA, "Hyundai", "Tucson", "grise", "5678 CD 01", 4, "COMFORT", 2021);
        });
        LocalDate today = LocalDate.now(zone);
        int created = 0;
        for (int day = 1; day <= 5; day++) {
            for (Plan p : PLANS) {
                if (p.everyOtherDay() && day % 2 == 0) {
                    continue;
                }
                Instant departure = today.plusDays(day).atTime(p.at()).atZone(zone).toInstant();
                if (exists(p.driver(), departure)) {
                    continue;
                }
                var trip = offerTrip.create(p.driver(), new TripDraft(p.from(), p.to(), departure,
                        departure.plusSeconds(estimateSeconds(p.from(), p.to())), BigDecimal.valueOf(p.price()), p.seats(), p.car(),
                        "1 valise cabine", "Non-fumeur", true, true)).trip();
                if (!p.stops().isEmpty()) {
                    editStops.replaceStops(trip.getId(), p.driver(), p.stops().stream()
                            .map(s -> new StopPlan.Requested(null, s.point(), s.text(), true, true)).toList());
                }
                created++;
            }
        }
        log.info("demo trips ready: {} created, drivers {} and {}", created, KOUASSI, AMINATA);
    }

    private void member(UUID id, String first, String last, String rating, int ratings) {
        jdbc.sql("""
                INSERT INTO members (user_id, first_name, last_name, rating_avg, rating_count, kyc_status)
                VALUES (?, ?, ?, ?, ?, 'approved') ON CONFLICT (user_id) DO NOTHING""")
                .params(id, first, last, new BigDecimal(rating), ratings).update();
    }

    private void car(UUID id, UUID owner, String make, String model, String color, String plate, int seats, String comfort, int year) {
        jdbc.sql("""
                INSERT INTO vehicles (id, user_id, make, model, color, plate_number, seats_total, comfort_level, year, verified)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, true) ON CONFLICT DO NOTHING""")
                .params(id, owner, make, model, color, com.allocar.trip.vehicle.PlateNumber.normalise(plate), seats, comfort, year)
                .update();
    }

    private boolean exists(UUID driver, Instant departure) {
        return jdbc.sql("SELECT count(*) FROM trips WHERE driver_id = ? AND departure_time = ?")
                .params(driver, java.sql.Timestamp.from(departure)).query(Long.class).single() > 0;
    }

    /** ~70 km/h average on Ivorian main roads, as the crow flies × 1.25. */
    private static long estimateSeconds(Trip.Place from, Trip.Place to) {
        double km = from.point().metersTo(to.point()) / 1000.0 * 1.25;
        return Math.round(km / 70.0 * 3600);
    }

    private static Trip.Place place(double lat, double lon, String text) {
        return new Trip.Place(new GeoPoint(lat, lon), text);
    }
}
