// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReconcileView.h"

#include "Clock.h"
#include "ConfirmBox.h"
#include "ConsoleContext.h"
#include "payfast/PayFastApiClient.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imali
{

namespace
{
QString kindText(ReconciliationDifference::Kind kind)
{
    switch (kind) {
    case ReconciliationDifference::Kind::MissingFromLedger:
        return ReconcileView::tr("Missing from the books");
    case ReconciliationDifference::Kind::UnknownToPayFast:
        return ReconcileView::tr("Unknown to PayFast");
    case ReconciliationDifference::Kind::AmountsDiffer:
        return ReconcileView::tr("Amounts differ");
    }
    return {};
}
} // namespace

ReconcileView::ReconcileView(ConsoleContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_run(new QPushButton(tr("&Run"), this))
    , m_cancel(new QPushButton(tr("&Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_summary(new QLabel(this))
    , m_table(new QTreeWidget(this))
    , m_book(new QPushButton(tr("&Book this payment…"), this))
{
    setObjectName(QStringLiteral("reconcileView"));
    auto setUpDate = [](QDateEdit* edit, const QString& name, const QString& accessible) {
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    };
    setUpDate(m_from, QStringLiteral("reconcileFrom"), tr("From day"));
    setUpDate(m_to, QStringLiteral("reconcileTo"), tr("To day"));
    setPeriod(Clock::today().addDays(-Reconciliation::CatchUpDays), Clock::today());
    m_run->setObjectName(QStringLiteral("runReconciliation"));
    m_cancel->setObjectName(QStringLiteral("cancelReconciliation"));
    m_cancel->setEnabled(false);
    m_progress->setObjectName(QStringLiteral("reconcileProgress"));
    m_progress->setRange(0, 0); // PayFast does not say how many pages there are
    m_progress->hide();
    m_summary->setObjectName(QStringLiteral("reconcileSummary"));
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Choose the days and press Run to compare the books with PayFast's history."));
    m_table->setObjectName(QStringLiteral("differences"));
    m_table->setAccessibleName(tr("Differences"));
    m_table->setRootIsDecorated(false);
    m_table->setHeaderLabels({tr("Difference"), tr("PayFast id"), tr("Date"), tr("Detail")});
    m_table->header()->setStretchLastSection(true);
    m_book->setObjectName(QStringLiteral("bookMissing"));
    m_book->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("From:"), this));
    top->addWidget(m_from);
    top->addWidget(new QLabel(tr("To:"), this));
    top->addWidget(m_to);
    top->addWidget(m_run);
    top->addWidget(m_cancel);
    top->addWidget(m_progress, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addStretch();
    bottom->addWidget(m_book);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addLayout(bottom);

    connect(m_run, &QPushButton::clicked, this, &ReconcileView::run);
    connect(m_cancel, &QPushButton::clicked, this, &ReconcileView::cancel);
    connect(m_book, &QPushButton::clicked, this, &ReconcileView::bookSelected);
    connect(m_table, &QTreeWidget::currentItemChanged, this, &ReconcileView::updateActions);
}

void ReconcileView::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void ReconcileView::run()
{
    if (m_reconciliation)
        return;
    auto api = m_context.createPayFastApi(this);
    if (!api)
        return finish(tr("Can't ask PayFast: %1").arg(api.error().message));
    PayFastApiClient* client = *api;
    m_reconciliation = new Reconciliation(m_context.ledger(), *client, client);
    connect(m_reconciliation, &Reconciliation::progress, this, [this](int pages, int rows) {
        m_summary->setText(tr("Fetched %1 page(s), %2 row(s) of PayFast's history…").arg(pages).arg(rows));
    });
    m_run->setEnabled(false);
    m_cancel->setEnabled(true);
    m_progress->show();
    m_summary->setText(tr("Asking PayFast for its history…"));
    m_reconciliation->run(m_from->date(), m_to->date(), Reconciliation::Booking::ReportOnly,
                          [this, client](Result<ReconciliationReport> report) {
                              client->deleteLater(); // owns the reconciliation, whose callback this is
                              m_reconciliation = nullptr;
                              if (!report)
                                  return finish(tr("Not reconciled: %1").arg(report.error().message));
                              showReport(*report);
                              finish(m_summary->text());
                              if (!report->settledRefunds.isEmpty())
                                  emit booksChanged();
                          });
}

void ReconcileView::cancel()
{
    if (m_reconciliation)
        m_reconciliation->cancel();
}

void ReconcileView::finish(const QString& message)
{
    m_run->setEnabled(true);
    m_cancel->setEnabled(false);
    m_progress->hide();
    m_summary->setText(message);
    updateActions();
}

void ReconcileView::showReport(const ReconciliationReport& report)
{
    m_differences = report.differences;
    m_table->clear();
    for (int i = 0; i < m_differences.size(); ++i) {
        const ReconciliationDifference& d = m_differences.at(i);
        QString date;
        if (d.payfast)
            date = d.payfast->date.toString(Qt::ISODate);
        else if (d.ledger)
            date = d.ledger->createdAt.left(10);
        auto* item = new QTreeWidgetItem(m_table, {kindText(d.kind), d.pfPaymentId, date, d.detail});
        item->setData(0, Qt::UserRole, i);
    }
    QString text = tr("%1 to %2: PayFast has %3 payment(s), the books %4; %5 agree, %6 difference(s).")
                       .arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate))
                       .arg(report.payfastPayments)
                       .arg(report.ledgerPayments)
                       .arg(report.matched)
                       .arg(report.differences.size());
    if (!report.problems.isEmpty())
        text += QLatin1Char(' ') + report.problems.join(QLatin1Char(' '));
    m_summary->setText(text);
}

void ReconcileView::updateActions()
{
    const QTreeWidgetItem* item = m_table->currentItem();
    const int i = item ? item->data(0, Qt::UserRole).toInt() : -1;
    m_book->setEnabled(!m_reconciliation && i >= 0 && i < m_differences.size()
                       && m_differences.at(i).kind == ReconciliationDifference::Kind::MissingFromLedger
                       && m_differences.at(i).payfast.has_value());
}

void ReconcileView::bookSelected()
{
    const QTreeWidgetItem* item = m_table->currentItem();
    if (!item || !m_book->isEnabled())
        return;
    const int i = item->data(0, Qt::UserRole).toInt();
    const PayFastHistoryEntry entry = *m_differences.at(i).payfast;
    confirmThen(
        this, QStringLiteral("bookConfirmation"), tr("Book a payment"),
        tr("Book PayFast payment %1 of %2 (%3) into the books? It is booked as its late ITN would be.")
            .arg(entry.pfPaymentId, entry.gross.toDisplayString(), entry.date.toString(Qt::ISODate)),
        [this, entry, i] {
            // A short-lived client: booking asks nothing of PayFast, Reconciliation just needs one.
            auto api = m_context.createPayFastApi(this);
            if (!api)
                return finish(tr("Not booked: %1").arg(api.error().message));
            Reconciliation reconciliation(m_context.ledger(), **api);
            auto booked = reconciliation.bookMissing(entry);
            (*api)->deleteLater();
            if (!booked)
                return finish(tr("Not booked: %1").arg(booked.error().message));
            if (i < m_differences.size() && m_differences.at(i).pfPaymentId == entry.pfPaymentId) {
                m_differences.removeAt(i);
                delete m_table->topLevelItem(i);
                for (int row = 0; row < m_table->topLevelItemCount(); ++row)
                    m_table->topLevelItem(row)->setData(0, Qt::UserRole, row);
            }
            finish(tr("PayFast payment %1: %2.").arg(entry.pfPaymentId, booked->outcome));
            emit booksChanged();
        });
}

} // namespace imali
