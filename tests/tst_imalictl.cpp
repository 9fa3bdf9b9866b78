// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImalictlRun.h"
#include "TestDatabases.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

#include <map>
#include <memory>

namespace
{

/// Stands for the row's database URL in a command line (see tst_Imalictl::runAs).
const QString DbUrl = QStringLiteral("{db}");

/** What one imalictl run showed the user: its exit code, stdout and stderr. */
struct Run {
    int exitCode = -1;
    QString out;
    QString err;

    QJsonDocument document() const { return QJsonDocument::fromJson(out.toUtf8()); }
    QJsonObject object() const { return document().object(); }
    QJsonArray array() const { return document().array(); }
    QString describe() const
    {
        return QStringLiteral("exit code %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(exitCode).arg(out, err);
    }
};

/**
 * One desktop's private places, as a user's account would have them: config
 * (anchors), data, runtime and cache folders and the ledger key file, all in a
 * temporary folder, so no run reads or writes the real account's files.
 */
class Desktop
{
public:
    Desktop()
    {
        const QDir root(m_dir.path());
        for (const QString& sub : {QStringLiteral("config"), QStringLiteral("data"),
                                   QStringLiteral("runtime"), QStringLiteral("cache")})
            root.mkpath(sub);
        // Qt warns on stderr about a runtime folder that others can enter.
        QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_env = QProcessEnvironment::systemEnvironment();
        // Nothing from the developer's own setup may leak in: the command line and this desktop decide.
        const QStringList inherited = m_env.keys();
        for (const QString& name : inherited)
            if (name.startsWith(QLatin1String("IMALI_")) || name.startsWith(QLatin1String("PAYFAST_"))
                || name.startsWith(QLatin1String("STRIPE_")) || name.startsWith(QLatin1String("ENABLE_")))
                m_env.remove(name);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
        m_env.insert(QStringLiteral("IMALI_KEY_FILE"), keyFile());
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        // backup/restore on PostgreSQL run pg_dump/pg_restore of the cluster's own version.
        const QString pgBin = qEnvironmentVariable("IMALI_TEST_PG_BIN");
        if (!pgBin.isEmpty())
            m_env.insert(QStringLiteral("PATH"),
                         pgBin + QLatin1Char(':') + m_env.value(QStringLiteral("PATH")));
    }

    QString keyFile() const { return m_dir.filePath(QStringLiteral("keys/ledger-keys")); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    const QProcessEnvironment& environment() const { return m_env; }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

/** A throwaway ledger store and the desktop that created it. */
struct Bench {
    explicit Bench(const QString& backend) : scratch(backend) { }
    testdb::Scratch scratch;
    Desktop desktop;
    bool seeded = false; ///< for a shared ledger: seedInvoice() succeeded on it
};

/** What a user can see of a ledger's contents: invoices, customers and the audit entry count. */
struct Snapshot {
    QString invoices;
    QString customers;
    qint64 auditEntries = -1;
    QString problem;
};

/// Keys of \a object that \a keys names but \a object lacks.
QStringList missingKeys(const QJsonObject& object, const QStringList& keys)
{
    QStringList missing;
    for (const QString& k : keys)
        if (!object.contains(k))
            missing << k;
    return missing;
}

const QStringList InvoiceShowKeys {QStringLiteral("id"),
                                   QStringLiteral("number"),
                                   QStringLiteral("status"),
                                   QStringLiteral("customer"),
                                   QStringLiteral("lines"),
                                   QStringLiteral("subtotal"),
                                   QStringLiteral("vat"),
                                   QStringLiteral("total"),
                                   QStringLiteral("amount_paid"),
                                   QStringLiteral("amount_refunded"),
                                   QStringLiteral("amount_credited"),
                                   QStringLiteral("amount_written_off"),
                                   QStringLiteral("balance"),
                                   QStringLiteral("due_date"),
                                   QStringLiteral("transactions")};

const QStringList TransactionKeys {QStringLiteral("id"),          QStringLiteral("provider"),
                                   QStringLiteral("provider_id"), QStringLiteral("m_payment_id"),
                                   QStringLiteral("environment"), QStringLiteral("status"),
                                   QStringLiteral("gross"),       QStringLiteral("fee"),
                                   QStringLiteral("net"),         QStringLiteral("created_at")};

/// A customer and one issued invoice of 707.25 (INV-000001), the starting point of several tests.
const QString AddCustomer =
    QStringLiteral("customer add --name \"Thandi Nkosi\" --email thandi@example.co.za");
const QString CreateInvoice = QStringLiteral("invoice create --customer 1 --line \"Consulting;1.5;333.33\" "
                                             "--line \"Hosting;1;115;15\" --issue --json");

} // namespace

/// Checks a run's exit code, showing what the user saw when it differs (\a result is evaluated once).
#define EXPECT_EXIT(result, code)                                                                            \
    do {                                                                                                     \
        const Run checked_ = (result);                                                                       \
        QVERIFY2(checked_.exitCode == (code),                                                                \
                 qPrintable(QStringLiteral("expected exit code %1, got ").arg(code) + checked_.describe())); \
    } while (false)

#define START_OR_FAIL()                                                                                      \
    QFETCH(QString, backend);                                                                                \
    m_bench = std::make_unique<Bench>(backend);                                                              \
    QVERIFY2(m_bench->scratch.error().isEmpty(), qPrintable(m_bench->scratch.error()))

/// Runs a helper that may fail the test, and stops the test if it did.
#define CHECKED(call)                                                                                        \
    call;                                                                                                    \
    if (QTest::currentTestFailed())                                                                          \
    return

/**
 * End-to-end runs of the built imalictl on both backends: what a user typing
 * SPEC §5's commands sees on stdout, stderr and in the exit code, and that a
 * refused command leaves the ledger exactly as it was.
 */
class tst_Imalictl : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void cleanupTestCase();

    void initPrintsTheRecoveryCodeOnce_data() { testdb::addBackendRows(); }
    void initPrintsTheRecoveryCodeOnce();
    void secondDesktopImportsTheKey_data() { testdb::addBackendRows(); }
    void secondDesktopImportsTheKey();
    void importRefusesAWrongCode_data();
    void importRefusesAWrongCode();
    void invoiceTotalsAreExact_data();
    void invoiceTotalsAreExact();
    void paymentsRefundsAndVoid_data() { testdb::addBackendRows(); }
    void paymentsRefundsAndVoid();
    void badInputWritesNothing_data();
    void badInputWritesNothing();
    void jsonIsAcceptedAnywhere_data() { testdb::addBackendRows(); }
    void jsonIsAcceptedAnywhere();
    void invoiceListFiltersByStatus_data() { testdb::addBackendRows(); }
    void invoiceListFiltersByStatus();
    void customersAreArchivedAndAnonymised_data() { testdb::addBackendRows(); }
    void customersAreArchivedAndAnonymised();
    void migrationsRoundTrip_data() { testdb::addBackendRows(); }
    void migrationsRoundTrip();
    void backupRestoreRoundTrip_data() { testdb::addBackendRows(); }
    void backupRestoreRoundTrip();
    void demoFillsALedger_data() { testdb::addBackendRows(); }
    void demoFillsALedger();
    void databasePasswordIsNeverShown_data();
    void databasePasswordIsNeverShown();
    void ledgerAndKeyFilesAreOwnerOnly();
    void printsItsVersion();

private:
    /// Runs imalictl on this row's ledger as its first desktop.
    Run run(const QStringList& args, const QString& stdinText = {});
    Run run(const QString& commandLine, const QString& stdinText = {});
    /**
     * Runs imalictl as \a desktop on \a url: a "{db}" argument becomes the URL,
     * and "--db URL" is appended when the line names no database itself.
     */
    static Run runAs(const Desktop& desktop, const QString& url, QStringList args,
                     const QString& stdinText = {});
    /// `ledger init --json` on this row's ledger; returns the recovery code.
    QString initLedger();
    /// initLedger(), a customer and the issued invoice INV-000001 of 707.25; returns the recovery code.
    QString seedInvoice();
    Snapshot snapshot();

    std::unique_ptr<Bench> m_bench;
    /// One seeded ledger per backend, shared by the bad-input rows (they must leave it unchanged).
    std::map<QString, std::unique_ptr<Bench>> m_shared;
    Bench* m_current = nullptr;
};

void tst_Imalictl::initTestCase()
{
    const QString program = QStringLiteral(IMALI_BIN_DIR) + QStringLiteral("/imalictl");
    QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program + QStringLiteral(" is not built")));
}

void tst_Imalictl::cleanup()
{
    m_bench.reset();
    m_current = nullptr;
}

void tst_Imalictl::cleanupTestCase()
{
    m_shared.clear();
}

Run tst_Imalictl::runAs(const Desktop& desktop, const QString& url, QStringList args,
                        const QString& stdinText)
{
    for (QString& a : args)
        if (a == DbUrl)
            a = url;
    if (!args.contains(QStringLiteral("--db")) && !url.isEmpty())
        args << QStringLiteral("--db") << url;
    QProcess process;
    process.setProcessEnvironment(desktop.environment());
    process.setWorkingDirectory(desktop.filePath(QString()));
    process.start(QStringLiteral(IMALI_BIN_DIR) + QStringLiteral("/imalictl"), args);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("could not start imalictl: ") + process.errorString();
        return result;
    }
    if (!stdinText.isEmpty())
        process.write(stdinText.toUtf8());
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(120000);
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    if (!finished) {
        process.kill();
        process.waitForFinished();
        result.err += QStringLiteral("\n[timed out: imalictl %1]").arg(args.join(QLatin1Char(' ')));
    } else if (process.exitStatus() != QProcess::NormalExit) {
        result.err += QStringLiteral("\n[crashed: imalictl %1]").arg(args.join(QLatin1Char(' ')));
    } else {
        result.exitCode = process.exitCode();
    }
    return result;
}

Run tst_Imalictl::run(const QStringList& args, const QString& stdinText)
{
    Bench* bench = m_current ? m_current : m_bench.get();
    return runAs(bench->desktop, bench->scratch.url(), args, stdinText);
}

Run tst_Imalictl::run(const QString& commandLine, const QString& stdinText)
{
    return run(QProcess::splitCommand(commandLine), stdinText);
}

QString tst_Imalictl::initLedger()
{
    const Run init = run(QStringLiteral("ledger init --json"));
    const QString code = init.object().value(QStringLiteral("recovery_code")).toString();
    if (init.exitCode != 0 || code.isEmpty())
        QTest::qFail(qPrintable(QStringLiteral("ledger init failed: ") + init.describe()), __FILE__,
                     __LINE__);
    return code;
}

QString tst_Imalictl::seedInvoice()
{
    const QString code = initLedger();
    if (QTest::currentTestFailed())
        return {};
    for (const QString& line : {AddCustomer, CreateInvoice}) {
        const Run r = run(line);
        if (r.exitCode != 0) {
            QTest::qFail(qPrintable(QStringLiteral("seeding failed: ") + r.describe()), __FILE__, __LINE__);
            return {};
        }
        if (line == CreateInvoice
            && r.object().value(QStringLiteral("number")).toString() != QLatin1String("INV-000001"))
            QTest::qFail(qPrintable(QStringLiteral("the first invoice is not INV-000001: ") + r.out),
                         __FILE__, __LINE__);
    }
    return code;
}

Snapshot tst_Imalictl::snapshot()
{
    Snapshot s;
    const Run invoices = run(QStringLiteral("invoice list --json"));
    const Run customers = run(QStringLiteral("customer list --include-archived --json"));
    const Run audit = run(QStringLiteral("audit verify --json"));
    for (const Run* r : {&invoices, &customers, &audit})
        if (r->exitCode != 0)
            s.problem += r->describe() + QLatin1Char('\n');
    s.invoices = invoices.out;
    s.customers = customers.out;
    if (audit.exitCode == 0)
        s.auditEntries = audit.object().value(QStringLiteral("entries")).toInteger(-1);
    return s;
}

void tst_Imalictl::initPrintsTheRecoveryCodeOnce()
{
    START_OR_FAIL();
    const Run init = run(QStringLiteral("ledger init --json"));
    EXPECT_EXIT(init, 0);
    const QJsonObject o = init.object();
    QVERIFY2(!o.isEmpty(), qPrintable(init.describe()));
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    QVERIFY2(uuid.match(o.value(QStringLiteral("ledger_id")).toString()).hasMatch(), qPrintable(init.out));
    QCOMPARE_EQ(o.value(QStringLiteral("environment")).toString(), QStringLiteral("sandbox"));
    static const QRegularExpression code(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{1,4}){5,}$"));
    const QString recovery = o.value(QStringLiteral("recovery_code")).toString();
    QVERIFY2(code.match(recovery).hasMatch(), qPrintable(init.out));

    // The ledger's identity is fixed: a second init is refused and shows no new code.
    const Run again = run(QStringLiteral("ledger init --json"));
    EXPECT_EXIT(again, 2);
    QVERIFY2(again.err.contains(QLatin1String("already initialised")), qPrintable(again.describe()));
    QVERIFY2(!again.out.contains(recovery) && !again.err.contains(recovery), qPrintable(again.describe()));
    QVERIFY(again.out.isEmpty());

    // Later commands never show the code again.
    const Run settings = run(QStringLiteral("settings show --json"));
    EXPECT_EXIT(settings, 0);
    QCOMPARE_EQ(settings.object().value(QStringLiteral("ledger_id")).toString(),
                o.value(QStringLiteral("ledger_id")).toString());
    QCOMPARE_EQ(settings.object().value(QStringLiteral("environment")).toString(), QStringLiteral("sandbox"));
    QVERIFY(!settings.out.contains(recovery) && !settings.err.contains(recovery));
}

void tst_Imalictl::secondDesktopImportsTheKey()
{
    START_OR_FAIL();
    const QString code = CHECKED(initLedger());
    QVERIFY(!code.isEmpty());
    EXPECT_EXIT(run(AddCustomer), 0);

    // Another desktop on the same database, without the key yet: told how to get it.
    Desktop second;
    const QString url = m_bench->scratch.url();
    const QStringList verify {QStringLiteral("audit"), QStringLiteral("verify")};
    const Run locked = runAs(second, url, verify);
    EXPECT_EXIT(locked, 1);
    QVERIFY2(locked.err.contains(QLatin1String("imalictl ledger key import")), qPrintable(locked.describe()));
    QVERIFY(!QFile::exists(second.keyFile()));
    EXPECT_EXIT(runAs(second, url, {QStringLiteral("customer"), QStringLiteral("list")}), 1);

    const Run imported =
        runAs(second, url, {QStringLiteral("ledger"), QStringLiteral("key"), QStringLiteral("import"), code});
    EXPECT_EXIT(imported, 0);
    QVERIFY(QFile::exists(second.keyFile()));
    const Run verified = runAs(second, url, verify + QStringList {QStringLiteral("--json")});
    EXPECT_EXIT(verified, 0);
    QCOMPARE_EQ(verified.object().value(QStringLiteral("intact")).toBool(), true);

    // Both desktops now write to one chain, and each still verifies it.
    const Run added = runAs(
        second, url, QProcess::splitCommand(QStringLiteral("customer add --name \"Second Desk\" --json")));
    EXPECT_EXIT(added, 0);
    const Run firstVerifies = run(QStringLiteral("audit verify --json"));
    EXPECT_EXIT(firstVerifies, 0);
    QCOMPARE_EQ(firstVerifies.object().value(QStringLiteral("entries")).toInteger(),
                verified.object().value(QStringLiteral("entries")).toInteger() + 1);
    const Run list = run(QStringLiteral("customer list --json"));
    EXPECT_EXIT(list, 0);
    QCOMPARE_EQ(list.array().size(), 2);
}

void tst_Imalictl::importRefusesAWrongCode_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("mistake");
    for (const QString& b : testdb::backends()) {
        for (const char* mistake : {"a code with one character changed", "a code missing its last group",
                                    "another ledger's code", "words that are not a code", "an empty code"}) {
            const QString name = QStringLiteral("on %1: %2").arg(b, QString::fromUtf8(mistake));
            QTest::newRow(qPrintable(name)) << b << QString::fromUtf8(mistake);
        }
    }
}

void tst_Imalictl::importRefusesAWrongCode()
{
    QFETCH(QString, mistake);
    START_OR_FAIL();
    const QString code = CHECKED(initLedger());
    QVERIFY(code.size() > 8);
    QString wrong;
    if (mistake.startsWith(QLatin1String("a code with one character"))) {
        wrong = code;
        wrong[0] = wrong.at(0) == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    } else if (mistake.startsWith(QLatin1String("a code missing"))) {
        wrong = code.left(code.lastIndexOf(QLatin1Char('-')));
    } else if (mistake.startsWith(QLatin1String("another ledger"))) {
        Desktop elsewhere;
        const QString otherUrl =
            QStringLiteral("sqlite://") + elsewhere.filePath(QStringLiteral("other.sqlite"));
        const Run other = runAs(elsewhere, otherUrl,
                                {QStringLiteral("ledger"), QStringLiteral("init"), QStringLiteral("--json")});
        EXPECT_EXIT(other, 0);
        wrong = other.object().value(QStringLiteral("recovery_code")).toString();
        QVERIFY(!wrong.isEmpty() && wrong != code);
    } else if (mistake.startsWith(QLatin1String("words"))) {
        wrong = QStringLiteral("open sesame");
    }

    Desktop second;
    const QString url = m_bench->scratch.url();
    const Run refused = runAs(
        second, url, {QStringLiteral("ledger"), QStringLiteral("key"), QStringLiteral("import"), wrong});
    EXPECT_EXIT(refused, 2);
    QVERIFY2(refused.err.startsWith(QLatin1String("imalictl: ")), qPrintable(refused.describe()));
    QVERIFY2(!refused.err.trimmed().contains(QLatin1Char('\n')), qPrintable(refused.describe()));
    QVERIFY(refused.out.isEmpty());
    // Nothing was stored: the desktop is still locked out.
    EXPECT_EXIT(runAs(second, url, {QStringLiteral("audit"), QStringLiteral("verify")}), 1);
    // The right code still works afterwards.
    EXPECT_EXIT(
        runAs(second, url, {QStringLiteral("ledger"), QStringLiteral("key"), QStringLiteral("import"), code}),
        0);
    EXPECT_EXIT(runAs(second, url, {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
}

void tst_Imalictl::invoiceTotalsAreExact_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("createLine");
    QTest::addColumn<QString>("subtotal");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<QString>("total");
    for (const QString& b : testdb::backends()) {
        QTest::newRow(qPrintable(
            QStringLiteral("on %1: prices excluding VAT add VAT per line, rounded half-up").arg(b)))
            << b << CreateInvoice << QStringLiteral("615.00") << QStringLiteral("92.25")
            << QStringLiteral("707.25");
        QTest::newRow(qPrintable(QStringLiteral("on %1: prices including VAT take the VAT out").arg(b)))
            << b
            << QStringLiteral(
                   "invoice create --customer 1 --line \"Widget;2;115\" --prices-include-vat --issue --json")
            << QStringLiteral("200.00") << QStringLiteral("30.00") << QStringLiteral("230.00");
    }
}

void tst_Imalictl::invoiceTotalsAreExact()
{
    QFETCH(QString, createLine);
    QFETCH(QString, subtotal);
    QFETCH(QString, vat);
    QFETCH(QString, total);
    START_OR_FAIL();
    CHECKED(initLedger());
    EXPECT_EXIT(run(AddCustomer), 0);
    const Run created = run(createLine);
    EXPECT_EXIT(created, 0);

    const Run shown = run(QStringLiteral("invoice show INV-000001 --json"));
    EXPECT_EXIT(shown, 0);
    for (const Run* r : {&created, &shown}) {
        const QJsonObject o = r->object();
        QVERIFY2(!o.isEmpty(), qPrintable(r->describe()));
        QCOMPARE_EQ(o.value(QStringLiteral("number")).toString(), QStringLiteral("INV-000001"));
        QCOMPARE_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        QCOMPARE_EQ(o.value(QStringLiteral("subtotal")).toString(), subtotal);
        QCOMPARE_EQ(o.value(QStringLiteral("vat")).toString(), vat);
        QCOMPARE_EQ(o.value(QStringLiteral("total")).toString(), total);
        QCOMPARE_EQ(o.value(QStringLiteral("balance")).toString(), total);
        QCOMPARE_EQ(o.value(QStringLiteral("amount_paid")).toString(), QStringLiteral("0.00"));
    }
    const QJsonObject o = shown.object();
    const QStringList missing = missingKeys(o, InvoiceShowKeys);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    QCOMPARE_EQ(o.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString(),
                QStringLiteral("Thandi Nkosi"));
    QVERIFY(QDate::fromString(o.value(QStringLiteral("due_date")).toString(), Qt::ISODate).isValid());
    QVERIFY(o.value(QStringLiteral("transactions")).isArray());
    // The lines add up to the totals shown.
    qint64 netCents = 0;
    for (const QJsonValue& line : o.value(QStringLiteral("lines")).toArray()) {
        const QString net = line.toObject().value(QStringLiteral("net")).toString();
        netCents += QString(net).remove(QLatin1Char('.')).toLongLong();
    }
    QCOMPARE_EQ(netCents, QString(subtotal).remove(QLatin1Char('.')).toLongLong());
    // The internal id finds the same invoice as its number.
    const Run byId =
        run({QStringLiteral("invoice"), QStringLiteral("show"),
             QString::number(o.value(QStringLiteral("id")).toInteger()), QStringLiteral("--json")});
    EXPECT_EXIT(byId, 0);
    QCOMPARE_EQ(byId.out, shown.out);
}

void tst_Imalictl::paymentsRefundsAndVoid()
{
    START_OR_FAIL();
    CHECKED(seedInvoice());
    const QString show = QStringLiteral("invoice show INV-000001 --json");

    const Run partial = run(
        QStringLiteral("payment record INV-000001 --amount 200 --method cash --reference \"Till 3\" --json"));
    EXPECT_EXIT(partial, 0);
    const QString cashId = QString::number(partial.object().value(QStringLiteral("id")).toInteger());
    QCOMPARE_EQ(partial.object().value(QStringLiteral("gross")).toString(), QStringLiteral("200.00"));
    Run shown = run(show);
    EXPECT_EXIT(shown, 0);
    QJsonObject o = shown.object();
    QCOMPARE_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE_EQ(o.value(QStringLiteral("amount_paid")).toString(), QStringLiteral("200.00"));
    QCOMPARE_EQ(o.value(QStringLiteral("balance")).toString(), QStringLiteral("507.25"));

    // Every key SPEC §5 promises, on the invoice and on its transaction.
    QStringList missing = missingKeys(o, InvoiceShowKeys);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    const QJsonArray txs = o.value(QStringLiteral("transactions")).toArray();
    QCOMPARE_EQ(txs.size(), 1);
    const QJsonObject tx = txs.at(0).toObject();
    missing = missingKeys(tx, TransactionKeys);
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    QCOMPARE_EQ(tx.value(QStringLiteral("provider")).toString(), QStringLiteral("manual"));
    QCOMPARE_EQ(tx.value(QStringLiteral("environment")).toString(), QStringLiteral("sandbox"));
    QCOMPARE_EQ(tx.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    QCOMPARE_EQ(tx.value(QStringLiteral("gross")).toString(), QStringLiteral("200.00"));
    QCOMPARE_EQ(tx.value(QStringLiteral("fee")).toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(tx.value(QStringLiteral("net")).toString(), QStringLiteral("200.00"));

    // Refused: more than the balance, and voiding an invoice with money on it. Nothing changes.
    const Run over = run(QStringLiteral("payment record INV-000001 --amount 507.26 --method eft"));
    EXPECT_EXIT(over, 2);
    QVERIFY2(over.err.contains(QLatin1String("507.25")), qPrintable(over.describe()));
    const Run voided = run(QStringLiteral("invoice void INV-000001"));
    EXPECT_EXIT(voided, 2);
    QVERIFY2(voided.err.contains(QLatin1String("refund")), qPrintable(voided.describe()));
    const Run unchanged = run(show);
    EXPECT_EXIT(unchanged, 0);
    QCOMPARE_EQ(unchanged.out, shown.out);

    // The customer paid 500 by EFT; the bank kept 7.25, written off.
    const Run rest = run(QStringLiteral(
        "payment record INV-000001 --amount 500 --method eft --write-off-rest \"Bank charges\""));
    EXPECT_EXIT(rest, 0);
    shown = run(show);
    EXPECT_EXIT(shown, 0);
    o = shown.object();
    QCOMPARE_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QCOMPARE_EQ(o.value(QStringLiteral("amount_paid")).toString(), QStringLiteral("700.00"));
    QCOMPARE_EQ(o.value(QStringLiteral("amount_written_off")).toString(), QStringLiteral("7.25"));
    QCOMPARE_EQ(o.value(QStringLiteral("balance")).toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(o.value(QStringLiteral("transactions")).toArray().size(), 2);

    // A partial refund of the cash payment issues a credit note; the total stays as issued.
    const Run refund =
        run({QStringLiteral("refund"), cashId, QStringLiteral("--amount"), QStringLiteral("50"),
             QStringLiteral("--reason"), QStringLiteral("One hour not worked"), QStringLiteral("--json")});
    EXPECT_EXIT(refund, 0);
    const QJsonObject note = refund.object().value(QStringLiteral("credit_note")).toObject();
    QVERIFY2(!note.isEmpty(), qPrintable(refund.describe()));
    QCOMPARE_EQ(note.value(QStringLiteral("total")).toString(), QStringLiteral("50.00"));
    QVERIFY(note.value(QStringLiteral("number")).toString().startsWith(QLatin1String("CN-")));
    shown = run(show);
    EXPECT_EXIT(shown, 0);
    o = shown.object();
    QCOMPARE_EQ(o.value(QStringLiteral("total")).toString(), QStringLiteral("707.25"));
    QCOMPARE_EQ(o.value(QStringLiteral("amount_refunded")).toString(), QStringLiteral("50.00"));
    QCOMPARE_EQ(o.value(QStringLiteral("amount_credited")).toString(), QStringLiteral("50.00"));
    QCOMPARE_EQ(o.value(QStringLiteral("balance")).toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("partially_refunded"));
    const QJsonArray notes = o.value(QStringLiteral("credit_notes")).toArray();
    QCOMPARE_EQ(notes.size(), 1);
    QCOMPARE_EQ(notes.at(0).toObject().value(QStringLiteral("number")).toString(),
                note.value(QStringLiteral("number")).toString());
    QCOMPARE_EQ(notes.at(0).toObject().value(QStringLiteral("total")).toString(), QStringLiteral("50.00"));

    // 200 was paid in cash and 50 of it is back: 150.01 more is refused, and nothing changes.
    const Run tooMuch =
        run({QStringLiteral("refund"), cashId, QStringLiteral("--amount"), QStringLiteral("150.01"),
             QStringLiteral("--reason"), QStringLiteral("Everything back")});
    EXPECT_EXIT(tooMuch, 2);
    QVERIFY2(tooMuch.err.contains(QLatin1String("more than was paid")), qPrintable(tooMuch.describe()));
    const Run afterRefusal = run(show);
    EXPECT_EXIT(afterRefusal, 0);
    QCOMPARE_EQ(afterRefusal.out, shown.out);

    // A second invoice paid in full in one go.
    const Run second =
        run(QStringLiteral("invoice create --customer 1 --line \"Domain;1;100\" --issue --json"));
    EXPECT_EXIT(second, 0);
    const QString number = second.object().value(QStringLiteral("number")).toString();
    QCOMPARE_EQ(number, QStringLiteral("INV-000002"));
    EXPECT_EXIT(run({QStringLiteral("payment"), QStringLiteral("record"), number, QStringLiteral("--amount"),
                     QStringLiteral("R 115,00"), QStringLiteral("--method"), QStringLiteral("card")}),
                0);
    const Run full =
        run({QStringLiteral("invoice"), QStringLiteral("show"), number, QStringLiteral("--json")});
    EXPECT_EXIT(full, 0);
    QCOMPARE_EQ(full.object().value(QStringLiteral("status")).toString(), QStringLiteral("paid"));
    QCOMPARE_EQ(full.object().value(QStringLiteral("amount_paid")).toString(), QStringLiteral("115.00"));
    QCOMPARE_EQ(full.object().value(QStringLiteral("balance")).toString(), QStringLiteral("0.00"));

    const Run audit = run(QStringLiteral("audit verify"));
    EXPECT_EXIT(audit, 0);
}

void tst_Imalictl::badInputWritesNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("problem"); // what stderr must name

    struct Case {
        const char* name;
        QStringList args;
        QString problem;
    };
    auto words = [](const QString& line) { return QProcess::splitCommand(line); };
    const QList<Case> cases {
        {"an unknown command", words(QStringLiteral("invoices list")), QStringLiteral("unknown command")},
        {"an unknown subcommand", words(QStringLiteral("invoice frobnicate")), QStringLiteral("usage")},
        {"an unknown option", words(QStringLiteral("customer add --name Sipho --colour blue")),
         QStringLiteral("--colour")},
        {"an option without its value", words(QStringLiteral("customer add --name")),
         QStringLiteral("--name")},
        {"a value given to a flag", words(QStringLiteral("invoice list --json=yes")),
         QStringLiteral("--json")},
        {"a stray word before the options", words(QStringLiteral("customer add Sipho --name Sipho")),
         QStringLiteral("Sipho")},
        {"a line given without --line",
         words(QStringLiteral("invoice create --customer 1 \"Consulting;1;100\"")),
         QStringLiteral("Consulting;1;100")},
        {"a customer without a name", words(QStringLiteral("customer add --email sipho@example.co.za")),
         QStringLiteral("name")},
        {"a bad email", words(QStringLiteral("customer add --name Sipho --email sipho-at-example")),
         QStringLiteral("sipho-at-example")},
        {"a bad VAT number", words(QStringLiteral("customer add --name Sipho --vat-number 123")),
         QStringLiteral("VAT")},
        {"an invoice without --line", words(QStringLiteral("invoice create --customer 1 --issue")),
         QStringLiteral("--line")},
        {"a line with two fields",
         words(QStringLiteral("invoice create --customer 1 --line \"Consulting;1\"")),
         QStringLiteral("Consulting;1")},
        {"a line with five fields",
         words(QStringLiteral("invoice create --customer 1 --line \"Consulting;1;100;15;x\"")),
         QStringLiteral("Consulting;1;100;15;x")},
        {"a line without a description",
         words(QStringLiteral("invoice create --customer 1 --line \";1;100\"")),
         QStringLiteral("description")},
        {"a price with both a group comma and a decimal point",
         words(QStringLiteral("invoice create --customer 1 --line \"Consulting;1;1,234.50\"")),
         QStringLiteral("1,234.50")},
        {"a price as an exponent",
         words(QStringLiteral("invoice create --customer 1 --line \"Consulting;1;1e3\"")),
         QStringLiteral("1e3")},
        {"a price with three decimals",
         words(QStringLiteral("invoice create --customer 1 --line \"Consulting;1;12.345\"")),
         QStringLiteral("12.345")},
        {"a price with an ambiguous thousands group",
         words(QStringLiteral("invoice create --customer 1 --line \"Consulting;1;1,234\"")),
         QStringLiteral("1,234")},
        {"a negative price",
         words(QStringLiteral("invoice create --customer 1 --line \"Consulting;1;-100\"")),
         QStringLiteral("-100")},
        {"a zero quantity", words(QStringLiteral("invoice create --customer 1 --line \"Consulting;0;100\"")),
         QStringLiteral("quantity")},
        {"a quantity with four decimals",
         words(QStringLiteral("invoice create --customer 1 --line \"Consulting;1.2345;100\"")),
         QStringLiteral("1.2345")},
        {"a VAT rate of 101",
         words(QStringLiteral("invoice create --customer 1 --line \"Consulting;1;100;101\"")),
         QStringLiteral("101")},
        {"an unknown customer",
         words(QStringLiteral("invoice create --customer 99 --line \"Consulting;1;100\" --issue")),
         QStringLiteral("99")},
        {"a customer given by name",
         words(QStringLiteral("invoice create --customer Thandi --line \"Consulting;1;100\"")),
         QStringLiteral("Thandi")},
        {"an impossible due date",
         words(QStringLiteral("invoice create --customer 1 --line \"Consulting;1;100\" --due 2030-02-30")),
         QStringLiteral("--due")},
        {"a due date written day first",
         words(QStringLiteral("invoice create --customer 1 --line \"Consulting;1;100\" --due 30/01/2030")),
         QStringLiteral("--due")},
        {"--json first on a bad line",
         words(QStringLiteral("--json invoice create --customer 1 --line \"Consulting;0;100\" --db {db}")),
         QStringLiteral("quantity")},
        {"--json last on a bad line",
         words(QStringLiteral("--db {db} invoice create --customer 1 --line \"Consulting;1;1e3\" --json")),
         QStringLiteral("1e3")},
        {"a payment as an exponent",
         words(QStringLiteral("payment record INV-000001 --amount 1e3 --method cash")),
         QStringLiteral("1e3")},
        {"a payment with grouping and decimals",
         words(QStringLiteral("payment record INV-000001 --amount 1,234.50 --method cash")),
         QStringLiteral("1,234.50")},
        {"a payment by cheque",
         words(QStringLiteral("payment record INV-000001 --amount 10 --method cheque")),
         QStringLiteral("method")},
        {"a payment of more than the balance",
         words(QStringLiteral("payment record INV-000001 --amount 707.26 --method cash")),
         QStringLiteral("707.25")},
        {"a payment on an unknown invoice",
         words(QStringLiteral("payment record INV-999999 --amount 10 --method cash")),
         QStringLiteral("INV-999999")},
        {"a write-off without a reason",
         words(QStringLiteral("payment record INV-000001 --amount 700 --method cash --write-off-rest \" \"")),
         QStringLiteral("--write-off-rest")},
        {"a refund of an unknown transaction",
         words(QStringLiteral("refund 999 --amount 10 --reason \"Not a sale\"")), QStringLiteral("999")},
        {"a refund without a reason", words(QStringLiteral("refund 1 --amount 10")),
         QStringLiteral("reason")},
        {"voiding an unknown invoice", words(QStringLiteral("invoice void INV-000042")),
         QStringLiteral("INV-000042")},
        {"listing an unknown status", words(QStringLiteral("invoice list --status late")),
         QStringLiteral("late")},
        {"listing zero invoices", words(QStringLiteral("invoice list --limit 0")), QStringLiteral("--limit")},
        {"archiving a customer by name", words(QStringLiteral("customer archive Thandi")),
         QStringLiteral("Thandi")},
        {"anonymising an unknown customer", words(QStringLiteral("customer anonymise 99")),
         QStringLiteral("99")},
        {"rolling back zero migrations", words(QStringLiteral("migrate down --steps 0")),
         QStringLiteral("--steps")},
        {"a demo of a non-number of invoices", words(QStringLiteral("demo --customers 2 --invoices many")),
         QStringLiteral("--invoices")},
    };
    for (const QString& b : testdb::backends())
        for (const Case& c : cases)
            QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QString::fromUtf8(c.name))))
                << b << c.args << c.problem;
}

void tst_Imalictl::badInputWritesNothing()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, args);
    QFETCH(QString, problem);
    // The rows share one seeded ledger per backend: each must leave it exactly as it found it.
    std::unique_ptr<Bench>& shared = m_shared[backend];
    if (!shared) {
        shared = std::make_unique<Bench>(backend);
        QVERIFY2(shared->scratch.error().isEmpty(), qPrintable(shared->scratch.error()));
        m_current = shared.get();
        CHECKED(seedInvoice());
        shared->seeded = true;
    }
    QVERIFY2(shared->seeded, "the shared ledger could not be seeded; see the first row's failure");
    m_current = shared.get();

    const Snapshot before = snapshot();
    QVERIFY2(before.problem.isEmpty(), qPrintable(before.problem));
    const Run bad = run(args);
    EXPECT_EXIT(bad, 2);
    QVERIFY2(bad.out.isEmpty(), qPrintable(bad.describe()));
    const QString message = bad.err.trimmed();
    QVERIFY2(!message.isEmpty() && !message.contains(QLatin1Char('\n')),
             qPrintable(QStringLiteral("not a one-line message: ") + bad.describe()));
    QVERIFY2(message.startsWith(QLatin1String("imalictl: ")), qPrintable(bad.describe()));
    QVERIFY2(message.contains(problem),
             qPrintable(QStringLiteral("does not name \"%1\": ").arg(problem) + bad.describe()));

    const Snapshot after = snapshot();
    QVERIFY2(after.problem.isEmpty(), qPrintable(after.problem));
    QCOMPARE_EQ(after.auditEntries, before.auditEntries);
    QCOMPARE_EQ(after.invoices, before.invoices);
    QCOMPARE_EQ(after.customers, before.customers);
}

void tst_Imalictl::jsonIsAcceptedAnywhere()
{
    START_OR_FAIL();
    CHECKED(seedInvoice());
    const QList<QStringList> lines {
        {QStringLiteral("--json"), QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--db"),
         DbUrl},
        {QStringLiteral("customer"), QStringLiteral("--json"), QStringLiteral("list")},
        {QStringLiteral("--db"), DbUrl, QStringLiteral("customer"), QStringLiteral("list"),
         QStringLiteral("--json")},
    };
    for (const QStringList& line : lines) {
        const Run r = run(line);
        EXPECT_EXIT(r, 0);
        QVERIFY2(r.document().isArray(), qPrintable(r.describe()));
        QCOMPARE_EQ(r.array().size(), 1);
        QCOMPARE_EQ(r.array().at(0).toObject().value(QStringLiteral("name")).toString(),
                    QStringLiteral("Thandi Nkosi"));
    }
    const Run first = run({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("show"),
                           QStringLiteral("INV-000001"), QStringLiteral("--db"), DbUrl});
    EXPECT_EXIT(first, 0);
    QVERIFY2(first.document().isObject(), qPrintable(first.describe()));
    QCOMPARE_EQ(first.object().value(QStringLiteral("total")).toString(), QStringLiteral("707.25"));
}

void tst_Imalictl::invoiceListFiltersByStatus()
{
    START_OR_FAIL();
    CHECKED(initLedger());
    EXPECT_EXIT(run(AddCustomer), 0);
    const QString overdueDue = QDate::currentDate().addDays(-10).toString(Qt::ISODate);
    const QString futureDue = QDate::currentDate().addDays(30).toString(Qt::ISODate);
    const Run draft = run(QStringLiteral("invoice create --customer 1 --line \"Draft work;1;100\" --json"));
    EXPECT_EXIT(draft, 0);
    QVERIFY(draft.object().value(QStringLiteral("number")).isNull());
    QCOMPARE_EQ(draft.object().value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    EXPECT_EXIT(run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--customer"),
                     QStringLiteral("1"), QStringLiteral("--line"), QStringLiteral("Late work;1;200"),
                     QStringLiteral("--due"), overdueDue, QStringLiteral("--issue")}),
                0);
    EXPECT_EXIT(run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--customer"),
                     QStringLiteral("1"), QStringLiteral("--line"), QStringLiteral("Current work;1;300"),
                     QStringLiteral("--due"), futureDue, QStringLiteral("--issue")}),
                0);

    auto numbers = [this](const QString& status) {
        const Run r = run({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--status"),
                           status, QStringLiteral("--json")});
        QStringList found;
        if (r.exitCode != 0 || !r.document().isArray())
            return QStringList {r.describe()};
        for (const QJsonValue& v : r.array()) {
            const QJsonObject o = v.toObject();
            found << (o.value(QStringLiteral("number")).isNull()
                          ? QStringLiteral("draft ") + o.value(QStringLiteral("total")).toString()
                          : o.value(QStringLiteral("number")).toString());
        }
        found.sort();
        return found;
    };
    QCOMPARE_EQ(numbers(QStringLiteral("draft")), QStringList {QStringLiteral("draft 115.00")});
    QCOMPARE_EQ(numbers(QStringLiteral("overdue")), QStringList {QStringLiteral("INV-000001")});
    QCOMPARE_EQ(numbers(QStringLiteral("open")),
                (QStringList {QStringLiteral("INV-000001"), QStringLiteral("INV-000002")}));
    QCOMPARE_EQ(numbers(QStringLiteral("paid")), QStringList());

    const Run all = run(QStringLiteral("invoice list --json"));
    EXPECT_EXIT(all, 0);
    QCOMPARE_EQ(all.array().size(), 3);
    for (const QJsonValue& v : all.array()) {
        const QJsonObject o = v.toObject();
        QCOMPARE_EQ(o.value(QStringLiteral("overdue")).toBool(),
                    o.value(QStringLiteral("number")).toString() == QLatin1String("INV-000001"));
    }
}

void tst_Imalictl::customersAreArchivedAndAnonymised()
{
    START_OR_FAIL();
    CHECKED(seedInvoice());
    const Run empty = run(QStringLiteral("customer add --name \"Sipho Dlamini\" --email sipho@example.co.za "
                                         "--phone \"+27 82 555 0101\" --json"));
    EXPECT_EXIT(empty, 0);
    QCOMPARE_EQ(empty.object().value(QStringLiteral("id")).toInteger(), 2);

    Run list = run(QStringLiteral("customer list --json"));
    EXPECT_EXIT(list, 0);
    QVERIFY2(list.document().isArray(), qPrintable(list.describe()));
    QCOMPARE_EQ(list.array().size(), 2);

    // Archived: gone from the everyday list, still there on request, and takes no new invoices.
    const Run archived = run(QStringLiteral("customer archive 2 --json"));
    EXPECT_EXIT(archived, 0);
    QCOMPARE_EQ(archived.object().value(QStringLiteral("archived")).toBool(), true);
    list = run(QStringLiteral("customer list --json"));
    EXPECT_EXIT(list, 0);
    QCOMPARE_EQ(list.array().size(), 1);
    QCOMPARE_EQ(list.array().at(0).toObject().value(QStringLiteral("id")).toInteger(), 1);
    list = run(QStringLiteral("customer list --include-archived --json"));
    EXPECT_EXIT(list, 0);
    QCOMPARE_EQ(list.array().size(), 2);
    const Run refused = run(QStringLiteral("invoice create --customer 2 --line \"More;1;10\""));
    EXPECT_EXIT(refused, 2);
    QVERIFY2(refused.err.contains(QLatin1String("archived")), qPrintable(refused.describe()));

    // Anonymised (POPIA): the personal data goes, the invoice's amounts stay.
    const Run anonymised = run(QStringLiteral("customer anonymise 1 --json"));
    EXPECT_EXIT(anonymised, 0);
    list = run(QStringLiteral("customer list --include-archived --json"));
    EXPECT_EXIT(list, 0);
    QJsonObject thandi;
    for (const QJsonValue& v : list.array())
        if (v.toObject().value(QStringLiteral("id")).toInteger() == 1)
            thandi = v.toObject();
    QCOMPARE_EQ(thandi.value(QStringLiteral("name")).toString(), QStringLiteral("Anonymised customer 1"));
    QCOMPARE_EQ(thandi.value(QStringLiteral("email")).toString(), QString());
    QCOMPARE_EQ(thandi.value(QStringLiteral("anonymised")).toBool(), true);
    QVERIFY2(!list.out.contains(QLatin1String("Thandi")) && !list.out.contains(QLatin1String("thandi@")),
             qPrintable(list.out));
    const Run invoice = run(QStringLiteral("invoice show INV-000001 --json"));
    EXPECT_EXIT(invoice, 0);
    const QJsonObject o = invoice.object();
    QCOMPARE_EQ(o.value(QStringLiteral("customer")).toObject().value(QStringLiteral("name")).toString(),
                QStringLiteral("Anonymised customer 1"));
    QCOMPARE_EQ(o.value(QStringLiteral("subtotal")).toString(), QStringLiteral("615.00"));
    QCOMPARE_EQ(o.value(QStringLiteral("vat")).toString(), QStringLiteral("92.25"));
    QCOMPARE_EQ(o.value(QStringLiteral("total")).toString(), QStringLiteral("707.25"));
    QVERIFY(!invoice.out.contains(QLatin1String("Thandi")));
    EXPECT_EXIT(run(QStringLiteral("audit verify")), 0);
}

void tst_Imalictl::migrationsRoundTrip()
{
    START_OR_FAIL();
    const Run up = run(QStringLiteral("migrate up --json"));
    EXPECT_EXIT(up, 0);
    const qint64 latest = up.object().value(QStringLiteral("version")).toInteger();
    QVERIFY2(latest >= 1, qPrintable(up.describe()));
    QCOMPARE_EQ(up.object().value(QStringLiteral("applied")).toInteger(), latest);

    auto status = [this]() {
        const Run r = run(QStringLiteral("migrate status --json"));
        QList<bool> applied;
        if (r.exitCode != 0 || !r.document().isArray())
            return applied;
        qint64 expected = 1;
        for (const QJsonValue& v : r.array()) {
            const QJsonObject o = v.toObject();
            // In order, each with a name.
            if (o.value(QStringLiteral("version")).toInteger() != expected++
                || o.value(QStringLiteral("name")).toString().isEmpty())
                return QList<bool>();
            applied << o.value(QStringLiteral("applied")).toBool();
        }
        return applied;
    };
    QCOMPARE_EQ(status(), QList<bool>(latest, true));

    const Run down = run(QStringLiteral("migrate down --steps 1 --json"));
    EXPECT_EXIT(down, 0);
    QCOMPARE_EQ(down.object().value(QStringLiteral("rolled_back")).toInteger(), 1);
    QCOMPARE_EQ(down.object().value(QStringLiteral("version")).toInteger(), latest - 1);
    QList<bool> expected(latest, true);
    expected.last() = false;
    QCOMPARE_EQ(status(), expected);

    const Run again = run(QStringLiteral("migrate up --json"));
    EXPECT_EXIT(again, 0);
    QCOMPARE_EQ(again.object().value(QStringLiteral("applied")).toInteger(), 1);
    QCOMPARE_EQ(again.object().value(QStringLiteral("version")).toInteger(), latest);
    QCOMPARE_EQ(status(), QList<bool>(latest, true));
    // And the schema works: a ledger can be created on it.
    CHECKED(initLedger());
    EXPECT_EXIT(run(AddCustomer), 0);
}

void tst_Imalictl::backupRestoreRoundTrip()
{
    START_OR_FAIL();
    if (backend == QLatin1String("postgres"))
        QVERIFY2(!qEnvironmentVariableIsEmpty("IMALI_TEST_PG_BIN"),
                 "IMALI_TEST_PG_BIN must name the cluster's bin folder (pg_dump, pg_restore): run through "
                 "scripts/test.sh");
    const QString code = CHECKED(seedInvoice());
    EXPECT_EXIT(run(QStringLiteral("payment record INV-000001 --amount 100 --method cash")), 0);
    const Snapshot saved = snapshot();
    QVERIFY2(saved.problem.isEmpty(), qPrintable(saved.problem));

    const QString file = m_bench->desktop.filePath(QStringLiteral("ledger.backup"));
    const Run backup =
        run({QStringLiteral("backup"), QStringLiteral("--out"), file, QStringLiteral("--json")});
    EXPECT_EXIT(backup, 0);
    QVERIFY(QFileInfo(file).size() > 0);
    QCOMPARE_EQ(backup.object().value(QStringLiteral("audit_entries")).toInteger(), saved.auditEntries);
    // An existing file is never overwritten.
    EXPECT_EXIT(run({QStringLiteral("backup"), QStringLiteral("--out"), file}), 2);

    // Work done after the backup is undone by restoring it.
    EXPECT_EXIT(run(QStringLiteral("customer add --name \"After Backup\"")), 0);
    EXPECT_EXIT(run(QStringLiteral("payment record INV-000001 --amount 100 --method eft")), 0);
    const Run restored = run({QStringLiteral("restore"), file});
    EXPECT_EXIT(restored, 0);
    const Snapshot back = snapshot();
    QVERIFY2(back.problem.isEmpty(), qPrintable(back.problem));
    QCOMPARE_EQ(back.invoices, saved.invoices);
    QCOMPARE_EQ(back.customers, saved.customers);
    QCOMPARE_EQ(back.auditEntries, saved.auditEntries + 1); // plus the "restored" entry
    const Run shown = run(QStringLiteral("invoice show INV-000001 --json"));
    EXPECT_EXIT(shown, 0);
    QCOMPARE_EQ(shown.object().value(QStringLiteral("amount_paid")).toString(), QStringLiteral("100.00"));

    // Something that is not a backup is refused, and the ledger stays as it was.
    const QString junk = m_bench->desktop.filePath(QStringLiteral("junk.backup"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a ledger");
    f.close();
    const Run refused = run({QStringLiteral("restore"), junk});
    QVERIFY2(refused.exitCode == 1 || refused.exitCode == 2, qPrintable(refused.describe()));
    const Snapshot still = snapshot();
    QVERIFY2(still.problem.isEmpty(), qPrintable(still.problem));
    QCOMPARE_EQ(still.invoices, back.invoices);
    QCOMPARE_EQ(still.auditEntries, back.auditEntries);

    // The same backup moves the ledger to a new, empty database, restored by another desktop with the key.
    testdb::Scratch fresh(backend);
    QVERIFY2(fresh.error().isEmpty(), qPrintable(fresh.error()));
    Desktop newServer;
    EXPECT_EXIT(runAs(newServer, m_bench->scratch.url(),
                      {QStringLiteral("ledger"), QStringLiteral("key"), QStringLiteral("import"), code}),
                0);
    EXPECT_EXIT(runAs(newServer, fresh.url(), {QStringLiteral("restore"), file}), 0);
    const Run moved = runAs(newServer, fresh.url(),
                            QProcess::splitCommand(QStringLiteral("invoice show INV-000001 --json")));
    EXPECT_EXIT(moved, 0);
    QCOMPARE_EQ(moved.object().value(QStringLiteral("total")).toString(), QStringLiteral("707.25"));
    QCOMPARE_EQ(moved.object().value(QStringLiteral("amount_paid")).toString(), QStringLiteral("100.00"));
    EXPECT_EXIT(runAs(newServer, fresh.url(), {QStringLiteral("audit"), QStringLiteral("verify")}), 0);
}

void tst_Imalictl::demoFillsALedger()
{
    START_OR_FAIL();
    CHECKED(initLedger());
    const Run demo = run(QStringLiteral("demo --customers 50 --invoices 2000 --payments --json"));
    EXPECT_EXIT(demo, 0);
    QCOMPARE_EQ(demo.object().value(QStringLiteral("customers")).toInteger(), 50);
    QCOMPARE_EQ(demo.object().value(QStringLiteral("invoices")).toInteger(), 2000);

    const Run five = run(QStringLiteral("invoice list --limit 5 --json"));
    EXPECT_EXIT(five, 0);
    QCOMPARE_EQ(five.array().size(), 5);
    const Run paid = run(QStringLiteral("invoice list --status paid --limit 1 --json"));
    EXPECT_EXIT(paid, 0);
    QCOMPARE_EQ(paid.array().size(), 1); // --payments paid some of them
    const Run customers = run(QStringLiteral("customer list --json"));
    EXPECT_EXIT(customers, 0);
    QCOMPARE_EQ(customers.array().size(), 50);

    const Run audit = run(QStringLiteral("audit verify --json"));
    EXPECT_EXIT(audit, 0);
    QCOMPARE_EQ(audit.object().value(QStringLiteral("intact")).toBool(), true);
    QVERIFY2(audit.object().value(QStringLiteral("entries")).toInteger() > 2050, qPrintable(audit.out));
}

void tst_Imalictl::databasePasswordIsNeverShown_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    const QString closed = QStringLiteral("postgresql://postgres:S3cretPw@127.0.0.1:1/nodb");
    QTest::newRow("listing customers on a closed port")
        << QStringList {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--db"), closed}
        << 1;
    QTest::newRow("initialising a ledger on a closed port")
        << QStringList {QStringLiteral("ledger"), QStringLiteral("init"), QStringLiteral("--json"),
                        QStringLiteral("--db"), closed}
        << 1;
    QTest::newRow("reading migrations on a closed port")
        << QStringList {QStringLiteral("migrate"), QStringLiteral("status"), QStringLiteral("--db"), closed}
        << 1;
    QTest::newRow("verifying the audit log on a closed port")
        << QStringList {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--db"), closed}
        << 1;
    QTest::newRow("a URL with a misspelt scheme")
        << QStringList {QStringLiteral("customer"), QStringLiteral("list"), QStringLiteral("--db"),
                        QStringLiteral("postgresq://postgres:S3cretPw@127.0.0.1:1/nodb")}
        << 2;
}

void tst_Imalictl::databasePasswordIsNeverShown()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    Desktop desktop;
    const Run r = runAs(desktop, QString(), args);
    EXPECT_EXIT(r, exitCode);
    QVERIFY2(!r.err.contains(QLatin1String("S3cretPw")), qPrintable(r.err));
    QVERIFY2(!r.out.contains(QLatin1String("S3cretPw")), qPrintable(r.out));
    QVERIFY2(!r.err.trimmed().isEmpty(), "the failure is explained");
    if (exitCode == 1)
        QVERIFY2(r.err.contains(QLatin1String("postgresql://postgres:***@127.0.0.1:1/nodb")),
                 qPrintable(r.err));
}

void tst_Imalictl::ledgerAndKeyFilesAreOwnerOnly()
{
    m_bench = std::make_unique<Bench>(QStringLiteral("sqlite"));
    const QString code = CHECKED(initLedger());
    const QString ledgerFile = m_bench->scratch.url().mid(QStringLiteral("sqlite://").size());
    const QFileDevice::Permissions others = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup
        | QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    QVERIFY2(QFile::exists(ledgerFile), qPrintable(ledgerFile));
    QVERIFY2(QFile::exists(m_bench->desktop.keyFile()), qPrintable(m_bench->desktop.keyFile()));
    QCOMPARE_EQ((QFile::permissions(ledgerFile) & others).toInt(), 0);
    QCOMPARE_EQ((QFile::permissions(m_bench->desktop.keyFile()) & others).toInt(), 0);
    QVERIFY(QFile::permissions(ledgerFile).testFlags(QFile::ReadOwner | QFile::WriteOwner));

    // An imported key is kept the same way.
    Desktop second;
    EXPECT_EXIT(runAs(second, m_bench->scratch.url(),
                      {QStringLiteral("ledger"), QStringLiteral("key"), QStringLiteral("import"), code}),
                0);
    QCOMPARE_EQ((QFile::permissions(second.keyFile()) & others).toInt(), 0);

    // A key file others can read is refused rather than used.
    QVERIFY(QFile::setPermissions(second.keyFile(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadOther));
    const Run exposed =
        runAs(second, m_bench->scratch.url(), {QStringLiteral("audit"), QStringLiteral("verify")});
    EXPECT_EXIT(exposed, 1);
    QVERIFY2(exposed.err.contains(QLatin1String("chmod 600")), qPrintable(exposed.describe()));
}

void tst_Imalictl::printsItsVersion()
{
    // Needs no ledger: packaging checks run it first on a machine with none.
    const testcli::CliRun version =
        testcli::runImalictl({QStringLiteral("--version")}, QProcessEnvironment::systemEnvironment());
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^imalictl \\d+\\.\\d+\\.\\d+\n$")).match(version.out).hasMatch(),
        qPrintable(version.out));
}

QTEST_GUILESS_MAIN(tst_Imalictl)
#include "tst_imalictl.moc"
