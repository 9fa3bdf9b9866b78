DROP TABLE reconciliation_runs;
DROP INDEX payment_methods_one_default;
DROP INDEX checkouts_one_charge_in_flight;
ALTER TABLE checkouts DROP COLUMN payment_method_id;
ALTER TABLE checkouts DROP COLUMN customer_id;
