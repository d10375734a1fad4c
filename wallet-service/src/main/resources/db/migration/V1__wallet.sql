-- wallet-service schema: wallets, the append-only ledger wallet_txns, and the read models fed by other services'
-- events (KYC status, completed bookings, referrals, payout outcomes that arrived before their entry).

-- One wallet per user. The amounts are a cache of the ledger kept under the wallet's row lock (every ledger write
-- locks its wallet first): balance = Σ settled credits − Σ settled debits, reserved = Σ pending debits,
-- incoming = Σ pending credits. available = balance − reserved. Tests check them against wallet_txns with SQL.
CREATE TABLE wallets (
    id         UUID          PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    UUID          NOT NULL UNIQUE,
    currency   TEXT          NOT NULL DEFAULT 'XOF' CHECK (currency = 'XOF'),
    balance    NUMERIC(12,2) NOT NULL DEFAULT 0,
    reserved   NUMERIC(12,2) NOT NULL DEFAULT 0 CHECK (reserved >= 0),
    incoming   NUMERIC(12,2) NOT NULL DEFAULT 0 CHECK (incoming >= 0),
    created_at TIMESTAMPTZ   NOT NULL DEFAULT now(),
    updated_at TIMESTAMPTZ   NOT NULL DEFAULT now()
);

-- The ledger. id = the writer's entry_id (its idempotency key: one entry per id, ever).
CREATE TABLE wallet_txns (
    id                UUID          PRIMARY KEY,
    wallet_id         UUID          NOT NULL REFERENCES wallets (id),
    type              TEXT          NOT NULL CHECK (type IN ('credit', 'debit')),
    amount            NUMERIC(12,2) NOT NULL CHECK (amount > 0),
    currency          TEXT          NOT NULL DEFAULT 'XOF' CHECK (currency = 'XOF'),
    source            TEXT          NOT NULL CHECK (source IN ('refund', 'topup', 'payout', 'promo', 'payment', 'earning',
                                                               'commission', 'fee', 'penalty', 'reversal')),
    status            TEXT          NOT NULL CHECK (status IN ('pending', 'settled', 'cancelled')),
    ref_type          TEXT,
    ref_id            TEXT,
    description       TEXT,
    -- the wallet's settled balance right after this entry was written
    balance_after     NUMERIC(12,2) NOT NULL,
    created_at        TIMESTAMPTZ   NOT NULL DEFAULT clock_timestamp(),
    status_changed_at TIMESTAMPTZ
);
CREATE INDEX wallet_txns_wallet_created_idx ON wallet_txns (wallet_id, created_at DESC);
CREATE INDEX wallet_txns_ref_idx ON wallet_txns (ref_type, ref_id);

-- Append-only, enforced by the database itself: no DELETE, no TRUNCATE, and an UPDATE may only move the status
-- pending → settled | cancelled (with its timestamp). Everything else is a new entry (e.g. a reversal).
CREATE FUNCTION wallet_txns_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'UPDATE' THEN
        RAISE EXCEPTION 'wallet_txns is append-only: % refused', TG_OP USING ERRCODE = 'restrict_violation';
    END IF;
    IF (NEW.id, NEW.wallet_id, NEW.type, NEW.amount, NEW.currency, NEW.source, NEW.ref_type, NEW.ref_id,
        NEW.description, NEW.balance_after, NEW.created_at)
       IS DISTINCT FROM
       (OLD.id, OLD.wallet_id, OLD.type, OLD.amount, OLD.currency, OLD.source, OLD.ref_type, OLD.ref_id,
        OLD.description, OLD.balance_after, OLD.created_at) THEN
        RAISE EXCEPTION 'wallet_txns is append-only: only the status of an entry may change' USING ERRCODE = 'restrict_violation';
    END IF;
    IF NEW.status IS DISTINCT FROM OLD.status
       AND NOT (OLD.status = 'pending' AND NEW.status IN ('settled', 'cancelled')) THEN
        RAISE EXCEPTION 'wallet_txns: status % -> % refused', OLD.status, NEW.status USING ERRCODE = 'restrict_violation';
    END IF;
    RETURN NEW;
END
$$;
CREATE TRIGGER wallet_txns_append_only_rows BEFORE UPDATE OR DELETE ON wallet_txns
    FOR EACH ROW EXECUTE FUNCTION wallet_txns_append_only();
CREATE TRIGGER wallet_txns_no_truncate BEFORE TRUNCATE ON wallet_txns
    FOR EACH STATEMENT EXECUTE FUNCTION wallet_txns_append_only();

-- KYC status of members, from identity.kyc (keyed by document: two documents may arrive out of order,
-- an older event never overwrites a newer one).
CREATE TABLE member_kyc (
    user_id    UUID        PRIMARY KEY,
    status     TEXT        NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    changed_at TIMESTAMPTZ NOT NULL
);

-- Bookings booking-service reported completed: settles the driver's earning even when booking.completed
-- overtakes payment.succeeded (two topics, no order between them), and finds a referee's first ride.
CREATE TABLE completed_bookings (
    booking_id   UUID        PRIMARY KEY,
    passenger_id UUID        NOT NULL,
    driver_id    UUID,
    completed_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX completed_bookings_passenger_idx ON completed_bookings (passenger_id);
CREATE INDEX completed_bookings_driver_idx ON completed_bookings (driver_id);

-- referral.applied from identity; rewarded once, when the referee's first ride completes.
CREATE TABLE referrals (
    referral_id    UUID          PRIMARY KEY,
    referrer_id    UUID          NOT NULL,
    referee_id     UUID          NOT NULL UNIQUE,
    bonus_referrer NUMERIC(12,2) NOT NULL CHECK (bonus_referrer >= 0),
    bonus_referee  NUMERIC(12,2) NOT NULL CHECK (bonus_referee >= 0),
    applied_at     TIMESTAMPTZ   NOT NULL DEFAULT now(),
    rewarded_at    TIMESTAMPTZ,
    rewarded_for   UUID
);

-- payout.completed / payout.failed that arrived before the pending payout debit they settle or cancel:
-- applied when the entry is written.
CREATE TABLE early_outcomes (
    entry_id    UUID        PRIMARY KEY,
    status      TEXT        NOT NULL CHECK (status IN ('settled', 'cancelled')),
    received_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- What payouts need to know of a member, from identity.users: the phone (default payout number) and the name.
CREATE TABLE member_contacts (
    user_id    UUID        PRIMARY KEY,
    phone      TEXT,
    first_name TEXT,
    last_name  TEXT,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Refunds already applied (payment.refunded's refund_id): the split of a refund depends on the earnings left at the
-- time, so a re-emitted event (new event id, past the inbox) must not be split a second time.
CREATE TABLE applied_refunds (
    refund_id  UUID        PRIMARY KEY,
    applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
