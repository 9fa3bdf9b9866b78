// SPDX-License-Identifier: GPL-3.0-or-later
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

/** `imalictl serve` as a process: it answers, drains on SIGTERM or SIGINT, and refuses unsafe live setups. */
class tst_Serve : public QObject
{
    Q_OBJECT

private slots:
    void servesAndStopsCleanly_data();
    void servesAndStopsCleanly();
    void refusesAnUnsafeLiveConfiguration_data();
    void refusesAnUnsafeLiveConfiguration();

private:
    QProcessEnvironment environment(const QTemporaryDir& dir) const;
    static QString imalictl() { return QStringLiteral(IMALI_BIN_DIR) + QStringLiteral("/imalictl"); }
};

QProcessEnvironment tst_Serve::environment(const QTemporaryDir& dir) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys())
        if (name.startsWith(QLatin1String("PAYFAST_")) || name.startsWith(QLatin1String("IMALI_")))
            env.remove(name);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("IMALI_KEY_FILE"), dir.filePath(QStringLiteral("key")));
    env.insert(QStringLiteral("IMALI_DATABASE_URL"), QStringLiteral("sqlite://") + dir.filePath(QStringLiteral("ledger.sqlite")));
    return env;
}

static quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

void tst_Serve::servesAndStopsCleanly_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM drains and exits 0") << int(SIGTERM);
    QTest::newRow("SIGINT drains and exits 0") << int(SIGINT);
}

void tst_Serve::servesAndStopsCleanly()
{
    QFETCH(int, signal);
    QTemporaryDir dir;
    const quint16 port = freePort();
    QProcessEnvironment env = environment(dir);
    env.insert(QStringLiteral("IMALI_ITN_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(port));
    QProcess serve;
    serve.setProcessEnvironment(env);
    serve.start(imalictl(), {QStringLiteral("serve")});
    QVERIFY(serve.waitForStarted());
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += serve.readAllStandardError()).contains("Listening for PayFast ITNs"), 10000);

    QNetworkAccessManager network;
    std::unique_ptr<QNetworkReply> reply(network.get(QNetworkRequest(QUrl(QStringLiteral("http://127.0.0.1:%1/healthz").arg(port)))));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 5000);
    QCOMPARE_EQ(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
    QCOMPARE(reply->readAll(), QByteArrayLiteral("{\"database\":\"ok\",\"status\":\"ok\"}"));

    ::kill(static_cast<pid_t>(serve.processId()), signal);
    QVERIFY(serve.waitForFinished(10000));
    QCOMPARE_EQ(serve.exitStatus(), QProcess::NormalExit);
    QCOMPARE_EQ(serve.exitCode(), 0);
    // The port is free again.
    QTcpServer again;
    QVERIFY(again.listen(QHostAddress::LocalHost, port));
}

void tst_Serve::refusesAnUnsafeLiveConfiguration_data()
{
    QTest::addColumn<QStringList>("settings"); // NAME=VALUE
    QTest::addColumn<QString>("message");
    QTest::newRow("a live ledger without a passphrase")
        << QStringList{QStringLiteral("PAYFAST_MERCHANT_KEY=abc")} << QStringLiteral("passphrase");
    QTest::newRow("a live ledger with server confirmation switched off")
        << QStringList{QStringLiteral("PAYFAST_MERCHANT_KEY=abc"), QStringLiteral("PAYFAST_PASSPHRASE=secret-pass"),
                       QStringLiteral("PAYFAST_SERVER_CONFIRMATION=false")}
        << QStringLiteral("PAYFAST_SERVER_CONFIRMATION");
    QTest::newRow("a live ledger pointed at another validate URL")
        << QStringList{QStringLiteral("PAYFAST_MERCHANT_KEY=abc"), QStringLiteral("PAYFAST_PASSPHRASE=secret-pass"),
                       QStringLiteral("PAYFAST_VALIDATE_URL=http://127.0.0.1:1/v")}
        << QStringLiteral("PAYFAST_VALIDATE_URL");
}

void tst_Serve::refusesAnUnsafeLiveConfiguration()
{
    QFETCH(QStringList, settings);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QProcessEnvironment env = environment(dir);
    env.insert(QStringLiteral("PAYFAST_MERCHANT_ID"), QStringLiteral("10000100"));
    env.insert(QStringLiteral("PAYFAST_PASSPHRASE"), QStringLiteral("secret-pass"));
    QProcess init;
    init.setProcessEnvironment(env);
    init.start(imalictl(), {QStringLiteral("ledger"), QStringLiteral("init"), QStringLiteral("--live")});
    QVERIFY(init.waitForFinished(20000));
    QCOMPARE_EQ(init.exitCode(), 0);

    env.remove(QStringLiteral("PAYFAST_PASSPHRASE"));
    for (const QString& setting : settings)
        env.insert(setting.section(QLatin1Char('='), 0, 0), setting.section(QLatin1Char('='), 1));
    env.insert(QStringLiteral("IMALI_ITN_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(freePort()));
    QProcess serve;
    serve.setProcessEnvironment(env);
    serve.start(imalictl(), {QStringLiteral("serve")});
    QVERIFY(serve.waitForFinished(20000));
    QCOMPARE_EQ(serve.exitCode(), 2);
    const QString err = QString::fromUtf8(serve.readAllStandardError());
    QVERIFY2(err.contains(message), qPrintable(err));
    QVERIFY2(!err.contains(QLatin1String("secret-pass")), "no secret in the message");
    QVERIFY2(!err.contains(QLatin1String("Listening")), "it never opened the port");
}

QTEST_GUILESS_MAIN(tst_Serve)
#include "tst_serve.moc"
