-- Removes everything bench/load-trips.sql wrote (the bench drivers' trips — stops and holds cascade — cars and
-- member rows). Nothing else has ids in 00000000-0000-4000-b000-…
SET search_path = trip, public;
DELETE FROM trips WHERE driver_id BETWEEN '00000000-0000-4000-b000-000000000000' AND '00000000-0000-4000-b000-ffffffffffff';
DELETE FROM vehicles WHERE user_id BETWEEN '00000000-0000-4000-b000-000000000000' AND '00000000-0000-4000-b000-ffffffffffff';
DELETE FROM members WHERE user_id BETWEEN '00000000-0000-4000-b000-000000000000' AND '00000000-0000-4000-b000-ffffffffffff';
