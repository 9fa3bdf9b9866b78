// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reconciliation.h"

#include "Clock.h"
#include "Ledger.h"
#include "PayFastApiClient.h"
#include "PayFastRefunds.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QPointer>

namespace imali
{

QString toString(ReconciliationDifference::Kind kind)
{
    switch (kind) {
    case ReconciliationDifference::Kind::MissingFromLedger:
        return QStringLiteral("missing");
    case ReconciliationDifference::Kind::UnknownToPayFast:
        return QStringLiteral("unknown");
    case ReconciliationDifference::Kind::AmountsDiffer:
        return QStringLiteral("differs");
    }
    return {};
}

int ReconciliationReport::count(ReconciliationDifference::Kind kind) const
{
    return static_cast<int>(
        std::count_if(differences.cbegin(), differences.cend(),
                      [kind](const ReconciliationDifference& d) { return d.kind == kind; }));
}

Reconciliation::Reconciliation(Ledger& ledger, PayFastApiClient& api, QObject* parent)
    : QObject(parent), m_ledger(ledger), m_api(api), m_refunds(new PayFastRefunds(ledger, api, this))
{
}

void Reconciliation::run(QDate from, QDate to, Booking booking,
                         std::function<void(Result<ReconciliationReport>)> done)
{
    if (m_running)
        return done(Error::conflict(tr("a reconciliation is already running")));
    if (!from.isValid() || !to.isValid())
        return done(Error::validation(tr("a reconciliation needs a first and a last day (YYYY-MM-DD)")));
    if (from > to)
        return done(Error::validation(tr("the first day %1 is after the last day %2")
                                          .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))));
    if (from.daysTo(to) >= MaxDays)
        return done(
            Error::validation(tr("a reconciliation covers at most %1 days; split the period").arg(MaxDays)));
    m_running = true;
    m_cancelled = false;
    m_booking = booking;
    m_done = std::move(done);
    m_report = ReconciliationReport();
    m_report.from = from;
    m_report.to = to;
    m_history.clear();
    m_pages = 0;
    m_startedAt = Clock::toStorage(Clock::nowUtc());
    fetchPage(0);
}

void Reconciliation::catchUp(Booking booking, std::function<void(Result<ReconciliationReport>)> done)
{
    auto last = lastReconciledDay();
    if (!last)
        return done(last.error());
    const QDate today = Clock::today();
    // The last run's final day may have been covered only in part: start again from it.
    QDate from = last->value_or(today.addDays(-CatchUpDays));
    if (from > today)
        from = today;
    if (from.daysTo(today) >= MaxDays)
        from = today.addDays(-(MaxDays - 1));
    m_settleRefunds = true;
    run(from, today, booking, std::move(done));
}

Result<std::optional<QDate>> Reconciliation::lastReconciledDay()
{
    Sql q(m_ledger.db(), QStringLiteral("SELECT MAX(to_day) FROM reconciliation_runs"));
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return std::optional<QDate>();
    return std::optional<QDate>(QDate::fromString(q.text(0), Qt::ISODate));
}

void Reconciliation::fetchPage(int offset)
{
    if (m_cancelled)
        return finishRun(Error::runtime(tr("the reconciliation was cancelled; nothing was recorded")));
    PayFastApiCall call;
    call.path = QStringLiteral("/transactions/history");
    call.query = {{QStringLiteral("from"), m_report.from.toString(Qt::ISODate)},
                  {QStringLiteral("to"), m_report.to.toString(Qt::ISODate)},
                  {QStringLiteral("offset"), QString::number(offset)},
                  {QStringLiteral("limit"), QString::number(PageSize)}};
    QPointer<Reconciliation> self(this);
    m_api.send(call, [self, offset](const PayFastApiReply& reply) {
        if (!self)
            return;
        if (!reply.succeeded())
            return self->finishRun(
                PayFastApiClient::errorFor(reply, tr("fetching PayFast's transaction history")));
        auto page = PayFastHistory::parse(reply.body);
        if (!page)
            return self->finishRun(page.error());
        self->m_history.append(*page);
        ++self->m_pages;
        emit self->progress(self->m_pages, static_cast<int>(self->m_history.size()));
        if (page->size() >= PageSize)
            return self->fetchPage(offset + PageSize);
        self->compare();
    });
}

void Reconciliation::compare()
{
    Database& db = m_ledger.db();
    QHash<QString, PayFastHistoryEntry> payfast;
    for (const PayFastHistoryEntry& e : std::as_const(m_history))
        if (e.isPayment())
            payfast.insert(e.pfPaymentId, e);
    m_report.payfastPayments = static_cast<int>(payfast.size());

    for (const PayFastHistoryEntry& e : std::as_const(m_history)) {
        if (!e.isPayment())
            continue;
        Sql q(db, SelectTransaction + QStringLiteral(" WHERE provider = 'payfast' AND provider_id = :id"));
        q.bind(QStringLiteral(":id"), e.pfPaymentId);
        if (Status s = q.exec(); !s)
            return finishRun(s.error());
        ReconciliationDifference d;
        d.pfPaymentId = e.pfPaymentId;
        d.payfast = e;
        if (!q.next() || transactionFromRow(q).status != QLatin1String("complete")) {
            d.kind = ReconciliationDifference::Kind::MissingFromLedger;
            d.detail = tr("PayFast received %1 (fee %2) on %3 for %4; the ledger has no completed payment %5")
                           .arg(e.gross.toString(), e.fee.toString(), e.date.toString(Qt::ISODate),
                                e.mPaymentId.isEmpty() ? tr("no m_payment_id") : e.mPaymentId, e.pfPaymentId);
            m_report.differences.append(d);
            continue;
        }
        const Transaction t = transactionFromRow(q);
        d.ledger = t;
        if (t.gross != e.gross || t.fee != e.fee) {
            d.kind = ReconciliationDifference::Kind::AmountsDiffer;
            QStringList parts;
            if (t.gross != e.gross)
                parts << tr("gross %1 at PayFast, %2 in the ledger")
                             .arg(e.gross.toString(), t.gross.toString());
            if (t.fee != e.fee)
                parts << tr("fee %1 at PayFast, %2 in the ledger").arg(e.fee.toString(), t.fee.toString());
            d.detail = tr("payment %1: %2").arg(e.pfPaymentId, parts.join(QStringLiteral("; ")));
            m_report.differences.append(d);
        } else {
            ++m_report.matched;
        }
    }

    Sql ledger(
        db,
        SelectTransaction
            + QStringLiteral(" WHERE kind = 'payment' AND provider = 'payfast' AND status = 'complete' "
                             "AND environment = :env AND created_at >= :from AND created_at < :to "
                             "ORDER BY created_at, id"));
    ledger.bind(QStringLiteral(":env"), toString(m_ledger.environment()))
        .bind(QStringLiteral(":from"), Clock::toStorage(Clock::startOfDayUtc(m_report.from)))
        .bind(QStringLiteral(":to"), Clock::toStorage(Clock::startOfDayUtc(m_report.to.addDays(1))));
    if (Status s = ledger.exec(); !s)
        return finishRun(s.error());
    while (ledger.next()) {
        const Transaction t = transactionFromRow(ledger);
        ++m_report.ledgerPayments;
        if (payfast.contains(t.providerId))
            continue;
        ReconciliationDifference d;
        d.kind = ReconciliationDifference::Kind::UnknownToPayFast;
        d.pfPaymentId = t.providerId;
        d.ledger = t;
        d.detail = tr("the ledger has PayFast payment %1 of %2 (transaction %3, %4); PayFast's history for "
                      "the period does not")
                       .arg(t.providerId, t.gross.toString())
                       .arg(t.id)
                       .arg(t.createdAt.left(10));
        m_report.differences.append(d);
    }

    if (m_booking == Booking::BookMissing)
        for (const ReconciliationDifference& d : std::as_const(m_report.differences))
            if (d.kind == ReconciliationDifference::Kind::MissingFromLedger) {
                auto booked = bookMissing(*d.payfast);
                if (!booked)
                    return finishRun(booked.error());
                m_report.booked.append(*booked);
            }
    if (!m_settleRefunds)
        return finishRun(m_report);
    auto unknown = m_refunds->unknownRefunds();
    if (!unknown)
        return finishRun(unknown.error());
    settleRefunds(*unknown);
}

void Reconciliation::settleRefunds(QList<Transaction> unknown)
{
    if (unknown.isEmpty())
        return finishRun(m_report);
    const Transaction next = unknown.takeFirst();
    QPointer<Reconciliation> self(this);
    m_refunds->settleUnknown(next.id, [self, unknown, next](Result<Transaction> settled) {
        if (!self)
            return;
        if (settled)
            self->m_report.settledRefunds.append(*settled);
        else
            self->m_report.problems.append(
                tr("refund %1 is still unknown: %2").arg(next.id).arg(settled.error().message));
        self->settleRefunds(unknown);
    });
}

Result<BookingOutcome> Reconciliation::bookMissing(const PayFastHistoryEntry& entry)
{
    if (!entry.isPayment())
        return Error::validation(tr("only a payment PayFast received can be booked"));
    ConfirmedPayment p;
    p.providerId = entry.pfPaymentId;
    p.status = QStringLiteral("COMPLETE");
    p.mPaymentId = entry.mPaymentId;
    p.gross = entry.gross;
    p.fee = entry.fee;
    p.net = entry.net;
    p.amountsAddUp = entry.gross - entry.fee == entry.net;
    auto outcome = PaymentBooking(m_ledger).book(p);
    if (!outcome || !outcome->transactionId)
        return outcome;
    Status s = m_ledger.write([&]() -> Status {
        return addTransactionEvent(
            m_ledger.db(), *outcome->transactionId, QStringLiteral("reconciled"),
            tr("booked from PayFast's transaction history (%1)").arg(entry.date.toString(Qt::ISODate)));
    });
    if (!s)
        return s.error();
    return outcome;
}

Status Reconciliation::recordRun(const ReconciliationReport& report, const QString& startedAt)
{
    return m_ledger.write([&]() -> Status {
        Sql insert(m_ledger.db(),
                   QStringLiteral("INSERT INTO reconciliation_runs (from_day, to_day, started_at, "
                                  "finished_at, payfast_payments, missing, unknown, "
                                  "differing, booked) VALUES (:from, :to, :started, :finished, :pf, "
                                  ":missing, :unknown, :differing, :booked)"));
        insert.bind(QStringLiteral(":from"), report.from.toString(Qt::ISODate))
            .bind(QStringLiteral(":to"), report.to.toString(Qt::ISODate))
            .bind(QStringLiteral(":started"), startedAt)
            .bind(QStringLiteral(":finished"), Clock::toStorage(Clock::nowUtc()))
            .bind(QStringLiteral(":pf"), report.payfastPayments)
            .bind(QStringLiteral(":missing"), report.count(ReconciliationDifference::Kind::MissingFromLedger))
            .bind(QStringLiteral(":unknown"), report.count(ReconciliationDifference::Kind::UnknownToPayFast))
            .bind(QStringLiteral(":differing"), report.count(ReconciliationDifference::Kind::AmountsDiffer))
            .bind(QStringLiteral(":booked"), static_cast<int>(report.booked.size()));
        if (Status e = insert.exec(); !e)
            return e;
        return m_ledger.record(
            {QStringLiteral("reconciliation.run"),
             QStringLiteral("ledger"),
             m_ledger.ledgerId(),
             {},
             QJsonObject {{QStringLiteral("from"), report.from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
                          {QStringLiteral("differences"), static_cast<int>(report.differences.size())},
                          {QStringLiteral("booked"), static_cast<int>(report.booked.size())}},
             std::nullopt,
             {}});
    });
}

void Reconciliation::finishRun(Result<ReconciliationReport> result)
{
    if (result)
        if (Status s = recordRun(*result, m_startedAt); !s)
            result = s.error();
    m_running = false;
    m_settleRefunds = false;
    auto done = std::move(m_done);
    m_done = nullptr;
    if (done)
        done(std::move(result));
}

} // namespace imali
