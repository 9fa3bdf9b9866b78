-- Saved payment methods: PayFast tokens from tokenization checkouts, sealed under the ledger key.
CREATE TABLE payment_methods (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    customer_id INTEGER NOT NULL REFERENCES customers (id),
    provider TEXT NOT NULL CHECK ((provider = 'payfast' OR provider = 'stripe')),
    token_hash TEXT NOT NULL UNIQUE,
    sealed_token BLOB,
    last4 TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    is_default INTEGER NOT NULL DEFAULT 0 CHECK ((is_default = 0 OR is_default = 1)),
    status TEXT NOT NULL DEFAULT 'active' CHECK ((status = 'active' OR status = 'removed')),
    created_at TEXT NOT NULL,
    removed_at TEXT
);
CREATE INDEX payment_methods_customer ON payment_methods (customer_id, status);
