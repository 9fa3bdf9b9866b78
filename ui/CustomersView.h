// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;
class QTreeWidget;

namespace imali
{

class CustomersModel;
class ConsoleContext;
class Ledger;

/**
 * The Customers page: a search over name and email, add and edit with
 * checks as you type, archive, anonymise (POPIA, after a confirmation that
 * says it cannot be undone), and the selected customer's invoices with the
 * balance they owe.
 */
class CustomersView : public QWidget
{
    Q_OBJECT

public:
    explicit CustomersView(Ledger& ledger, QWidget* parent = nullptr);
    /// Enables the saved-cards dialog, which needs the console's PayFast settings.
    void setConsoleContext(ConsoleContext* context);

    CustomersModel* model() const { return m_model; }

signals:
    /// A customer was added, edited, archived or anonymised: other pages may refresh.
    void booksChanged();
    /// The person asked to open one of the customer's invoices (double-click in the summary).
    void invoiceActivated(qint64 invoiceId);

public slots:
    /// Runs the search again and re-reads the selected customer's summary.
    void refresh();
    void newCustomer();
    void editSelected();
    /// Asks for confirmation, then archives the selected customer.
    void archiveSelected();
    /// Asks for confirmation (it cannot be undone), then anonymises the selected customer.
    void anonymiseSelected();
    /// Opens the selected customer's saved cards.
    void showSavedCards();

private:
    qint64 selectedId() const;
    void select(qint64 id);
    void search();
    void showSummary();
    void showError(const QString& message);
    /// A Yes/No question that does not block: \a onYes runs when Yes is chosen.
    void confirm(const QString& objectName, const QString& title, const QString& text,
                 const std::function<void()>& onYes);

    Ledger& m_ledger;
    CustomersModel* m_model;
    QLineEdit* m_search;
    QCheckBox* m_showArchived;
    QTableView* m_table;
    QLabel* m_error;
    QLabel* m_name;
    QLabel* m_balance;
    QLabel* m_overdue;
    QTreeWidget* m_invoices;
    QPushButton* m_new;
    QPushButton* m_edit;
    QPushButton* m_archive;
    QPushButton* m_anonymise;
    QPushButton* m_cards;
    ConsoleContext* m_context = nullptr;
};

} // namespace imali
