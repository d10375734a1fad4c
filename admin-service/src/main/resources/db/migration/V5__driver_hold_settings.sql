-- The low-rating driver hold joins the settings: identity's defaults (an average under 3.0 after at least 5 ratings).
-- Not published: identity already applies these values.
INSERT INTO settings_versions (version, settings, reason)
SELECT v.version + 1, v.settings || '{"driver_rating_floor": 3.0, "driver_rating_min_count": 5}'::jsonb,
       'the low-rating driver hold joins the settings (identity''s defaults)'
  FROM settings_versions v ORDER BY v.version DESC LIMIT 1;
