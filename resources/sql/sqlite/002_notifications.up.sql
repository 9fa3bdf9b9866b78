-- Provider notifications (PayFast ITNs): every one received and stored is kept for good;
-- refused requests go to two capped stores.

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    provider TEXT NOT NULL CHECK ((provider = 'payfast' OR provider = 'stripe')),
    provider_id TEXT NOT NULL,
    status TEXT NOT NULL,
    m_payment_id TEXT NOT NULL DEFAULT '',
    environment TEXT NOT NULL CHECK ((environment = 'sandbox' OR environment = 'live')),
    received_at TEXT NOT NULL,
    sender TEXT NOT NULL,
    peer TEXT NOT NULL,
    checks TEXT NOT NULL,
    sealed_body BLOB,
    sealed_with TEXT NOT NULL DEFAULT 'ledger',
    processing TEXT NOT NULL DEFAULT 'pending' CHECK ((processing = 'pending' OR processing = 'processed' OR processing = 'rejected' OR processing = 'flagged')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT,
    outcome TEXT NOT NULL DEFAULT '',
    processed_at TEXT,
    UNIQUE (provider, provider_id, status)
);
CREATE INDEX notifications_processing ON notifications (processing, next_attempt_at);
CREATE INDEX notifications_received ON notifications (received_at);

-- Validly signed notifications from senders outside the allowed list: PayFast may have moved.
CREATE TABLE refused_signed (
    provider_id TEXT NOT NULL,
    status TEXT NOT NULL,
    sender TEXT NOT NULL,
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    times INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (provider_id, status)
);

-- Everything else refused at the door, as a ring buffer of fixed size.
CREATE TABLE refused_requests (
    slot INTEGER PRIMARY KEY,
    received_at TEXT NOT NULL,
    sender TEXT NOT NULL,
    http_status INTEGER NOT NULL,
    reason TEXT NOT NULL
);
