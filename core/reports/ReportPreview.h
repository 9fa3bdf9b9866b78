// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"
#include "reports/ReportRow.h"
#include "reports/ReportSink.h"

#include <QList>

#include <functional>

namespace imali
{

class Ledger;
struct ReportRequest;

/**
 * A report for the console to show before it is exported: the first rows (as
 * the CSV holds them), how many there are in all, the totals over all of them
 * and the context (period, environment, audit chain head). The figures come
 * from the same code as the CSV and the PDF.
 */
struct ReportPreview {
    ReportContext context; ///< context.request is not kept: it points at the caller's request
    QList<ReportRow> rows; ///< the first rows, at most the number asked for
    qint64 totalRows = 0;
    ReportTotals totals;

    bool isTruncated() const { return totalRows > rows.size(); }
};

/**
 * Reads \a request's report for a preview, keeping the first \a maxRows rows.
 * Every row is still read, for the totals; \a progress and cancelling work as
 * for the exports (Reports.h runReport).
 */
Result<ReportPreview> previewReport(Ledger& ledger, const ReportRequest& request, qsizetype maxRows,
                                    const std::function<bool(qint64)>& progress = {});

} // namespace imali
