// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace imali
{

class Ledger;
class TakingsChart;

/**
 * The console's first page: today's and this month's takings, what is
 * outstanding and overdue, a chart of the last 30 days' net takings, the
 * latest payments and how many exceptions wait, plus which ledger is open.
 * Every figure comes from core's DashboardQuery; refresh() reads them again.
 */
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Ledger& ledger, QWidget* parent = nullptr);

public slots:
    void refresh();

private:
    Ledger& m_ledger;
    QLabel* m_today = nullptr;
    QLabel* m_month = nullptr;
    QLabel* m_outstanding = nullptr;
    QLabel* m_overdue = nullptr;
    QLabel* m_exceptions = nullptr;
    QLabel* m_message = nullptr;
    TakingsChart* m_chart = nullptr;
    QTableWidget* m_latest = nullptr;
};

} // namespace imali
