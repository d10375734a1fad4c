-- Loads :trips published trips (default 100 000) spread over Côte d'Ivoire into trip-service's schema, with their
-- drivers (members read model) and cars. Everything it writes belongs to the bench's drivers, whose ids are
-- 00000000-0000-4000-b000-xxxxxxxxxxxx: bench/unload-trips.sql (or ./bench/trip-search.sh --cleanup) removes it all.
--   psql -h 127.0.0.1 -U trip -d allocar -v trips=100000 -f bench/load-trips.sql
\set ON_ERROR_STOP on
\if :{?trips}
\else
  \set trips 100000
\endif
SET search_path = trip, public;
\timing on

BEGIN;
\ir unload-trips.sql

-- Towns and cities with a rough weight (≈ population / 10 000): Abidjan is half of the traffic.
CREATE TEMP TABLE bench_cities (name text, lat float8, lon float8, weight int) ON COMMIT DROP;
INSERT INTO bench_cities VALUES
  ('Abidjan', 5.3364, -4.0267, 500), ('Bouaké', 7.6906, -5.0301, 80), ('Daloa', 6.8774, -6.4502, 40),
  ('Yamoussoukro', 6.8276, -5.2893, 35), ('San-Pédro', 4.7485, -6.6363, 40), ('Korhogo', 9.4580, -5.6296, 30),
  ('Man', 7.4125, -7.5538, 20), ('Divo', 5.8372, -5.3572, 15), ('Gagnoa', 6.1319, -5.9506, 20),
  ('Abengourou', 6.7297, -3.4964, 15), ('Soubré', 5.7856, -6.6083, 15), ('Séguéla', 7.9611, -6.6731, 8),
  ('Bondoukou', 8.0402, -2.8000, 8), ('Odienné', 9.5051, -7.5643, 6), ('Agboville', 5.9280, -4.2130, 10),
  ('Grand-Bassam', 5.2118, -3.7388, 10), ('Dabou', 5.3256, -4.3767, 8), ('Ferkessédougou', 9.5928, -5.1944, 8),
  ('Sassandra', 4.9538, -6.0853, 5), ('Issia', 6.4922, -6.5856, 5), ('Sinfra', 6.6210, -5.9114, 6),
  ('Katiola', 8.1333, -5.1000, 5), ('Toumodi', 6.5570, -5.0190, 5), ('Aboisso', 5.4667, -3.2000, 6),
  ('Adzopé', 6.1067, -3.8597, 7), ('Tiassalé', 5.8983, -4.8228, 5), ('Guiglo', 6.5436, -7.4933, 6),
  ('Duékoué', 6.7419, -7.3492, 8), ('Bouaflé', 6.9903, -5.7442, 6), ('Boundiali', 9.5217, -6.4869, 4),
  ('Dimbokro', 6.6500, -4.7000, 6), ('Daoukro', 7.0591, -3.9631, 5), ('Mankono', 8.0586, -6.1897, 4),
  ('Touba', 8.2833, -7.6833, 3), ('Lakota', 5.8500, -5.6833, 4), ('Akoupé', 6.3833, -3.8833, 4);

-- cumulative weights: origins over every city, destinations over every other city
CREATE TEMP TABLE bench_pick ON COMMIT DROP AS
SELECT name, lat, lon, sum(weight) OVER (ORDER BY name) - weight AS lo, sum(weight) OVER (ORDER BY name) AS hi,
       sum(weight) OVER () AS total
FROM bench_cities;
CREATE TEMP TABLE bench_dest ON COMMIT DROP AS
SELECT o.name AS origin, d.name, d.lat, d.lon,
       sum(d.weight) OVER w - d.weight AS lo, sum(d.weight) OVER w AS hi, sum(d.weight) OVER (PARTITION BY o.name) AS total
FROM bench_cities o JOIN bench_cities d ON d.name <> o.name
WINDOW w AS (PARTITION BY o.name ORDER BY d.name);
CREATE INDEX ON bench_dest (origin, lo);
ANALYZE bench_pick;
ANALYZE bench_dest;

-- 2 000 drivers with approved KYC and a rating, one car each
INSERT INTO members (user_id, first_name, last_name, rating_avg, rating_count, kyc_status)
SELECT ('00000000-0000-4000-b000-' || lpad(to_hex(n), 12, '0'))::uuid,
       (ARRAY['Kouassi','Aminata','Yao','Awa','Koffi','Fatou','Konan','Mariam','Serge','Adjoua'])[1 + n % 10],
       (ARRAY['Yao','Diallo','Koné','Traoré','Kouamé','Ouattara','Bamba','Coulibaly','N''Guessan','Touré'])[1 + (n / 10) % 10],
       round((3 + random() * 2)::numeric, 2), (random() * 60)::int, 'approved'
FROM generate_series(1, 2000) n;

INSERT INTO vehicles (id, user_id, make, model, color, plate_number, seats_total, comfort_level, year, verified)
SELECT ('00000000-0000-4000-b000-' || lpad(to_hex(1000000 + n), 12, '0'))::uuid,
       ('00000000-0000-4000-b000-' || lpad(to_hex(n), 12, '0'))::uuid,
       (ARRAY['Toyota','Hyundai','Kia','Peugeot','Renault'])[1 + n % 5], 'Bench', 'grise',
       'BENCH' || lpad(n::text, 6, '0'), 4, (ARRAY['BASIC','STANDARD','STANDARD','COMFORT'])[1 + n % 4], 2015 + n % 10, true
FROM generate_series(1, 2000) n;

-- The trips: origin and destination cities drawn by weight (never the same), positions jittered by up to ~5 km,
-- departures on the next 30 days (from tomorrow) between 05:00 and 20:45 local time, 97 % published.
INSERT INTO trips (id, driver_id, vehicle_id, origin_point, origin_text, destination_point, destination_text,
                   departure_time, arrival_eta, price_per_seat, seats_total, seats_held, seats_confirmed,
                   allow_auto_accept, status, published_at, created_at)
SELECT gen_random_uuid(), d.driver, d.vehicle,
       ST_MakePoint(o.lon + (random() - 0.5) * 0.09, o.lat + (random() - 0.5) * 0.09)::geography, o.name,
       ST_MakePoint(x.lon + (random() - 0.5) * 0.09, x.lat + (random() - 0.5) * 0.09)::geography, x.name,
       r.departure, r.departure + make_interval(mins => (ST_Distance(ST_MakePoint(o.lon, o.lat)::geography,
            ST_MakePoint(x.lon, x.lat)::geography) / 1000 * 1.25)::int),
       greatest(1000, round(ST_Distance(ST_MakePoint(o.lon, o.lat)::geography, ST_MakePoint(x.lon, x.lat)::geography) / 1000 * 28 / 500) * 500),
       r.seats, CASE WHEN random() < 0.2 THEN 1 ELSE 0 END, 0,
       random() < 0.5, CASE WHEN random() < 0.97 THEN 'PUBLISHED' ELSE 'CANCELLED' END, now(), now()
FROM generate_series(1, :trips) g(n)
CROSS JOIN LATERAL (
    SELECT date_trunc('day', now()) + interval '1 day' * (1 + floor(random() * 30 + 0 * g.n)) + interval '1 hour' * (5 + floor(random() * 16))
               + interval '15 minutes' * floor(random() * 4) AS departure,
           2 + floor(random() * 3)::int AS seats,
           random() AS r1, random() AS r2
) r
CROSS JOIN LATERAL (SELECT ('00000000-0000-4000-b000-' || lpad(to_hex(1 + g.n % 2000), 12, '0'))::uuid AS driver,
                           ('00000000-0000-4000-b000-' || lpad(to_hex(1000000 + 1 + g.n % 2000), 12, '0'))::uuid AS vehicle) d
CROSS JOIN LATERAL (SELECT * FROM bench_pick p WHERE r.r1 * p.total >= p.lo AND r.r1 * p.total < p.hi LIMIT 1) o
CROSS JOIN LATERAL (SELECT * FROM bench_dest p WHERE p.origin = o.name AND r.r2 * p.total >= p.lo AND r.r2 * p.total < p.hi
                    LIMIT 1) x;

-- A third of the trips stop once on the way (near the middle), pick-up and drop-off allowed.
INSERT INTO trip_stops (trip_id, stop_order, point, label)
SELECT t.id, 1,
       ST_MakePoint((ST_X(t.origin_point::geometry) + ST_X(t.destination_point::geometry)) / 2 + (random() - 0.5) * 0.1,
                    (ST_Y(t.origin_point::geometry) + ST_Y(t.destination_point::geometry)) / 2 + (random() - 0.5) * 0.1)::geography,
       'Étape'
FROM trips t
WHERE t.driver_id BETWEEN '00000000-0000-4000-b000-000000000000' AND '00000000-0000-4000-b000-ffffffffffff'
  AND random() < 0.33;
COMMIT;

ANALYZE members;
ANALYZE vehicles;
ANALYZE trips;
ANALYZE trip_stops;
SELECT count(*) AS bench_trips, count(*) FILTER (WHERE status = 'PUBLISHED') AS published,
       min(departure_time) AS first_departure, max(departure_time) AS last_departure
FROM trips WHERE driver_id BETWEEN '00000000-0000-4000-b000-000000000000' AND '00000000-0000-4000-b000-ffffffffffff';
