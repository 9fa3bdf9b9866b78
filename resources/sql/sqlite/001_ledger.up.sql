-- CHECKs list allowed values with OR rather than IN (...): SQLite builds a temporary
-- index for every IN list it evaluates, which made each insert several times dearer.

-- The books: ledger identity, settings, customers, invoices, checkouts,
-- transactions, credit notes and the append-only audit chain.
-- Amounts are integer cents; timestamps are UTC ISO-8601 text; dates are
-- Africa/Johannesburg days as YYYY-MM-DD.

CREATE TABLE ledger (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    ledger_id TEXT NOT NULL UNIQUE,
    environment TEXT NOT NULL CHECK ((environment = 'sandbox' OR environment = 'live')),
    key_check TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE TABLE settings (
    name TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE number_sequences (
    name TEXT PRIMARY KEY,
    next_value INTEGER NOT NULL CHECK (next_value > 0)
);
INSERT INTO number_sequences (name, next_value) VALUES ('invoice', 1), ('credit_note', 1);

CREATE TABLE customers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL CHECK (length(name) > 0),
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    vat_number TEXT NOT NULL DEFAULT '',
    archived_at TEXT,
    anonymised_at TEXT,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX customers_name ON customers (name COLLATE NOCASE);
CREATE INDEX customers_email ON customers (email COLLATE NOCASE);

-- Each customer's key for personal data in audit entries, sealed under the ledger key.
-- Anonymising deletes the row, which makes that personal data unreadable for good.
CREATE TABLE customer_keys (
    customer_id INTEGER PRIMARY KEY REFERENCES customers (id),
    sealed_key BLOB NOT NULL
);

CREATE TABLE invoices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT UNIQUE,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    status TEXT NOT NULL CHECK ((status = 'draft' OR status = 'open' OR status = 'paid' OR status = 'partially_refunded' OR status = 'refunded' OR status = 'void')),
    environment TEXT NOT NULL CHECK ((environment = 'sandbox' OR environment = 'live')),
    prices_include_vat INTEGER NOT NULL DEFAULT 0 CHECK ((prices_include_vat = 0 OR prices_include_vat = 1)),
    tax_invoice INTEGER NOT NULL DEFAULT 0 CHECK ((tax_invoice = 0 OR tax_invoice = 1)),
    issue_date TEXT,
    due_date TEXT,
    subtotal INTEGER NOT NULL DEFAULT 0,
    vat INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0 CHECK (total >= 0),
    amount_paid INTEGER NOT NULL DEFAULT 0 CHECK (amount_paid >= 0),
    amount_refunded INTEGER NOT NULL DEFAULT 0 CHECK (amount_refunded >= 0 AND amount_refunded <= amount_paid),
    amount_credited INTEGER NOT NULL DEFAULT 0 CHECK (amount_credited >= 0),
    amount_written_off INTEGER NOT NULL DEFAULT 0 CHECK (amount_written_off >= 0),
    created_at TEXT NOT NULL,
    issued_at TEXT,
    updated_at TEXT NOT NULL,
    CHECK ((status = 'draft') = (number IS NULL) OR status = 'void'),
    CHECK (subtotal + vat = total)
);
CREATE INDEX invoices_status_due ON invoices (status, due_date);
CREATE INDEX invoices_customer ON invoices (customer_id);
CREATE INDEX invoices_issue_date ON invoices (issue_date);

CREATE TABLE invoice_lines (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    position INTEGER NOT NULL,
    description TEXT NOT NULL CHECK (length(description) > 0),
    quantity_milli INTEGER NOT NULL CHECK (quantity_milli > 0),
    unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
    vat_rate_bp INTEGER NOT NULL CHECK (vat_rate_bp BETWEEN 0 AND 10000),
    net INTEGER NOT NULL,
    vat INTEGER NOT NULL,
    gross INTEGER NOT NULL,
    UNIQUE (invoice_id, position),
    CHECK (net + vat = gross)
);

-- One row per attempt to collect money for an invoice (or a card-saving checkout with none).
CREATE TABLE checkouts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    invoice_id INTEGER REFERENCES invoices (id),
    provider TEXT NOT NULL CHECK ((provider = 'payfast' OR provider = 'stripe')),
    m_payment_id TEXT NOT NULL UNIQUE,
    link_token TEXT NOT NULL UNIQUE,
    provider_session_id TEXT,
    amount INTEGER NOT NULL CHECK (amount >= 0),
    tokenize INTEGER NOT NULL DEFAULT 0 CHECK ((tokenize = 0 OR tokenize = 1)),
    environment TEXT NOT NULL CHECK ((environment = 'sandbox' OR environment = 'live')),
    status TEXT NOT NULL CHECK ((status = 'pending' OR status = 'paid' OR status = 'failed' OR status = 'closed' OR status = 'expired')),
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX checkouts_invoice ON checkouts (invoice_id, status);

-- A payment or a refund. One row per (provider, provider_id), whatever booked it.
CREATE TABLE transactions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL CHECK ((kind = 'payment' OR kind = 'refund')),
    provider TEXT NOT NULL CHECK ((provider = 'payfast' OR provider = 'stripe' OR provider = 'manual')),
    provider_id TEXT NOT NULL,
    environment TEXT NOT NULL CHECK ((environment = 'sandbox' OR environment = 'live')),
    status TEXT NOT NULL CHECK ((status = 'pending' OR status = 'complete' OR status = 'failed' OR status = 'cancelled' OR status = 'unknown')),
    method TEXT CHECK (method IS NULL OR (method = 'cash' OR method = 'eft' OR method = 'card')),
    invoice_id INTEGER REFERENCES invoices (id),
    checkout_id INTEGER REFERENCES checkouts (id),
    m_payment_id TEXT,
    refund_of INTEGER REFERENCES transactions (id),
    gross INTEGER NOT NULL CHECK (gross >= 0),
    fee INTEGER NOT NULL DEFAULT 0 CHECK (fee >= 0),
    net INTEGER NOT NULL,
    written_off INTEGER NOT NULL DEFAULT 0 CHECK (written_off >= 0),
    unallocated_reason TEXT,
    amounts_mismatch INTEGER NOT NULL DEFAULT 0 CHECK ((amounts_mismatch = 0 OR amounts_mismatch = 1)),
    reference TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (provider, provider_id),
    CHECK ((kind = 'refund') = (refund_of IS NOT NULL)),
    CHECK (net = gross - fee)
);
CREATE INDEX transactions_invoice ON transactions (invoice_id);
CREATE INDEX transactions_created ON transactions (created_at);
CREATE INDEX transactions_refund_of ON transactions (refund_of);
CREATE INDEX transactions_unallocated ON transactions (created_at) WHERE unallocated_reason IS NOT NULL;

-- What moved a transaction: created, confirmed, allocated, refunded...
CREATE TABLE transaction_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    transaction_id INTEGER NOT NULL REFERENCES transactions (id),
    event TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX transaction_events_transaction ON transaction_events (transaction_id);

CREATE TABLE credit_notes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT NOT NULL UNIQUE,
    invoice_id INTEGER NOT NULL REFERENCES invoices (id),
    refund_transaction_id INTEGER NOT NULL UNIQUE REFERENCES transactions (id),
    subtotal INTEGER NOT NULL,
    vat INTEGER NOT NULL,
    total INTEGER NOT NULL CHECK (total > 0),
    reason TEXT NOT NULL,
    created_at TEXT NOT NULL,
    CHECK (subtotal + vat = total)
);
CREATE INDEX credit_notes_invoice ON credit_notes (invoice_id);

CREATE TABLE credit_note_lines (
    credit_note_id INTEGER NOT NULL REFERENCES credit_notes (id),
    invoice_line_id INTEGER NOT NULL REFERENCES invoice_lines (id),
    net INTEGER NOT NULL,
    vat INTEGER NOT NULL,
    gross INTEGER NOT NULL,
    PRIMARY KEY (credit_note_id, invoice_line_id)
);

-- The audit chain: each entry's mac is HMAC-SHA256 over the previous mac and a
-- canonical form of itself. Rows are never changed or removed.
CREATE TABLE audit_log (
    seq INTEGER PRIMARY KEY,
    created_at TEXT NOT NULL,
    os_user TEXT NOT NULL,
    desktop TEXT NOT NULL,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    customer_id INTEGER,
    before_data TEXT NOT NULL,
    after_data TEXT NOT NULL,
    prev_mac TEXT NOT NULL,
    mac TEXT NOT NULL
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'the audit log is append-only');
END;

-- The chain head, locked while appending so two writers never fork the chain.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    mac TEXT NOT NULL
);
INSERT INTO audit_head (id, seq, mac) VALUES (1, 0, '');
