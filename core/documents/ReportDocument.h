// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace imali
{

class Ledger;
struct ExportSummary;
struct ReportRequest;
enum class ReportKind;

/**
 * The most data rows a PDF report takes: SPEC §7's scale of 1,000,000
 * transactions, about 23,000 landscape pages. More is refused once passed, with
 * a Validation error that says to choose a shorter period or export CSV.
 */
constexpr qint64 MaxPdfReportRows = 1000000;

/// The CSV columns a PDF report of \a kind shows (the page is narrower than a spreadsheet), in order.
QStringList pdfReportColumns(ReportKind kind);

/**
 * Writes \a request's report as a PDF to \a outFile: A4 landscape pages with a
 * heading (the report, its period, the ledger's environment and id, and the
 * audit chain head that vouches for the records), the rows (the same figures as
 * the CSV, from the same code: Reports.h runReport) and the totals under them.
 *
 * Rows are painted as they stream from the ledger and each finished page goes
 * to the file, so memory stays flat. More than MaxPdfReportRows rows is refused
 * with a Validation error once the limit is passed. The PDF is written through
 * QSaveFile: on an error or a cancel nothing is left at \a outFile, and a file
 * already there stays as it was. \a progress works as for exportCsv(); no
 * anchor file is written (SPEC §3: the PDF prints the chain head itself).
 */
Status exportPdf(Ledger& ledger, const ReportRequest& request, const QString& outFile,
                 const std::function<bool(qint64)>& progress, ExportSummary* summary = nullptr);

} // namespace imali
