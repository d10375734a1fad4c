import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * booking-service benchmark through the gateway: {@code POST /bookings} (each a new booking of one seat on a bench trip
 * — a real seat hold in trip-service, the anti-fraud count, the outbox) and {@code GET /bookings?role=passenger}.
 * Passengers sign up through the API (register + the SMS code from the dev inbox). Run by bench/bookings.sh.
 *
 *   java -cp postgresql.jar bench/BookingBench.java [gateway] [dev-inbox] [jdbc-url] [clients] [seconds] [passengers]
 */
public class BookingBench {

    record Passenger(String token, String ip) {
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String inbox = args.length > 1 ? args[1] : "http://127.0.0.1:8025";
        String jdbcUrl = args.length > 2 ? args[2] : "jdbc:postgresql://127.0.0.1:5432/allocar?user=trip&password=trip&currentSchema=trip,public";
        int clients = args.length > 3 ? Integer.parseInt(args[3]) : 8;
        int seconds = args.length > 4 ? Integer.parseInt(args[4]) : 20;
        int passengerCount = args.length > 5 ? Integer.parseInt(args[5]) : 40;

        // bench trips with a free seat, each booked at most once: a booking never waits for another's seat
        List<String> trips = new ArrayList<>();
        try (var db = DriverManager.getConnection(jdbcUrl); var st = db.createStatement(); ResultSet rs = st.executeQuery("""
                SELECT id FROM trips WHERE status = 'PUBLISHED' AND departure_time > now() + interval '2 days'
                  AND seats_total - seats_held - seats_confirmed >= 1
                  AND driver_id BETWEEN '00000000-0000-4000-b000-000000000000' AND '00000000-0000-4000-b000-ffffffffffff'
                ORDER BY random() LIMIT 60000""")) {
            while (rs.next()) {
                trips.add(rs.getString(1));
            }
        }
        if (trips.size() < 1000) {
            throw new IllegalStateException("not enough bench trips with free seats: run bench/trip-search.sh first (it loads them)");
        }
        List<Passenger> passengers = new ArrayList<>();
        for (int i = 0; i < passengerCount; i++) {
            passengers.add(signUp(gateway, inbox, i));
        }
        System.out.printf("%d passengers, %d bench trips with a free seat, %d clients, %d s per run%n%n", passengers.size(), trips.size(), clients, seconds);

        Load.run("warm-up", clients, 20, i -> book(gateway, passengers.get(i % passengers.size()), trips.get(i)), false);
        int offset = 20_000; // trips the warm-up may have used stay out of the measured run
        Load.run("POST /bookings  (1 seat, Idempotency-Key, hold in trip-service)", clients, seconds,
                i -> book(gateway, passengers.get(i % passengers.size()), trips.get((offset + i) % trips.size())), true);
        Load.run("GET /bookings?role=passenger  (page of 20, newest first)", clients, seconds,
                i -> get(gateway + "/api/v1/bookings?role=passenger&page_size=20", passengers.get(i % passengers.size())), true);
        Load.run("GET /bookings?role=passenger&status=in:pending,accepted&sort=departure_time", clients, seconds,
                i -> get(gateway + "/api/v1/bookings?role=passenger&status=in:pending,accepted&sort=departure_time", passengers.get(i % passengers.size())), true);
    }

    static HttpRequest book(String gateway, Passenger p, String tripId) {
        return HttpRequest.newBuilder(URI.create(gateway + "/api/v1/bookings"))
                .header("Authorization", "Bearer " + p.token).header("X-Forwarded-For", p.ip)
                .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"trip_id\":\"" + tripId + "\",\"seats\":1}")).build();
    }

    static HttpRequest get(String url, Passenger p) {
        return HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + p.token).header("X-Forwarded-For", p.ip).build();
    }

    /** A new member, signed up by phone like the app does; the SMS code comes from the dev inbox. */
    static Passenger signUp(String gateway, String inbox, int n) throws Exception {
        String phone = "+22507" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        String ip = "10.88." + (n / 250) + "." + (1 + n % 250);
        post(gateway + "/api/v1/auth/register", "{\"phone\":\"" + phone + "\",\"password\":\"Akwaba2025\",\"first_name\":\"Bench\"}", ip);
        String code = null;
        for (int i = 0; i < 50 && code == null; i++) {
            var r = Load.HTTP.send(HttpRequest.newBuilder(URI.create(inbox + "/api/sms?to=" + phone.replace("+", "%2B"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\\b(\\d{6})\\b").matcher(r.body());
            code = m.find() ? m.group(1) : null;
            if (code == null) {
                Thread.sleep(200);
            }
        }
        String session = post(gateway + "/api/v1/auth/otp/verify", "{\"phone\":\"" + phone + "\",\"code\":\"" + code + "\"}", ip);
        Matcher token = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(session);
        if (!token.find()) {
            throw new IllegalStateException("sign-up failed: " + session);
        }
        return new Passenger(token.group(1), ip);
    }

    static String post(String url, String json, String ip) throws Exception {
        var r = Load.HTTP.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json").header("X-Forwarded-For", ip)
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " → " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
