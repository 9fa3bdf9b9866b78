// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoicesView.h"

#include "OptionalDateEdit.h"

#include "ChargeCardDialog.h"
#include "ConsoleContext.h"
#include "InvoiceDetailPane.h"
#include "InvoiceEditorDialog.h"
#include "InvoiceTableModel.h"
#include "Invoices.h"
#include "Ledger.h"
#include "RequestPaymentDialog.h"
#include "StatusBadgeDelegate.h"
#include "documents/InvoiceDocument.h"

#include <QAction>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace imali
{

namespace
{
// The earliest date a period picker offers; showing it means "no bound".
const QDate AnyDate(2000, 1, 1);
} // namespace

InvoicesView::InvoicesView(ConsoleContext& context, QWidget* parent) : QWidget(parent), m_context(context)
{
    setObjectName(QStringLiteral("invoicesView"));
    m_model = new InvoiceTableModel(context.ledger().db(), this);

    auto* toolbar = new QToolBar(this);
    auto addAction = [&](const QString& text, const QKeySequence& keys, const QString& name, auto slot) {
        auto* action = toolbar->addAction(text, this, slot);
        action->setShortcut(keys);
        // The shortcut works wherever the focus is on this page (the list, the search, the filters), not
        // only on the toolbar: the action belongs to the page as well.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        this->QWidget::addAction(action);
        action->setObjectName(name);
        action->setToolTip(QStringLiteral("%1 (%2)").arg(text.split(QLatin1Char('&')).join(QString()),
                                                         keys.toString(QKeySequence::NativeText)));
        return action;
    };
    addAction(tr("&New invoice"), QKeySequence::New, QStringLiteral("newInvoice"), &InvoicesView::newInvoice);
    m_edit = addAction(tr("&Edit draft"), QKeySequence(Qt::CTRL | Qt::Key_E), QStringLiteral("editInvoice"),
                       &InvoicesView::editSelected);
    m_issue = addAction(tr("&Issue"), QKeySequence(Qt::CTRL | Qt::Key_I), QStringLiteral("issueInvoice"),
                        &InvoicesView::issueSelected);
    m_request = addAction(tr("Request &payment"), QKeySequence(Qt::CTRL | Qt::Key_P),
                          QStringLiteral("requestPayment"), &InvoicesView::requestPayment);
    m_chargeCard = addAction(tr("C&harge saved card…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P),
                             QStringLiteral("chargeSavedCard"), &InvoicesView::chargeSavedCard);
    m_duplicate = addAction(tr("&Duplicate"), QKeySequence(Qt::CTRL | Qt::Key_D),
                            QStringLiteral("duplicateInvoice"), &InvoicesView::duplicateSelected);
    addAction(tr("Inv&oice PDF…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S),
              QStringLiteral("invoicePdf"), &InvoicesView::saveInvoicePdf);
    m_void = addAction(tr("&Void"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V),
                       QStringLiteral("voidInvoice"), &InvoicesView::voidSelected);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("invoiceSearch"));
    m_search->setAccessibleName(tr("Search invoices"));
    m_search->setPlaceholderText(tr("Search by number, customer or email"));
    m_search->setClearButtonEnabled(true);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->setAccessibleName(tr("Status"));
    const QList<std::pair<QString, QString>> statuses {
        {tr("All statuses"), QString()},
        {tr("Draft"), QStringLiteral("draft")},
        {tr("Open"), QStringLiteral("open")},
        {tr("Overdue"), QStringLiteral("overdue")},
        {tr("Paid"), QStringLiteral("paid")},
        {tr("Partly refunded"), QStringLiteral("partially_refunded")},
        {tr("Refunded"), QStringLiteral("refunded")},
        {tr("Void"), QStringLiteral("void")}};
    for (const auto& [label, value] : statuses)
        m_status->addItem(label, value);
    auto makeDate = [this](const QString& name, const QString& accessible) {
        return new OptionalDateEdit(name, accessible, tr("any"), AnyDate, this);
    };
    m_from = makeDate(QStringLiteral("issuedFrom"), tr("Issued from"));
    m_to = makeDate(QStringLiteral("issuedTo"), tr("Issued until"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("invoiceCount"));

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status, 1);
    auto* fromLabel = new QLabel(tr("Issued &from"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_count);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("invoiceTable"));
    m_table->setAccessibleName(tr("Invoices"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    // Fixed row heights: a million rows must never be measured one by one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(int(InvoiceColumn::Customer), QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(int(InvoiceColumn::State), new StatusBadgeDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(int(InvoiceColumn::Number), Qt::DescendingOrder);

    m_detail = new InvoiceDetailPane(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("invoiceMessage"));
    m_message->setWordWrap(true);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(toolbar);
    layout->addLayout(filters);
    layout->addWidget(m_message);
    layout->addWidget(splitter, 1);

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_table);
    setTabOrder(m_table, m_detail);

    // Typing waits for a pause before querying; the other filters apply at once.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_searchDelay, &QTimer::timeout, this, &InvoicesView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &InvoicesView::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &InvoicesView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &InvoicesView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &InvoicesView::applyFilter);
    connect(m_model, &InvoiceTableModel::queryFailed, this, &InvoicesView::report);
    connect(m_model, &InvoiceTableModel::matchCountChanged, this, [this](qint64 n) {
        m_count->setText(tr("%n invoice(s)", nullptr, int(std::min<qint64>(n, INT_MAX))));
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &InvoicesView::showSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &InvoicesView::showSelected);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        auto invoice = Invoices(m_context.ledger()).get(selectedInvoiceId());
        if (invoice && invoice->status == InvoiceStatus::Draft)
            editSelected();
        else if (invoice && invoice->status == InvoiceStatus::Open)
            requestPayment();
    });
    connect(&m_context, &ConsoleContext::booksChanged, this, &InvoicesView::refresh);

    m_model->reload();
    updateActions();
}

qint64 InvoicesView::selectedInvoiceId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->invoiceIdAt(current.row()) : 0;
}

void InvoicesView::selectInvoice(qint64 id)
{
    const int row = m_model->rowOfInvoice(id);
    if (row >= 0)
        m_table->selectRow(row);
}

void InvoicesView::applyFilter()
{
    m_searchDelay->stop();
    InvoiceFilter f = m_model->filter();
    f.search = m_search->text();
    f.status = m_status->currentData().toString();
    f.issuedFrom = m_from->date() == AnyDate ? QDate() : m_from->date();
    f.issuedTo = m_to->date() == AnyDate ? QDate() : m_to->date();
    m_message->clear();
    m_model->setFilter(f);
}

void InvoicesView::refresh()
{
    // Keep the selection on the same invoice across the reload.
    const qint64 selected = selectedInvoiceId();
    m_model->reload();
    if (selected)
        selectInvoice(selected);
    showSelected();
}

void InvoicesView::showSelected()
{
    const qint64 id = selectedInvoiceId();
    if (!id) {
        m_detail->showNothing();
    } else if (auto invoice = Invoices(m_context.ledger()).get(id)) {
        m_detail->showInvoice(*invoice);
    } else {
        report(invoice.error().message);
    }
    updateActions();
}

void InvoicesView::updateActions()
{
    std::optional<InvoiceStatus> status;
    if (const qint64 id = selectedInvoiceId()) {
        if (auto invoice = Invoices(m_context.ledger()).get(id))
            status = invoice->status;
    }
    m_edit->setEnabled(status == InvoiceStatus::Draft);
    m_issue->setEnabled(status == InvoiceStatus::Draft);
    m_void->setEnabled(status == InvoiceStatus::Draft || status == InvoiceStatus::Open);
    m_duplicate->setEnabled(status.has_value());
    m_request->setEnabled(status == InvoiceStatus::Open);
    m_chargeCard->setEnabled(status == InvoiceStatus::Open);
}

void InvoicesView::report(const QString& message)
{
    m_message->setText(message);
}

void InvoicesView::newInvoice()
{
    InvoiceEditorDialog dialog(m_context, nullptr, this);
    if (dialog.exec() == QDialog::Accepted)
        selectInvoice(dialog.savedInvoiceId());
}

void InvoicesView::editSelected()
{
    auto invoice = Invoices(m_context.ledger()).get(selectedInvoiceId());
    if (!invoice)
        return report(invoice.error().message);
    std::unique_ptr<InvoiceEditorDialog> dialog(InvoiceEditorDialog::forDraft(m_context, *invoice, this));
    if (dialog->exec() == QDialog::Accepted)
        selectInvoice(dialog->savedInvoiceId());
}

void InvoicesView::duplicateSelected()
{
    auto invoice = Invoices(m_context.ledger()).get(selectedInvoiceId());
    if (!invoice)
        return report(invoice.error().message);
    InvoiceEditorDialog dialog(m_context, &*invoice, this);
    dialog.setWindowTitle(tr("New invoice from %1").arg(invoice->reference()));
    if (dialog.exec() == QDialog::Accepted)
        selectInvoice(dialog.savedInvoiceId());
}

void InvoicesView::issueSelected()
{
    const qint64 id = selectedInvoiceId();
    auto issued = Invoices(m_context.ledger()).issue(QString::number(id));
    if (!issued)
        return report(issued.error().message);
    report(tr("Issued %1.").arg(issued->number));
    m_context.notifyBooksChanged();
    selectInvoice(id);
}

void InvoicesView::voidSelected()
{
    const qint64 id = selectedInvoiceId();
    auto invoice = Invoices(m_context.ledger()).get(id);
    if (!invoice)
        return report(invoice.error().message);
    if (QMessageBox::question(
            this, tr("Void invoice"),
            tr("Void %1? A voided invoice stays in the books and can't be paid.").arg(invoice->reference()))
        != QMessageBox::Yes)
        return;
    auto voided = Invoices(m_context.ledger()).voidInvoice(QString::number(id));
    if (!voided)
        return report(voided.error().message);
    report(tr("Voided %1.").arg(voided->reference()));
    m_context.notifyBooksChanged();
}

void InvoicesView::requestPayment()
{
    const qint64 id = selectedInvoiceId();
    if (!id)
        return;
    RequestPaymentDialog dialog(m_context, id, this);
    dialog.exec();
}

void InvoicesView::chargeSavedCard()
{
    const qint64 id = selectedInvoiceId();
    if (!id)
        return;
    auto* dialog = new ChargeCardDialog(m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace imali

namespace imali
{

bool InvoicesView::writeInvoicePdf(const QString& file, QString* problem)
{
    const qint64 id = selectedInvoiceId();
    if (!id) {
        *problem = tr("Select an invoice first.");
        return false;
    }
    auto written = imali::writeInvoicePdf(m_context.ledger(), m_context.config(), QString::number(id), file);
    if (!written) {
        *problem = written.error().message;
        return false;
    }
    report(written->payNowMissing.isEmpty()
               ? tr("Wrote %1 to %2.").arg(written->number, written->file)
               : tr("Wrote %1 to %2, without a Pay now code: %3")
                     .arg(written->number, written->file, written->payNowMissing));
    return true;
}

void InvoicesView::saveInvoicePdf()
{
    auto invoice = Invoices(m_context.ledger()).get(selectedInvoiceId());
    if (!invoice)
        return report(invoice.error().message);
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save invoice PDF"), invoice->reference() + QStringLiteral(".pdf"), tr("PDF (*.pdf)"));
    if (file.isEmpty())
        return;
    QString problem;
    if (!writeInvoicePdf(file, &problem))
        report(problem);
}

} // namespace imali
