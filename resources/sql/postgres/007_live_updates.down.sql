DROP TRIGGER refused_signed_notify ON refused_signed;
DROP TRIGGER notifications_notify ON notifications;
DROP TRIGGER audit_head_notify ON audit_head;
DROP FUNCTION imali_notify_books();
