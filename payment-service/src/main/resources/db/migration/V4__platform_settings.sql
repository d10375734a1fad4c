-- The settings in force moved to the platform's platform_settings (the whole version, shared by every service that
-- follows admin settings).
DROP TABLE settings_in_force;
