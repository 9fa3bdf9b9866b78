// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QAction;

namespace imali
{

class ConsoleContext;
class InvoiceDetailPane;
class InvoiceTableModel;

/**
 * The invoices page: search, status and period filters over a table that
 * fetches a page at a time, the selected invoice's details, and the actions
 * on it (new, edit, issue, void, duplicate, request payment).
 */
class InvoicesView : public QWidget
{
    Q_OBJECT

public:
    explicit InvoicesView(ConsoleContext& context, QWidget* parent = nullptr);

    InvoiceTableModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    qint64 selectedInvoiceId() const;
    void selectInvoice(qint64 id);
    /// Writes the selected invoice's PDF (with its Pay now QR code); false and \a problem when it can't.
    bool writeInvoicePdf(const QString& file, QString* problem);

public slots:
    void refresh();
    void newInvoice();
    void requestPayment();
    /// Opens the charge dialog for the selected open invoice's customer's saved cards.
    void chargeSavedCard();

private:
    void applyFilter();
    void showSelected();
    void editSelected();
    void issueSelected();
    void voidSelected();
    void duplicateSelected();
    void saveInvoicePdf();
    void updateActions();
    void report(const QString& message);

    ConsoleContext& m_context;
    InvoiceTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    InvoiceDetailPane* m_detail = nullptr;
    QLineEdit* m_search = nullptr;
    QComboBox* m_status = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_message = nullptr;
    QTimer* m_searchDelay = nullptr;
    QAction* m_edit = nullptr;
    QAction* m_issue = nullptr;
    QAction* m_void = nullptr;
    QAction* m_duplicate = nullptr;
    QAction* m_request = nullptr;
    QAction* m_chargeCard = nullptr;
};

} // namespace imali
