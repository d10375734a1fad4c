-- GET /api/v1/trips/search — the one query behind a page of results (and its total, as a window count).
-- Loaded by search/TripSearch; bench/ times the very same text with EXPLAIN ANALYZE. Parameters:
--   :from_lon :from_lat :to_lon :to_lat  the searched points      :radius_m  the radius around each, in metres
--   :lo :hi      departure window [lo, hi) (a local day in Africa/Abidjan, or now .. +1 year)
--   :seats       free seats wanted           :price_min :price_max :comfort (e.g. 'BASIC,COMFORT') :min_rating — NULL = any
--   :sort        departure_time | price | distance, '-' prefix = descending           :lim :off  the page
-- A trip matches when it picks the passenger up near `from` and drops them near `to`, in that order: its origin
-- (order 0) or a pick-up stop near `from`, then a later drop-off stop or its destination (order ∞) near `to`.
-- Four cases, each driven by its most selective index: origin→destination (GIST on both ends + the published
-- departures' btree), origin→drop-off stop, pick-up stop→destination, stop→later stop (GIST on stops).
-- Every spatial test is ST_DWithin(geography column, constant geography point, metres) on a base table, so the GIST
-- indexes apply; the conditions on trips are repeated rather than shared through a CTE, which PostgreSQL would
-- materialise, hiding the indexes.
WITH stop_pickups AS (
    SELECT s.trip_id, s.stop_order AS ord, s.label, s.point AS pt
    FROM trip_stops s JOIN trips t ON t.id = s.trip_id
    WHERE t.status = 'PUBLISHED'
      AND t.departure_time > now() AND t.departure_time >= :lo AND t.departure_time < :hi
      AND t.seats_total - t.seats_held - t.seats_confirmed >= :seats
      AND (CAST(:price_min AS numeric) IS NULL OR t.price_per_seat >= CAST(:price_min AS numeric))
      AND (CAST(:price_max AS numeric) IS NULL OR t.price_per_seat <= CAST(:price_max AS numeric))
      AND s.pickup_allowed
      AND ST_DWithin(s.point, ST_SetSRID(ST_MakePoint(:from_lon, :from_lat), 4326)::geography, :radius_m)
),
stop_dropoffs AS (
    SELECT s.trip_id, s.stop_order AS ord, s.label, s.point AS pt
    FROM trip_stops s JOIN trips t ON t.id = s.trip_id
    WHERE t.status = 'PUBLISHED'
      AND t.departure_time > now() AND t.departure_time >= :lo AND t.departure_time < :hi
      AND t.seats_total - t.seats_held - t.seats_confirmed >= :seats
      AND (CAST(:price_min AS numeric) IS NULL OR t.price_per_seat >= CAST(:price_min AS numeric))
      AND (CAST(:price_max AS numeric) IS NULL OR t.price_per_seat <= CAST(:price_max AS numeric))
      AND s.dropoff_allowed
      AND ST_DWithin(s.point, ST_SetSRID(ST_MakePoint(:to_lon, :to_lat), 4326)::geography, :radius_m)
),
pairs AS (      -- (pick-up, drop-off) couples; order 0 = the origin, 2147483647 = the destination
    SELECT t.id AS trip_id, t.origin_text AS p_label, t.origin_point AS p_pt, t.destination_text AS d_label, t.destination_point AS d_pt
    FROM trips t
    WHERE t.status = 'PUBLISHED'
      AND t.departure_time > now() AND t.departure_time >= :lo AND t.departure_time < :hi
      AND t.seats_total - t.seats_held - t.seats_confirmed >= :seats
      AND (CAST(:price_min AS numeric) IS NULL OR t.price_per_seat >= CAST(:price_min AS numeric))
      AND (CAST(:price_max AS numeric) IS NULL OR t.price_per_seat <= CAST(:price_max AS numeric))
      AND ST_DWithin(t.origin_point, ST_SetSRID(ST_MakePoint(:from_lon, :from_lat), 4326)::geography, :radius_m)
      AND ST_DWithin(t.destination_point, ST_SetSRID(ST_MakePoint(:to_lon, :to_lat), 4326)::geography, :radius_m)
    UNION ALL
    SELECT t.id, t.origin_text, t.origin_point, d.label, d.pt
    FROM stop_dropoffs d JOIN trips t ON t.id = d.trip_id
    WHERE ST_DWithin(t.origin_point, ST_SetSRID(ST_MakePoint(:from_lon, :from_lat), 4326)::geography, :radius_m)
    UNION ALL
    SELECT t.id, p.label, p.pt, t.destination_text, t.destination_point
    FROM stop_pickups p JOIN trips t ON t.id = p.trip_id
    WHERE ST_DWithin(t.destination_point, ST_SetSRID(ST_MakePoint(:to_lon, :to_lat), 4326)::geography, :radius_m)
    UNION ALL
    SELECT p.trip_id, p.label, p.pt, d.label, d.pt
    FROM stop_pickups p JOIN stop_dropoffs d ON d.trip_id = p.trip_id AND d.ord > p.ord
),
matched AS (    -- per trip: the pick-up nearest to `from`, then the drop-off nearest to `to`
    SELECT DISTINCT ON (pr.trip_id)
           pr.trip_id, pr.p_label AS pickup_label, pr.p_pt AS pickup_pt, pr.d_label AS dropoff_label, pr.d_pt AS dropoff_pt,
           ST_Distance(pr.p_pt, ST_SetSRID(ST_MakePoint(:from_lon, :from_lat), 4326)::geography) AS pickup_m
    FROM pairs pr
    ORDER BY pr.trip_id, pickup_m, ST_Distance(pr.d_pt, ST_SetSRID(ST_MakePoint(:to_lon, :to_lat), 4326)::geography)
)
SELECT t.id, t.driver_id,
       ST_Y(t.origin_point::geometry) AS origin_lat, ST_X(t.origin_point::geometry) AS origin_lon, t.origin_text,
       ST_Y(t.destination_point::geometry) AS destination_lat, ST_X(t.destination_point::geometry) AS destination_lon,
       t.destination_text, t.departure_time, t.arrival_eta, t.price_per_seat,
       t.seats_total - t.seats_held - t.seats_confirmed AS seats_available, t.allow_auto_accept,
       v.comfort_level, v.make AS vehicle_make, v.model AS vehicle_model, v.color AS vehicle_color,
       mb.first_name, mb.last_name, mb.photo_url, COALESCE(mb.rating_avg, 0) AS rating_avg,
       COALESCE(mb.rating_count, 0) AS rating_count,
       m.pickup_label, ST_Y(m.pickup_pt::geometry) AS pickup_lat, ST_X(m.pickup_pt::geometry) AS pickup_lon,
       m.dropoff_label, ST_Y(m.dropoff_pt::geometry) AS dropoff_lat, ST_X(m.dropoff_pt::geometry) AS dropoff_lon,
       m.pickup_m,
       count(*) OVER () AS total
FROM matched m
JOIN trips t ON t.id = m.trip_id
LEFT JOIN vehicles v ON v.id = t.vehicle_id
LEFT JOIN members mb ON mb.user_id = t.driver_id
WHERE (CAST(:comfort AS text) IS NULL OR v.comfort_level = ANY (string_to_array(CAST(:comfort AS text), ',')))
  AND (CAST(:min_rating AS numeric) IS NULL OR COALESCE(mb.rating_avg, 0) >= CAST(:min_rating AS numeric))
ORDER BY
    CASE WHEN :sort = 'price' THEN t.price_per_seat END ASC,
    CASE WHEN :sort = '-price' THEN t.price_per_seat END DESC,
    CASE WHEN :sort = 'distance' THEN m.pickup_m END ASC,
    CASE WHEN :sort = '-distance' THEN m.pickup_m END DESC,
    CASE WHEN :sort = '-departure_time' THEN t.departure_time END DESC,
    t.departure_time ASC, t.id ASC
LIMIT :lim OFFSET :off
