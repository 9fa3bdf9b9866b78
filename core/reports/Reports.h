// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace imali
{

class Ledger;
class ReportSink;

/** The reports a bookkeeper gets (SPEC §5 `export --report`). */
enum class ReportKind {
    Transactions, ///< every completed payment and refund: gross, fee, net
    Invoices, ///< invoices issued in the period, with their money figures
    Aging, ///< open balances as of a day, by days overdue
    Vat, ///< output VAT per month and rate, credit notes netted
    Summary, ///< per Johannesburg day and per month: counts, gross, fee, net, refunds
};

QString toString(ReportKind kind);
std::optional<ReportKind> reportKindFromString(const QString& text);

/**
 * Which report over which Africa/Johannesburg days, both inclusive. Aging
 * takes one day (asOf) instead of a range.
 */
struct ReportRequest {
    ReportKind kind = ReportKind::Transactions;
    QDate from;
    QDate to;
    QDate asOf;

    /// A validation error naming what is missing or wrong for this kind.
    Status validate() const;
};

/** What an export wrote, for the caller to show. */
struct ExportSummary {
    QString file; ///< absolute path of the CSV or PDF
    QString anchorFile; ///< CSV: absolute path of FILE.anchor beside it; PDF: empty (the head is printed in it)
    qint64 rows = 0; ///< data rows, the header (and a PDF's totals) not counted
    QString sha256; ///< CSV: hex SHA-256 of its bytes, as in the anchor
    qint64 pages = 0; ///< PDF: pages written
    qint64 auditSeq = 0;
    QString auditMac;
};

/// The anchor that goes beside \a csvFile: the same name with ".anchor" appended.
QString anchorPathFor(const QString& csvFile);

/// The header row of \a kind's CSV (reportColumnSpecs() says more about each column).
QStringList reportColumns(ReportKind kind);

/// A report's name for people: "Transactions", "Aging (amounts owed by days overdue)", ...
QString reportTitle(ReportKind kind);
/// A column's heading for people ("days_1_30" is "1–30 days"), for the PDF and the console's preview.
QString reportColumnLabel(const QString& name);

/// The VAT report's basis, as its "basis" column and the PDF's heading state it.
QString vatBasis();

/**
 * Runs \a request's report into \a sink: begin(), every row as it streams from
 * a forward-only query, then finish() with the totals, all inside one read
 * snapshot together with the audit chain head given to begin(). Only the
 * ledger's own environment is reported: sandbox money never appears in a
 * live report. This is the one place the reports' figures come from; the
 * CSV, the PDF and the console's preview are sinks.
 *
 * \a progress (may be empty) gets the number of records read so far, every
 * 1,000 records and once more after the last; returning false cancels with a
 * Conflict error.
 */
Status runReport(Ledger& ledger, const ReportRequest& request, ReportSink& sink,
                 const std::function<bool(qint64)>& progress);

/**
 * Writes \a request's report as CSV to \a outFile, and beside it the anchor
 * (JSON: ledger id, the audit chain head and the SHA-256 of the CSV's bytes),
 * both read from one snapshot of the ledger. Only the ledger's own
 * environment is reported: sandbox money never appears in a live report.
 *
 * Rows are streamed from a forward-only query into the file as they are
 * read, so memory stays flat whatever the size. Both files are written
 * through QSaveFile and only committed at the end: on an error or a cancel
 * neither is left behind, half-written or otherwise, and a file that was
 * already there stays as it was.
 *
 * \a progress (may be empty) gets the number of records read so far, every
 * 1,000 records and once more after the last, before anything is committed;
 * returning false cancels with a Conflict error. \a summary, if given, is
 * filled in on success.
 */
Status exportCsv(Ledger& ledger, const ReportRequest& request, const QString& outFile,
                 const std::function<bool(qint64)>& progress, ExportSummary* summary = nullptr);

} // namespace imali
