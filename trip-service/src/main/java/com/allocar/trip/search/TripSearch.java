package com.allocar.trip.search;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.allocar.trip.config.TripProperties;
import com.allocar.trip.geo.PlaceView;
import com.allocar.trip.member.DriverSummary;
import com.allocar.trip.vehicle.ComfortLevel;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Public trip search: one SQL statement per page (rows + total as a window count; driver, vehicle and rating joined,
 * so no N+1), answers cached in Redis ({@link SearchCache}).
 */
@Service
public class TripSearch {

    /** The query, shared with bench/ (which times it bare). */
    public static final String SQL_RESOURCE = "search/trip-search.sql";

    private final JdbcClient jdbc;
    private final SearchCache cache;
    private final JsonMapper json;
    private final TripProperties props;
    private final Clock clock;
    private final String sql;

    TripSearch(JdbcClient jdbc, SearchCache cache, JsonMapper json, TripProperties props) {
        this.jdbc = jdbc;
        this.cache = cache;
        this.json = json;
        this.props = props;
        this.clock = Clock.systemUTC();
        this.sql = load();
    }

    public SearchParameters parameters() {
        return new SearchParameters(props.search().defaultRadiusKm(), props.search().maxRadiusKm());
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(props.zone()));
    }

    public record Answer(SearchItem.Page page, boolean cached) {
    }

    public Answer search(SearchQuery q) {
        var key = cache.keyFor(q);
        if (key.isPresent()) {
            var hit = cache.get(key.get());
            if (hit.isPresent()) {
                return new Answer(json.readValue(hit.get(), SearchItem.Page.class), true);
            }
        }
        SearchItem.Page page = run(q);
        key.ifPresent(k -> cache.put(k, json.writeValueAsString(page)));
        return new Answer(page, false);
    }

    SearchItem.Page run(SearchQuery q) {
        Instant now = clock.instant();
        long[] total = {0};
        List<SearchItem> items = new ArrayList<>();
        jdbc.sql(sql).params(parameters(q, now)).query((ResultSet rs) -> {
            total[0] = rs.getLong("total");
            items.add(item(rs));
        });
        if (items.isEmpty() && q.page() > 1) {
            // past the last page: the window count had no row to ride on
            total[0] = count(q, now);
        }
        return new SearchItem.Page(List.copyOf(items), total[0]);
    }

    private long count(SearchQuery q, Instant now) {
        Map<String, Object> params = parameters(q, now);
        params.put("lim", 1);
        params.put("off", 0);
        List<Long> totals = jdbc.sql(sql).params(params).query((rs, n) -> rs.getLong("total")).list();
        return totals.isEmpty() ? 0 : totals.getFirst();
    }

    /** The SQL parameters of a query (also how bench/ fills the same statement). */
    public Map<String, Object> parameters(SearchQuery q, Instant now) {
        Map<String, Object> p = new java.util.HashMap<>();
        p.put("from_lon", q.from().lon());
        p.put("from_lat", q.from().lat());
        p.put("to_lon", q.to().lon());
        p.put("to_lat", q.to().lat());
        p.put("radius_m", q.radiusKm() * 1000.0);
        p.put("lo", new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.ofInstant(q.windowStart(props.zone(), now), ZoneOffset.UTC)));
        p.put("hi", new SqlParameterValue(Types.TIMESTAMP_WITH_TIMEZONE, OffsetDateTime.ofInstant(q.windowEnd(props.zone(), now), ZoneOffset.UTC)));
        p.put("seats", q.seats());
        p.put("price_min", new SqlParameterValue(Types.NUMERIC, q.priceMin()));
        p.put("price_max", new SqlParameterValue(Types.NUMERIC, q.priceMax()));
        p.put("comfort", new SqlParameterValue(Types.VARCHAR, q.comfort().isEmpty() ? null
                : q.comfort().stream().map(Enum::name).sorted().collect(Collectors.joining(","))));
        p.put("min_rating", new SqlParameterValue(Types.NUMERIC, q.driverRating()));
        p.put("sort", q.sortKey());
        p.put("lim", q.pageSize());
        p.put("off", q.offset());
        return p;
    }

    private static SearchItem item(ResultSet rs) throws SQLException {
        UUID driverId = rs.getObject("driver_id", UUID.class);
        String comfort = rs.getString("comfort_level");
        String make = rs.getString("vehicle_make");
        Instant eta = rs.getObject("arrival_eta", OffsetDateTime.class) == null ? null : rs.getObject("arrival_eta", OffsetDateTime.class).toInstant();
        return new SearchItem(
                rs.getObject("id", UUID.class),
                new PlaceView(rs.getDouble("origin_lat"), rs.getDouble("origin_lon"), rs.getString("origin_text")),
                new PlaceView(rs.getDouble("destination_lat"), rs.getDouble("destination_lon"), rs.getString("destination_text")),
                rs.getObject("departure_time", OffsetDateTime.class).toInstant(),
                eta,
                rs.getBigDecimal("price_per_seat"),
                "XOF",
                rs.getInt("seats_available"),
                rs.getBoolean("allow_auto_accept"),
                comfort == null ? null : ComfortLevel.valueOf(comfort.toUpperCase(Locale.ROOT)),
                make == null ? null : new SearchItem.Vehicle(make, rs.getString("vehicle_model"), rs.getString("vehicle_color")),
                DriverSummary.of(driverId, rs.getString("first_name"), rs.getString("last_name"), rs.getString("photo_url"),
                        rs.getBigDecimal("rating_avg"), rs.getInt("rating_count")),
                BigDecimal.valueOf(rs.getDouble("pickup_m") / 1000.0).setScale(2, RoundingMode.HALF_UP).doubleValue(),
                new PlaceView(rs.getDouble("pickup_lat"), rs.getDouble("pickup_lon"), rs.getString("pickup_label")),
                new PlaceView(rs.getDouble("dropoff_lat"), rs.getDouble("dropoff_lon"), rs.getString("dropoff_label")));
    }

    private static String load() {
        try (InputStream in = new ClassPathResource(SQL_RESOURCE).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + SQL_RESOURCE, e);
        }
    }
}
