DROP TABLE refund_marks;
