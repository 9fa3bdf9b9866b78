// SPDX-License-Identifier: GPL-3.0-or-later
#include "CustomersView.h"

#include "CustomerDialog.h"
#include "Customers.h"
#include "SavedCardsDialog.h"
#include "models/CustomersModel.h"
#include "queries/CustomerQuery.h"

#include <QAction>
#include <QCheckBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imali
{

namespace
{
QAction* pageAction(QWidget* page, const QString& name, const QString& text, const QKeySequence& keys)
{
    auto* action = new QAction(text, page);
    action->setObjectName(name);
    action->setShortcut(keys);
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the page sits in a stack with others
    page->addAction(action);
    return action;
}
} // namespace

CustomersView::CustomersView(Ledger& ledger, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_model(new CustomersModel(ledger, this))
    , m_search(new QLineEdit(this))
    , m_showArchived(new QCheckBox(tr("Show &archived"), this))
    , m_table(new QTableView(this))
    , m_error(new QLabel(this))
    , m_name(new QLabel(this))
    , m_balance(new QLabel(this))
    , m_overdue(new QLabel(this))
    , m_invoices(new QTreeWidget(this))
    , m_new(new QPushButton(tr("&New customer…"), this))
    , m_edit(new QPushButton(tr("&Edit…"), this))
    , m_archive(new QPushButton(tr("Arc&hive"), this))
    , m_anonymise(new QPushButton(tr("Anon&ymise…"), this))
    , m_cards(new QPushButton(tr("Saved ca&rds…"), this))
{
    setObjectName(QStringLiteral("customersView"));
    m_search->setObjectName(QStringLiteral("customerSearch"));
    m_search->setAccessibleName(tr("Search customers"));
    m_search->setPlaceholderText(tr("Search by name or email (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheck"));
    m_showArchived->setAccessibleName(tr("Show archived customers"));
    m_table->setObjectName(QStringLiteral("customersTable"));
    m_table->setAccessibleName(tr("Customers"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->hide();
    m_name->setObjectName(QStringLiteral("customerNameLabel"));
    m_name->setWordWrap(true);
    m_balance->setObjectName(QStringLiteral("balanceLabel"));
    m_overdue->setObjectName(QStringLiteral("overdueLabel"));
    m_invoices->setObjectName(QStringLiteral("customerInvoices"));
    m_invoices->setAccessibleName(tr("The customer's invoices"));
    m_invoices->setRootIsDecorated(false);
    m_invoices->setUniformRowHeights(true);
    m_invoices->setHeaderLabels(
        {tr("Invoice"), tr("Status"), tr("Issued"), tr("Due"), tr("Total"), tr("Balance")});
    m_new->setObjectName(QStringLiteral("newCustomerButton"));
    m_new->setAccessibleName(tr("New customer"));
    m_new->setToolTip(tr("Add a customer (Ctrl+N)"));
    m_edit->setObjectName(QStringLiteral("editCustomerButton"));
    m_edit->setAccessibleName(tr("Edit customer"));
    m_edit->setToolTip(tr("Edit the selected customer (Ctrl+E)"));
    m_archive->setObjectName(QStringLiteral("archiveCustomerButton"));
    m_archive->setAccessibleName(tr("Archive customer"));
    m_anonymise->setObjectName(QStringLiteral("anonymiseCustomerButton"));
    m_anonymise->setAccessibleName(tr("Anonymise customer"));
    m_anonymise->setToolTip(tr("Erase the customer's personal data for good (POPIA); amounts stay"));
    m_cards->setObjectName(QStringLiteral("savedCardsButton"));
    m_cards->setAccessibleName(tr("Saved cards"));
    m_cards->setToolTip(tr("The customer's saved cards: add, label, make default, remove"));
    m_cards->setEnabled(false);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_showArchived);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_archive);
    buttons->addWidget(m_anonymise);
    buttons->addWidget(m_cards);
    buttons->addStretch();
    auto* summaryBox = new QGroupBox(tr("Customer"), this);
    summaryBox->setObjectName(QStringLiteral("customerSummary"));
    auto* summary = new QVBoxLayout(summaryBox);
    summary->addWidget(m_name);
    summary->addWidget(m_balance);
    summary->addWidget(m_overdue);
    summary->addWidget(m_invoices, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(summaryBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);
    setTabOrder(m_search, m_showArchived);
    setTabOrder(m_showArchived, m_table);
    setTabOrder(m_table, m_new);
    setTabOrder(m_new, m_edit);
    setTabOrder(m_edit, m_archive);
    setTabOrder(m_archive, m_anonymise);
    setTabOrder(m_anonymise, m_cards);
    setTabOrder(m_cards, m_invoices);

    connect(pageAction(this, QStringLiteral("newCustomerAction"), tr("New customer"), QKeySequence::New),
            &QAction::triggered, this, &CustomersView::newCustomer);
    connect(pageAction(this, QStringLiteral("editCustomerAction"), tr("Edit customer"),
                       QKeySequence(Qt::CTRL | Qt::Key_E)),
            &QAction::triggered, this, &CustomersView::editSelected);
    connect(
        pageAction(this, QStringLiteral("findCustomerAction"), tr("Search customers"), QKeySequence::Find),
        &QAction::triggered, this, [this]() {
            m_search->setFocus();
            m_search->selectAll();
        });
    connect(m_new, &QPushButton::clicked, this, &CustomersView::newCustomer);
    connect(m_edit, &QPushButton::clicked, this, &CustomersView::editSelected);
    connect(m_archive, &QPushButton::clicked, this, &CustomersView::archiveSelected);
    connect(m_anonymise, &QPushButton::clicked, this, &CustomersView::anonymiseSelected);
    connect(m_cards, &QPushButton::clicked, this, &CustomersView::showSavedCards);
    connect(m_table, &QTableView::activated, this, &CustomersView::editSelected);
    connect(m_search, &QLineEdit::textChanged, this, &CustomersView::search);
    connect(m_showArchived, &QCheckBox::toggled, this, &CustomersView::search);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &CustomersView::showSummary);
    connect(m_invoices, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        emit invoiceActivated(item->data(0, Qt::UserRole).toLongLong());
    });
    search();
}

void CustomersView::refresh()
{
    const qint64 keep = selectedId();
    if (Status s = m_model->reload(); !s)
        showError(s.error().message);
    else
        m_error->hide();
    select(keep);
}

void CustomersView::search()
{
    const qint64 keep = selectedId();
    if (Status s = m_model->search(m_search->text(), m_showArchived->isChecked()); !s)
        showError(s.error().message);
    else
        m_error->hide();
    select(keep);
}

qint64 CustomersView::selectedId() const
{
    const Customer* c = m_model->customerAt(m_table->currentIndex().row());
    return c ? c->id : 0;
}

void CustomersView::select(qint64 id)
{
    const QModelIndex index = id ? m_model->indexOfCustomer(id) : QModelIndex();
    m_table->setCurrentIndex(index.isValid() ? index : m_model->index(0, 0));
    showSummary();
}

void CustomersView::showSummary()
{
    m_invoices->clear();
    const Customer* c = m_model->customerAt(m_table->currentIndex().row());
    m_edit->setEnabled(c && !c->isAnonymised());
    m_archive->setEnabled(c && !c->isArchived());
    m_anonymise->setEnabled(c && !c->isAnonymised());
    m_cards->setEnabled(m_context && c && !c->isAnonymised());
    if (!c) {
        m_name->setText(m_model->rowCount() == 0 ? tr("No customers match.") : QString());
        m_balance->clear();
        m_overdue->clear();
        return;
    }
    auto summary = CustomerQuery(m_ledger).summary(c->id);
    if (!summary) {
        m_name->setText(summary.error().message);
        m_balance->clear();
        m_overdue->clear();
        return;
    }
    const Customer& customer = summary->customer;
    QStringList lines {customer.name};
    if (!customer.email.isEmpty())
        lines << customer.email;
    if (!customer.phone.isEmpty())
        lines << customer.phone;
    if (customer.isAnonymised())
        lines << tr("Anonymised; personal data erased.");
    else if (customer.isArchived())
        lines << tr("Archived.");
    m_name->setText(lines.join(QLatin1Char('\n')));
    m_balance->setText(summary->openInvoices == 1
                           ? tr("Owes %1 on 1 open invoice").arg(summary->openBalance.toDisplayString())
                           : tr("Owes %1 on %2 open invoices")
                                 .arg(summary->openBalance.toDisplayString())
                                 .arg(summary->openInvoices));
    m_overdue->setText(summary->overdueBalance.isZero()
                           ? QString()
                           : tr("%1 of it is overdue").arg(summary->overdueBalance.toDisplayString()));
    for (const CustomerInvoiceRow& r : summary->invoices) {
        auto* item = new QTreeWidgetItem(m_invoices,
                                         {r.reference, toString(r.status), r.issueDate.toString(Qt::ISODate),
                                          r.dueDate.toString(Qt::ISODate), r.total.toDisplayString(),
                                          r.balance.toDisplayString()});
        item->setData(0, Qt::UserRole, r.id);
        item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(5, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (summary->invoiceCount > summary->invoices.size())
        m_invoices->setToolTip(
            tr("The newest %1 of %2 invoices").arg(summary->invoices.size()).arg(summary->invoiceCount));
    else
        m_invoices->setToolTip(QString());
}

void CustomersView::showError(const QString& message)
{
    m_error->setText(message);
    m_error->show();
}

void CustomersView::newCustomer()
{
    auto* dialog = new CustomerDialog(m_ledger, std::nullopt, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::saved, this, [this](qint64 id) {
        // Show the new customer even when the current search would hide them.
        m_search->blockSignals(true);
        m_search->clear();
        m_search->blockSignals(false);
        (void)m_model->search(QString(), m_showArchived->isChecked());
        select(id);
        emit booksChanged();
    });
    dialog->open();
}

void CustomersView::editSelected()
{
    const Customer* c = m_model->customerAt(m_table->currentIndex().row());
    if (!c || c->isAnonymised())
        return;
    auto* dialog = new CustomerDialog(m_ledger, *c, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CustomerDialog::saved, this, [this]() {
        refresh();
        emit booksChanged();
    });
    dialog->open();
}

void CustomersView::confirm(const QString& objectName, const QString& title, const QString& text,
                            const std::function<void()>& onYes)
{
    auto* box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(objectName);
    box->setDefaultButton(QMessageBox::No); // the safe answer is the one Enter gives
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [box, onYes](int) {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            onYes();
    });
    box->open();
}

void CustomersView::archiveSelected()
{
    const Customer* c = m_model->customerAt(m_table->currentIndex().row());
    if (!c || c->isArchived())
        return;
    const qint64 id = c->id;
    confirm(QStringLiteral("archiveConfirmation"), tr("Archive customer"),
            tr("Archive %1? They leave the customer list; their invoices stay.").arg(c->name), [this, id]() {
                if (Status s = Customers(m_ledger).archive(id); !s) {
                    showError(s.error().message);
                    return;
                }
                refresh();
                emit booksChanged();
            });
}

void CustomersView::anonymiseSelected()
{
    const Customer* c = m_model->customerAt(m_table->currentIndex().row());
    if (!c || c->isAnonymised())
        return;
    const qint64 id = c->id;
    confirm(
        QStringLiteral("anonymiseConfirmation"), tr("Anonymise customer"),
        tr("Anonymise %1?\n\nTheir name, email, phone, address and VAT number are erased for good, also from "
           "the audit trail. This cannot be undone. Invoices and amounts stay.")
            .arg(c->name),
        [this, id]() {
            if (Status s = Customers(m_ledger).anonymise(id); !s) {
                showError(s.error().message);
                return;
            }
            // Anonymising also archives: show archived customers so the result stays in view.
            m_showArchived->setChecked(true);
            refresh();
            select(id);
            emit booksChanged();
        });
}

void CustomersView::setConsoleContext(ConsoleContext* context)
{
    m_context = context;
    showSummary();
}

void CustomersView::showSavedCards()
{
    const Customer* c = m_model->customerAt(m_table->currentIndex().row());
    if (!c || !m_context || !m_cards->isEnabled())
        return;
    auto* dialog = new SavedCardsDialog(*m_context, c->id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace imali
