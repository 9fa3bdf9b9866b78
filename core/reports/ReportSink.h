// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Environment.h"
#include "Result.h"
#include "reports/ReportRow.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace imali
{

struct ReportRequest;

/**
 * What a report is about, read from the same snapshot as its rows: which
 * report over which days, the ledger, and the audit chain head that vouches
 * for the records (SPEC §3: printed on every PDF report, in the CSV's anchor).
 */
struct ReportContext {
    const ReportRequest* request = nullptr;
    QList<ReportColumn> columns;
    QString ledgerId;
    Environment environment = Environment::Sandbox;
    qint64 auditSeq = 0;
    QString auditMac;
    QDateTime generatedAt; ///< UTC
};

/**
 * Where a report's rows go as they stream from the ledger: the CSV, the PDF,
 * the console's preview. begin() comes first, then every row in order, then
 * finish() with the totals; an error from any of them stops the report.
 */
class ReportSink
{
public:
    virtual ~ReportSink() = default;
    virtual Status begin(const ReportContext& context) = 0;
    virtual Status row(const ReportRow& row) = 0;
    virtual Status finish(const ReportTotals& totals) = 0;
};

} // namespace imali
