// SPDX-License-Identifier: GPL-3.0-or-later
#include "ConsoleContext.h"
#include "InvoicesView.h"
#include "Ledger.h"
#include "MainWindow.h"
#include "security/KeyStore.h"

#include <QLabel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace imali;

/** The console's window on a real SQLite ledger, offscreen. */
class tst_MainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsTheLedgerAndTheSandboxBanner();
    void masksTheDatabasePassword();
};

void tst_MainWindow::showsTheLedgerAndTheSandboxBanner()
{
    QTemporaryDir dir;
    LedgerLocation location;
    location.url = *DatabaseUrl::parse(QStringLiteral("sqlite://%1/ledger.sqlite").arg(dir.path()));
    location.configDir = dir.path();
    auto ledger = Ledger::open(location, std::make_unique<FileKeyStore>(dir.filePath(QStringLiteral("keys"))));
    QVERIFY(ledger.ok());
    QVERIFY((*ledger)->initialise(Environment::Sandbox).ok());
    ConsoleContext context(**ledger, Config(QString()));
    MainWindow window(context);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto* banner = window.findChild<QLabel*>(QStringLiteral("sandboxBanner"));
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(banner->text().contains(QLatin1String("SANDBOX")));
    auto* summary = window.findChild<QLabel*>(QStringLiteral("ledgerSummary"));
    QVERIFY(summary);
    QVERIFY(summary->text().contains((*ledger)->ledgerId()));
    auto* status = window.findChild<QLabel*>(QStringLiteral("listenerStatus"));
    QVERIFY(status);
    QVERIFY(status->text().contains(QLatin1String("sandbox")));
    QVERIFY(status->text().contains(QLatin1String("listener stopped")));
    // Every page is one keystroke away: Ctrl+2 shows the invoices.
    QVERIFY(window.showPage(QStringLiteral("Dashboard")));
    QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
    QVERIFY(window.invoicesView()->isVisible());
}

void tst_MainWindow::masksTheDatabasePassword()
{
    // The window shows the URL through DatabaseUrl::display(), which never includes the password.
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://shop:S3cret@db.example:5432/ledger"));
    QVERIFY(url.ok());
    QCOMPARE(url->display(), QStringLiteral("postgresql://shop:***@db.example:5432/ledger"));
    QVERIFY(!url->display().contains(QLatin1String("S3cret")));
}

QTEST_MAIN(tst_MainWindow)
#include "tst_mainwindow.moc"
