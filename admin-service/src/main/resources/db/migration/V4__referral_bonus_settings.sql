-- The referral bonuses join the settings (issue 13: "promos … referral bonuses"): the next version is the one in force
-- with identity's property defaults for them (1 000 XOF to the referrer, 500 to the referee). Not published: every owner
-- already applies these values.
INSERT INTO settings_versions (version, settings, reason)
SELECT v.version + 1, v.settings || '{"referral_bonus_referrer": 1000, "referral_bonus_referee": 500}'::jsonb,
       'referral bonuses join the settings (identity''s defaults)'
  FROM settings_versions v ORDER BY v.version DESC LIMIT 1;
