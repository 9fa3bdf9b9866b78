// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardView.h"

#include "Clock.h"
#include "Ledger.h"
#include "TakingsChart.h"
#include "queries/DashboardQuery.h"
#include "security/KeyStore.h"

#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace imali
{

namespace
{

QString takingsText(const Takings& t)
{
    return DashboardView::tr("Gross R %1\nFees R %2\nNet R %3\n%n payment(s)", nullptr, t.payments)
        .arg(t.gross.toString(), t.fee.toString(), t.net.toString());
}

/// A titled box with one selectable label; the label carries \a name for tests and screen readers.
QLabel* figureBox(QGridLayout* grid, int column, const QString& title, const QString& name, QWidget* parent)
{
    auto* box = new QGroupBox(title, parent);
    auto* label = new QLabel(box);
    label->setObjectName(name);
    label->setAccessibleName(title);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setFocusPolicy(Qt::TabFocus);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    auto* layout = new QVBoxLayout(box);
    layout->addWidget(label);
    grid->addWidget(box, 0, column);
    return label;
}

} // namespace

DashboardView::DashboardView(Ledger& ledger, QWidget* parent) : QWidget(parent), m_ledger(ledger)
{
    setObjectName(QStringLiteral("dashboardView"));
    auto* layout = new QVBoxLayout(this);

    auto* summary = new QLabel(this);
    summary->setObjectName(QStringLiteral("ledgerSummary"));
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    summary->setText(tr("Ledger %1 (%2) · Database: %3 · Ledger key: %4")
                         .arg(ledger.ledgerId(), toString(ledger.environment()),
                              ledger.location().url.display(), ledger.keys().describe()));
    summary->setAccessibleName(tr("Ledger"));
    summary->setWordWrap(true);
    layout->addWidget(summary);

    auto* grid = new QGridLayout;
    m_today = figureBox(grid, 0, tr("Today"), QStringLiteral("todayTakings"), this);
    m_month = figureBox(grid, 1, tr("This month"), QStringLiteral("monthTakings"), this);
    m_outstanding = figureBox(grid, 2, tr("Outstanding"), QStringLiteral("outstanding"), this);
    m_overdue = figureBox(grid, 3, tr("Overdue"), QStringLiteral("overdue"), this);
    m_exceptions = figureBox(grid, 4, tr("Exceptions"), QStringLiteral("openExceptions"), this);
    layout->addLayout(grid);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dashboardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    m_chart = new TakingsChart(this);
    m_chart->setAccessibleName(tr("Net takings of the last 30 days"));
    layout->addWidget(m_chart, 2);

    auto* latestTitle = new QLabel(tr("Latest payments"), this);
    layout->addWidget(latestTitle);
    m_latest = new QTableWidget(0, 4, this);
    m_latest->setObjectName(QStringLiteral("latestPayments"));
    m_latest->setAccessibleName(tr("Latest payments"));
    m_latest->setHorizontalHeaderLabels({tr("When"), tr("Provider"), tr("Invoice"), tr("Amount (R)")});
    m_latest->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_latest->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_latest->verticalHeader()->hide();
    m_latest->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    latestTitle->setBuddy(m_latest);
    layout->addWidget(m_latest, 1);

    refresh();
}

void DashboardView::refresh()
{
    auto figures = DashboardQuery(m_ledger).figures(Clock::today());
    if (!figures) {
        m_message->setText(tr("The figures could not be read: %1").arg(figures.error().message));
        m_message->show();
        return;
    }
    m_message->hide();
    const DashboardFigures& f = *figures;
    m_today->setText(takingsText(f.todays));
    m_month->setText(takingsText(f.thisMonth));
    m_outstanding->setText(
        tr("R %1\n%n open invoice(s)", nullptr, f.openInvoices).arg(f.outstanding.toString()));
    m_overdue->setText(
        tr("R %1\n%n invoice(s) past due", nullptr, f.overdueInvoices).arg(f.overdue.toString()));
    m_exceptions->setText(tr("%n payment(s) to allocate", nullptr, f.openExceptions));
    m_chart->setDays(f.last30Days, f.today);

    m_latest->setRowCount(int(f.latestPayments.size()));
    for (int row = 0; row < f.latestPayments.size(); ++row) {
        const RecentPayment& p = f.latestPayments.at(row);
        const QDateTime at =
            Clock::fromStorage(p.createdAt).toOffsetFromUtc(Clock::JohannesburgOffsetSeconds);
        auto* amount = new QTableWidgetItem(p.gross.toString());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_latest->setItem(row, 0, new QTableWidgetItem(at.toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        m_latest->setItem(row, 1, new QTableWidgetItem(p.provider));
        m_latest->setItem(
            row, 2, new QTableWidgetItem(p.invoiceNumber.isEmpty() ? tr("unallocated") : p.invoiceNumber));
        m_latest->setItem(row, 3, amount);
    }
}

} // namespace imali
