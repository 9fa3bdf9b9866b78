// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ConsoleContext.h"
#include "CustomersView.h"
#include "ExceptionsView.h"
#include "InvoicesView.h"
#include "Ledger.h"
#include "PaymentsView.h"
#include "ReconcileView.h"
#include "security/KeyStore.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace imali
{

namespace
{

QWidget* ledgerPage(Ledger& ledger, QWidget* parent)
{
    auto* page = new QWidget(parent);
    auto* layout = new QVBoxLayout(page);
    auto* summary = new QLabel(page);
    summary->setObjectName(QStringLiteral("ledgerSummary"));
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    summary->setText(MainWindow::tr("Ledger %1 (%2)\nDatabase: %3\nLedger key: %4")
                         .arg(ledger.ledgerId(), toString(ledger.environment()),
                              ledger.location().url.display(), ledger.keys().describe()));
    summary->setAccessibleName(MainWindow::tr("Ledger"));
    layout->addWidget(summary);
    layout->addStretch();
    return page;
}

} // namespace

MainWindow::MainWindow(ConsoleContext& context, QWidget* parent) : QMainWindow(parent), m_context(context)
{
    Ledger& ledger = context.ledger();
    const bool sandbox = ledger.environment() == Environment::Sandbox;
    setWindowTitle(sandbox ? tr("imali — sandbox") : tr("imali"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    if (sandbox) {
        // Colour and text: the banner must read without colour too.
        auto* banner = new QLabel(tr("SANDBOX — test payments only; no real money moves."), central);
        banner->setObjectName(QStringLiteral("sandboxBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(
            QStringLiteral("background:#fff3cd; color:#664d03; padding:6px; font-weight:bold;"));
        layout->addWidget(banner);
    }
    m_navigation = new QListWidget(central);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Pages"));
    m_navigation->setFixedWidth(170);
    m_pages = new QStackedWidget(central);
    auto* body = new QHBoxLayout;
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);
    setCentralWidget(central);

    addPage(QStringLiteral("Ledger"), tr("Ledger"), ledgerPage(ledger, m_pages));
    m_invoices = new InvoicesView(context, m_pages);
    addPage(QStringLiteral("Invoices"), tr("Invoices"), m_invoices);
    auto* payments = new PaymentsView(ledger, m_pages);
    addPage(QStringLiteral("Payments"), tr("Payments"), payments);
    auto* customers = new CustomersView(ledger, m_pages);
    addPage(QStringLiteral("Customers"), tr("Customers"), customers);
    auto* exceptions = new ExceptionsView(ledger, m_pages);
    addPage(QStringLiteral("Exceptions"), tr("Exceptions"), exceptions);
    auto* reconcile = new ReconcileView(context, m_pages);
    addPage(QStringLiteral("Reconcile"), tr("Reconcile"), reconcile);
    payments->setConsoleContext(&context);
    customers->setConsoleContext(&context);
    connect(reconcile, &ReconcileView::booksChanged, &context, &ConsoleContext::notifyBooksChanged);
    connect(&context, &ConsoleContext::catchUpFinished, this,
            [this](const QString& message) { statusBar()->showMessage(message, 60000); });
    // One change anywhere (a page, the listener, another desktop's booking seen by ours) refreshes every
    // page.
    connect(payments, &PaymentsView::booksChanged, &context, &ConsoleContext::notifyBooksChanged);
    connect(customers, &CustomersView::booksChanged, &context, &ConsoleContext::notifyBooksChanged);
    connect(exceptions, &ExceptionsView::booksChanged, &context, &ConsoleContext::notifyBooksChanged);
    connect(&context, &ConsoleContext::booksChanged, payments, &PaymentsView::refresh);
    connect(&context, &ConsoleContext::booksChanged, customers, &CustomersView::refresh);
    connect(&context, &ConsoleContext::booksChanged, exceptions, &ExceptionsView::refresh);
    connect(exceptions, &ExceptionsView::countChanged, this, [this](int count) {
        m_navigation->item(4)->setText(count > 0 ? tr("Exceptions (%1)").arg(count) : tr("Exceptions"));
    });
    connect(customers, &CustomersView::invoiceActivated, this, [this](qint64 invoiceId) {
        showPage(QStringLiteral("Invoices"));
        m_invoices->selectInvoice(invoiceId);
    });
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(1);

    m_listenerStatus = new QLabel(this);
    m_listenerStatus->setObjectName(QStringLiteral("listenerStatus"));
    statusBar()->addPermanentWidget(m_listenerStatus);
    connect(&context, &ConsoleContext::listenerStateChanged, this, &MainWindow::updateStatus);
    connect(&context, &ConsoleContext::notificationProcessed, this, [this](qint64, const QString& outcome) {
        statusBar()->showMessage(tr("ITN: %1").arg(outcome), 15000);
    });
    updateStatus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1100, 700);
}

MainWindow::~MainWindow() = default;

void MainWindow::addPage(const QString& key, const QString& name, QWidget* page)
{
    const int index = m_pages->addWidget(page);
    auto* item = new QListWidgetItem(name, m_navigation);
    item->setData(Qt::UserRole, key);
    if (index < 9) {
        auto* shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + index)), this);
        connect(shortcut, &QShortcut::activated, this, [this, index] { m_navigation->setCurrentRow(index); });
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(name).arg(index + 1));
    }
}

bool MainWindow::showPage(const QString& name)
{
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == name) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

void MainWindow::updateStatus()
{
    Ledger& ledger = m_context.ledger();
    const QString listening = m_context.isListening()
        ? tr("listening on %1").arg(m_context.listeningAddress())
        : tr("listener stopped");
    m_listenerStatus->setText(
        tr("%1 ledger · %2 · %3")
            .arg(toString(ledger.environment()), ledger.location().url.display(), listening));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace imali
