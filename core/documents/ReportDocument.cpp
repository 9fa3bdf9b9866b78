// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportDocument.h"

#include "Clock.h"
#include "Ledger.h"
#include "documents/PdfFile.h"
#include "reports/ReportSink.h"
#include "reports/Reports.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPdfWriter>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("ReportDocument", text);
}

struct PdfColumnSpec {
    const char* name;
    qreal weight; // share of the page's width
};

QList<PdfColumnSpec> pdfColumnSpecs(ReportKind kind)
{
    switch (kind) {
    case ReportKind::Transactions:
        return {{"date", 1.2},     {"transaction_id", 0.7}, {"kind", 0.9},
                {"provider", 0.9}, {"provider_id", 1.4},    {"invoice", 1.3},
                {"customer", 2.6}, {"gross", 1.3},          {"fee", 1.1},
                {"net", 1.3},      {"written_off", 1.1}};
    case ReportKind::Invoices:
        return {{"invoice", 1.3},  {"issue_date", 1.2}, {"due_date", 1.2}, {"status", 1.3},
                {"customer", 2.4}, {"subtotal", 1.3},   {"vat", 1.2},      {"total", 1.3},
                {"paid", 1.3},     {"refunded", 1.2},   {"credited", 1.2}, {"written_off", 1.2},
                {"balance", 1.3}};
    case ReportKind::Aging:
        return {{"invoice", 1.3},      {"customer", 2.4},   {"issue_date", 1.2}, {"due_date", 1.2},
                {"days_overdue", 0.9}, {"total", 1.3},      {"balance", 1.3},    {"current", 1.2},
                {"days_1_30", 1.2},    {"days_31_60", 1.2}, {"days_61_90", 1.2}, {"days_91_plus", 1.2}};
    case ReportKind::Vat:
        return {{"period", 0.9},           {"period_from", 1.2},  {"period_to", 1.2},
                {"vat_rate", 0.7},         {"invoices", 0.9},     {"invoices_net", 1.4},
                {"invoices_vat", 1.3},     {"credit_notes", 1.0}, {"credit_notes_net", 1.4},
                {"credit_notes_vat", 1.4}, {"net_supplies", 1.4}, {"output_vat", 1.4}};
    case ReportKind::Summary:
        return {{"level", 0.8},   {"period", 1.2},   {"payments", 1.0},
                {"gross", 1.4},   {"fee", 1.3},      {"net", 1.4},
                {"refunds", 1.0}, {"refunded", 1.3}, {"net_after_refunds", 1.5}};
    }
    return {};
}

/** A column as painted: where its figures come from in the row and where it sits on the page. */
struct PdfColumn {
    qsizetype source = 0; // index into the report's columns and rows
    QString label;
    CellType type = CellType::Text;
    qreal left = 0;
    qreal width = 0;
    bool rightAligned() const { return type == CellType::Amount || type == CellType::Number; }
};

/**
 * Paints a report's rows into a PdfFile as they arrive: a heading on every
 * page (in full on the first), column heads, rows, a footer with the page
 * number and the audit chain head, and the totals at the end.
 */
class PdfReportSink final : public ReportSink
{
public:
    explicit PdfReportSink(PdfFile& pdf) : m_pdf(pdf), m_painter(pdf.painter()) { }

    Status begin(const ReportContext& context) override
    {
        m_context = context;
        m_request = *context.request;
        m_body = QFont(QStringLiteral("DejaVu Sans"));
        m_body.setPointSizeF(7);
        // No ligatures ("ﬀ" in "Written off"): the text must copy and search as typed. Faster, too.
        m_body.setStyleStrategy(QFont::PreferNoShaping);
        m_bold = m_body;
        m_bold.setBold(true);
        m_small = m_body;
        m_small.setPointSizeF(6);
        m_title = m_bold;
        m_title.setPointSizeF(13);
        const QFontMetricsF fm(m_body, &m_pdf.writer());
        m_rowHeight = fm.height() * 1.45;
        m_pad = m_pdf.mm(1);

        // Lay the columns out across the page by their weights.
        const QList<PdfColumnSpec> specs = pdfColumnSpecs(m_request.kind);
        qreal weights = 0;
        for (const PdfColumnSpec& s : specs)
            weights += s.weight;
        qreal x = 0;
        for (const PdfColumnSpec& s : specs) {
            const QString name = QString::fromLatin1(s.name);
            for (qsizetype i = 0; i < context.columns.size(); ++i) {
                if (context.columns.at(i).name != name)
                    continue;
                PdfColumn c;
                c.source = i;
                c.label = reportColumnLabel(name);
                c.type = context.columns.at(i).type;
                c.left = x;
                c.width = m_pdf.pageRect().width() * s.weight / weights;
                m_columns.append(c);
            }
            x += m_pdf.pageRect().width() * s.weight / weights;
        }
        startPage(true);
        return {};
    }

    Status row(const ReportRow& row) override
    {
        if (++m_rows > MaxPdfReportRows)
            return Error::validation(
                tr("the report has more than %1 rows, too many for a PDF; choose a shorter "
                   "period, or export it as CSV")
                    .arg(MaxPdfReportRows));
        if (Status s = makeRoom(m_rowHeight); !s)
            return s;
        const bool subtotal = row.role() == ReportRow::Role::Subtotal;
        if (subtotal)
            m_painter.fillRect(QRectF(0, m_y, m_pdf.pageRect().width(), m_rowHeight), QColor(235, 235, 235));
        m_painter.setFont(subtotal ? m_bold : m_body);
        for (const PdfColumn& c : m_columns)
            if (c.source < row.size())
                drawCell(c, row.at(c.source).display(), subtotal ? m_bold : m_body);
        m_y += m_rowHeight;
        return {};
    }

    Status finish(const ReportTotals& totals) override
    {
        const QFontMetricsF fm(m_body, &m_pdf.writer());
        // The totals, the count and the chain head stay together on one page.
        if (Status s = makeRoom(m_rowHeight * 5 + fm.height() * 2); !s)
            return s;
        if (m_rows == 0) {
            m_painter.setFont(m_body);
            m_painter.drawText(QPointF(m_pad, m_y + baseline()), tr("No records in this period."));
            m_y += m_rowHeight;
        }
        m_painter.setPen(QPen(Qt::black, m_pdf.pt(0.8)));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_pdf.pageRect().width(), m_y));
        m_painter.setFont(m_bold);
        bool labelled = false;
        for (const PdfColumn& c : m_columns) {
            if (totals.hasTotal(c.source)) {
                drawCell(c, totals.display(c.source), m_bold);
            } else if (!labelled) {
                drawCell(c, tr("Total"), m_bold);
                labelled = true;
            }
        }
        m_y += m_rowHeight * 1.5;
        m_painter.setFont(m_body);
        QStringList notes;
        notes << tr("Rows: %1.").arg(totals.rows());
        if (m_request.kind == ReportKind::Summary)
            notes << tr("Totals are of the daily rows; each month's row (shaded) repeats its days' figures.");
        if (m_request.kind == ReportKind::Transactions)
            notes << tr("Refunds are negative, so each column sums to what stayed. Amounts in rand (ZAR).");
        notes << tr("Audit chain head: entry #%1, HMAC-SHA256 %2")
                     .arg(m_context.auditSeq)
                     .arg(m_context.auditMac);
        for (const QString& note : notes) {
            m_painter.drawText(QPointF(m_pad, m_y + baseline()), note);
            m_y += m_rowHeight;
        }
        drawFooter();
        return {};
    }

    qint64 rows() const { return m_rows; }
    const ReportContext& context() const { return m_context; }

private:
    qreal baseline() const { return QFontMetricsF(m_body, &m_pdf.writer()).ascent() + m_rowHeight * 0.15; }

    QString period() const
    {
        if (m_request.kind == ReportKind::Aging)
            return tr("as of %1 (end of the day, Africa/Johannesburg)")
                .arg(m_request.asOf.toString(Qt::ISODate));
        return tr("%1 to %2 (Africa/Johannesburg days, both included)")
            .arg(m_request.from.toString(Qt::ISODate), m_request.to.toString(Qt::ISODate));
    }

    void drawLine(const QFont& font, const QString& text, const QColor& colour = Qt::black)
    {
        const QFontMetricsF fm(font, &m_pdf.writer());
        m_painter.setFont(font);
        m_painter.setPen(colour);
        m_painter.drawText(QPointF(0, m_y + fm.ascent()), text);
        m_y += fm.height() * 1.25;
        m_painter.setPen(Qt::black);
    }

    void startPage(bool first)
    {
        m_y = 0;
        drawLine(first ? m_title : m_bold, reportTitle(m_request.kind));
        drawLine(m_body, period());
        const bool sandbox = m_context.environment == Environment::Sandbox;
        if (first) {
            drawLine(
                m_body,
                tr("Ledger %1, environment: %2").arg(m_context.ledgerId, toString(m_context.environment)));
            if (sandbox)
                drawLine(m_bold, tr("SANDBOX: test payments only, no real money"), QColor(180, 0, 0));
            drawLine(m_body,
                     tr("Audit chain head: entry #%1, HMAC-SHA256 %2")
                         .arg(m_context.auditSeq)
                         .arg(m_context.auditMac));
            if (m_request.kind == ReportKind::Vat)
                drawLine(m_body, tr("Basis: %1").arg(vatBasis()));
            drawLine(m_body, tr("Generated %1 by imali").arg(Clock::toStorage(m_context.generatedAt)));
        }
        m_y += m_rowHeight * 0.4;
        // Column heads, bold, with a rule under them.
        m_painter.setFont(m_bold);
        for (const PdfColumn& c : m_columns)
            drawCell(c, c.label, m_bold);
        m_y += m_rowHeight;
        m_painter.setPen(QPen(Qt::black, m_pdf.pt(0.5)));
        m_painter.drawLine(QPointF(0, m_y), QPointF(m_pdf.pageRect().width(), m_y));
        m_painter.setPen(Qt::black);
        m_y += m_pdf.pt(1);
    }

    void drawFooter()
    {
        const QFontMetricsF fm(m_small, &m_pdf.writer());
        const qreal y = m_pdf.pageRect().height() - fm.descent();
        m_painter.setFont(m_small);
        m_painter.setPen(Qt::darkGray);
        m_painter.drawText(QPointF(0, y),
                           tr("imali · %1 · %2 · %3 · audit chain head #%4 %5…")
                               .arg(toString(m_request.kind), period(), toString(m_context.environment))
                               .arg(m_context.auditSeq)
                               .arg(m_context.auditMac.left(16)));
        const QString page = tr("Page %1").arg(m_pdf.pageCount());
        m_painter.drawText(QPointF(m_pdf.pageRect().width() - fm.horizontalAdvance(page), y), page);
        m_painter.setPen(Qt::black);
    }

    /// Starts a new page when \a height no longer fits above the footer.
    Status makeRoom(qreal height)
    {
        const qreal footer = QFontMetricsF(m_small, &m_pdf.writer()).height() * 2;
        if (m_y + height <= m_pdf.pageRect().height() - footer)
            return {};
        drawFooter();
        if (Status s = m_pdf.newPage(); !s)
            return s;
        startPage(false);
        return {};
    }

    void drawCell(const PdfColumn& c, const QString& text, const QFont& font)
    {
        if (text.isEmpty())
            return;
        const QFontMetricsF fm(font, &m_pdf.writer());
        const qreal room = c.width - 2 * m_pad;
        const qreal advance = fm.horizontalAdvance(text);
        const qreal y = m_y + baseline();
        if (!c.rightAligned()) {
            // Text from people may be long: cut with an ellipsis rather than run into the next column.
            m_painter.drawText(QPointF(c.left + m_pad, y),
                               advance <= room ? text : fm.elidedText(text, Qt::ElideRight, room));
            return;
        }
        if (advance <= room) {
            m_painter.drawText(QPointF(c.left + c.width - m_pad - advance, y), text);
            return;
        }
        // A figure is never cut: squeeze it to fit instead.
        m_painter.save();
        m_painter.translate(c.left + m_pad, y);
        m_painter.scale(room / advance, 1);
        m_painter.drawText(QPointF(0, 0), text);
        m_painter.restore();
    }

    PdfFile& m_pdf;
    QPainter& m_painter;
    ReportContext m_context;
    ReportRequest m_request;
    QList<PdfColumn> m_columns;
    QFont m_body;
    QFont m_bold;
    QFont m_small;
    QFont m_title;
    qreal m_rowHeight = 0;
    qreal m_pad = 0;
    qreal m_y = 0;
    qint64 m_rows = 0;
};
} // namespace

QStringList pdfReportColumns(ReportKind kind)
{
    QStringList names;
    for (const PdfColumnSpec& s : pdfColumnSpecs(kind))
        names << QString::fromLatin1(s.name);
    return names;
}

Status exportPdf(Ledger& ledger, const ReportRequest& request, const QString& outFile,
                 const std::function<bool(qint64)>& progress, ExportSummary* summary)
{
    if (Status s = request.validate(); !s)
        return s;
    if (outFile.isEmpty())
        return Error::validation(tr("give a file to write the report to"));
    const QString path = QFileInfo(outFile).absoluteFilePath();
    PdfFile pdf(path);
    if (Status s = pdf.open(reportTitle(request.kind), QPageLayout::Landscape, 12); !s)
        return s;
    PdfReportSink sink(pdf);
    if (Status s = runReport(ledger, request, sink, progress); !s) {
        pdf.cancel();
        return s;
    }
    const int pages = pdf.pageCount();
    if (Status s = pdf.commit(); !s)
        return s;
    if (summary) {
        ExportSummary result;
        result.file = path;
        result.rows = sink.rows();
        result.pages = pages;
        result.auditSeq = sink.context().auditSeq;
        result.auditMac = sink.context().auditMac;
        *summary = result;
    }
    return {};
}

} // namespace imali
