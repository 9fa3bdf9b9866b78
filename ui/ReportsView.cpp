// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportsView.h"

#include "Clock.h"
#include "ConsoleContext.h"
#include "documents/ReportDocument.h"
#include "reports/ReportPreview.h"
#include "reports/ReportPreviewModel.h"
#include "reports/Reports.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace imali
{

ReportsView::ReportsView(ConsoleContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("reportsView"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("reportKind"));
    m_kind->setAccessibleName(tr("Report"));
    for (ReportKind kind : {ReportKind::Transactions, ReportKind::Invoices, ReportKind::Vat,
                            ReportKind::Summary, ReportKind::Aging})
        m_kind->addItem(reportTitle(kind), int(kind));
    const QDate today = Clock::today();
    auto makeDate = [this](const QString& name, const QString& accessible, QDate date) {
        auto* edit = new QDateEdit(date, this);
        edit->setObjectName(name);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    // This month so far: what a bookkeeper asks for most.
    m_from = makeDate(QStringLiteral("reportFrom"), tr("From"), QDate(today.year(), today.month(), 1));
    m_to = makeDate(QStringLiteral("reportTo"), tr("To (or as of)"), today);
    auto* fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    auto* show = new QPushButton(tr("&Preview"), this);
    show->setObjectName(QStringLiteral("previewReport"));
    auto* csv = new QPushButton(tr("Export &CSV…"), this);
    csv->setObjectName(QStringLiteral("exportCsv"));
    auto* pdf = new QPushButton(tr("Export P&DF…"), this);
    pdf->setObjectName(QStringLiteral("exportPdf"));
    connect(show, &QPushButton::clicked, this, &ReportsView::preview);
    connect(csv, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("csv")); });
    connect(pdf, &QPushButton::clicked, this, [this] { exportAs(QStringLiteral("pdf")); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ReportsView::updateDates);

    m_model = new ReportPreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reportPreview"));
    m_table->setAccessibleName(tr("Report preview"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("reportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_kind, 2);
    controls->addWidget(fromLabel);
    controls->addWidget(m_from);
    controls->addWidget(toLabel);
    controls->addWidget(m_to);
    controls->addWidget(show);
    controls->addStretch();
    controls->addWidget(csv);
    controls->addWidget(pdf);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    updateDates();
}

void ReportsView::updateDates()
{
    // Aging is "as of" one day: the first date has no meaning there.
    m_from->setEnabled(ReportKind(m_kind->currentData().toInt()) != ReportKind::Aging);
}

ReportRequest ReportsView::request() const
{
    ReportRequest r;
    r.kind = ReportKind(m_kind->currentData().toInt());
    if (r.kind == ReportKind::Aging) {
        r.asOf = m_to->date();
    } else {
        r.from = m_from->date();
        r.to = m_to->date();
    }
    return r;
}

QString ReportsView::message() const
{
    return m_message->text();
}

void ReportsView::preview()
{
    const ReportRequest r = request();
    if (Status s = r.validate(); !s) {
        m_message->setText(s.error().message);
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto shown = previewReport(m_context.ledger(), r, PreviewRows);
    QApplication::restoreOverrideCursor();
    if (!shown) {
        m_message->setText(shown.error().message);
        return;
    }
    const qint64 total = shown->totalRows;
    const bool cut = shown->isTruncated();
    m_model->setPreview(std::move(*shown));
    m_message->setText(cut ? tr("The first %1 of %2 rows; the totals are of them all. Export for every row.")
                                 .arg(PreviewRows)
                                 .arg(total)
                           : tr("%1 rows, and their totals.").arg(total));
}

bool ReportsView::exportTo(const QString& file, const QString& format)
{
    const ReportRequest r = request();
    if (Status s = r.validate(); !s) {
        m_message->setText(s.error().message);
        return false;
    }
    QProgressDialog progress(tr("Writing the report…"), tr("Cancel"), 0, 0, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const auto step = [&progress](qint64 rows) {
        progress.setLabelText(tr("Writing the report… %1 rows").arg(rows));
        QApplication::processEvents();
        return !progress.wasCanceled();
    };
    ExportSummary summary;
    const Status written = format == QLatin1String("pdf")
        ? exportPdf(m_context.ledger(), r, file, step, &summary)
        : exportCsv(m_context.ledger(), r, file, step, &summary);
    progress.reset();
    if (!written) {
        // A cancelled or failed export leaves no file (QSaveFile); say so plainly.
        m_message->setText(tr("Nothing was written: %1").arg(written.error().message));
        return false;
    }
    m_message->setText(tr("Wrote %1 rows to %2 (audit chain head %3).")
                           .arg(summary.rows)
                           .arg(summary.file)
                           .arg(summary.auditSeq));
    return true;
}

void ReportsView::exportAs(const QString& format)
{
    const ReportRequest r = request();
    const QString suggested =
        QStringLiteral("%1-%2.%3")
            .arg(toString(r.kind), (r.kind == ReportKind::Aging ? r.asOf : r.to).toString(Qt::ISODate),
                 format);
    const QString file =
        QFileDialog::getSaveFileName(this, tr("Export report"), suggested,
                                     format == QLatin1String("pdf") ? tr("PDF (*.pdf)") : tr("CSV (*.csv)"));
    if (!file.isEmpty())
        exportTo(file, format);
}

} // namespace imali
