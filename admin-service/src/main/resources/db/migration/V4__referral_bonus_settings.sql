-- The referral bonuses join the settings (issue 13: "promos … referral bonuses"): the next version is the one in force
-- with identity's property defaults for them (1 000 XOF to the referrer, 500 to the referee), and the trip default of
-- allow_auto_accept as the spec and trip-service have it (false; version 1 said true, which no owner applied). Not
-- published: every owner already applies these values.
INSERT INTO settings_versions (version, settings, reason)
SELECT v.version + 1, v.settings || '{"referral_bonus_referrer": 1000, "referral_bonus_referee": 500, "allow_auto_accept_default": false}'::jsonb,
       'referral bonuses join the settings (identity''s defaults); trips are not auto-accepted by default (spec)'
  FROM settings_versions v ORDER BY v.version DESC LIMIT 1;
