// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payfast/Reconciliation.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace imali
{

class ConsoleContext;

/**
 * The Reconcile page: compares the books with PayFast's history for a
 * period of days (with progress and Cancel) and lists each difference:
 * a payment missing from the books, one PayFast does not know, or amounts
 * that differ. A missing payment can be booked after a confirmation; it
 * lands on the same row its late ITN would.
 */
class ReconcileView : public QWidget
{
    Q_OBJECT

public:
    explicit ReconcileView(ConsoleContext& context, QWidget* parent = nullptr);

    bool isRunning() const { return m_reconciliation != nullptr; }
    /// The period shown (Johannesburg days, inclusive).
    void setPeriod(QDate from, QDate to);

signals:
    /// A missing payment was booked: other pages may refresh.
    void booksChanged();

public slots:
    void run();
    void cancel();
    /// Asks for confirmation, then books the selected missing payment.
    void bookSelected();

private:
    void showReport(const ReconciliationReport& report);
    void finish(const QString& message);
    void updateActions();

    ConsoleContext& m_context;
    Reconciliation* m_reconciliation = nullptr;
    QList<ReconciliationDifference> m_differences;

    QDateEdit* m_from;
    QDateEdit* m_to;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    QLabel* m_summary;
    QTreeWidget* m_table;
    QPushButton* m_book;
};

} // namespace imali
