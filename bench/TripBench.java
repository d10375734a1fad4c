import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * trip-service benchmark: GET /trips/search and GET /trips/{id} through the gateway (closed loop, N concurrent clients),
 * and the bare PostGIS search query (trip-service's own SQL file, same parameters, over JDBC) — percentiles and req/s.
 * Run by bench/trip-search.sh, which loads the data and starts the fleet; see bench/README.md.
 *
 *   java -cp postgresql.jar bench/TripBench.java [gateway] [jdbc-url] [concurrency] [seconds]
 */
public class TripBench {

    static final ZoneId ABIDJAN = ZoneId.of("Africa/Abidjan");
    static final String BENCH_DRIVERS = "t.driver_id BETWEEN '00000000-0000-4000-b000-000000000000' AND '00000000-0000-4000-b000-ffffffffffff'";

    record Search(double fromLat, double fromLon, double toLat, double toLon, LocalDate day) {
        String query() {
            return String.format(Locale.ROOT, "from=%.4f,%.4f&to=%.4f,%.4f&date=%s", fromLat, fromLon, toLat, toLon, day);
        }
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        String jdbcUrl = args.length > 1 ? args[1] : "jdbc:postgresql://127.0.0.1:5432/allocar?user=trip&password=trip&currentSchema=trip,public";
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : 8;
        int seconds = args.length > 3 ? Integer.parseInt(args[3]) : 20;

        List<Search> searches = new ArrayList<>();
        List<String> tripIds = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl)) {
            // Popular searches: the city pairs and days of randomly drawn bench trips (city centres, so the
            // answers are full pages), the way people search "Abidjan → Bouaké on Friday".
            try (var st = db.createStatement(); ResultSet rs = st.executeQuery("""
                    SELECT c1.lat, c1.lon, c2.lat, c2.lon, (t.departure_time AT TIME ZONE 'Africa/Abidjan')::date
                    FROM (SELECT * FROM trips t WHERE status = 'PUBLISHED' AND %s ORDER BY random() LIMIT 200) t
                    JOIN (VALUES %s) c1(name, lat, lon) ON c1.name = t.origin_text
                    JOIN (VALUES %s) c2(name, lat, lon) ON c2.name = t.destination_text""".formatted(BENCH_DRIVERS, cities(), cities()))) {
                while (rs.next()) {
                    searches.add(new Search(rs.getDouble(1), rs.getDouble(2), rs.getDouble(3), rs.getDouble(4), rs.getObject(5, LocalDate.class)));
                }
            }
            try (var st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT id FROM trips t WHERE status = 'PUBLISHED' AND " + BENCH_DRIVERS + " ORDER BY random() LIMIT 2000")) {
                while (rs.next()) {
                    tripIds.add(rs.getString(1));
                }
            }
            if (searches.isEmpty()) {
                throw new IllegalStateException("no bench trips: run bench/trip-search.sh (it loads them)");
            }
            System.out.printf("%d distinct searches, %d trip ids, %d clients, %d s per run%n%n", searches.size(), tripIds.size(), concurrency, seconds);
            bare(db, searches);
        }

        AtomicLong nonce = new AtomicLong();
        // warm-up: JIT, connection pools, and the cache for the popular searches
        Load.run("warm-up", concurrency, 10, i -> get(gateway + "/api/v1/trips/search?" + searches.get(i % searches.size()).query(), i), false);
        Load.run("GET /trips/search  (popular searches, Redis cache warm)", concurrency, seconds,
                i -> get(gateway + "/api/v1/trips/search?" + searches.get(i % searches.size()).query(), i), true);
        // a price ceiling above every trip's, different on every request: same answers, never a cache hit
        Load.run("GET /trips/search  (every request a cache miss)", concurrency, seconds,
                i -> get(gateway + "/api/v1/trips/search?" + searches.get(i % searches.size()).query() + "&price_max=" + (5_000_000 + nonce.incrementAndGet()), i), true);
        Load.run("GET /trips/{id}", concurrency, seconds, i -> get(gateway + "/api/v1/trips/" + tripIds.get(i % tripIds.size()), i), true);
    }

    /** An anonymous GET, from one of a few client addresses (the gateway limits per address). */
    static HttpRequest get(String url, int i) {
        return HttpRequest.newBuilder(URI.create(url)).header("X-Forwarded-For", "10.77.0." + (1 + i % 8)).build();
    }

    /** The search's own SQL, with the parameters trip-service binds for these searches (default radius, page 1 of 20). */
    static void bare(Connection db, List<Search> searches) throws Exception {
        String sql = Files.readString(Path.of("trip-service/src/main/resources/search/trip-search.sql"));
        List<String> names = new ArrayList<>();
        Matcher m = Pattern.compile("(?<!:):([a-z_]+)").matcher(sql.replaceAll("(?m)--.*$", ""));
        StringBuilder jdbcSql = new StringBuilder();
        while (m.find()) {
            names.add(m.group(1));
            m.appendReplacement(jdbcSql, "?");
        }
        m.appendTail(jdbcSql);
        try (var st = db.createStatement()) {
            st.execute("SET max_parallel_workers_per_gather = 0; SET jit = off"); // as trip-service's pool does
        }
        long[] nanos = new long[searches.size() * 3];
        int rows = 0;
        try (PreparedStatement ps = db.prepareStatement(jdbcSql.toString())) {
            for (int round = 0; round < 4; round++) { // round 0 warms the buffers and the plan cache
                for (int i = 0; i < searches.size(); i++) {
                    Search s = searches.get(i);
                    Map<String, Object> p = Map.ofEntries(Map.entry("from_lon", s.fromLon), Map.entry("from_lat", s.fromLat),
                            Map.entry("to_lon", s.toLon), Map.entry("to_lat", s.toLat), Map.entry("radius_m", 25_000.0),
                            Map.entry("lo", Timestamp.from(s.day.atStartOfDay(ABIDJAN).toInstant())),
                            Map.entry("hi", Timestamp.from(s.day.plusDays(1).atStartOfDay(ABIDJAN).toInstant())),
                            Map.entry("seats", 1), Map.entry("sort", "departure_time"), Map.entry("lim", 20), Map.entry("off", 0));
                    for (int k = 0; k < names.size(); k++) {
                        Object v = p.get(names.get(k));
                        if (v == null) {
                            ps.setNull(k + 1, java.sql.Types.VARCHAR);
                        } else {
                            ps.setObject(k + 1, v);
                        }
                    }
                    long t0 = System.nanoTime();
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            if (round == 0) {
                                rows++;
                            }
                        }
                    }
                    if (round > 0) {
                        nanos[(round - 1) * searches.size() + i] = System.nanoTime() - t0;
                    }
                }
            }
        }
        Load.report("bare PostGIS search query (JDBC, same SQL)", nanos, 0, 0);
        System.out.printf("   (%.1f rows per page on average)%n%n", rows / (double) searches.size());
    }

    /** bench/load-trips.sql's cities, as a VALUES list. */
    static String cities() throws Exception {
        String load = Files.readString(Path.of("bench/load-trips.sql"));
        Matcher m = Pattern.compile("\\('([^']+)', ([0-9.]+), (-?[0-9.]+), [0-9]+\\)").matcher(load);
        List<String> rows = new ArrayList<>();
        while (m.find()) {
            rows.add("('" + m.group(1) + "', " + m.group(2) + "::float8, " + m.group(3) + "::float8)");
        }
        return String.join(", ", rows);
    }
}
