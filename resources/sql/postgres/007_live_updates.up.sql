-- Live updates: every committed change to the books, the ITN log or the refused senders wakes the
-- consoles LISTENing on channel imali_books. PostgreSQL delivers a NOTIFY only when its transaction
-- commits (a rolled-back write wakes nobody) and folds repeats within one transaction into one.
-- Every change to money, customers or configuration appends to the audit chain, so audit_head
-- covers the books whoever wrote them (a console, imalictl serve, another desktop).
CREATE FUNCTION imali_notify_books() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('imali_books', TG_TABLE_NAME);
    RETURN NULL;
END;
$$;
CREATE TRIGGER audit_head_notify AFTER INSERT OR UPDATE ON audit_head FOR EACH STATEMENT EXECUTE FUNCTION imali_notify_books();
CREATE TRIGGER notifications_notify AFTER INSERT OR UPDATE ON notifications FOR EACH STATEMENT EXECUTE FUNCTION imali_notify_books();
CREATE TRIGGER refused_signed_notify AFTER INSERT OR UPDATE ON refused_signed FOR EACH STATEMENT EXECUTE FUNCTION imali_notify_books();
