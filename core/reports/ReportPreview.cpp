// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportPreview.h"

#include "reports/Reports.h"

namespace imali
{

namespace
{
/** Keeps the first rows and counts the rest. */
class PreviewSink final : public ReportSink
{
public:
    PreviewSink(ReportPreview& preview, qsizetype maxRows) : m_preview(preview), m_maxRows(maxRows) { }

    Status begin(const ReportContext& context) override
    {
        m_preview.context = context;
        m_preview.context.request = nullptr;
        return {};
    }
    Status row(const ReportRow& row) override
    {
        if (m_preview.rows.size() < m_maxRows)
            m_preview.rows.append(row);
        ++m_preview.totalRows;
        return {};
    }
    Status finish(const ReportTotals& totals) override
    {
        m_preview.totals = totals;
        return {};
    }

private:
    ReportPreview& m_preview;
    qsizetype m_maxRows;
};
} // namespace

Result<ReportPreview> previewReport(Ledger& ledger, const ReportRequest& request, qsizetype maxRows,
                                    const std::function<bool(qint64)>& progress)
{
    ReportPreview preview;
    PreviewSink sink(preview, std::max<qsizetype>(0, maxRows));
    if (Status s = runReport(ledger, request, sink, progress); !s)
        return s.error();
    return preview;
}

} // namespace imali
