-- PayFast's merchant API: card-saving checkouts belong to a customer, an ad hoc charge of a saved
-- card is a checkout of its own (one in flight per invoice), one default card per customer, and
-- each reconciliation run is kept so the console can catch up from where the last one ended.

ALTER TABLE checkouts ADD COLUMN customer_id INTEGER REFERENCES customers (id);
ALTER TABLE checkouts ADD COLUMN payment_method_id INTEGER REFERENCES payment_methods (id);
CREATE UNIQUE INDEX checkouts_one_charge_in_flight ON checkouts (invoice_id)
    WHERE payment_method_id IS NOT NULL AND status = 'pending';

CREATE UNIQUE INDEX payment_methods_one_default ON payment_methods (customer_id)
    WHERE is_default = 1 AND status = 'active';

CREATE TABLE reconciliation_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    from_day TEXT NOT NULL,
    to_day TEXT NOT NULL,
    started_at TEXT NOT NULL,
    finished_at TEXT NOT NULL,
    payfast_payments INTEGER NOT NULL CHECK (payfast_payments >= 0),
    missing INTEGER NOT NULL CHECK (missing >= 0),
    unknown INTEGER NOT NULL CHECK (unknown >= 0),
    differing INTEGER NOT NULL CHECK (differing >= 0),
    booked INTEGER NOT NULL DEFAULT 0 CHECK (booked >= 0),
    CHECK (from_day <= to_day)
);
CREATE INDEX reconciliation_runs_to_day ON reconciliation_runs (to_day);
