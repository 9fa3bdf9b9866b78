DROP TABLE refused_requests;
DROP TABLE refused_signed;
DROP TABLE notifications;
