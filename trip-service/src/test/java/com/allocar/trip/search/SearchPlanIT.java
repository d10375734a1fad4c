package com.allocar.trip.search;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import com.allocar.trip.support.TripIT;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search is only fast if PostgreSQL can use the GIST indexes: checked on the plan of the very statement the
 * service runs, over 30 000 trips spread over Côte d'Ivoire (inserted in a transaction that is rolled back).
 */
class SearchPlanIT extends TripIT {

    @Autowired
    TripSearch search;

    @Autowired
    TransactionTemplate tx;

    @Test
    void theSearchUsesTheGistIndexesAndNeverScansTripsSequentially() {
        tx.executeWithoutResult(status -> {
            jdbc.sql("""
                    INSERT INTO trips (driver_id, origin_point, origin_text, destination_point, destination_text, departure_time,
                                       price_per_seat, seats_total, status)
                    SELECT gen_random_uuid(),
                           ST_MakePoint(-8.0 + random() * 5.5, 4.4 + random() * 6.1)::geography, 'o',
                           ST_MakePoint(-8.0 + random() * 5.5, 4.4 + random() * 6.1)::geography, 'd',
                           now() + interval '1 hour' + random() * interval '60 days', 5000, 3, 'PUBLISHED'
                    FROM generate_series(1, 30000)""").update();
            jdbc.sql("""
                    INSERT INTO trip_stops (trip_id, stop_order, point, label)
                    SELECT id, 1, ST_MakePoint(-8.0 + random() * 5.5, 4.4 + random() * 6.1)::geography, 's'
                    FROM trips WHERE origin_text = 'o' AND random() < 0.3""").update();
            jdbc.sql("ANALYZE trips").update();
            jdbc.sql("ANALYZE trip_stops").update();

            String withDate = plan("date", LocalDate.now(ABIDJAN).plusDays(7).toString());
            String anyDay = plan();
            for (String plan : new String[] {withDate, anyDay}) {
                assertThat(plan).containsPattern("trips_(origin|destination)_point_gist").contains("trip_stops_point_gist");
                assertThat(plan).doesNotContainPattern("\"Node Type\": \"Seq Scan\",[^}]*\"Relation Name\": \"trips\"");
                assertThat(plan).doesNotContainPattern("\"Node Type\": \"Seq Scan\",[^}]*\"Relation Name\": \"trip_stops\"");
            }
            // the service's sessions never plan parallel workers or JIT (application.yml, hikari connection-init-sql)
            assertThat(jdbc.sql("SHOW max_parallel_workers_per_gather").query(String.class).single()).isEqualTo("0");
            assertThat(jdbc.sql("SHOW jit").query(String.class).single()).isEqualTo("off");
            status.setRollbackOnly();
        });
    }

    private String plan(String... extra) {
        Map<String, String[]> params = new LinkedHashMap<>();
        params.put("from", new String[] {ll(PLATEAU)});
        params.put("to", new String[] {ll(YAMOUSSOUKRO)});
        for (int i = 0; i < extra.length; i += 2) {
            params.put(extra[i], new String[] {extra[i + 1]});
        }
        SearchQuery q = search.parameters().parse(params, search.today());
        String sql = new String(readSql());
        return String.join("\n", jdbc.sql("EXPLAIN (FORMAT JSON) " + sql).params(search.parameters(q, Instant.now()))
                .query(String.class).list());
    }

    private static byte[] readSql() {
        try (var in = SearchPlanIT.class.getClassLoader().getResourceAsStream(TripSearch.SQL_RESOURCE)) {
            return in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
