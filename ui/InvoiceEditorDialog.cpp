// SPDX-License-Identifier: GPL-3.0-or-later
#include "InvoiceEditorDialog.h"

#include "BusinessSettings.h"
#include "Clock.h"
#include "ConsoleContext.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

namespace imali
{

namespace
{
enum LineColumn { Description, QuantityColumn, UnitPrice, Vat, LineColumns };
} // namespace

InvoiceEditorDialog::InvoiceEditorDialog(ConsoleContext& context, const Invoice* copyFrom, QWidget* parent)
    : QDialog(parent), m_context(context)
{
    setWindowTitle(tr("New invoice"));
    setObjectName(QStringLiteral("invoiceEditor"));
    auto vat = BusinessSettings(context.ledger()).isVatRegistered();
    m_vatRegistered = vat && *vat;

    m_customer = new QComboBox(this);
    m_customer->setObjectName(QStringLiteral("customerBox"));
    m_customer->setAccessibleName(tr("Customer"));
    m_customer->setEditable(true); // typing a name finds it
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    if (auto customers = Customers(context.ledger()).list()) {
        for (const Customer& c : *customers)
            m_customer->addItem(c.email.isEmpty() ? c.name : tr("%1 <%2>").arg(c.name, c.email), c.id);
    }
    m_customer->setCurrentIndex(-1);

    m_pricesIncludeVat = new QCheckBox(tr("Prices &include VAT"), this);
    m_pricesIncludeVat->setObjectName(QStringLiteral("pricesIncludeVat"));
    m_pricesIncludeVat->setEnabled(m_vatRegistered);

    m_dueDate = new QDateEdit(this);
    m_dueDate->setObjectName(QStringLiteral("dueDate"));
    m_dueDate->setAccessibleName(tr("Due date"));
    m_dueDate->setCalendarPopup(true);
    m_dueDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    const auto terms = BusinessSettings(context.ledger()).paymentTermsDays();
    m_dueDate->setDate(Clock::today().addDays(terms ? *terms : 30));

    m_lines = new QTableWidget(0, LineColumns, this);
    m_lines->setObjectName(QStringLiteral("linesTable"));
    m_lines->setAccessibleName(tr("Invoice lines"));
    m_lines->setHorizontalHeaderLabels({tr("Description"), tr("Quantity"), tr("Unit price (R)"),
                                        m_vatRegistered ? tr("VAT % (blank: 15)") : tr("VAT %")});
    m_lines->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_lines->setTabKeyNavigation(true);
    m_lines->setMinimumHeight(160);

    auto* addLine = new QPushButton(tr("&Add line"), this);
    addLine->setObjectName(QStringLiteral("addLine"));
    auto* removeLine = new QPushButton(tr("&Remove line"), this);
    removeLine->setObjectName(QStringLiteral("removeLine"));
    connect(addLine, &QPushButton::clicked, this, [this] {
        addLineRow({});
        m_lines->setCurrentCell(m_lines->rowCount() - 1, Description);
        m_lines->setFocus();
    });
    connect(removeLine, &QPushButton::clicked, this, [this] {
        if (m_lines->rowCount() > 1 && m_lines->currentRow() >= 0)
            m_lines->removeRow(m_lines->currentRow());
        revalidate();
    });

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totalsLabel"));
    m_totals->setAccessibleName(tr("Totals"));
    m_totals->setAlignment(Qt::AlignRight);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->setStyleSheet(QStringLiteral("color:#842029;"));
    m_message->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_saveDraft = buttons->addButton(tr("Save &draft"), QDialogButtonBox::AcceptRole);
    m_saveDraft->setObjectName(QStringLiteral("saveDraft"));
    m_saveIssue = buttons->addButton(tr("Save and i&ssue"), QDialogButtonBox::AcceptRole);
    m_saveIssue->setObjectName(QStringLiteral("saveAndIssue"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Return belongs to the field being typed in (a customer's name, a cell); saving is Ctrl+Return.
    for (QPushButton* b : findChildren<QPushButton*>())
        b->setAutoDefault(false);
    connect(m_saveDraft, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_saveIssue, &QPushButton::clicked, this, [this] { save(true); });
    // Ctrl+Return saves from anywhere, the lines table included (where Return edits a cell).
    auto* saveShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (m_saveDraft->isEnabled())
            save(false);
    });

    auto* form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_customer);
    form->addRow(tr("D&ue date:"), m_dueDate);
    form->addRow(QString(), m_pricesIncludeVat);
    auto* lineButtons = new QHBoxLayout;
    lineButtons->addWidget(addLine);
    lineButtons->addWidget(removeLine);
    lineButtons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines);
    layout->addLayout(lineButtons);
    layout->addWidget(m_totals);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(720, 480);

    connect(m_lines, &QTableWidget::cellChanged, this, [this](int row) {
        // Typing into the last line opens a fresh one below, so lines can be added from the keyboard.
        if (row == m_lines->rowCount() - 1 && m_lines->item(row, Description)
            && !m_lines->item(row, Description)->text().trimmed().isEmpty())
            addLineRow({});
        revalidate();
    });
    connect(m_pricesIncludeVat, &QCheckBox::toggled, this, &InvoiceEditorDialog::revalidate);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &InvoiceEditorDialog::revalidate);

    if (copyFrom) {
        fill(*copyFrom);
    } else {
        addLineRow({});
    }
    setTabOrder(m_customer, m_dueDate);
    setTabOrder(m_dueDate, m_pricesIncludeVat);
    setTabOrder(m_pricesIncludeVat, m_lines);
    revalidate();
}

InvoiceEditorDialog* InvoiceEditorDialog::forDraft(ConsoleContext& context, const Invoice& draft,
                                                   QWidget* parent)
{
    auto* dialog = new InvoiceEditorDialog(context, &draft, parent);
    dialog->m_draftId = draft.id;
    dialog->setWindowTitle(tr("Edit draft #%1").arg(draft.id));
    if (draft.dueDate.isValid())
        dialog->m_dueDate->setDate(draft.dueDate);
    return dialog;
}

void InvoiceEditorDialog::fill(const Invoice& invoice)
{
    m_customer->setCurrentIndex(m_customer->findData(invoice.customerId));
    m_pricesIncludeVat->setChecked(invoice.pricesIncludeVat);
    const QSignalBlocker blocker(m_lines);
    for (const InvoiceLine& line : invoice.lines)
        addLineRow(
            {line.description, line.quantity.toString(), line.unitPrice.toString(), line.vatRate.toString()});
    addLineRow({});
}

void InvoiceEditorDialog::addLineRow(const LineInput& line)
{
    const QSignalBlocker blocker(m_lines);
    const int row = m_lines->rowCount();
    m_lines->insertRow(row);
    m_lines->setItem(row, Description, new QTableWidgetItem(line.description));
    m_lines->setItem(row, QuantityColumn,
                     new QTableWidgetItem(
                         line.quantity.isEmpty() && line.description.isEmpty() ? QString() : line.quantity));
    m_lines->setItem(row, UnitPrice, new QTableWidgetItem(line.unitPrice));
    m_lines->setItem(row, Vat, new QTableWidgetItem(line.vatRate));
    for (int c : {QuantityColumn, UnitPrice, Vat})
        m_lines->item(row, c)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
}

QList<LineInput> InvoiceEditorDialog::typedLines() const
{
    QList<LineInput> lines;
    for (int row = 0; row < m_lines->rowCount(); ++row) {
        auto cell = [&](int column) {
            const QTableWidgetItem* item = m_lines->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        LineInput line {cell(Description), cell(QuantityColumn), cell(UnitPrice), cell(Vat)};
        if (line.description.isEmpty() && line.quantity.isEmpty() && line.unitPrice.isEmpty()
            && line.vatRate.isEmpty())
            continue; // the blank row kept for typing the next line
        if (line.quantity.isEmpty())
            line.quantity = QStringLiteral("1");
        lines.append(line);
    }
    return lines;
}

QString InvoiceEditorDialog::validationMessage() const
{
    return m_message->text();
}

void InvoiceEditorDialog::revalidate()
{
    QString problem;
    Money subtotal, vat, total;
    auto lines = Invoices(m_context.ledger())
                     .parseLines(typedLines(), m_pricesIncludeVat->isChecked(), m_vatRegistered);
    if (lines) {
        QList<LineAmounts> amounts;
        for (const InvoiceLine& l : *lines)
            amounts.append(l.amounts);
        const InvoiceTotals totals = sumLines(amounts);
        subtotal = totals.subtotal;
        vat = totals.vat;
        total = totals.total;
    } else {
        problem = lines.error().message;
    }
    if (problem.isEmpty() && m_customer->currentIndex() < 0)
        problem = tr("choose a customer");
    m_totals->setText(tr("Subtotal R %1 · VAT R %2 · Total R %3")
                          .arg(subtotal.toString(), vat.toString(), total.toString()));
    m_message->setText(problem.isEmpty() ? QString() : problem.left(1).toUpper() + problem.mid(1));
    m_saveDraft->setEnabled(problem.isEmpty());
    m_saveIssue->setEnabled(problem.isEmpty());
}

void InvoiceEditorDialog::save(bool issue)
{
    NewInvoice input;
    input.customerId = m_customer->currentData().toLongLong();
    input.lines = typedLines();
    input.pricesIncludeVat = m_pricesIncludeVat->isChecked();
    input.dueDate = m_dueDate->date();
    input.issue = issue;
    Invoices invoices(m_context.ledger());
    auto saved = m_draftId ? invoices.updateDraft(m_draftId, input) : invoices.create(input);
    if (!saved) {
        m_message->setText(saved.error().message);
        return;
    }
    m_savedId = saved->id;
    m_context.notifyBooksChanged();
    accept();
}

} // namespace imali
