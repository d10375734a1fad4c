-- identity-service schema: users, their sign-in identities, OTP challenges, refresh tokens, KYC, referrals.
CREATE TABLE users (
    id                 UUID         PRIMARY KEY DEFAULT gen_random_uuid(),
    phone              TEXT         UNIQUE,
    email              TEXT,
    password_hash      TEXT,
    first_name         TEXT,
    last_name          TEXT,
    gender             TEXT         CHECK (gender IN ('MALE', 'FEMALE', 'OTHER')),
    birthdate          DATE,
    photo_url          TEXT,
    is_driver          BOOLEAN      NOT NULL DEFAULT false,
    is_active          BOOLEAN      NOT NULL DEFAULT true,
    is_phone_verified  BOOLEAN      NOT NULL DEFAULT false,
    is_email_verified  BOOLEAN      NOT NULL DEFAULT false,
    rating_avg         NUMERIC(3,2) NOT NULL DEFAULT 0,
    rating_count       INT          NOT NULL DEFAULT 0,
    referral_code      TEXT         NOT NULL UNIQUE,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_at         TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version            BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT users_phone_or_email CHECK (phone IS NOT NULL OR email IS NOT NULL)
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_created_at_idx ON users (created_at);

-- Social sign-in (Google/Apple subject) linked to a user.
CREATE TABLE user_identities (
    provider   TEXT        NOT NULL CHECK (provider IN ('GOOGLE', 'APPLE')),
    subject    TEXT        NOT NULL,
    user_id    UUID        NOT NULL REFERENCES users (id),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    PRIMARY KEY (provider, subject)
);
CREATE INDEX user_identities_user_idx ON user_identities (user_id);

-- One-time codes (SMS or e-mail); only a keyed hash of the code is stored.
CREATE TABLE otp_challenges (
    id          UUID        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     UUID        NOT NULL REFERENCES users (id),
    channel     TEXT        NOT NULL CHECK (channel IN ('PHONE', 'EMAIL')),
    destination TEXT        NOT NULL,
    code_hash   TEXT        NOT NULL,
    expires_at  TIMESTAMPTZ NOT NULL,
    consumed_at TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX otp_challenges_destination_idx ON otp_challenges (destination, created_at DESC);
CREATE INDEX otp_challenges_expires_idx ON otp_challenges (expires_at);

-- Refresh tokens rotate inside a family (one sign-in session); reuse of a used token revokes the family.
CREATE TABLE refresh_tokens (
    id          UUID        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     UUID        NOT NULL REFERENCES users (id),
    family_id   UUID        NOT NULL,
    token_hash  TEXT        NOT NULL UNIQUE,
    expires_at  TIMESTAMPTZ NOT NULL,
    used_at     TIMESTAMPTZ,
    revoked_at  TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_expires_idx ON refresh_tokens (expires_at);

-- KYC documents; front_url/back_url hold object keys in the private bucket, never public URLs.
CREATE TABLE kyc_documents (
    id          UUID        PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id     UUID        NOT NULL REFERENCES users (id),
    doc_type    TEXT        NOT NULL CHECK (doc_type IN ('CNI', 'PASSPORT', 'PERMIS')),
    doc_number  TEXT        NOT NULL,
    front_url   TEXT        NOT NULL,
    back_url    TEXT,
    status      TEXT        NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    notes       TEXT,
    reviewed_by UUID,
    reviewed_at TIMESTAMPTZ,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX kyc_documents_user_idx ON kyc_documents (user_id, created_at DESC);
CREATE INDEX kyc_documents_status_idx ON kyc_documents (status, created_at);
-- At most one document under review per user.
CREATE UNIQUE INDEX kyc_documents_one_pending ON kyc_documents (user_id) WHERE status = 'PENDING';

CREATE TABLE referrals (
    id             UUID          PRIMARY KEY DEFAULT gen_random_uuid(),
    referrer_id    UUID          NOT NULL REFERENCES users (id),
    referee_id     UUID          NOT NULL UNIQUE REFERENCES users (id),
    bonus_referrer NUMERIC(12,2) NOT NULL CHECK (bonus_referrer >= 0),
    bonus_referee  NUMERIC(12,2) NOT NULL CHECK (bonus_referee >= 0),
    status         TEXT          NOT NULL CHECK (status IN ('PENDING', 'REWARDED', 'CANCELLED')),
    created_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    CONSTRAINT referrals_not_self CHECK (referrer_id <> referee_id)
);
CREATE INDEX referrals_referrer_idx ON referrals (referrer_id);
