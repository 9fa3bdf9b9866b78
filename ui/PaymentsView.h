// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace imali
{

class ConsoleContext;
class Ledger;
class PaymentsModel;

/**
 * The Payments page: every payment and refund, filtered by date range,
 * status, provider and method in SQL and fetched in pages as the table
 * scrolls; a detail pane with gross, fee, net, the history and the
 * notifications behind the selected payment (redacted fields only); and
 * the dialogs that record a manual payment or a hand-recorded refund.
 */
class PaymentsView : public QWidget
{
    Q_OBJECT

public:
    explicit PaymentsView(Ledger& ledger, QWidget* parent = nullptr);

    PaymentsModel* model() const { return m_model; }
    /// Enables refunds through PayFast, which need the console's PayFast settings.
    void setConsoleContext(ConsoleContext* context);

signals:
    /// Money was recorded from this page (a manual payment or a refund): other pages may refresh.
    void booksChanged();

public slots:
    /// Reloads the list with the current filter and order, keeping the selected payment when loaded.
    void refresh();
    /// Opens the manual payment dialog.
    void recordManualPayment();
    /// Opens the refund dialog for the selected payment (a completed manual payment).
    void recordRefund();
    /// Opens the PayFast refund dialog for the selected payment (a completed PayFast payment).
    void refundThroughPayFast();

private:
    void applyFilter();
    void showDetail();
    void showNotificationFields();
    qint64 selectedPaymentId() const;
    void select(qint64 id);

    Ledger& m_ledger;
    PaymentsModel* m_model;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_status;
    QComboBox* m_provider;
    QComboBox* m_method;
    QLabel* m_count;
    QLabel* m_error;
    QTableView* m_table;
    QLabel* m_detailHeading;
    QLabel* m_gross;
    QLabel* m_fee;
    QLabel* m_net;
    QLabel* m_refunded;
    QLabel* m_invoice;
    QLabel* m_reference;
    QTreeWidget* m_events;
    QTreeWidget* m_notifications;
    QTreeWidget* m_fields;
    QPushButton* m_recordPayment;
    QPushButton* m_recordRefund;
    QPushButton* m_payFastRefund;
    ConsoleContext* m_context = nullptr;
};

} // namespace imali
