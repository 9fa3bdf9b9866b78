// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reports.h"

#include "Clock.h"
#include "Ledger.h"
#include "LineAmounts.h"
#include "Money.h"
#include "reports/CsvWriter.h"
#include "reports/ReportSink.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QSaveFile>

#include <algorithm>
#include <array>
#include <map>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("Reports", text);
}

// Every report reads only the ledger's own environment (:env), so sandbox money never
// reaches a live report. :start and :end are UTC instants of Johannesburg midnights
// (Clock::startOfDayUtc), the end exclusive; stored timestamps compare correctly as text.
// :from, :to and :asof are Johannesburg days as YYYY-MM-DD, compared with stored dates.

// Completed payments and refunds, oldest first. transactions_created serves the range and the order.
const QString TransactionsSql = QStringLiteral(R"(
SELECT t.id, t.created_at, t.kind, t.provider, t.provider_id, COALESCE(t.m_payment_id, ''),
       COALESCE(t.method, ''), COALESCE(i.number, ''), COALESCE(c.name, ''), t.gross, t.fee, t.net,
       t.written_off, t.refund_of, COALESCE(t.unallocated_reason, ''), t.reference, t.reason
FROM transactions t
LEFT JOIN invoices i ON i.id = t.invoice_id
LEFT JOIN customers c ON c.id = i.customer_id
WHERE t.environment = :env AND t.status = 'complete' AND t.created_at >= :start AND t.created_at < :end
ORDER BY t.created_at, t.id)");

// The same transactions, only what the daily and monthly totals need, summed as they stream by:
// the Johannesburg day of a timestamp is worked out in C++ so that one statement serves both engines.
const QString SummarySql = QStringLiteral(R"(
SELECT t.created_at, t.kind, t.gross, t.fee, t.net
FROM transactions t
WHERE t.environment = :env AND t.status = 'complete' AND t.created_at >= :start AND t.created_at < :end
ORDER BY t.created_at, t.id)");

// Invoices issued in the period (drafts have no number and no issue date), void ones included.
const QString InvoicesSql = QStringLiteral(R"(
SELECT i.number, i.issue_date, COALESCE(i.due_date, ''), i.status, c.name, c.vat_number, i.subtotal, i.vat,
       i.total, i.amount_paid, i.amount_refunded, i.amount_credited, i.amount_written_off
FROM invoices i
JOIN customers c ON c.id = i.customer_id
WHERE i.environment = :env AND i.number IS NOT NULL AND i.issue_date >= :from AND i.issue_date <= :to
ORDER BY i.issue_date, i.number)");

// Each invoice issued by the as-of day with what it owed at the end of that day: its total, less
// credit notes, payments and write-offs dated up to then, plus refunds dated up to then (SPEC §3's
// balance, from dated records rather than today's figures). Void invoices owe nothing.
const QString AgingSql = QStringLiteral(R"(
SELECT i.number, c.name, i.issue_date, COALESCE(i.due_date, ''), i.total,
       CAST(COALESCE((SELECT SUM(n.total) FROM credit_notes n
                      WHERE n.invoice_id = i.id AND n.created_at < :end), 0) AS BIGINT),
       CAST(COALESCE((SELECT SUM(CASE WHEN t.kind = 'payment' THEN t.gross + t.written_off ELSE -t.gross END)
                      FROM transactions t
                      WHERE t.invoice_id = i.id AND t.status = 'complete' AND t.created_at < :end), 0) AS BIGINT)
FROM invoices i
JOIN customers c ON c.id = i.customer_id
WHERE i.environment = :env AND i.number IS NOT NULL AND i.status <> 'void' AND i.issue_date <= :asof
ORDER BY i.due_date, i.number)");

// Output VAT, invoice basis: invoices by issue date, per VAT rate of their lines. Void invoices made
// no supply. Sums are cast because PostgreSQL's SUM(bigint) is numeric, which Qt reads as a double.
const QString VatInvoicesSql = QStringLiteral(R"(
SELECT l.vat_rate_bp, COUNT(DISTINCT i.id), CAST(SUM(l.net) AS BIGINT), CAST(SUM(l.vat) AS BIGINT),
       CAST(SUM(l.gross) AS BIGINT)
FROM invoices i
JOIN invoice_lines l ON l.invoice_id = i.id
WHERE i.environment = :env AND i.number IS NOT NULL AND i.status <> 'void'
  AND i.issue_date >= :from AND i.issue_date <= :to
GROUP BY l.vat_rate_bp
ORDER BY l.vat_rate_bp)");

// Credit notes by their own date (the Johannesburg day they were issued), per VAT rate of the
// invoice line each part credits.
const QString VatCreditNotesSql = QStringLiteral(R"(
SELECT il.vat_rate_bp, COUNT(DISTINCT n.id), CAST(SUM(cl.net) AS BIGINT), CAST(SUM(cl.vat) AS BIGINT),
       CAST(SUM(cl.gross) AS BIGINT)
FROM credit_notes n
JOIN invoices i ON i.id = n.invoice_id
JOIN credit_note_lines cl ON cl.credit_note_id = n.id
JOIN invoice_lines il ON il.id = cl.invoice_line_id
WHERE i.environment = :env AND n.created_at >= :start AND n.created_at < :end
GROUP BY il.vat_rate_bp
ORDER BY il.vat_rate_bp)");

const QString VatBasis =
    QStringLiteral("invoice basis: invoices by issue date, credit notes by credit note date");

using Cell = CellType;

QString startOf(QDate day)
{
    return Clock::toStorage(Clock::startOfDayUtc(day));
}

QString monthOf(QDate day)
{
    return QStringLiteral("%1-%2")
        .arg(day.year(), 4, 10, QLatin1Char('0'))
        .arg(day.month(), 2, 10, QLatin1Char('0'));
}

/**
 * Johannesburg days of stored UTC timestamps read in time order. SAST is a
 * whole number of hours from UTC, so every timestamp of one UTC hour falls on
 * the same day: each hour is converted once rather than every row.
 */
class JohannesburgDays
{
public:
    void update(const QString& stored)
    {
        // Only the canonical form ("2026-11-26T22:04:05.123Z") is cached by its hour.
        const bool canonical = stored.size() >= 20 && stored.endsWith(QLatin1Char('Z'));
        const QStringView hour = QStringView(stored).left(13);
        if (canonical && m_valid && hour == m_hour)
            return;
        m_day = Clock::johannesburgDate(Clock::fromStorage(stored));
        m_text = m_day.toString(Qt::ISODate);
        m_hour = hour.toString();
        m_valid = canonical;
    }
    QDate day() const { return m_day; }
    const QString& text() const { return m_text; }

private:
    QString m_hour;
    bool m_valid = false;
    QDate m_day;
    QString m_text;
};

/** One report under way: the ledger, where rows go, their totals, and the records read so far for progress. */
struct ReportRun {
    Ledger& ledger;
    ReportSink& sink;
    const std::function<bool(qint64)>& progress;
    ReportTotals totals;
    ReportRow row; // reused for every row: its cells keep their storage
    qint64 records = 0;

    /// Hands the row built in `row` to the totals and the sink.
    Status emitRow()
    {
        totals.add(row);
        return sink.row(row);
    }

    QString env() const { return toString(ledger.environment()); }

    Status cancelled() const
    {
        return Error::conflict(
            tr("the export was cancelled after %1 records; nothing was written").arg(records));
    }
    /// One more record read; asks the caller every 1,000.
    Status tick()
    {
        ++records;
        if (progress && records % 1000 == 0 && !progress(records))
            return cancelled();
        return {};
    }
    /// After the last record, before anything is committed: the caller's last chance to cancel.
    Status finish() const
    {
        if (progress && !progress(records))
            return cancelled();
        return {};
    }
};

/**
 * Caps SQLite's page cache while an export runs. The ledger's connection keeps
 * a large cache for bulk writes, and one pass over every transaction would
 * fill all of it: memory an export must not take (SPEC §7: 32 MiB growth at
 * most), for no gain, since a streaming read visits each page about once.
 */
class SqliteCacheLimit
{
public:
    explicit SqliteCacheLimit(Database& db) : m_db(db)
    {
        if (db.isPostgres())
            return;
        Sql current(db, QStringLiteral("PRAGMA cache_size"));
        if (!current.exec() || !current.next())
            return;
        m_previous = current.int64(0);
        m_active = Sql::execDirect(db, QStringLiteral("PRAGMA cache_size=-8192")).ok(); // 8 MiB
    }
    ~SqliteCacheLimit()
    {
        if (!m_active)
            return;
        // Best effort: the export's own outcome is what the caller needs to hear about.
        const Status restored = Sql::execDirect(m_db, QStringLiteral("PRAGMA cache_size=%1").arg(m_previous));
        Q_UNUSED(restored);
    }
    SqliteCacheLimit(const SqliteCacheLimit&) = delete;
    SqliteCacheLimit& operator=(const SqliteCacheLimit&) = delete;

private:
    Database& m_db;
    qint64 m_previous = 0;
    bool m_active = false;
};

/// Whether a forward-only read ended because the rows ran out rather than because it failed.
Status endOfRows(const Sql& q, const QString& what)
{
    if (q.lastError().isValid())
        return databaseError(what, q.lastError());
    return {};
}

Status writeTransactions(ReportRun& run, const ReportRequest& r)
{
    Sql q(run.ledger.db(), TransactionsSql);
    q.forwardOnly(); // before binding: it prepares again
    q.bind(QStringLiteral(":env"), run.env())
        .bind(QStringLiteral(":start"), startOf(r.from))
        .bind(QStringLiteral(":end"), startOf(r.to.addDays(1)));
    if (Status s = q.exec(); !s)
        return s;
    JohannesburgDays days;
    ReportRow& row = run.row;
    while (q.next()) {
        row.clear();
        const QString createdAt = q.text(1);
        days.update(createdAt);
        const QString kind = q.text(2);
        // Money going out is negative, so that each amount column sums to what stayed.
        const qint64 sign = kind == QLatin1String("refund") ? -1 : 1;
        row.cell(Cell::Date, days.text())
            .cell(Cell::Date, createdAt)
            .number(q.int64(0))
            .text(kind)
            .text(q.text(3))
            .text(q.text(4))
            .text(q.text(5))
            .text(q.text(6))
            .text(q.text(7))
            .text(q.text(8))
            .amount(Money::fromCents(sign * q.int64(9)))
            .amount(Money::fromCents(sign * q.int64(10)))
            .amount(Money::fromCents(sign * q.int64(11)))
            .amount(Money::fromCents(q.int64(12)));
        if (q.value(13).isNull())
            row.empty();
        else
            row.number(q.int64(13));
        row.text(q.text(14)).text(q.text(15)).text(q.text(16));
        if (Status s = run.emitRow(); !s)
            return s;
        if (Status s = run.tick(); !s)
            return s;
    }
    return endOfRows(q, tr("could not read the transactions"));
}

/** Totals of one day or month of the summary. */
struct Totals {
    qint64 payments = 0;
    qint64 gross = 0;
    qint64 fee = 0;
    qint64 net = 0;
    qint64 refunds = 0;
    qint64 refunded = 0; // refunds' gross
    qint64 refundedNet = 0; // refunds' net

    void add(bool refund, qint64 g, qint64 f, qint64 n)
    {
        if (refund) {
            ++refunds;
            refunded += g;
            refundedNet += n;
        } else {
            ++payments;
            gross += g;
            fee += f;
            net += n;
        }
    }
};

Status writeTotals(ReportRun& run, const QString& level, const QString& period, const Totals& t)
{
    // A month repeats its days' figures: a subtotal, left out of the report's totals.
    ReportRow& row = run.row;
    row.clear(level == QLatin1String("month") ? ReportRow::Role::Subtotal : ReportRow::Role::Detail);
    row.text(level)
        .cell(Cell::Date, period)
        .number(t.payments)
        .amount(Money::fromCents(t.gross))
        .amount(Money::fromCents(t.fee))
        .amount(Money::fromCents(t.net))
        .number(t.refunds)
        .amount(Money::fromCents(t.refunded))
        .amount(Money::fromCents(t.net - t.refundedNet));
    return run.emitRow();
}

Status writeSummary(ReportRun& run, const ReportRequest& r)
{
    Sql q(run.ledger.db(), SummarySql);
    q.forwardOnly();
    q.bind(QStringLiteral(":env"), run.env())
        .bind(QStringLiteral(":start"), startOf(r.from))
        .bind(QStringLiteral(":end"), startOf(r.to.addDays(1)));
    if (Status s = q.exec(); !s)
        return s;
    const QString dayLevel = QStringLiteral("day");
    const QString monthLevel = QStringLiteral("month");
    JohannesburgDays days;
    QDate day; // the day being summed; invalid before the first row
    QString dayText;
    Totals dayTotals;
    Totals monthTotals;
    // Rows come in time order, so a day's row is complete when the next day starts, and a
    // month's when the next month does: each is written then and forgotten.
    const auto closeDay = [&]() -> Status {
        Status s = writeTotals(run, dayLevel, dayText, dayTotals);
        dayTotals = {};
        return s;
    };
    const auto closeMonth = [&]() -> Status {
        Status s = writeTotals(run, monthLevel, monthOf(day), monthTotals);
        monthTotals = {};
        return s;
    };
    while (q.next()) {
        days.update(q.text(0));
        if (days.day() != day) {
            if (day.isValid()) {
                if (Status s = closeDay(); !s)
                    return s;
                if (days.day().month() != day.month() || days.day().year() != day.year())
                    if (Status s = closeMonth(); !s)
                        return s;
            }
            day = days.day();
            dayText = days.text();
        }
        const bool refund = q.text(1) == QLatin1String("refund");
        dayTotals.add(refund, q.int64(2), q.int64(3), q.int64(4));
        monthTotals.add(refund, q.int64(2), q.int64(3), q.int64(4));
        if (Status s = run.tick(); !s)
            return s;
    }
    if (Status s = endOfRows(q, tr("could not read the transactions")); !s)
        return s;
    if (!day.isValid())
        return {};
    if (Status s = closeDay(); !s)
        return s;
    return closeMonth();
}

Status writeInvoices(ReportRun& run, const ReportRequest& r)
{
    Sql q(run.ledger.db(), InvoicesSql);
    q.forwardOnly();
    q.bind(QStringLiteral(":env"), run.env())
        .bind(QStringLiteral(":from"), r.from.toString(Qt::ISODate))
        .bind(QStringLiteral(":to"), r.to.toString(Qt::ISODate));
    if (Status s = q.exec(); !s)
        return s;
    const QString today = Clock::today().toString(Qt::ISODate);
    ReportRow& row = run.row;
    while (q.next()) {
        row.clear();
        const QString due = q.text(2);
        QString status = q.text(3);
        // Overdue is derived, never stored (SPEC §3): open and past due today.
        if (status == QLatin1String("open") && !due.isEmpty() && due < today)
            status = QStringLiteral("overdue");
        const Money total = Money::fromCents(q.int64(8));
        const Money paid = Money::fromCents(q.int64(9));
        const Money refunded = Money::fromCents(q.int64(10));
        const Money credited = Money::fromCents(q.int64(11));
        const Money writtenOff = Money::fromCents(q.int64(12));
        row.text(q.text(0))
            .cell(Cell::Date, q.text(1))
            .cell(Cell::Date, due)
            .text(status)
            .text(q.text(4))
            .text(q.text(5))
            .amount(Money::fromCents(q.int64(6)))
            .amount(Money::fromCents(q.int64(7)))
            .amount(total)
            .amount(paid)
            .amount(refunded)
            .amount(credited)
            .amount(writtenOff)
            .amount(total - credited - paid - writtenOff + refunded);
        if (Status s = run.emitRow(); !s)
            return s;
        if (Status s = run.tick(); !s)
            return s;
    }
    return endOfRows(q, tr("could not read the invoices"));
}

Status writeAging(ReportRun& run, const ReportRequest& r)
{
    Sql q(run.ledger.db(), AgingSql);
    q.forwardOnly();
    q.bind(QStringLiteral(":env"), run.env())
        .bind(QStringLiteral(":asof"), r.asOf.toString(Qt::ISODate))
        .bind(QStringLiteral(":end"), startOf(r.asOf.addDays(1)));
    if (Status s = q.exec(); !s)
        return s;
    ReportRow& row = run.row;
    while (q.next()) {
        row.clear();
        const Money total = Money::fromCents(q.int64(4));
        const Money balance = total - Money::fromCents(q.int64(5)) - Money::fromCents(q.int64(6));
        if (balance > Money()) {
            const QDate due = QDate::fromString(q.text(3), Qt::ISODate);
            const qint64 overdue = due.isValid() ? std::max<qint64>(0, due.daysTo(r.asOf)) : 0;
            // Buckets by days past the due date: current (not yet due, or due that day), 1–30, 31–60, 61–90,
            // 91+.
            const int bucket = overdue == 0 ? 0
                : overdue <= 30             ? 1
                : overdue <= 60             ? 2
                : overdue <= 90             ? 3
                                            : 4;
            row.text(q.text(0))
                .text(q.text(1))
                .cell(Cell::Date, q.text(2))
                .cell(Cell::Date, q.text(3))
                .number(overdue)
                .amount(total)
                .amount(balance);
            for (int b = 0; b < 5; ++b)
                row.amount(b == bucket ? balance : Money());
            if (Status s = run.emitRow(); !s)
                return s;
        }
        if (Status s = run.tick(); !s)
            return s;
    }
    return endOfRows(q, tr("could not read the invoices"));
}

/** One VAT rate's figures within one period. */
struct VatFigures {
    qint64 invoices = 0;
    std::array<qint64, 3> invoiced {}; // net, VAT, gross
    qint64 creditNotes = 0;
    std::array<qint64, 3> credited {};
};

Status readVat(ReportRun& run, Sql& q, bool creditNotes, std::map<int, VatFigures>& figures)
{
    q.bind(QStringLiteral(":env"), run.env());
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        VatFigures& f = figures[int(q.int64(0))];
        (creditNotes ? f.creditNotes : f.invoices) = q.int64(1);
        auto& sums = creditNotes ? f.credited : f.invoiced;
        for (int i = 0; i < 3; ++i)
            sums[i] = q.int64(2 + i);
        if (Status s = run.tick(); !s)
            return s;
    }
    return endOfRows(q, tr("could not read the VAT figures"));
}

Status writeVat(ReportRun& run, const ReportRequest& r)
{
    // One row per calendar month (cut to the requested days) and VAT rate that has documents.
    for (QDate first(r.from.year(), r.from.month(), 1); first <= r.to; first = first.addMonths(1)) {
        const QDate periodFrom = std::max(first, r.from);
        const QDate periodTo = std::min(first.addMonths(1).addDays(-1), r.to);
        std::map<int, VatFigures> figures;
        {
            Sql q(run.ledger.db(), VatInvoicesSql);
            q.forwardOnly();
            q.bind(QStringLiteral(":from"), periodFrom.toString(Qt::ISODate))
                .bind(QStringLiteral(":to"), periodTo.toString(Qt::ISODate));
            if (Status s = readVat(run, q, false, figures); !s)
                return s;
        }
        {
            Sql q(run.ledger.db(), VatCreditNotesSql);
            q.forwardOnly();
            q.bind(QStringLiteral(":start"), startOf(periodFrom))
                .bind(QStringLiteral(":end"), startOf(periodTo.addDays(1)));
            if (Status s = readVat(run, q, true, figures); !s)
                return s;
        }
        for (const auto& [bp, f] : figures) {
            run.row.clear();
            run.row.cell(Cell::Date, monthOf(first))
                .date(periodFrom)
                .date(periodTo)
                .text(VatBasis)
                .cell(Cell::Number, VatRate::fromBasisPoints(bp).toString())
                .number(f.invoices);
            for (const qint64 v : f.invoiced)
                run.row.amount(Money::fromCents(v));
            run.row.number(f.creditNotes);
            for (const qint64 v : f.credited)
                run.row.amount(Money::fromCents(v));
            run.row.amount(Money::fromCents(f.invoiced[0] - f.credited[0]))
                .amount(Money::fromCents(f.invoiced[1] - f.credited[1]));
            if (Status s = run.emitRow(); !s)
                return s;
        }
    }
    return {};
}

Status writeReport(ReportRun& run, const ReportRequest& r)
{
    switch (r.kind) {
    case ReportKind::Transactions:
        return writeTransactions(run, r);
    case ReportKind::Invoices:
        return writeInvoices(run, r);
    case ReportKind::Aging:
        return writeAging(run, r);
    case ReportKind::Vat:
        return writeVat(run, r);
    case ReportKind::Summary:
        return writeSummary(run, r);
    }
    return Error::validation(tr("unknown report"));
}

/** Rows into CSV: the header first, each cell as its type asks, nothing else (totals are the reader's). */
class CsvReportSink final : public ReportSink
{
public:
    explicit CsvReportSink(QIODevice* device) : m_csv(device) { }

    Status begin(const ReportContext& context) override
    {
        m_context = context;
        QStringList names;
        for (const ReportColumn& c : context.columns)
            names << c.name;
        return m_csv.header(names);
    }
    Status row(const ReportRow& row) override
    {
        for (qsizetype i = 0; i < row.size(); ++i) {
            const ReportCell& c = row.at(i);
            if (c.null)
                m_csv.empty();
            else if (c.hasValue && c.type == CellType::Amount)
                m_csv.amount(Money::fromCents(c.value));
            else if (c.hasValue)
                m_csv.number(c.value);
            else
                m_csv.cell(csvCell(c.type), c.text);
        }
        return m_csv.endRow();
    }
    Status finish(const ReportTotals&) override { return m_csv.finish(); }

    const CsvWriter& csv() const { return m_csv; }
    const ReportContext& context() const { return m_context; }

private:
    static CsvWriter::Cell csvCell(CellType type)
    {
        switch (type) {
        case CellType::Amount:
            return CsvWriter::Cell::Amount;
        case CellType::Date:
            return CsvWriter::Cell::Date;
        case CellType::Number:
            return CsvWriter::Cell::Number;
        case CellType::Text:
            break;
        }
        return CsvWriter::Cell::Text;
    }

    CsvWriter m_csv;
    ReportContext m_context;
};

QByteArray anchorJson(const Ledger& ledger, const ReportRequest& r, const QString& csvPath,
                      const ExportSummary& s)
{
    QJsonObject o {{QStringLiteral("format"), QStringLiteral("imali-csv-anchor/1")},
                   {QStringLiteral("file"), QFileInfo(csvPath).fileName()},
                   {QStringLiteral("report"), toString(r.kind)},
                   {QStringLiteral("ledger_id"), ledger.ledgerId()},
                   {QStringLiteral("environment"), toString(ledger.environment())},
                   {QStringLiteral("audit_head"),
                    QJsonObject {{QStringLiteral("seq"), s.auditSeq}, {QStringLiteral("mac"), s.auditMac}}},
                   {QStringLiteral("sha256"), s.sha256},
                   {QStringLiteral("rows"), s.rows},
                   {QStringLiteral("created_at"), Clock::toStorage(Clock::nowUtc())}};
    if (r.kind == ReportKind::Aging) {
        o.insert(QStringLiteral("as_of"), r.asOf.toString(Qt::ISODate));
    } else {
        o.insert(QStringLiteral("from"), r.from.toString(Qt::ISODate));
        o.insert(QStringLiteral("to"), r.to.toString(Qt::ISODate));
    }
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}
} // namespace

QString toString(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Transactions:
        return QStringLiteral("transactions");
    case ReportKind::Invoices:
        return QStringLiteral("invoices");
    case ReportKind::Aging:
        return QStringLiteral("aging");
    case ReportKind::Vat:
        return QStringLiteral("vat");
    case ReportKind::Summary:
        return QStringLiteral("summary");
    }
    return {};
}

std::optional<ReportKind> reportKindFromString(const QString& text)
{
    for (const ReportKind k : {ReportKind::Transactions, ReportKind::Invoices, ReportKind::Aging,
                               ReportKind::Vat, ReportKind::Summary})
        if (toString(k) == text)
            return k;
    return std::nullopt;
}

Status ReportRequest::validate() const
{
    if (kind == ReportKind::Aging) {
        if (!asOf.isValid())
            return Error::validation(tr("the aging report needs the day it is as of"));
        return {};
    }
    if (!from.isValid() || !to.isValid())
        return Error::validation(tr("the %1 report needs a first and a last day").arg(toString(kind)));
    if (from > to)
        return Error::validation(tr("the first day, %1, is after the last, %2")
                                     .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    return {};
}

QString anchorPathFor(const QString& csvFile)
{
    return csvFile + QStringLiteral(".anchor");
}

QStringList reportColumns(ReportKind kind)
{
    QStringList names;
    for (const ReportColumn& c : reportColumnSpecs(kind))
        names << c.name;
    return names;
}

Status runReport(Ledger& ledger, const ReportRequest& request, ReportSink& sink,
                 const std::function<bool(qint64)>& progress)
{
    if (Status s = request.validate(); !s)
        return s;
    if (!ledger.isUnlocked())
        if (Status s = ledger.unlock(); !s)
            return s;
    ReportRun run {ledger, sink, progress, ReportTotals(reportColumnSpecs(request.kind)), {}};
    const SqliteCacheLimit cacheLimit(ledger.db());
    // The chain head and the rows come from one snapshot, so the head printed on (or anchored
    // beside) a report vouches for exactly its records even while other desktops keep writing.
    return ledger.db().readSnapshot([&]() -> Status {
        auto head = ledger.audit().head();
        if (!head)
            return head.error();
        ReportContext context;
        context.request = &request;
        context.columns = run.totals.columns();
        context.ledgerId = ledger.ledgerId();
        context.environment = ledger.environment();
        context.auditSeq = head->seq;
        context.auditMac = head->mac;
        context.generatedAt = Clock::nowUtc();
        if (Status e = sink.begin(context); !e)
            return e;
        if (Status e = writeReport(run, request); !e)
            return e;
        if (Status e = sink.finish(run.totals); !e)
            return e;
        return run.finish();
    });
}

QString reportTitle(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Transactions:
        return tr("Transactions: payments and refunds with PayFast's fees");
    case ReportKind::Invoices:
        return tr("Invoices issued");
    case ReportKind::Aging:
        return tr("Aging: amounts owed by days overdue");
    case ReportKind::Vat:
        return tr("Output VAT");
    case ReportKind::Summary:
        return tr("Daily and monthly summary");
    }
    return {};
}

QString reportColumnLabel(const QString& name)
{
    static const QMap<QString, const char*> special {
        {QStringLiteral("days_1_30"), QT_TRANSLATE_NOOP("Reports", "1–30 days")},
        {QStringLiteral("days_31_60"), QT_TRANSLATE_NOOP("Reports", "31–60 days")},
        {QStringLiteral("days_61_90"), QT_TRANSLATE_NOOP("Reports", "61–90 days")},
        {QStringLiteral("days_91_plus"), QT_TRANSLATE_NOOP("Reports", "91+ days")},
        {QStringLiteral("created_at_utc"), QT_TRANSLATE_NOOP("Reports", "Time (UTC)")},
        {QStringLiteral("transaction_id"), QT_TRANSLATE_NOOP("Reports", "Id")},
        {QStringLiteral("provider_id"), QT_TRANSLATE_NOOP("Reports", "Provider id")},
        {QStringLiteral("m_payment_id"), QT_TRANSLATE_NOOP("Reports", "m_payment_id")},
        {QStringLiteral("vat_rate"), QT_TRANSLATE_NOOP("Reports", "VAT %")},
        {QStringLiteral("vat"), QT_TRANSLATE_NOOP("Reports", "VAT")},
        {QStringLiteral("invoices_vat"), QT_TRANSLATE_NOOP("Reports", "Invoices VAT")},
        {QStringLiteral("credit_notes_vat"), QT_TRANSLATE_NOOP("Reports", "Credit notes VAT")},
        {QStringLiteral("output_vat"), QT_TRANSLATE_NOOP("Reports", "Output VAT")},
        {QStringLiteral("customer_vat_number"), QT_TRANSLATE_NOOP("Reports", "Customer VAT no.")},
    };
    if (const char* label = special.value(name))
        return tr(label);
    QString label = name;
    label.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!label.isEmpty())
        label[0] = label.at(0).toUpper();
    return label;
}

QString vatBasis()
{
    return VatBasis;
}

Status exportCsv(Ledger& ledger, const ReportRequest& request, const QString& outFile,
                 const std::function<bool(qint64)>& progress, ExportSummary* summary)
{
    if (Status s = request.validate(); !s)
        return s;
    if (outFile.isEmpty())
        return Error::validation(tr("give a file to write the report to"));
    const QString csvPath = QFileInfo(outFile).absoluteFilePath();
    const QString anchorPath = anchorPathFor(csvPath);

    // Written to a temporary file beside the target and renamed over it only by commit().
    QSaveFile csvFile(csvPath);
    if (!csvFile.open(QIODevice::WriteOnly))
        return Error::runtime(tr("could not write %1: %2").arg(csvPath, csvFile.errorString()));
    CsvReportSink sink(&csvFile);
    Status s = runReport(ledger, request, sink, progress);
    if (!s) {
        csvFile.cancelWriting();
        return s;
    }
    ExportSummary result;
    result.file = csvPath;
    result.anchorFile = anchorPath;
    result.rows = sink.csv().rows() - 1;
    result.sha256 = sink.csv().sha256Hex();
    result.auditSeq = sink.context().auditSeq;
    result.auditMac = sink.context().auditMac;

    QSaveFile anchorFile(anchorPath);
    const QByteArray anchor = anchorJson(ledger, request, csvPath, result);
    if (!anchorFile.open(QIODevice::WriteOnly) || anchorFile.write(anchor) != anchor.size()) {
        const QString why = anchorFile.errorString();
        anchorFile.cancelWriting();
        csvFile.cancelWriting();
        return Error::runtime(tr("could not write %1: %2").arg(anchorPath, why));
    }
    if (!csvFile.commit()) {
        anchorFile.cancelWriting();
        return Error::runtime(tr("could not write %1: %2").arg(csvPath, csvFile.errorString()));
    }
    if (!anchorFile.commit()) {
        // A CSV without its anchor can't be vouched for: take it back.
        QFile::remove(csvPath);
        return Error::runtime(tr("could not write %1: %2").arg(anchorPath, anchorFile.errorString()));
    }
    if (summary)
        *summary = result;
    return {};
}

} // namespace imali
