package com.allocar.trip.pricing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.allocar.platform.api.ApiException;
import com.allocar.trip.geo.GeoPoint;

import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Price floor/ceiling per popular axis: which band a route falls in, and the admin's edits. */
@Service
public class PriceBands {

    private final PriceBandRepository bands;
    private final JdbcClient jdbc;

    PriceBands(PriceBandRepository bands, JdbcClient jdbc) {
        this.bands = bands;
        this.jdbc = jdbc;
    }

    /** The band of an origin → destination route, in either direction (the narrowest if several match). */
    @Transactional(readOnly = true)
    public Optional<PriceRange> rangeFor(GeoPoint origin, GeoPoint destination) {
        return jdbc.sql("""
                WITH o AS (SELECT ST_MakePoint(:olon, :olat)::geography AS p),
                     d AS (SELECT ST_MakePoint(:dlon, :dlat)::geography AS p)
                SELECT b.name, b.floor, b.ceiling FROM price_bands b, o, d
                WHERE b.active
                  AND ((ST_DWithin(b.a_point, o.p, b.radius_km * 1000) AND ST_DWithin(b.b_point, d.p, b.radius_km * 1000))
                    OR (ST_DWithin(b.b_point, o.p, b.radius_km * 1000) AND ST_DWithin(b.a_point, d.p, b.radius_km * 1000)))
                ORDER BY b.radius_km, b.name LIMIT 1""")
                .param("olon", origin.lon()).param("olat", origin.lat())
                .param("dlon", destination.lon()).param("dlat", destination.lat())
                .query((rs, n) -> new PriceRange(rs.getString("name"), rs.getBigDecimal("floor"), rs.getBigDecimal("ceiling")))
                .optional();
    }

    /** {@code validation_error} with the band's floor and ceiling when the price is outside it. */
    @Transactional(readOnly = true)
    public void check(GeoPoint origin, GeoPoint destination, BigDecimal price) {
        rangeFor(origin, destination).ifPresent(range -> range.check(price));
    }

    @Transactional(readOnly = true)
    public List<PriceBand> all() {
        return bands.findAll(Sort.by("name"));
    }

    @Transactional
    public PriceBand update(UUID id, BigDecimal floor, BigDecimal ceiling, BigDecimal radiusKm, Boolean active) {
        PriceBand band = bands.findById(id).orElseThrow(() -> ApiException.notFound("price_band", id));
        if (floor.compareTo(ceiling) > 0) {
            throw ApiException.validation("floor", "must not exceed the ceiling");
        }
        band.change(floor, ceiling, radiusKm, active);
        return bands.saveAndFlush(band);
    }
}
