// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "ConsoleContext.h"
#include "CustomersView.h"
#include "DashboardView.h"
#include "ExceptionsView.h"
#include "InvoicesView.h"
#include "Ledger.h"
#include "ListenerControls.h"
#include "NotificationsView.h"
#include "PaymentsView.h"
#include "ReconcileView.h"
#include "ReportsView.h"
#include "SettingsView.h"
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

    auto* dashboard = new DashboardView(ledger, m_pages);
    addPage(QStringLiteral("Dashboard"), tr("Dashboard"), dashboard);
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
    addPage(QStringLiteral("Reports"), tr("Reports"), new ReportsView(context, m_pages));
    auto* notifications = new NotificationsView(context, m_pages);
    addPage(QStringLiteral("Notifications"), tr("Notifications"), notifications);
    auto* settingsPage = new SettingsView(context, m_pages);
    addPage(QStringLiteral("Settings"), tr("Settings"), settingsPage);
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
    connect(&context, &ConsoleContext::booksChanged, dashboard, &DashboardView::refresh);
    connect(&context, &ConsoleContext::booksChanged, payments, &PaymentsView::refresh);
    connect(&context, &ConsoleContext::booksChanged, customers, &CustomersView::refresh);
    connect(&context, &ConsoleContext::booksChanged, exceptions, &ExceptionsView::refresh);
    QListWidgetItem* exceptionsItem = m_navigation->item(m_pages->indexOf(exceptions));
    connect(exceptions, &ExceptionsView::countChanged, this, [this, exceptionsItem](int count) {
        exceptionsItem->setText(count > 0 ? tr("Exceptions (%1)").arg(count) : tr("Exceptions"));
    });
    connect(customers, &CustomersView::invoiceActivated, this, [this](qint64 invoiceId) {
        showPage(QStringLiteral("Invoices"));
        m_invoices->selectInvoice(invoiceId);
    });
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_navigation->setCurrentRow(0);

    m_listenerStatus = new QLabel(this);
    m_listenerStatus->setObjectName(QStringLiteral("listenerStatus"));
    statusBar()->addPermanentWidget(m_listenerStatus);
    m_listenerControls = new ListenerControls(context, *this, m_listenerStatus);
    connect(notifications, &NotificationsView::alertChanged, m_listenerControls,
            &ListenerControls::setNotificationAlert);
    m_listenerControls->setNotificationAlert(notifications->alertText());
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
        connect(shortcut, &QShortcut::activated, this, [this, index] {
            m_navigation->setCurrentRow(index);
            focusPage(m_pages->widget(index));
        });
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

void MainWindow::focusPage(QWidget* page)
{
    // The pages' own shortcuts (Ctrl+N, Ctrl+I, …) only work with the focus inside the page, so a page
    // chosen from the keyboard takes the focus at its first field or button.
    for (QWidget* w = page->nextInFocusChain(); w && w != page; w = w->nextInFocusChain()) {
        if (page->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
    page->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::updateStatus()
{
    m_listenerControls->refresh();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace imali
