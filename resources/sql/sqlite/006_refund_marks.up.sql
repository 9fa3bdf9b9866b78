-- Unallocated payments the merchant decided to give back rather than allocate: the mark keeps
-- them out of allocation until a refund (by hand or through the provider's API) is recorded.
CREATE TABLE refund_marks (
    transaction_id INTEGER PRIMARY KEY REFERENCES transactions (id),
    reason TEXT NOT NULL CHECK (length(reason) > 0),
    marked_at TEXT NOT NULL
);
