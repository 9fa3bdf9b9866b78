// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Ledger.h"
#include "security/KeyStore.h"

#include <QCloseEvent>
#include <QLabel>
#include <QSettings>
#include <QStatusBar>
#include <QVBoxLayout>

namespace imali {

MainWindow::MainWindow(Ledger& ledger, QWidget* parent)
    : QMainWindow(parent)
    , m_ledger(ledger)
{
    const bool sandbox = ledger.environment() == Environment::Sandbox;
    setWindowTitle(sandbox ? tr("imali — sandbox") : tr("imali"));
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    if (sandbox) {
        // Colour and text: the banner must read without colour too.
        auto* banner = new QLabel(tr("SANDBOX — test payments only; no real money moves."), central);
        banner->setObjectName(QStringLiteral("sandboxBanner"));
        banner->setAlignment(Qt::AlignCenter);
        banner->setStyleSheet(QStringLiteral("background:#fff3cd; color:#664d03; padding:6px; font-weight:bold;"));
        layout->addWidget(banner);
    }
    auto* summary = new QLabel(central);
    summary->setObjectName(QStringLiteral("ledgerSummary"));
    summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    summary->setText(tr("Ledger %1 (%2)\nDatabase: %3\nLedger key: %4")
                         .arg(ledger.ledgerId(), toString(ledger.environment()), ledger.location().url.display(),
                              ledger.keys().describe()));
    summary->setAccessibleName(tr("Ledger"));
    layout->addWidget(summary);
    layout->addStretch();
    setCentralWidget(central);
    statusBar()->showMessage(tr("%1 ledger · %2").arg(toString(ledger.environment()), ledger.location().url.display()));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(900, 600);
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace imali
