// SPDX-License-Identifier: GPL-3.0-or-later
#include "Config.h"
#include "ConsoleContext.h"
#include "ConsoleFixtures.h"
#include "ImalictlRun.h"
#include "storage/ChangeWatcher.h"

#include <QSignalSpy>
#include <QtTest>

using namespace imali;

namespace
{

/// imalictl run as another process on \a t's ledger: its own connection, the same key and anchors.
testcli::CliRun recordPayment(testdb::TestLedger& t, const QString& invoiceNumber, const QString& amount)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMALI_KEY_FILE"), t.keyFile());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), t.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), t.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("IMALI_DATABASE_URL"));
    return testcli::runImalictl({QStringLiteral("payment"), QStringLiteral("record"), invoiceNumber,
                                 QStringLiteral("--amount"), amount, QStringLiteral("--method"),
                                 QStringLiteral("cash"), QStringLiteral("--db"), t.url()},
                                env);
}

} // namespace

/**
 * Live updates: a payment another process books on the same ledger reaches
 * the console's booksChanged() within a second, on SQLite (data_version) and
 * PostgreSQL (LISTEN/NOTIFY), and on PostgreSQL still after the server
 * dropped the listening connection.
 */
class tst_LiveUpdates : public QObject
{
    Q_OBJECT

private slots:
    void anotherProcessesPaymentAppearsWithinASecond_data() { testdb::addBackendRows(); }
    void anotherProcessesPaymentAppearsWithinASecond();
    void aQuietLedgerSignalsNothing_data() { testdb::addBackendRows(); }
    void aQuietLedgerSignalsNothing();
    void resubscribesAfterTheServerDropsTheConnection();
};

void tst_LiveUpdates::anotherProcessesPaymentAppearsWithinASecond()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto customer = fixtures::customer(t.ledger(), QStringLiteral("Thandi"));
    QVERIFY_OK(customer);
    auto invoice = fixtures::invoice(t.ledger(), customer->id, QStringLiteral("300.00"));
    QVERIFY_OK(invoice);

    ConsoleContext context(t.ledger(), Config(t.filePath(QStringLiteral("none.ini"))));
    QSignalSpy books(&context, &ConsoleContext::booksChanged);
    QTest::qWait(400); // one SQLite poll has seen the current version

    for (const QString& amount : {QStringLiteral("100.00"), QStringLiteral("50.00")}) {
        books.clear();
        const auto run = recordPayment(t, invoice->number, amount);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        // The commit happened before imalictl exited: the console must know within a second.
        QTRY_VERIFY_WITH_TIMEOUT(books.count() > 0, 1000);
    }
}

void tst_LiveUpdates::aQuietLedgerSignalsNothing()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    ConsoleContext context(t.ledger(), Config(t.filePath(QStringLiteral("none.ini"))));
    QSignalSpy books(&context, &ConsoleContext::booksChanged);
    QTest::qWait(1200);
    QCOMPARE(books.count(), 0);
}

void tst_LiveUpdates::resubscribesAfterTheServerDropsTheConnection()
{
    const QString backend = QStringLiteral("postgres");
    if (qEnvironmentVariableIsEmpty("IMALI_TEST_POSTGRES_URL"))
        QFAIL("IMALI_TEST_POSTGRES_URL is not set");
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto customer = fixtures::customer(t.ledger(), QStringLiteral("Sipho"));
    QVERIFY_OK(customer);
    auto invoice = fixtures::invoice(t.ledger(), customer->id, QStringLiteral("200.00"));
    QVERIFY_OK(invoice);

    ConsoleContext context(t.ledger(), Config(t.filePath(QStringLiteral("none.ini"))));
    ChangeWatcher& watcher = context.changeWatcher();
    QVERIFY(watcher.isSubscribed());
    QSignalSpy books(&context, &ConsoleContext::booksChanged);

    Sql kill(t.db(),
             QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                            "WHERE application_name = :app AND datname = current_database()"));
    kill.bind(QStringLiteral(":app"), QString::fromLatin1(ChangeWatcher::ApplicationName));
    QVERIFY_OK(kill.exec());
    QVERIFY2(kill.next() && kill.value(0).toBool(), "no listening connection to terminate");

    QTRY_VERIFY_WITH_TIMEOUT(watcher.reconnections() == 1 && watcher.isSubscribed(), 5000);
    books.clear();
    const auto run = recordPayment(t, invoice->number, QStringLiteral("200.00"));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QTRY_VERIFY_WITH_TIMEOUT(books.count() > 0, 1000);
}

QTEST_MAIN(tst_LiveUpdates)
#include "tst_liveupdates.moc"
