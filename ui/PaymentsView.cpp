// SPDX-License-Identifier: GPL-3.0-or-later
#include "PaymentsView.h"

#include "OptionalDateEdit.h"

#include "Clock.h"
#include "ManualPaymentDialog.h"
#include "PayFastRefundDialog.h"
#include "RefundDialog.h"
#include "models/PaymentsModel.h"
#include "processing/ItnProcessor.h"
#include "queries/PaymentQuery.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace imali
{

namespace
{
/// The date a QDateEdit shows as "any": no bound on that side.
const QDate NoBound(2000, 1, 1);

QDateEdit* dateEdit(const QString& name, const QString& accessible, QWidget* parent)
{
    return new OptionalDateEdit(name, accessible, PaymentsView::tr("any"), NoBound, parent);
}

QComboBox* choiceBox(const QString& name, const QString& accessible,
                     const QList<std::pair<QString, QString>>& values, QWidget* parent)
{
    auto* box = new QComboBox(parent);
    box->setObjectName(name);
    box->setAccessibleName(accessible);
    box->addItem(PaymentsView::tr("All"), QString());
    for (const auto& [label, value] : values)
        box->addItem(label, value);
    return box;
}

QLabel* amountLabel(const QString& name, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString localTime(const QString& stored)
{
    if (stored.isEmpty())
        return {};
    return Clock::fromStorage(stored)
        .addSecs(Clock::JohannesburgOffsetSeconds)
        .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

PaymentsView::PaymentsView(Ledger& ledger, QWidget* parent)
    : QWidget(parent)
    , m_ledger(ledger)
    , m_model(new PaymentsModel(ledger, this))
    , m_from(dateEdit(QStringLiteral("fromDate"), tr("From date"), this))
    , m_to(dateEdit(QStringLiteral("toDate"), tr("To date"), this))
    , m_status(choiceBox(QStringLiteral("statusFilter"), tr("Status filter"),
                         {{tr("Complete"), QStringLiteral("complete")},
                          {tr("Pending"), QStringLiteral("pending")},
                          {tr("Failed"), QStringLiteral("failed")},
                          {tr("Cancelled"), QStringLiteral("cancelled")},
                          {tr("Unknown"), QStringLiteral("unknown")}},
                         this))
    , m_provider(choiceBox(QStringLiteral("providerFilter"), tr("Provider filter"),
                           {{tr("PayFast"), QStringLiteral("payfast")},
                            {tr("Stripe"), QStringLiteral("stripe")},
                            {tr("Manual"), QStringLiteral("manual")}},
                           this))
    , m_method(choiceBox(QStringLiteral("methodFilter"), tr("Method filter"),
                         {{tr("Cash"), QStringLiteral("cash")},
                          {tr("EFT"), QStringLiteral("eft")},
                          {tr("Card machine"), QStringLiteral("card")}},
                         this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
    , m_table(new QTableView(this))
    , m_detailHeading(new QLabel(this))
    , m_gross(amountLabel(QStringLiteral("grossLabel"), this))
    , m_fee(amountLabel(QStringLiteral("feeLabel"), this))
    , m_net(amountLabel(QStringLiteral("netLabel"), this))
    , m_refunded(amountLabel(QStringLiteral("refundedLabel"), this))
    , m_invoice(amountLabel(QStringLiteral("invoiceLabel"), this))
    , m_reference(amountLabel(QStringLiteral("referenceLabel"), this))
    , m_events(new QTreeWidget(this))
    , m_notifications(new QTreeWidget(this))
    , m_fields(new QTreeWidget(this))
    , m_recordPayment(new QPushButton(tr("Record &manual payment…"), this))
    , m_recordRefund(new QPushButton(tr("Record re&fund…"), this))
    , m_payFastRefund(new QPushButton(tr("Refund through PayF&ast…"), this))
{
    setObjectName(QStringLiteral("paymentsView"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    // A million rows: fixed row height, no per-row sizing, order and filter in SQL.
    m_table->setObjectName(QStringLiteral("paymentsTable"));
    m_table->setAccessibleName(tr("Payments"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(PaymentsModel::DateColumn, Qt::DescendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setColumnWidth(PaymentsModel::DateColumn, 130);

    m_recordPayment->setObjectName(QStringLiteral("recordPaymentButton"));
    m_recordPayment->setAccessibleName(tr("Record manual payment"));
    m_recordPayment->setToolTip(tr("Record a cash, EFT or card-machine payment (Ctrl+N)"));
    m_recordRefund->setObjectName(QStringLiteral("recordRefundButton"));
    m_recordRefund->setAccessibleName(tr("Record refund"));
    m_recordRefund->setToolTip(
        tr("Record money given back by hand for the selected manual payment (Ctrl+R)"));
    m_recordRefund->setEnabled(false);
    m_payFastRefund->setObjectName(QStringLiteral("payFastRefundButton"));
    m_payFastRefund->setAccessibleName(tr("Refund through PayFast"));
    m_payFastRefund->setToolTip(
        tr("Give money back to the buyer through PayFast for the selected PayFast payment"));
    m_payFastRefund->setEnabled(false);

    auto* filters = new QHBoxLayout;
    auto addFilter = [&](const QString& text, QWidget* w) {
        auto* label = new QLabel(text, this);
        label->setBuddy(w);
        filters->addWidget(label);
        filters->addWidget(w);
    };
    addFilter(tr("F&rom:"), m_from);
    addFilter(tr("&To:"), m_to);
    addFilter(tr("&Status:"), m_status);
    addFilter(tr("&Provider:"), m_provider);
    addFilter(tr("Met&hod:"), m_method);
    filters->addStretch();
    filters->addWidget(m_count);

    // The detail pane.
    m_detailHeading->setObjectName(QStringLiteral("detailHeading"));
    m_detailHeading->setWordWrap(true);
    auto* amounts = new QFormLayout;
    amounts->addRow(tr("Gross:"), m_gross);
    amounts->addRow(tr("Fee:"), m_fee);
    amounts->addRow(tr("Net:"), m_net);
    amounts->addRow(tr("Refunded:"), m_refunded);
    amounts->addRow(tr("Invoice:"), m_invoice);
    amounts->addRow(tr("Reference:"), m_reference);
    m_events->setObjectName(QStringLiteral("paymentEvents"));
    m_events->setAccessibleName(tr("Payment history"));
    m_events->setRootIsDecorated(false);
    m_events->setHeaderLabels({tr("When"), tr("Event"), tr("Detail")});
    m_notifications->setObjectName(QStringLiteral("paymentNotifications"));
    m_notifications->setAccessibleName(tr("Notifications behind the payment"));
    m_notifications->setRootIsDecorated(false);
    m_notifications->setHeaderLabels(
        {tr("Received"), tr("Status"), tr("From"), tr("Processing"), tr("Outcome")});
    m_fields->setObjectName(QStringLiteral("notificationFields"));
    m_fields->setAccessibleName(tr("Notification fields (signature and token hidden)"));
    m_fields->setRootIsDecorated(false);
    m_fields->setHeaderLabels({tr("Field"), tr("Value")});
    auto* detailBox = new QGroupBox(tr("Payment"), this);
    detailBox->setObjectName(QStringLiteral("paymentDetail"));
    auto* detail = new QVBoxLayout(detailBox);
    detail->addWidget(m_detailHeading);
    detail->addLayout(amounts);
    detail->addWidget(new QLabel(tr("History:"), detailBox));
    detail->addWidget(m_events);
    detail->addWidget(new QLabel(tr("Notifications:"), detailBox));
    detail->addWidget(m_notifications);
    detail->addWidget(new QLabel(tr("Fields of the selected notification:"), detailBox));
    detail->addWidget(m_fields);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_table);
    splitter->addWidget(detailBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_recordPayment);
    buttons->addWidget(m_recordRefund);
    buttons->addWidget(m_payFastRefund);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttons);

    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_status);
    setTabOrder(m_status, m_provider);
    setTabOrder(m_provider, m_method);
    setTabOrder(m_method, m_table);
    setTabOrder(m_table, m_recordPayment);
    setTabOrder(m_recordPayment, m_recordRefund);
    setTabOrder(m_recordRefund, m_payFastRefund);
    setTabOrder(m_payFastRefund, m_events);
    setTabOrder(m_events, m_notifications);
    setTabOrder(m_notifications, m_fields);

    // Shortcuts belong to this page only: it sits in a stack with the others.
    auto* newPayment = new QAction(tr("Record manual payment"), this);
    newPayment->setObjectName(QStringLiteral("recordPaymentAction"));
    newPayment->setShortcut(QKeySequence::New);
    newPayment->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newPayment);
    auto* refund = new QAction(tr("Record refund"), this);
    refund->setObjectName(QStringLiteral("recordRefundAction"));
    refund->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    refund->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(refund);

    connect(newPayment, &QAction::triggered, this, &PaymentsView::recordManualPayment);
    connect(refund, &QAction::triggered, this, &PaymentsView::recordRefund);
    connect(m_recordPayment, &QPushButton::clicked, this, &PaymentsView::recordManualPayment);
    connect(m_recordRefund, &QPushButton::clicked, this, &PaymentsView::recordRefund);
    connect(m_payFastRefund, &QPushButton::clicked, this, &PaymentsView::refundThroughPayFast);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &PaymentsView::applyFilter);
    for (QComboBox* box : {m_status, m_provider, m_method})
        connect(box, &QComboBox::currentIndexChanged, this, &PaymentsView::applyFilter);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PaymentsView::showDetail);
    connect(m_notifications, &QTreeWidget::currentItemChanged, this, &PaymentsView::showNotificationFields);
    connect(m_model, &PaymentsModel::reloaded, this, [this]() {
        // Spelled out: %n plurals need a loaded translation, and the console may run without one.
        const qint64 n = m_model->totalCount();
        m_count->setText(n == 1 ? tr("1 transaction") : tr("%1 transactions").arg(n));
        m_error->setVisible(!m_model->lastError().isEmpty());
        m_error->setText(m_model->lastError());
    });

    refresh();
}

void PaymentsView::applyFilter()
{
    PaymentFilter filter;
    filter.from = m_from->date() == NoBound ? QDate() : m_from->date();
    filter.to = m_to->date() == NoBound ? QDate() : m_to->date();
    filter.status = m_status->currentData().toString();
    filter.provider = m_provider->currentData().toString();
    filter.method = m_method->currentData().toString();
    const qint64 keep = selectedPaymentId();
    if (Status s = m_model->setFilter(filter); !s) {
        m_error->setText(s.error().message);
        m_error->show();
        return;
    }
    select(keep);
}

void PaymentsView::refresh()
{
    const qint64 keep = selectedPaymentId();
    (void)m_model->reload(); // errors show through the reloaded() handler
    select(keep);
}

qint64 PaymentsView::selectedPaymentId() const
{
    return m_model->paymentIdAt(m_table->currentIndex());
}

void PaymentsView::select(qint64 id)
{
    const QModelIndex index = id ? m_model->indexOfPayment(id) : QModelIndex();
    if (index.isValid())
        m_table->setCurrentIndex(index);
    showDetail();
}

void PaymentsView::showDetail()
{
    m_events->clear();
    m_notifications->clear();
    m_fields->clear();
    const qint64 id = selectedPaymentId();
    m_recordRefund->setEnabled(false);
    m_payFastRefund->setEnabled(false);
    for (QLabel* l : {m_gross, m_fee, m_net, m_refunded, m_invoice, m_reference})
        l->clear();
    if (!id) {
        m_detailHeading->setText(tr("Select a payment to see its amounts, history and notifications."));
        return;
    }
    auto detail = PaymentQuery(m_ledger).detail(id);
    if (!detail) {
        m_detailHeading->setText(detail.error().message);
        return;
    }
    const Transaction& t = detail->transaction;
    m_detailHeading->setText(tr("%1 %2 via %3 (%4), %5")
                                 .arg(t.kind == QLatin1String("refund") ? tr("Refund") : tr("Payment"))
                                 .arg(t.id)
                                 .arg(t.provider, t.status, localTime(t.createdAt)));
    m_gross->setText(t.gross.toDisplayString());
    m_fee->setText(t.fee.toDisplayString());
    m_net->setText(t.net.toDisplayString());
    m_refunded->setText(detail->refunded.toDisplayString());
    if (!detail->invoiceNumber.isEmpty())
        m_invoice->setText(tr("%1 (%2)").arg(detail->invoiceNumber, detail->customerName));
    else if (!t.unallocatedReason.isEmpty())
        m_invoice->setText(tr("unallocated: %1").arg(t.unallocatedReason));
    QStringList reference;
    if (!t.reference.isEmpty())
        reference << t.reference;
    if (!t.mPaymentId.isEmpty())
        reference << tr("m_payment_id %1").arg(t.mPaymentId);
    if (t.provider != QLatin1String("manual"))
        reference << tr("provider id %1").arg(t.providerId);
    if (!t.reason.isEmpty())
        reference << tr("reason: %1").arg(t.reason);
    m_reference->setText(reference.join(QStringLiteral("; ")));
    for (const PaymentEvent& e : detail->events)
        new QTreeWidgetItem(m_events, {localTime(e.createdAt), e.event, e.detail});
    for (const PaymentNotification& n : detail->notifications) {
        auto* item =
            new QTreeWidgetItem(m_notifications,
                                {localTime(n.receivedAt), n.status, n.sender,
                                 n.attempts == 1 ? tr("%1 (1 attempt)").arg(n.processing)
                                                 : tr("%1 (%2 attempts)").arg(n.processing).arg(n.attempts),
                                 n.outcome});
        item->setData(0, Qt::UserRole, n.id);
        item->setToolTip(0, tr("Checks: %1").arg(n.checks));
    }
    m_recordRefund->setEnabled(t.kind == QLatin1String("payment") && t.status == QLatin1String("complete")
                               && t.provider == QLatin1String("manual") && detail->refunded < t.gross);
    m_payFastRefund->setEnabled(m_context && t.kind == QLatin1String("payment")
                                && t.status == QLatin1String("complete")
                                && t.provider == QLatin1String("payfast") && detail->refunded < t.gross);
}

void PaymentsView::setConsoleContext(ConsoleContext* context)
{
    m_context = context;
    showDetail();
}

void PaymentsView::refundThroughPayFast()
{
    const qint64 id = selectedPaymentId();
    if (!id || !m_context || !m_payFastRefund->isEnabled())
        return;
    auto* dialog = new PayFastRefundDialog(*m_context, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PayFastRefundDialog::refunded, this, [this, id](qint64) {
        refresh();
        select(id);
        emit booksChanged();
    });
    dialog->open();
}

void PaymentsView::showNotificationFields()
{
    m_fields->clear();
    QTreeWidgetItem* item = m_notifications->currentItem();
    if (!item)
        return;
    // The body is opened with its key and shown with the signature and any token replaced by ***.
    auto fields = ItnProcessor::redactedFields(m_ledger, item->data(0, Qt::UserRole).toLongLong());
    if (!fields) {
        new QTreeWidgetItem(m_fields, {tr("unavailable"), fields.error().message});
        return;
    }
    for (const auto& [key, value] : *fields)
        new QTreeWidgetItem(m_fields, {key, value});
}

void PaymentsView::recordManualPayment()
{
    auto* dialog = new ManualPaymentDialog(m_ledger, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ManualPaymentDialog::recorded, this, [this](qint64 id) {
        refresh();
        select(id);
        emit booksChanged();
    });
    dialog->open();
}

void PaymentsView::recordRefund()
{
    const qint64 id = selectedPaymentId();
    if (!id || !m_recordRefund->isEnabled())
        return;
    auto detail = PaymentQuery(m_ledger).detail(id);
    if (!detail)
        return;
    auto* dialog = new RefundDialog(m_ledger, detail->transaction, detail->refunded, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::refunded, this, [this](qint64 refundId) {
        refresh();
        select(refundId);
        emit booksChanged();
    });
    dialog->open();
}

} // namespace imali
