// SPDX-License-Identifier: GPL-3.0-or-later
// Two desktops, each running `imalictl serve` on one shared ledger (SPEC §2: several desktops on one
// PostgreSQL ledger), hear the same ITNs at the same moment, PayFast's re-sends included: every payment
// is stored once per status and booked once, and the audit chain stays whole for both.
#include "LedgerQuery.h"
#include "PayFastSimulator.h"
#include "ServeProcess.h"
#include "TestDatabases.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

using testcli::CliRun;
using testcli::runImalictl;
using testcli::Serve;

namespace
{

QString passphrase()
{
    return QStringLiteral("jt7NOE43FZPn");
}

QString merchantId()
{
    return QStringLiteral("10000100");
}

/// One desktop: its own configuration, data folder, key file and listener port, on the shared ledger.
QProcessEnvironment desktop(const QTemporaryDir& dir, const QString& name, const QString& ledgerUrl,
                            const QUrl& validateUrl)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& variable : env.keys())
        if (variable.startsWith(QLatin1String("PAYFAST_")) || variable.startsWith(QLatin1String("IMALI_")))
            env.remove(variable);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(name + QStringLiteral("/config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(name + QStringLiteral("/data")));
    env.insert(QStringLiteral("IMALI_KEY_FILE"), dir.filePath(name + QStringLiteral("/key")));
    env.insert(QStringLiteral("IMALI_DATABASE_URL"), ledgerUrl);
    env.insert(QStringLiteral("IMALI_ITN_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(testcli::freePort()));
    env.insert(QStringLiteral("IMALI_ITN_ALLOWED_SOURCES"), QStringLiteral("127.0.0.1/32"));
    env.insert(QStringLiteral("PAYFAST_MERCHANT_ID"), merchantId());
    env.insert(QStringLiteral("PAYFAST_PASSPHRASE"), passphrase());
    env.insert(QStringLiteral("PAYFAST_VALIDATE_URL"), validateUrl.toString());
    return env;
}

QUrl itnUrl(const QProcessEnvironment& env)
{
    return QUrl(
        QStringLiteral("http://%1/api/payments/itn").arg(env.value(QStringLiteral("IMALI_ITN_LISTEN"))));
}

} // namespace

class tst_MultiDesktop : public QObject
{
    Q_OBJECT

private slots:
    void twoListenersBookEachItnOnce_data() { testdb::addBackendRows(); }
    void twoListenersBookEachItnOnce();
};

void tst_MultiDesktop::twoListenersBookEachItnOnce()
{
    QFETCH(QString, backend);
    SCRATCH_OR_FAIL(scratch, backend);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PayFastSimulator payfast(merchantId(), passphrase());
    QVERIFY(payfast.start());
    const QProcessEnvironment first =
        desktop(dir, QStringLiteral("first"), scratch.url(), payfast.validateUrl());
    const QProcessEnvironment second =
        desktop(dir, QStringLiteral("second"), scratch.url(), payfast.validateUrl());

    // The first desktop creates the ledger; the second imports its key from the recovery code.
    const CliRun init =
        runImalictl({QStringLiteral("ledger"), QStringLiteral("init"), QStringLiteral("--json")}, first);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const QString code =
        QJsonDocument::fromJson(init.out.toUtf8()).object().value(QStringLiteral("recovery_code")).toString();
    QVERIFY(!code.isEmpty());
    const CliRun import = runImalictl(
        {QStringLiteral("ledger"), QStringLiteral("key"), QStringLiteral("import"), code}, second);
    QVERIFY2(import.exitCode == 0, qPrintable(import.err));

    Serve firstListener(first);
    Serve secondListener(second);
    QString problem = firstListener.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = secondListener.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    // 40 payments, one in four with a PENDING before its COMPLETE. PayFast posts each ITN to both desktops'
    // listeners (two tunnels to one notify URL) and re-sends it once, everything at the same moment.
    constexpr int Payments = 40;
    QList<QPair<QUrl, QByteArray>> posts;
    int notifications = 0;
    for (int i = 0; i < Payments; ++i) {
        const QString pf = QString::number(9500001 + i);
        QStringList statuses {QStringLiteral("COMPLETE")};
        if (i % 4 == 0)
            statuses.prepend(QStringLiteral("PENDING"));
        for (const QString& status : std::as_const(statuses)) {
            const QByteArray itn =
                payfast.itn(QStringLiteral("c0ffee00-%1").arg(i), pf, status, QStringLiteral("100.00"),
                            QStringLiteral("-2.30"), QStringLiteral("97.70"));
            for (int copy = 0; copy < 2; ++copy) {
                posts.append({itnUrl(first), itn});
                posts.append({itnUrl(second), itn});
            }
            ++notifications;
        }
    }
    const QList<int> answers = payfast.postAll(posts, 60000);
    QCOMPARE_EQ(answers, QList<int>(posts.size(), 200));

    QString error;
    const auto scalar = [&](const QString& statement) {
        error.clear();
        const qint64 value = testdb::scalarAt(scratch.url(), statement, &error);
        return error.isEmpty() ? value : -1;
    };
    // Both processors tick every second; PayFast stays reachable, so everything settles quickly.
    QTRY_COMPARE_WITH_TIMEOUT(
        scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE processing = 'pending'")), qint64(0),
        30000);
    QTest::qWait(2500); // give a second pick-up by the other listener time to show, if there were one
    QVERIFY2(error.isEmpty(), qPrintable(error));

    QCOMPARE_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM notifications")), qint64(notifications));
    QCOMPARE_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE processing <> 'processed'")),
                qint64(0));
    QCOMPARE_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), qint64(Payments));
    QCOMPARE_EQ(scalar(QStringLiteral("SELECT COUNT(DISTINCT provider_id) FROM transactions")),
                qint64(Payments));
    QCOMPARE_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE status = 'complete'")),
                qint64(Payments));
    QCOMPARE_EQ(scalar(QStringLiteral("SELECT SUM(gross) FROM transactions")), qint64(Payments) * 10000);
    QCOMPARE_EQ(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.booked'")),
                qint64(Payments));
    qInfo("%lld posts answered, %d notifications stored, PayFast asked to confirm %d times",
          static_cast<long long>(posts.size()), notifications, payfast.validateCalls());
    QCOMPARE_EQ(payfast.unknownValidateBodies(), 0);

    QCOMPARE_EQ(firstListener.stop(), QString());
    QCOMPARE_EQ(secondListener.stop(), QString());
    // Each desktop checks the chain both wrote to.
    for (const QProcessEnvironment& env : {first, second}) {
        const CliRun verify = runImalictl({QStringLiteral("audit"), QStringLiteral("verify")}, env);
        QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    }
}

QTEST_GUILESS_MAIN(tst_MultiDesktop)
#include "tst_multidesktop.moc"
