-- The console's invoice list sorts by any column a page at a time (core/queries/InvoiceQuery):
-- one index per sort key, on exactly the expression the query orders by, drafts' NULLs folded to ''.
CREATE INDEX invoices_sort_number ON invoices ((COALESCE(number, '')));
CREATE INDEX invoices_sort_issue ON invoices ((COALESCE(issue_date, '')));
CREATE INDEX invoices_sort_due ON invoices ((COALESCE(due_date, '')));
CREATE INDEX invoices_sort_total ON invoices (total);
CREATE INDEX invoices_sort_balance ON invoices ((total - amount_credited - amount_paid - amount_written_off + amount_refunded));
CREATE INDEX invoices_sort_status ON invoices (status);
-- A status filter on the default order (number) walks one index instead of sorting every match,
-- and the customer order walks customers by name, then each one's invoices (invoices_customer).
CREATE INDEX invoices_sort_status_number ON invoices (status, (COALESCE(number, '')));
CREATE INDEX customers_sort_name ON customers (name, id);
