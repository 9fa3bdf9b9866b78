DROP INDEX customers_sort_name;
DROP INDEX invoices_sort_status_number;
DROP INDEX invoices_sort_status;
DROP INDEX invoices_sort_balance;
DROP INDEX invoices_sort_total;
DROP INDEX invoices_sort_due;
DROP INDEX invoices_sort_issue;
DROP INDEX invoices_sort_number;
