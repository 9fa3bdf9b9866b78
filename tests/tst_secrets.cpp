// SPDX-License-Identifier: GPL-3.0-or-later
// SPEC §3 and §9 (Security): no secret in a log, export, error or view of the notification log; the
// ledger, its key file and its backups readable by their owner only. One full flow with distinctive
// secrets through imalictl and `imalictl serve` as processes, then a search of everything they wrote.
#include "LedgerQuery.h"
#include "Money.h"
#include "PayFastSimulator.h"
#include "ServeProcess.h"
#include "TestDatabases.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using testcli::CliRun;
using testcli::runImalictl;
using testcli::Serve;

namespace
{

// Each secret is distinctive, so that finding it anywhere can only mean it leaked.
QString passphrase()
{
    return QStringLiteral("Pp-9f3kQ7-passphrase_SECRET");
}
QString cardToken()
{
    return QStringLiteral("7e5ec2e7-4b1d-4c3a-9e8f-d15c0ba11e5f");
}
QString databasePassword()
{
    return QStringLiteral("Db-pw-Q82xSECRET");
}
QString stripeSecretKey()
{
    return QStringLiteral("sk_test_51SECRETstripeKey9Zq");
}
QString stripeWebhookSecret()
{
    return QStringLiteral("whsec_SECRETwebhook7Yp");
}
QString merchantId()
{
    return QStringLiteral("10000100");
}

/// \a url with \a password put in as its user's password (postgresql://user:password@host...).
QString withPassword(const QString& url, const QString& password)
{
    const qsizetype at = url.indexOf(QLatin1Char('@'));
    return at < 0 ? url : url.left(at) + QLatin1Char(':') + password + url.mid(at);
}

/// A secret to look for, in every form it could be written in.
struct Secret {
    QString name;
    QList<QByteArray> forms;
};

/// Everything a flow wrote that a person, a log collector or a spreadsheet may see, by where it came from.
class Findings
{
public:
    void add(const QString& where, const QByteArray& bytes) { m_outputs.append({where, bytes}); }
    void add(const QString& where, const QString& text) { add(where, text.toUtf8()); }
    void add(const QString& where, const CliRun& run)
    {
        add(where, run.out + QStringLiteral("\n") + run.err);
    }
    /// Every file under \a folder, except \a skip (the key file: the key is meant to be there).
    void addFiles(const QString& folder, const QStringList& skip = {})
    {
        QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (skip.contains(path))
                continue;
            QFile file(path);
            if (file.open(QIODevice::ReadOnly))
                add(path, file.readAll());
        }
    }
    /// "SECRET in WHERE" for each leak; empty when there is none.
    QStringList leaksOf(const QList<Secret>& secrets) const
    {
        QStringList leaks;
        for (const auto& [where, bytes] : m_outputs)
            for (const Secret& secret : secrets)
                for (const QByteArray& form : secret.forms)
                    if (!form.isEmpty() && bytes.contains(form))
                        leaks.append(QStringLiteral("%1 in %2").arg(secret.name, where));
        leaks.removeDuplicates();
        return leaks;
    }
    int sources() const { return static_cast<int>(m_outputs.size()); }

private:
    QList<QPair<QString, QByteArray>> m_outputs;
};

QString permissionsOf(const QString& path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return QStringLiteral("missing");
    return QString::number(info.st_mode & 07777, 8);
}

} // namespace

class tst_Secrets : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void aFullFlowLeaksNoSecret_data() { testdb::addBackendRows(); }
    void aFullFlowLeaksNoSecret();

private:
    mode_t m_umask = 022;
};

void tst_Secrets::initTestCase()
{
    // Files inherit nothing protective: whatever the flow creates without choosing its own mode is
    // created readable and writable by everyone, so the mode checks below can only pass by design.
    m_umask = ::umask(0);
}

void tst_Secrets::cleanupTestCase()
{
    ::umask(m_umask);
}

void tst_Secrets::aFullFlowLeaksNoSecret()
{
    QFETCH(QString, backend);
    SCRATCH_OR_FAIL(scratch, backend);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const bool postgres = backend == QLatin1String("postgres");
    const QString ledgerUrl = postgres ? withPassword(scratch.url(), databasePassword()) : scratch.url();
    const QString ledgerFile = postgres ? QString() : scratch.url().mid(QStringLiteral("sqlite://").size());
    PayFastSimulator payfast(merchantId(), passphrase());
    QVERIFY(payfast.start());

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& name : env.keys())
        if (name.startsWith(QLatin1String("PAYFAST_")) || name.startsWith(QLatin1String("IMALI_"))
            || name.startsWith(QLatin1String("STRIPE_")))
            env.remove(name);
    const QString keyFile = dir.filePath(QStringLiteral("desk/key"));
    const QString configDir = dir.filePath(QStringLiteral("desk/config"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), configDir);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("desk/data")));
    env.insert(QStringLiteral("IMALI_KEY_FILE"), keyFile);
    env.insert(QStringLiteral("IMALI_DATABASE_URL"), ledgerUrl);
    env.insert(QStringLiteral("IMALI_ITN_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(testcli::freePort()));
    env.insert(QStringLiteral("IMALI_ITN_ALLOWED_SOURCES"), QStringLiteral("127.0.0.1/32"));
    env.insert(QStringLiteral("IMALI_PUBLIC_URL"), QStringLiteral("https://pay.example.co.za"));
    env.insert(QStringLiteral("PAYFAST_MERCHANT_ID"), merchantId());
    env.insert(QStringLiteral("PAYFAST_PASSPHRASE"), passphrase());
    env.insert(QStringLiteral("PAYFAST_VALIDATE_URL"), payfast.validateUrl().toString());
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), stripeSecretKey());
    env.insert(QStringLiteral("STRIPE_WEBHOOK_SECRET"), stripeWebhookSecret());
    // An INI file a person wrote, with the ordinary settings: nothing may add a secret to it.
    QVERIFY(QDir().mkpath(configDir + QStringLiteral("/imali")));
    const QString iniFile = configDir + QStringLiteral("/imali/imali.ini");
    {
        QFile ini(iniFile);
        QVERIFY(ini.open(QIODevice::WriteOnly));
        ini.write("[General]\nIMALI_PUBLIC_URL=https://pay.example.co.za\n");
    }
    const QString exports = dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exports));

    Findings findings;
    QStringList unexpectedExits;
    // Runs imalictl while this thread's event loop keeps turning: the PayFast stand-in lives here and must
    // answer `itn replay`'s confirmation.
    const auto ctl = [&](const QStringList& arguments, int expectedExit = 0,
                         const QProcessEnvironment& with = {}) {
        QProcess process;
        process.setProcessEnvironment(with.isEmpty() ? env : with);
        process.start(testcli::imalictlPath(), arguments);
        CliRun run;
        if (process.waitForStarted(30000)
            && QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 120000))
            run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        findings.add(QStringLiteral("imalictl ") + arguments.join(QLatin1Char(' ')), run);
        if (run.exitCode != expectedExit)
            unexpectedExits.append(QStringLiteral("imalictl %1 exited %2, expected %3: %4")
                                       .arg(arguments.join(QLatin1Char(' ')))
                                       .arg(run.exitCode)
                                       .arg(expectedExit)
                                       .arg(run.err));
        return run;
    };
    const auto json = [](const CliRun& run) { return QJsonDocument::fromJson(run.out.toUtf8()); };

    // The ledger; its recovery code is shown here once, on purpose, and nowhere else.
    const CliRun init =
        runImalictl({QStringLiteral("ledger"), QStringLiteral("init"), QStringLiteral("--json")}, env);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const QString recoveryCode = json(init).object().value(QStringLiteral("recovery_code")).toString();
    QVERIFY(!recoveryCode.isEmpty());
    findings.add(QStringLiteral("imalictl ledger init (stderr)"), init.err);

    // Books and a tokenizing checkout.
    const CliRun customer = ctl({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("Thandi Mokoena"), QStringLiteral("--email"),
                                 QStringLiteral("thandi@example.co.za"), QStringLiteral("--json")});
    QCOMPARE_EQ(customer.exitCode, 0);
    const QString customerId =
        QString::number(json(customer).object().value(QStringLiteral("id")).toInteger());
    const CliRun invoice =
        ctl({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--customer"), customerId,
             QStringLiteral("--line"), QStringLiteral("Monthly membership;1;349.00"),
             QStringLiteral("--issue"), QStringLiteral("--json")});
    QCOMPARE_EQ(invoice.exitCode, 0);
    const QString invoiceId = QString::number(json(invoice).object().value(QStringLiteral("id")).toInteger());
    const CliRun checkout =
        ctl({QStringLiteral("checkout"), invoiceId, QStringLiteral("--tokenize"), QStringLiteral("--json")});
    QCOMPARE_EQ(checkout.exitCode, 0);
    const QString mPaymentId = json(checkout).object().value(QStringLiteral("m_payment_id")).toString();
    const auto amount =
        imali::Money::parse(json(checkout).object().value(QStringLiteral("amount")).toString());
    QVERIFY(amount.ok() && !mPaymentId.isEmpty());
    ctl({QStringLiteral("checkout"), invoiceId});
    ctl({QStringLiteral("settings"), QStringLiteral("show")});

    // ITNs through the real listener: the payment with its card token, a re-send, a PENDING for
    // unknown money, and one signed with the wrong passphrase.
    Serve serve(env);
    const QString started = serve.start();
    QVERIFY2(started.isEmpty(), qPrintable(started));
    const QUrl itnUrl(
        QStringLiteral("http://%1/api/payments/itn").arg(env.value(QStringLiteral("IMALI_ITN_LISTEN"))));
    const imali::Money fee = imali::Money::fromCents(803);
    const imali::FormFields card {
        {QStringLiteral("token"), cardToken()},
        {QStringLiteral("billing_date"), QDate::currentDate().toString(Qt::ISODate)}};
    const QByteArray paid =
        payfast.itn(mPaymentId, QStringLiteral("9600001"), QStringLiteral("COMPLETE"), amount->toString(),
                    (-fee).toString(), (*amount - fee).toString(), card);
    QCOMPARE_EQ(payfast.post(itnUrl, paid), 200);
    QCOMPARE_EQ(payfast.post(itnUrl, paid), 200);
    QCOMPARE_EQ(payfast.post(itnUrl,
                             payfast.itn(QStringLiteral("not-ours-1"), QStringLiteral("9600002"),
                                         QStringLiteral("PENDING"), QStringLiteral("50.00"),
                                         QStringLiteral("-1.15"), QStringLiteral("48.85"), card)),
                200);
    PayFastSimulator impostor(merchantId(), QStringLiteral("not-the-passphrase"));
    const QByteArray forged =
        impostor.itn(mPaymentId, QStringLiteral("9600003"), QStringLiteral("COMPLETE"), amount->toString(),
                     (-fee).toString(), (*amount - fee).toString(), card);
    QVERIFY(payfast.post(itnUrl, forged) != 0);
    QString error;
    QTRY_COMPARE_WITH_TIMEOUT(testdb::scalarAt(ledgerUrl,
                                               QStringLiteral("SELECT COUNT(*) FROM notifications WHERE "
                                                              "processing = 'pending'"),
                                               &error),
                              qint64(0), 20000);
    QCOMPARE_EQ(testdb::scalarAt(ledgerUrl, QStringLiteral("SELECT COUNT(*) FROM payment_methods"), &error),
                qint64(1));
    QCOMPARE_EQ(
        testdb::scalarAt(
            ledgerUrl, QStringLiteral("SELECT COUNT(*) FROM transactions WHERE status = 'complete'"), &error),
        qint64(1));

    // The notification log's views, a replay, the exceptions, every export, a backup.
    const CliRun list = ctl({QStringLiteral("itn"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE_EQ(list.exitCode, 0);
    ctl({QStringLiteral("itn"), QStringLiteral("list")});
    const QJsonArray notifications = json(list).array();
    QVERIFY2(notifications.size() >= 2, qPrintable(list.out));
    for (const QJsonValue& n : notifications) {
        const QString id = QString::number(n.toObject().value(QStringLiteral("id")).toInteger());
        ctl({QStringLiteral("itn"), QStringLiteral("show"), id});
        ctl({QStringLiteral("itn"), QStringLiteral("show"), id, QStringLiteral("--json")});
    }
    ctl({QStringLiteral("itn"), QStringLiteral("replay"),
         QString::number(notifications.first().toObject().value(QStringLiteral("id")).toInteger())});
    ctl({QStringLiteral("payment"), QStringLiteral("exceptions")});
    ctl({QStringLiteral("payment"), QStringLiteral("exceptions"), QStringLiteral("--json")});
    const QString from = QDate::currentDate().addDays(-2).toString(Qt::ISODate);
    const QString to = QDate::currentDate().addDays(2).toString(Qt::ISODate);
    for (const QString& report : {QStringLiteral("transactions"), QStringLiteral("invoices"),
                                  QStringLiteral("vat"), QStringLiteral("summary")})
        QCOMPARE_EQ(
            ctl({QStringLiteral("export"), QStringLiteral("--report"), report, QStringLiteral("--format"),
                 QStringLiteral("csv"), QStringLiteral("--from"), from, QStringLiteral("--to"), to,
                 QStringLiteral("--out"), exports + QLatin1Char('/') + report + QStringLiteral(".csv")})
                .exitCode,
            0);
    QCOMPARE_EQ(ctl({QStringLiteral("export"), QStringLiteral("--report"), QStringLiteral("aging"),
                     QStringLiteral("--as-of"), to, QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--out"), exports + QStringLiteral("/aging.csv")})
                    .exitCode,
                0);
    QVERIFY(QFileInfo(exports + QStringLiteral("/transactions.csv")).size() > 0);
    const QString backup = dir.filePath(QStringLiteral("ledger.backup"));
    QCOMPARE_EQ(ctl({QStringLiteral("backup"), QStringLiteral("--out"), backup}).exitCode, 0);
    ctl({QStringLiteral("audit"), QStringLiteral("verify")});

    // Error paths, each holding a secret where the caller put it.
    QProcessEnvironment badPassphrase = env;
    badPassphrase.insert(QStringLiteral("PAYFAST_PASSPHRASE"),
                         passphrase() + QStringLiteral(" with spaces!"));
    ctl({QStringLiteral("checkout"), invoiceId}, 2, badPassphrase);
    ctl({QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("payfast_passphrase"),
         passphrase()},
        2);
    QProcessEnvironment otherDesktop = env;
    otherDesktop.insert(QStringLiteral("IMALI_KEY_FILE"), dir.filePath(QStringLiteral("other/key")));
    otherDesktop.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("other/config")));
    QString wrongCode = recoveryCode;
    wrongCode[wrongCode.size() - 1] =
        wrongCode.back() == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    const CliRun wrongImport =
        ctl({QStringLiteral("ledger"), QStringLiteral("key"), QStringLiteral("import"), wrongCode}, 2,
            otherDesktop);
    QVERIFY(wrongImport.exitCode != 0);
    if (postgres) {
        QString unreachable = ledgerUrl;
        unreachable.replace(QRegularExpression(QStringLiteral(":\\d+/")), QStringLiteral(":1/"));
        ctl({QStringLiteral("itn"), QStringLiteral("list"), QStringLiteral("--db"), unreachable}, 1);
    }
    QCOMPARE_EQ(serve.stop(), QString());
    findings.add(QStringLiteral("imalictl serve"), serve.output());
    QVERIFY2(unexpectedExits.isEmpty(), qPrintable(unexpectedExits.join(QLatin1Char('\n'))));

    // What is kept on disk: the configuration (INI, anchors), the exports and their anchors, and the
    // ledger itself (tokens and raw notifications are sealed). The key file holds the key, by design.
    findings.addFiles(dir.path(), {keyFile});
    if (postgres) {
        // The rows themselves, as plain SQL.
        QProcess dump;
        auto server = imali::DatabaseUrl::parse(ledgerUrl);
        QVERIFY(server.ok());
        dump.start(QStringLiteral("pg_dump"),
                   {QStringLiteral("--host"), server->host, QStringLiteral("--port"),
                    QString::number(server->port), QStringLiteral("--username"), server->user,
                    QStringLiteral("--dbname"), server->database});
        QVERIFY(dump.waitForFinished(60000));
        QCOMPARE_EQ(dump.exitCode(), 0);
        findings.add(QStringLiteral("the PostgreSQL ledger's rows"), dump.readAllStandardOutput());
    }

    QFile keys(keyFile);
    QVERIFY(keys.open(QIODevice::ReadOnly));
    const QByteArray keyLine = keys.readAll().trimmed();
    const QByteArray ledgerKey = keyLine.mid(keyLine.lastIndexOf(' ') + 1);
    QVERIFY(!ledgerKey.isEmpty());
    const QList<Secret> secrets {
        {QStringLiteral("the PayFast passphrase"),
         {passphrase().toUtf8(), imali::phpUrlEncode(passphrase())}},
        {QStringLiteral("the card token"), {cardToken().toUtf8(), cardToken().toUtf8().toUpper()}},
        {QStringLiteral("the database password"),
         {databasePassword().toUtf8(), imali::phpUrlEncode(databasePassword())}},
        {QStringLiteral("the Stripe secret key"), {stripeSecretKey().toUtf8()}},
        {QStringLiteral("the Stripe webhook secret"), {stripeWebhookSecret().toUtf8()}},
        {QStringLiteral("the ledger key"),
         {ledgerKey, QByteArray::fromBase64(ledgerKey).toHex(),
          QByteArray::fromBase64(ledgerKey).toHex().toUpper()}},
        {QStringLiteral("the recovery code"),
         {recoveryCode.toUtf8(), recoveryCode.toUtf8().replace('-', "")}},
        {QStringLiteral("a near miss of the recovery code"), {wrongCode.toUtf8()}},
    };
    qInfo("searched %d outputs and files", findings.sources());
    const QStringList leaks = findings.leaksOf(secrets);
    QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(QStringLiteral("\n"))));
    // The search can find: the checkout's own output holds the (public) merchant id, and the INI its URL.
    QVERIFY(!Findings(findings)
                 .leaksOf({{QStringLiteral("probe"), {QByteArrayLiteral("pay.example.co.za")}}})
                 .isEmpty());

    // Owner-only files: the key, the ledger and its WAL files, the backup.
    QStringList ownerOnly {keyFile, backup};
    if (!postgres)
        for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            if (QFile::exists(ledgerFile + suffix))
                ownerOnly.append(ledgerFile + suffix);
    for (const QString& path : std::as_const(ownerOnly))
        QVERIFY2(permissionsOf(path) == QLatin1String("600"),
                 qPrintable(QStringLiteral("%1 has mode %2").arg(path, permissionsOf(path))));
}

QTEST_GUILESS_MAIN(tst_Secrets)
#include "tst_secrets.moc"
