// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessSettings.h"
#include "Checkouts.h"
#include "Clock.h"
#include "Config.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"
#include "Payments.h"
#include "TestDatabases.h"
#include "TestLedger.h"
#include "payfast/FormEncoding.h"
#include "payfast/PayFastProvider.h"
#include "payfast/PayFastSettings.h"
#include "payfast/PayFastSigner.h"
#include "security/KeyStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <optional>
#include <utility>

using namespace imali;

Q_DECLARE_METATYPE(imali::PayFastSettings)
Q_DECLARE_METATYPE(imali::CheckoutRequest)

// A Result that should have succeeded; its message is the failure text when it did not.
#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));              \
    } while (false)

namespace
{

/// PayFast's checkout fields in the order the signature takes them (payfast-protocol.md §2.1), written
/// out here rather than taken from the signer, so the test checks the code against the document.
const QStringList DocumentedOrder {
    QStringLiteral("merchant_id"),
    QStringLiteral("merchant_key"),
    QStringLiteral("return_url"),
    QStringLiteral("cancel_url"),
    QStringLiteral("notify_url"),
    QStringLiteral("name_first"),
    QStringLiteral("name_last"),
    QStringLiteral("email_address"),
    QStringLiteral("cell_number"),
    QStringLiteral("m_payment_id"),
    QStringLiteral("amount"),
    QStringLiteral("item_name"),
    QStringLiteral("item_description"),
    QStringLiteral("custom_int1"),
    QStringLiteral("custom_int2"),
    QStringLiteral("custom_int3"),
    QStringLiteral("custom_int4"),
    QStringLiteral("custom_int5"),
    QStringLiteral("custom_str1"),
    QStringLiteral("custom_str2"),
    QStringLiteral("custom_str3"),
    QStringLiteral("custom_str4"),
    QStringLiteral("custom_str5"),
    QStringLiteral("email_confirmation"),
    QStringLiteral("confirmation_address"),
    QStringLiteral("payment_method"),
    QStringLiteral("subscription_type"),
    QStringLiteral("billing_date"),
    QStringLiteral("recurring_amount"),
    QStringLiteral("frequency"),
    QStringLiteral("cycles"),
    QStringLiteral("subscription_notify_email"),
    QStringLiteral("subscription_notify_webhook"),
    QStringLiteral("subscription_notify_buyer"),
};

const QString SandboxPassphrase = QStringLiteral("jt7NOE43FZPn");
const QString PublicUrl = QStringLiteral("https://pay.example.co.za");
const QString SandboxProcessUrl = QStringLiteral("https://sandbox.payfast.co.za/eng/process");
const QString ZoeName = QStringLiteral("Zo\u00eb O'Brien-Nkosi (Pty) Ltd");
/// Every character PHP urlencode() treats specially in a description: & ~ + / and a space.
const QString AwkwardDescription = QStringLiteral("Braai & boerewors ~ 2+1 deal / weekend");

/// Names from SPEC §4 that PayFastSettings and imalictl read from the environment.
const QStringList ConfigNames {
    QStringLiteral("ENABLE_PAYFAST"),      QStringLiteral("ENABLE_STRIPE"),
    QStringLiteral("PAYFAST_MERCHANT_ID"), QStringLiteral("PAYFAST_MERCHANT_KEY"),
    QStringLiteral("PAYFAST_PASSPHRASE"),  QStringLiteral("PAYFAST_SANDBOX"),
    QStringLiteral("IMALI_PUBLIC_URL"),    QStringLiteral("PAYFAST_NOTIFY_URL"),
    QStringLiteral("PAYFAST_RETURN_URL"),  QStringLiteral("PAYFAST_CANCEL_URL"),
    QStringLiteral("PAYFAST_PROCESS_URL"), QStringLiteral("PAYFAST_VALIDATE_URL"),
    QStringLiteral("PAYFAST_API_URL"),     QStringLiteral("PAYFAST_SERVER_CONFIRMATION"),
};

QByteArray md5Hex(const QByteArray& data)
{
    return QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex();
}

/// PHP urlencode() by protocol §8's recipe: independent of the code under test, for the end-to-end checks.
QByteArray phpEncode(const QString& value)
{
    return value.toUtf8().toPercentEncoding(QByteArray(), QByteArrayLiteral("~")).replace("%20", "+");
}

using Encoder = QByteArray (*)(const QString&);

/**
 * The checkout signature string built by hand as protocol §2.2 describes it: documented order, empty
 * values skipped, values trimmed, "&passphrase=" appended when there is one.
 */
QByteArray handCanonical(const FormFields& fields, const QString& passphrase, Encoder encode)
{
    QByteArrayList pairs;
    for (const QString& name : DocumentedOrder)
        for (const auto& [key, value] : fields)
            if (key == name && !value.isEmpty())
                pairs << name.toUtf8() + '=' + encode(value.trimmed());
    QByteArray canonical = pairs.join('&');
    if (!passphrase.trimmed().isEmpty())
        canonical += "&passphrase=" + encode(passphrase.trimmed());
    return canonical;
}

/// The keys of \a fields, in order.
QStringList keysOf(const FormFields& fields)
{
    QStringList keys;
    for (const auto& field : fields)
        keys << field.first;
    return keys;
}

/// Empty when \a keys follow the documented order (each known, none twice), else what is wrong.
QString documentedOrderProblem(const QStringList& keys)
{
    qsizetype previous = -1;
    for (const QString& key : keys) {
        const qsizetype at = DocumentedOrder.indexOf(key);
        if (at < 0)
            return QStringLiteral("%1 is not a documented checkout field").arg(key);
        if (at <= previous)
            return QStringLiteral("%1 comes after %2, against PayFast's documented order")
                .arg(key, DocumentedOrder.at(previous));
        previous = at;
    }
    return {};
}

QString valueOf(const FormFields& fields, const QString& key)
{
    for (const auto& field : fields)
        if (field.first == key)
            return field.second;
    return {};
}

/// Settings as a sandbox ledger with a public URL resolves them; tests change one thing at a time.
PayFastSettings sandboxSettings()
{
    PayFastSettings s;
    s.environment = Environment::Sandbox;
    s.merchantId = QStringLiteral("10000100");
    s.merchantKey = QStringLiteral("46f0cd694581a");
    s.passphrase = SandboxPassphrase;
    s.publicUrl = PublicUrl;
    s.notifyUrl = PublicUrl + QStringLiteral("/api/payments/itn");
    s.processUrl = SandboxProcessUrl;
    s.validateUrl = QStringLiteral("https://sandbox.payfast.co.za/eng/query/validate");
    s.apiUrl = QStringLiteral("https://api.payfast.co.za");
    return s;
}

PayFastSettings liveSettings()
{
    PayFastSettings s = sandboxSettings();
    s.environment = Environment::Live;
    s.merchantId = QStringLiteral("10012345");
    s.merchantKey = QStringLiteral("q1cd2rdny4a53");
    s.processUrl = QStringLiteral("https://www.payfast.co.za/eng/process");
    return s;
}

Invoice someInvoice()
{
    Invoice invoice;
    invoice.id = 1;
    invoice.number = QStringLiteral("INV-000001");
    invoice.status = InvoiceStatus::Open;
    return invoice;
}

/// Zoë's company paying R 1 150.00 for an invoice whose description has & ~ + / in it.
CheckoutRequest zoeRequest()
{
    CheckoutRequest r;
    r.invoice = someInvoice();
    r.customer.id = 1;
    r.customer.name = ZoeName;
    r.customer.email = QStringLiteral("zoe.obrien@example.co.za");
    r.customer.phone = QStringLiteral("+27 82 123 4567");
    r.amount = Money::fromCents(115000);
    r.mPaymentId = QStringLiteral("INV-000001-0a1b2c3d4e");
    r.itemName = QStringLiteral("Invoice INV-000001");
    r.itemDescription = AwkwardDescription;
    return r;
}

/// "NAME=value" pairs (value may hold "=").
std::pair<QString, QString> splitAssignment(const QString& assignment)
{
    const qsizetype eq = assignment.indexOf(QLatin1Char('='));
    return {assignment.left(eq), assignment.mid(eq + 1)};
}

/**
 * Sets the configuration names a row asks for and unsets every other one SPEC §4 names, then puts the
 * process environment back as it was, whether the row passes or fails.
 */
class EnvironmentGuard
{
public:
    explicit EnvironmentGuard(const QStringList& assignments)
    {
        QStringList names = ConfigNames;
        for (const QString& a : assignments)
            if (!names.contains(splitAssignment(a).first))
                names << splitAssignment(a).first;
        for (const QString& name : names) {
            const QByteArray key = name.toLatin1();
            m_saved.append({key,
                            qEnvironmentVariableIsSet(key.constData())
                                ? std::optional<QByteArray>(qgetenv(key.constData()))
                                : std::nullopt});
            qunsetenv(key.constData());
        }
        for (const QString& a : assignments) {
            const auto [name, value] = splitAssignment(a);
            qputenv(name.toLatin1().constData(), value.toUtf8());
        }
    }
    ~EnvironmentGuard()
    {
        for (const auto& [key, value] : m_saved) {
            if (value)
                qputenv(key.constData(), *value);
            else
                qunsetenv(key.constData());
        }
    }
    EnvironmentGuard(const EnvironmentGuard&) = delete;
    EnvironmentGuard& operator=(const EnvironmentGuard&) = delete;

private:
    QList<std::pair<QByteArray, std::optional<QByteArray>>> m_saved;
};

using testdb::TestLedger;

#define OPEN_LEDGER_OR_FAIL(var, backend, environment)                                                       \
    TestLedger var(backend);                                                                                 \
    do {                                                                                                     \
        const QString openError_ = var.open(environment);                                                    \
        QVERIFY2(openError_.isEmpty(), qPrintable(openError_));                                              \
    } while (false)

qint64 scalar(Database& db, const QString& statement)
{
    Sql q(db, statement);
    if (!q.exec() || !q.next())
        return -1;
    return q.int64(0);
}

/// Zoë's company and an invoice of two lines (R 500.00 + R 383.33, 15 % VAT), issued or left a draft.
Result<Invoice> zoeInvoice(Ledger& ledger, bool issue)
{
    auto customer = Customers(ledger).add({ZoeName, QStringLiteral("zoe.obrien@example.co.za"),
                                           QStringLiteral("082 123 4567"), QString(), QString()});
    if (!customer)
        return customer.error();
    NewInvoice input;
    input.customerId = customer->id;
    input.issue = issue;
    input.lines = {
        {AwkwardDescription, QStringLiteral("2"), QStringLiteral("250.00"), QString()},
        {QStringLiteral("Consulting"), QStringLiteral("1.5"), QStringLiteral("255.55"), QString()}};
    return Invoices(ledger).create(input);
}

/// What a settings field resolved to, by its member name.
QString settingsField(const PayFastSettings& s, const QString& name)
{
    const auto flag = [](bool on) { return on ? QStringLiteral("true") : QStringLiteral("false"); };
    if (name == QLatin1String("environment"))
        return toString(s.environment);
    if (name == QLatin1String("enabled"))
        return flag(s.enabled);
    if (name == QLatin1String("serverConfirmation"))
        return flag(s.serverConfirmation);
    const std::pair<const char*, const QString*> texts[] {
        {"merchantId", &s.merchantId}, {"merchantKey", &s.merchantKey}, {"passphrase", &s.passphrase},
        {"publicUrl", &s.publicUrl},   {"notifyUrl", &s.notifyUrl},     {"returnUrl", &s.returnUrl},
        {"cancelUrl", &s.cancelUrl},   {"processUrl", &s.processUrl},   {"validateUrl", &s.validateUrl},
        {"apiUrl", &s.apiUrl},
    };
    for (const auto& [field, value] : texts)
        if (name == QLatin1String(field))
            return *value;
    return QStringLiteral("<no such field %1>").arg(name);
}

// ---- running the built imalictl ---------------------------------------------------------------------

/** What one imalictl run showed the user. */
struct Run {
    int exitCode = -1;
    QString out;
    QString err;

    QJsonObject object() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
    QString describe() const
    {
        return QStringLiteral("exit code %1\n--- stdout:\n%2\n--- stderr:\n%3").arg(exitCode).arg(out, err);
    }
};

/**
 * One desktop's private places (config, data, runtime and cache folders, the ledger key file) in a
 * temporary folder, and an environment with nothing of the developer's own imali or PayFast setup.
 */
class Desktop
{
public:
    Desktop()
    {
        const QDir root(m_dir.path());
        for (const QString& sub :
             {QStringLiteral("config"), QStringLiteral("data"), QStringLiteral("runtime"),
              QStringLiteral("cache"), QStringLiteral("keys")})
            root.mkpath(sub);
        // Qt warns on stderr about a runtime folder that others can enter.
        QFile::setPermissions(root.filePath(QStringLiteral("runtime")),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        m_env = QProcessEnvironment::systemEnvironment();
        const QStringList inherited = m_env.keys();
        for (const QString& name : inherited)
            if (name.startsWith(QLatin1String("IMALI_")) || name.startsWith(QLatin1String("PAYFAST_"))
                || name.startsWith(QLatin1String("STRIPE_")) || name.startsWith(QLatin1String("ENABLE_")))
                m_env.remove(name);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
        m_env.insert(QStringLiteral("IMALI_KEY_FILE"), root.filePath(QStringLiteral("keys/ledger-keys")));
        m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    }

    QString path() const { return m_dir.path(); }

    /// Runs imalictl with \a args, \a extraEnv ("NAME=value") added and \a stdinData on its input.
    Run run(const QStringList& args, const QStringList& extraEnv = {}, const QByteArray& stdinData = {}) const
    {
        QProcessEnvironment env = m_env;
        for (const QString& a : extraEnv) {
            const auto [name, value] = splitAssignment(a);
            env.insert(name, value);
        }
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_dir.path());
        process.start(QStringLiteral(IMALI_BIN_DIR) + QStringLiteral("/imalictl"), args);
        Run result;
        if (!process.waitForStarted(30000)) {
            result.err = QStringLiteral("could not start imalictl: ") + process.errorString();
            return result;
        }
        if (!stdinData.isEmpty())
            process.write(stdinData);
        process.closeWriteChannel();
        const bool finished = process.waitForFinished(120000);
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        if (!finished) {
            process.kill();
            process.waitForFinished(5000);
            result.err += QStringLiteral("\n[timed out: imalictl %1]").arg(args.join(QLatin1Char(' ')));
        } else if (process.exitStatus() != QProcess::NormalExit) {
            result.err += QStringLiteral("\n[crashed: imalictl %1]").arg(args.join(QLatin1Char(' ')));
        } else {
            result.exitCode = process.exitCode();
        }
        return result;
    }

private:
    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
};

/** A scratch ledger store and the desktop that uses it through imalictl. */
struct Bench {
    explicit Bench(const QString& backend) : scratch(backend) { }
    testdb::Scratch scratch;
    Desktop desktop;

    Run run(QStringList args, const QStringList& extraEnv = {}) const
    {
        args << QStringLiteral("--db") << scratch.url();
        return desktop.run(args, extraEnv);
    }
    /// Audit entries as `audit verify` counts them; -1 when it fails.
    qint64 auditEntries() const
    {
        const Run r = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        return r.exitCode == 0 ? r.object().value(QStringLiteral("entries")).toInteger(-1) : -1;
    }
};

/**
 * A new ledger with Zoë's company and her issued invoice INV-000001 (and the public URL, if asked);
 * empty on success, else what failed. \a total receives the invoice's total.
 */
QString seedLedger(const Bench& bench, bool withPublicUrl, QString* total)
{
    QList<QStringList> steps {
        {QStringLiteral("ledger"), QStringLiteral("init"), QStringLiteral("--json")},
        {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"), ZoeName,
         QStringLiteral("--email"), QStringLiteral("zoe.obrien@example.co.za"), QStringLiteral("--phone"),
         QStringLiteral("082 123 4567")},
        {QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--customer"),
         QStringLiteral("1"), QStringLiteral("--line"), AwkwardDescription + QStringLiteral(";2;250.00"),
         QStringLiteral("--line"), QStringLiteral("Consulting;1.5;255.55"), QStringLiteral("--issue"),
         QStringLiteral("--json")},
    };
    if (withPublicUrl)
        steps.append(
            {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("public_url"), PublicUrl});
    for (const QStringList& step : steps) {
        const Run r = bench.run(step);
        if (r.exitCode != 0)
            return QStringLiteral("imalictl %1 failed: %2").arg(step.join(QLatin1Char(' ')), r.describe());
        if (step.at(0) == QLatin1String("invoice")) {
            if (r.object().value(QStringLiteral("number")).toString() != QLatin1String("INV-000001"))
                return QStringLiteral("the first invoice is not INV-000001: ") + r.out;
            *total = r.object().value(QStringLiteral("total")).toString();
        }
    }
    return {};
}

/// [key, value] pairs of a JSON array as printed by `imalictl checkout --json`.
FormFields pairsFrom(const QJsonArray& array)
{
    FormFields fields;
    for (const QJsonValue pair : array)
        fields.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    return fields;
}

// ---- the vector file ---------------------------------------------------------------------------------

/// The vectors live outside the source tree; their folder comes from the environment first.
QString vectorsFile()
{
    QString dir = qEnvironmentVariable("IMALI_VECTORS_DIR");
#ifdef IMALI_SHARED_DIR
    if (dir.isEmpty())
        dir = QStringLiteral(IMALI_SHARED_DIR);
#endif
    return QDir(dir).filePath(QStringLiteral("payfast-vectors.json"));
}

/// JSON numbers in the API vectors sign as their decimal text.
QString scalarText(const QJsonValue& value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return QString::number(value.toInteger());
}

FormFields vectorFields(const QJsonObject& vector)
{
    FormFields fields;
    for (const QJsonValue pair : vector.value(QStringLiteral("fields")).toArray())
        fields.append({pair.toArray().at(0).toString(), scalarText(pair.toArray().at(1))});
    return fields;
}

/// The vectors by id, or an error text.
Result<QMap<QString, QJsonObject>> loadVectors()
{
    QFile file(vectorsFile());
    if (!file.open(QIODevice::ReadOnly))
        return Error::runtime(QStringLiteral("cannot read %1 (set IMALI_VECTORS_DIR)").arg(file.fileName()));
    const QJsonArray vectors =
        QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("vectors")).toArray();
    QMap<QString, QJsonObject> byId;
    for (const QJsonValue v : vectors)
        byId.insert(v.toObject().value(QStringLiteral("id")).toString(), v.toObject());
    if (byId.isEmpty())
        return Error::runtime(QStringLiteral("%1 holds no vectors").arg(file.fileName()));
    return byId;
}

/// A form body as a client would post it: each key and value PHP-urlencoded.
QByteArray formBody(const FormFields& fields)
{
    QByteArrayList pairs;
    for (const auto& [key, value] : fields)
        pairs << phpEncode(key) + '=' + phpEncode(value);
    return pairs.join('&');
}

/// \a fields with the signature field set to \a signature (appended when there is none).
FormFields withSignature(FormFields fields, const QByteArray& signature)
{
    for (auto& field : fields)
        if (field.first == QLatin1String("signature")) {
            field.second = QString::fromLatin1(signature);
            return fields;
        }
    fields.append({QStringLiteral("signature"), QString::fromLatin1(signature)});
    return fields;
}

/// The string a signer hashes when it keeps \a fields in the order given (no trim, empties kept).
QByteArray signedInGivenOrder(const FormFields& fields, const QString& passphrase)
{
    QByteArrayList pairs;
    for (const auto& [key, value] : fields)
        if (key != QLatin1String("signature"))
            pairs << key.toUtf8() + '=' + phpEncode(value);
    QByteArray canonical = pairs.join('&');
    if (!passphrase.isEmpty())
        canonical += "&passphrase=" + phpEncode(passphrase);
    return canonical;
}

/// \a canonical with the passphrase's value shown as "***", as the signature doctor must print it.
QString masked(const QString& canonical)
{
    static const QRegularExpression passphrase(QStringLiteral("(^|&)passphrase=[^&]*"));
    return QString(canonical).replace(passphrase, QStringLiteral("\\1passphrase=***"));
}

/// A checkout form in the order a careless caller builds it: amount first, merchant fields in the middle.
FormFields callerOrderCheckout()
{
    return {{QStringLiteral("amount"), QStringLiteral("883.33")},
            {QStringLiteral("item_name"), QStringLiteral("Invoice INV-000001")},
            {QStringLiteral("item_description"), AwkwardDescription},
            {QStringLiteral("merchant_id"), QStringLiteral("10000100")},
            {QStringLiteral("merchant_key"), QStringLiteral("46f0cd694581a")},
            {QStringLiteral("name_first"), QStringLiteral("Zo\u00eb")},
            {QStringLiteral("name_last"), QStringLiteral("O'Brien-Nkosi (Pty) Ltd")},
            {QStringLiteral("email_address"), QStringLiteral("zoe.obrien@example.co.za")},
            {QStringLiteral("m_payment_id"), QStringLiteral("INV-000001-0a1b2c3d4e")},
            {QStringLiteral("notify_url"), PublicUrl + QStringLiteral("/api/payments/itn")}};
}

/// The diagnosis sentences after the first (the first restates the rule, naming order and passphrase).
QString explanations(const QJsonObject& doctor)
{
    QStringList sentences;
    for (const QJsonValue s : doctor.value(QStringLiteral("diagnosis")).toArray())
        sentences << s.toString();
    return sentences.mid(1).join(QLatin1Char('\n'));
}

} // namespace

/**
 * PayFast checkouts from request to signed form: the provider's field order,
 * limits and live rules with the signature rebuilt by hand; settings resolved
 * from environment, INI file and ledger under the live-mode rules; checkout
 * records (per-attempt ids, 128-bit link tokens kept out of the audit log,
 * closing once paid) on SQLite and PostgreSQL; and `imalictl checkout` and the
 * `imalictl payfast sign` signature doctor end to end.
 */
class tst_PayFastCheckout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void formIsSignedInDocumentedOrder_data();
    void formIsSignedInDocumentedOrder();
    void checkoutRules_data();
    void checkoutRules();

    void settingsResolve_data();
    void settingsResolve();

    void everyAttemptGetsItsOwnIdAndToken_data() { testdb::addBackendRows(); }
    void everyAttemptGetsItsOwnIdAndToken();
    void onlyAnOpenInvoiceGetsACheckout_data();
    void onlyAnOpenInvoiceGetsACheckout();
    void payingTheInvoiceClosesItsCheckouts_data() { testdb::addBackendRows(); }
    void payingTheInvoiceClosesItsCheckouts();
    void auditEntryLeavesTheLinkTokenOut_data() { testdb::addBackendRows(); }
    void auditEntryLeavesTheLinkTokenOut();

    void checkoutCommand_data() { testdb::addBackendRows(); }
    void checkoutCommand();
    void checkoutCommandRefusals_data();
    void checkoutCommandRefusals();

    void signatureDoctor_data();
    void signatureDoctor();
    void signatureDoctorTextHidesThePassphrase_data();
    void signatureDoctorTextHidesThePassphrase();
};

void tst_PayFastCheckout::initTestCase()
{
    const QString program = QStringLiteral(IMALI_BIN_DIR) + QStringLiteral("/imalictl");
    QVERIFY2(QFileInfo(program).isExecutable(), qPrintable(program + QStringLiteral(" is not built")));
}

void tst_PayFastCheckout::cleanup()
{
    Clock::setFixedNow(QDateTime());
}

// ---- 1. PayFastProvider::checkout --------------------------------------------------------------------

void tst_PayFastCheckout::formIsSignedInDocumentedOrder_data()
{
    QTest::addColumn<PayFastSettings>("settings");
    QTest::addColumn<CheckoutRequest>("request");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QStringList>("fragments"); // each must appear in the hand-built canonical string

    const QStringList usual {
        QStringLiteral("merchant_id"), QStringLiteral("merchant_key"),    QStringLiteral("notify_url"),
        QStringLiteral("name_first"),  QStringLiteral("name_last"),       QStringLiteral("email_address"),
        QStringLiteral("cell_number"), QStringLiteral("m_payment_id"),    QStringLiteral("amount"),
        QStringLiteral("item_name"),   QStringLiteral("item_description")};
    const QString zoeFragment = QStringLiteral("&name_first=Zo%C3%AB&name_last=O%27Brien-Nkosi+%28Pty%29+Ltd&"
                                               "email_address=zoe.obrien%40example.co.za"
                                               "&cell_number=0821234567&");
    const QString awkwardFragment =
        QStringLiteral("&item_description=Braai+%26+boerewors+%7E+2%2B1+deal+%2F+weekend");

    QTest::newRow(
        "Zo\u00eb O'Brien-Nkosi (Pty) Ltd is signed over her UTF-8 name with & ~ + / in the description")
        << sandboxSettings() << zoeRequest() << usual
        << QStringList {
               QStringLiteral("merchant_id=10000100&merchant_key=46f0cd694581a&notify_url="
                              "https%3A%2F%2Fpay.example.co.za%2Fapi%2Fpayments%2Fitn&"),
               zoeFragment,
               QStringLiteral(
                   "&m_payment_id=INV-000001-0a1b2c3d4e&amount=1150.00&item_name=Invoice+INV-000001"),
               awkwardFragment + QStringLiteral("&passphrase=jt7NOE43FZPn")};

    PayFastSettings withUrls = sandboxSettings();
    withUrls.returnUrl = PublicUrl + QStringLiteral("/paid?who=zo\u00eb&x=~");
    withUrls.cancelUrl = PublicUrl + QStringLiteral("/cancelled");
    QStringList withUrlKeys = usual;
    withUrlKeys.insert(2, QStringLiteral("return_url"));
    withUrlKeys.insert(3, QStringLiteral("cancel_url"));
    QTest::newRow("return and cancel URLs go between the merchant key and the notify URL")
        << withUrls << zoeRequest() << withUrlKeys
        << QStringList {QStringLiteral(
               "&merchant_key=46f0cd694581a&return_url=https%3A%2F%2Fpay.example.co.za%2Fpaid"
               "%3Fwho%3Dzo%C3%AB%26x%3D%7E&cancel_url=https%3A%2F%2Fpay.example.co.za%2Fcancelled"
               "&notify_url=")};

    CheckoutRequest anonymous = zoeRequest();
    anonymous.customer.email.clear();
    anonymous.customer.phone.clear();
    QStringList anonymousKeys = usual;
    anonymousKeys.removeAll(QStringLiteral("email_address"));
    anonymousKeys.removeAll(QStringLiteral("cell_number"));
    QTest::newRow("a customer without email or phone posts neither field")
        << sandboxSettings() << anonymous << anonymousKeys
        << QStringList {QStringLiteral("&name_last=O%27Brien-Nkosi+%28Pty%29+Ltd&m_payment_id=")};

    CheckoutRequest oneName = zoeRequest();
    oneName.customer.name = QStringLiteral("  Thandiwe  ");
    QStringList oneNameKeys = usual;
    oneNameKeys.removeAll(QStringLiteral("name_last"));
    QTest::newRow("a one-word name is trimmed and posted as name_first alone")
        << sandboxSettings() << oneName << oneNameKeys
        << QStringList {QStringLiteral("&name_first=Thandiwe&email_address=")};

    CheckoutRequest punctuation = zoeRequest();
    punctuation.itemName = QStringLiteral("Tea & Co. ~ 50/50 + more");
    punctuation.itemDescription = QStringLiteral("  *Rooibos* (500g) 'organic' @ R99!  ");
    QTest::newRow(
        "item names and descriptions with punctuation are encoded as PHP urlencode does, after trimming")
        << sandboxSettings() << punctuation << usual
        << QStringList {QStringLiteral("&item_name=Tea+%26+Co.+%7E+50%2F50+%2B+more&item_description="
                                       "%2ARooibos%2A+%28500g%29+%27organic%27+%40+R99%21&passphrase=")};

    CheckoutRequest tokenize = zoeRequest();
    tokenize.tokenize = true;
    QStringList tokenizeKeys = usual;
    tokenizeKeys << QStringLiteral("payment_method") << QStringLiteral("subscription_type");
    QTest::newRow("saving a card adds payment_method=cc and subscription_type=2 after the description")
        << sandboxSettings() << tokenize << tokenizeKeys
        << QStringList {awkwardFragment
                        + QStringLiteral("&payment_method=cc&subscription_type=2&passphrase=jt7NOE43FZPn")};

    CheckoutRequest cardOnly = zoeRequest();
    cardOnly.invoice.reset();
    cardOnly.tokenize = true;
    cardOnly.amount = Money::fromCents(0);
    QTest::newRow("a R 0.00 card-saving checkout with no invoice is signed with amount 0.00")
        << sandboxSettings() << cardOnly << tokenizeKeys
        << QStringList {QStringLiteral("&amount=0.00&item_name=")};

    PayFastSettings noPassphrase = sandboxSettings();
    noPassphrase.passphrase.clear();
    QTest::newRow("without a passphrase nothing is appended to the signed string")
        << noPassphrase << zoeRequest() << usual << QStringList {awkwardFragment};

    QTest::newRow("a live checkout of R 5.00 posts to PayFast's live merchant")
        << liveSettings() <<
        [] {
            CheckoutRequest r = zoeRequest();
            r.amount = Money::fromCents(500);
            return r;
        }()
        << usual
        << QStringList {QStringLiteral("merchant_id=10012345&merchant_key=q1cd2rdny4a53&"),
                        QStringLiteral("&amount=5.00&")};
}

void tst_PayFastCheckout::formIsSignedInDocumentedOrder()
{
    QFETCH(PayFastSettings, settings);
    QFETCH(CheckoutRequest, request);
    QFETCH(QStringList, keys);
    QFETCH(QStringList, fragments);

    const PayFastProvider provider(settings);
    auto form = provider.checkout(request);
    QVERIFY_OK(form);
    QCOMPARE_EQ(form->action, settings.processUrl);

    // Only non-empty documented fields are posted, in the documented order; never the passphrase.
    QCOMPARE(keysOf(form->fields), keys);
    const QString orderProblem = documentedOrderProblem(keysOf(form->fields));
    QVERIFY2(orderProblem.isEmpty(), qPrintable(orderProblem));
    for (const auto& [key, value] : form->fields) {
        QVERIFY2(!value.isEmpty(), qPrintable(key + QStringLiteral(" is posted empty")));
        QCOMPARE_EQ(value, value.trimmed());
        if (!settings.passphrase.isEmpty())
            QVERIFY2(!value.contains(settings.passphrase),
                     qPrintable(key + QStringLiteral(" holds the passphrase")));
    }
    QCOMPARE_EQ(valueOf(form->fields, QStringLiteral("m_payment_id")), request.mPaymentId);
    QCOMPARE_EQ(valueOf(form->fields, QStringLiteral("amount")), request.amount.toString());
    QCOMPARE_EQ(valueOf(form->fields, QStringLiteral("notify_url")), settings.notifyUrl);

    // The signature is the signer's over exactly the posted fields...
    const SignedString signer = signCheckout(form->fields, settings.passphrase);
    QCOMPARE_EQ(form->signature, QString::fromLatin1(signer.signature));
    // ...and the MD5 of the string built by hand from protocol §2.2.
    const QByteArray canonical = handCanonical(form->fields, settings.passphrase, &phpUrlEncode);
    QCOMPARE_EQ(signer.canonical, canonical);
    QCOMPARE_EQ(form->signature.toLatin1(), md5Hex(canonical));
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(form->signature).hasMatch());
    for (const QString& fragment : fragments)
        QVERIFY2(canonical.contains(fragment.toUtf8()),
                 qPrintable(QStringLiteral("%1\nis not in\n%2").arg(fragment, QString::fromUtf8(canonical))));
    if (settings.passphrase.isEmpty())
        QVERIFY(!canonical.contains("passphrase="));
    else
        QVERIFY(canonical.endsWith("&passphrase=" + phpUrlEncode(settings.passphrase)));

    // A form posted in another order signs the same: the order of signing is PayFast's, not the caller's.
    FormFields reversed = form->fields;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE_EQ(signCheckout(reversed, settings.passphrase).signature, form->signature.toLatin1());
}

void tst_PayFastCheckout::checkoutRules_data()
{
    QTest::addColumn<PayFastSettings>("settings");
    QTest::addColumn<CheckoutRequest>("request");
    QTest::addColumn<QStringList>("mentions"); // empty: accepted; else the error names each of these

    const auto with = [](auto change) {
        CheckoutRequest r = zoeRequest();
        change(r);
        return r;
    };
    const auto settingsWith = [](PayFastSettings s, auto change) {
        change(s);
        return s;
    };
    const auto text = [](int length, char fill) { return QString(length, QLatin1Char(fill)); };
    const QStringList accepted;

    QTest::newRow("an item name of 100 characters is accepted")
        << sandboxSettings() << with([&](CheckoutRequest& r) { r.itemName = text(100, 'n'); }) << accepted;
    QTest::newRow("an item name of 101 characters is refused, naming item_name and its limit")
        << sandboxSettings() << with([&](CheckoutRequest& r) { r.itemName = text(101, 'n'); })
        << QStringList {QStringLiteral("item_name"), QStringLiteral("100")};
    QTest::newRow("an empty item name is refused")
        << sandboxSettings() << with([](CheckoutRequest& r) { r.itemName = QStringLiteral("   "); })
        << QStringList {QStringLiteral("item name")};
    QTest::newRow("an item description of 255 characters is accepted")
        << sandboxSettings() << with([&](CheckoutRequest& r) { r.itemDescription = text(255, 'd'); })
        << accepted;
    QTest::newRow("an item description of 256 characters is refused, naming item_description and its limit")
        << sandboxSettings() << with([&](CheckoutRequest& r) { r.itemDescription = text(256, 'd'); })
        << QStringList {QStringLiteral("item_description"), QStringLiteral("255")};
    QTest::newRow("an email address of 100 characters is accepted")
        << sandboxSettings() << with([&](CheckoutRequest& r) {
               r.customer.email = text(88, 'e') + QStringLiteral("@example.com");
           })
        << accepted;
    QTest::newRow("an email address of 101 characters is refused, naming email_address")
        << sandboxSettings() << with([&](CheckoutRequest& r) {
               r.customer.email = text(89, 'e') + QStringLiteral("@example.com");
           })
        << QStringList {QStringLiteral("email_address"), QStringLiteral("100")};
    QTest::newRow("a first name of 100 characters is accepted")
        << sandboxSettings()
        << with([&](CheckoutRequest& r) { r.customer.name = text(100, 'f') + QStringLiteral(" Nkosi"); })
        << accepted;
    QTest::newRow("a first name of 101 characters is refused, naming name_first")
        << sandboxSettings()
        << with([&](CheckoutRequest& r) { r.customer.name = text(101, 'f') + QStringLiteral(" Nkosi"); })
        << QStringList {QStringLiteral("name_first"), QStringLiteral("100")};
    QTest::newRow("a surname of 101 characters is refused, naming name_last")
        << sandboxSettings()
        << with([&](CheckoutRequest& r) { r.customer.name = QStringLiteral("Zo\u00eb ") + text(101, 'l'); })
        << QStringList {QStringLiteral("name_last"), QStringLiteral("100")};
    QTest::newRow("an m_payment_id of 100 characters is accepted")
        << sandboxSettings() << with([&](CheckoutRequest& r) { r.mPaymentId = text(100, '7'); }) << accepted;
    QTest::newRow("an m_payment_id of 101 characters is refused, naming m_payment_id")
        << sandboxSettings() << with([&](CheckoutRequest& r) { r.mPaymentId = text(101, '7'); })
        << QStringList {QStringLiteral("m_payment_id"), QStringLiteral("100")};
    QTest::newRow("a merchant id of 8 digits is accepted") << settingsWith(
        sandboxSettings(), [](PayFastSettings& s) { s.merchantId = QStringLiteral("12345678"); })
                                                           << zoeRequest() << accepted;
    QTest::newRow("a merchant id with a letter in it is refused")
        << settingsWith(sandboxSettings(),
                        [](PayFastSettings& s) { s.merchantId = QStringLiteral("1000010a"); })
        << zoeRequest() << QStringList {QStringLiteral("merchant")};
    QTest::newRow("a merchant id in Arabic-Indic digits is refused") << settingsWith(
        sandboxSettings(), [](PayFastSettings& s) {
            s.merchantId = QStringLiteral("\u0661\u0660\u0660\u0660\u0660");
        }) << zoeRequest() << QStringList {QStringLiteral("merchant")};
    QTest::newRow("a merchant id of 9 digits is refused")
        << settingsWith(sandboxSettings(),
                        [](PayFastSettings& s) { s.merchantId = QStringLiteral("123456789"); })
        << zoeRequest() << QStringList {QStringLiteral("merchant"), QStringLiteral("8")};
    QTest::newRow("a missing merchant id is refused")
        << settingsWith(sandboxSettings(), [](PayFastSettings& s) { s.merchantId.clear(); }) << zoeRequest()
        << QStringList {QStringLiteral("merchant")};
    QTest::newRow("a missing merchant key is refused, naming PAYFAST_MERCHANT_KEY")
        << settingsWith(sandboxSettings(), [](PayFastSettings& s) { s.merchantKey.clear(); }) << zoeRequest()
        << QStringList {QStringLiteral("PAYFAST_MERCHANT_KEY")};

    QTest::newRow("a live payment of R 4.99 is refused, naming the R 5.00 minimum")
        << liveSettings() << with([](CheckoutRequest& r) { r.amount = Money::fromCents(499); })
        << QStringList {QStringLiteral("5.00"), QStringLiteral("4.99")};
    QTest::newRow("a live payment of R 5.00 is accepted")
        << liveSettings() << with([](CheckoutRequest& r) { r.amount = Money::fromCents(500); }) << accepted;
    QTest::newRow("a sandbox payment of R 4.99 is accepted")
        << sandboxSettings() << with([](CheckoutRequest& r) { r.amount = Money::fromCents(499); })
        << accepted;
    QTest::newRow("a negative amount is refused")
        << sandboxSettings() << with([](CheckoutRequest& r) { r.amount = Money::fromCents(-100); })
        << QStringList {QStringLiteral("negative")};

    QTest::newRow("saving a card with a passphrase is accepted")
        << sandboxSettings() << with([](CheckoutRequest& r) { r.tokenize = true; }) << accepted;
    QTest::newRow("saving a card without a passphrase is refused, naming PAYFAST_PASSPHRASE")
        << settingsWith(sandboxSettings(), [](PayFastSettings& s) { s.passphrase.clear(); })
        << with([](CheckoutRequest& r) { r.tokenize = true; })
        << QStringList {QStringLiteral("PAYFAST_PASSPHRASE")};
    QTest::newRow("a R 0.00 card-saving checkout with no invoice is allowed")
        << sandboxSettings() << with([](CheckoutRequest& r) {
               r.invoice.reset();
               r.tokenize = true;
               r.amount = Money::fromCents(0);
           })
        << accepted;
    QTest::newRow("a live R 0.00 card-saving checkout with no invoice is allowed below the R 5.00 minimum")
        << liveSettings() << with([](CheckoutRequest& r) {
               r.invoice.reset();
               r.tokenize = true;
               r.amount = Money::fromCents(0);
           })
        << accepted;
    QTest::newRow("a R 0.00 card-saving checkout for an invoice is refused")
        << sandboxSettings() << with([](CheckoutRequest& r) {
               r.tokenize = true;
               r.amount = Money::fromCents(0);
           })
        << QStringList {QStringLiteral("nothing to pay")};
    QTest::newRow("a R 0.00 checkout that saves no card is refused")
        << sandboxSettings() << with([](CheckoutRequest& r) {
               r.invoice.reset();
               r.amount = Money::fromCents(0);
           })
        << QStringList {QStringLiteral("nothing to pay")};

    QTest::newRow("without a notify URL the error says to set the public URL") << settingsWith(
        sandboxSettings(), [](PayFastSettings& s) {
            s.publicUrl.clear();
            s.notifyUrl.clear();
        }) << zoeRequest() << QStringList {QStringLiteral("public URL"), QStringLiteral("IMALI_PUBLIC_URL")};
    QTest::newRow("with PayFast switched off the error names ENABLE_PAYFAST")
        << settingsWith(sandboxSettings(), [](PayFastSettings& s) { s.enabled = false; }) << zoeRequest()
        << QStringList {QStringLiteral("ENABLE_PAYFAST")};
}

void tst_PayFastCheckout::checkoutRules()
{
    QFETCH(PayFastSettings, settings);
    QFETCH(CheckoutRequest, request);
    QFETCH(QStringList, mentions);

    const PayFastProvider provider(settings);
    auto form = provider.checkout(request);
    if (mentions.isEmpty()) {
        QVERIFY_OK(form);
        const QString orderProblem = documentedOrderProblem(keysOf(form->fields));
        QVERIFY2(orderProblem.isEmpty(), qPrintable(orderProblem));
        QCOMPARE_EQ(form->signature.toLatin1(),
                    md5Hex(handCanonical(form->fields, settings.passphrase, &phpUrlEncode)));
        return;
    }
    QVERIFY2(!form.ok(), "expected a refusal, but a form was made");
    QCOMPARE_EQ(form.error().kind, ErrorKind::Validation);
    const QString message = form.error().message;
    for (const QString& word : mentions)
        QVERIFY2(message.contains(word, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("\"%1\" does not mention %2").arg(message, word)));
    if (!settings.passphrase.isEmpty())
        QVERIFY2(!message.contains(settings.passphrase), "the error shows the passphrase");
}

// ---- 2. PayFastSettings::resolve ---------------------------------------------------------------------

void tst_PayFastCheckout::settingsResolve_data()
{
    QTest::addColumn<bool>("live");
    QTest::addColumn<QStringList>("env"); // NAME=value, set for this row only
    QTest::addColumn<QStringList>("ini"); // NAME=value in the INI file
    QTest::addColumn<QStringList>("stored"); // name=value in the ledger's settings
    QTest::addColumn<QStringList>("mentions"); // empty: resolves; else the error names each of these
    QTest::addColumn<QStringList>("expected"); // field=value of the resolved settings

    const QStringList none;
    const QStringList liveCredentials {QStringLiteral("PAYFAST_MERCHANT_ID=10012345"),
                                       QStringLiteral("PAYFAST_MERCHANT_KEY=q1cd2rdny4a53"),
                                       QStringLiteral("PAYFAST_PASSPHRASE=Live-pass_phrase/2024"),
                                       QStringLiteral("IMALI_PUBLIC_URL=https://pay.example.co.za")};

    QTest::newRow("a sandbox ledger with nothing configured uses PayFast's shared sandbox merchant")
        << false << none << none << none << none
        << QStringList {QStringLiteral("environment=sandbox"),
                        QStringLiteral("enabled=true"),
                        QStringLiteral("merchantId=10000100"),
                        QStringLiteral("merchantKey=46f0cd694581a"),
                        QStringLiteral("passphrase="),
                        QStringLiteral("publicUrl="),
                        QStringLiteral("notifyUrl="),
                        QStringLiteral("processUrl=https://sandbox.payfast.co.za/eng/process"),
                        QStringLiteral("validateUrl=https://sandbox.payfast.co.za/eng/query/validate"),
                        QStringLiteral("apiUrl=https://api.payfast.co.za"),
                        QStringLiteral("serverConfirmation=true")};
    QTest::newRow("a public URL gives the notify URL, without a doubled slash")
        << false << QStringList {QStringLiteral("IMALI_PUBLIC_URL=https://pay.example.co.za/")} << none
        << none << none
        << QStringList {QStringLiteral("publicUrl=https://pay.example.co.za"),
                        QStringLiteral("notifyUrl=https://pay.example.co.za/api/payments/itn")};
    QTest::newRow("PAYFAST_NOTIFY_URL, RETURN_URL and CANCEL_URL are used as given")
        << false
        << QStringList {QStringLiteral("IMALI_PUBLIC_URL=https://pay.example.co.za"),
                        QStringLiteral("PAYFAST_NOTIFY_URL=https://hooks.example.co.za/itn"),
                        QStringLiteral("PAYFAST_RETURN_URL=https://shop.example.co.za/thanks"),
                        QStringLiteral("PAYFAST_CANCEL_URL=https://shop.example.co.za/cart")}
        << none << none << none
        << QStringList {QStringLiteral("notifyUrl=https://hooks.example.co.za/itn"),
                        QStringLiteral("returnUrl=https://shop.example.co.za/thanks"),
                        QStringLiteral("cancelUrl=https://shop.example.co.za/cart")};
    QTest::newRow("a sandbox ledger's own merchant id needs its own merchant key")
        << false << QStringList {QStringLiteral("PAYFAST_MERCHANT_ID=10012345")} << none << none
        << QStringList {QStringLiteral("PAYFAST_MERCHANT_KEY")} << none;
    QTest::newRow("a sandbox ledger accepts the PayFast URL overrides, for a local simulator")
        << false
        << QStringList {QStringLiteral("PAYFAST_PROCESS_URL=http://127.0.0.1:9911/eng/process"),
                        QStringLiteral("PAYFAST_VALIDATE_URL=http://127.0.0.1:9911/eng/query/validate"),
                        QStringLiteral("PAYFAST_API_URL=http://127.0.0.1:9911")}
        << none << none << none
        << QStringList {QStringLiteral("processUrl=http://127.0.0.1:9911/eng/process"),
                        QStringLiteral("validateUrl=http://127.0.0.1:9911/eng/query/validate"),
                        QStringLiteral("apiUrl=http://127.0.0.1:9911")};
    QTest::newRow("a sandbox ledger may switch server confirmation off")
        << false << QStringList {QStringLiteral("PAYFAST_SERVER_CONFIRMATION=false")} << none << none << none
        << QStringList {QStringLiteral("serverConfirmation=false")};
    QTest::newRow("a sandbox ledger accepts an http public URL")
        << false << QStringList {QStringLiteral("IMALI_PUBLIC_URL=http://abc.trycloudflare.com")} << none
        << none << none
        << QStringList {QStringLiteral("notifyUrl=http://abc.trycloudflare.com/api/payments/itn")};
    QTest::newRow("a passphrase of letters, digits, - _ and / is accepted")
        << false << QStringList {QStringLiteral("PAYFAST_PASSPHRASE=pay/fast-Salt_2024")} << none << none
        << none << QStringList {QStringLiteral("passphrase=pay/fast-Salt_2024")};
    QTest::newRow("a passphrase with a space in it is refused")
        << false << QStringList {QStringLiteral("PAYFAST_PASSPHRASE=my secret pass")} << none << none
        << QStringList {QStringLiteral("passphrase")} << none;
    QTest::newRow("a passphrase with an @ in it is refused")
        << false << QStringList {QStringLiteral("PAYFAST_PASSPHRASE=salt@payfast")} << none << none
        << QStringList {QStringLiteral("passphrase")} << none;
    QTest::newRow("a merchant id with a letter in it is refused")
        << false
        << QStringList {QStringLiteral("PAYFAST_MERCHANT_ID=1000010a"),
                        QStringLiteral("PAYFAST_MERCHANT_KEY=abc")}
        << none << none << QStringList {QStringLiteral("PAYFAST_MERCHANT_ID")} << none;
    QTest::newRow("a merchant id of 9 digits is refused")
        << false
        << QStringList {QStringLiteral("PAYFAST_MERCHANT_ID=123456789"),
                        QStringLiteral("PAYFAST_MERCHANT_KEY=abc")}
        << none << none << QStringList {QStringLiteral("8 digits")} << none;
    QTest::newRow("a merchant id in Arabic-Indic digits is refused")
        << false
        << QStringList {QStringLiteral("PAYFAST_MERCHANT_ID=\u0661\u0662\u0663\u0664\u0665"),
                        QStringLiteral("PAYFAST_MERCHANT_KEY=abc")}
        << none << none << QStringList {QStringLiteral("PAYFAST_MERCHANT_ID")} << none;
    QTest::newRow("ENABLE_PAYFAST=false switches PayFast off")
        << false << QStringList {QStringLiteral("ENABLE_PAYFAST=false")} << none << none << none
        << QStringList {QStringLiteral("enabled=false")};

    QTest::newRow(
        "a live ledger with credentials, a passphrase and an https URL posts to PayFast's live site")
        << true << liveCredentials << none << none << none
        << QStringList {QStringLiteral("environment=live"),
                        QStringLiteral("merchantId=10012345"),
                        QStringLiteral("merchantKey=q1cd2rdny4a53"),
                        QStringLiteral("passphrase=Live-pass_phrase/2024"),
                        QStringLiteral("processUrl=https://www.payfast.co.za/eng/process"),
                        QStringLiteral("validateUrl=https://www.payfast.co.za/eng/query/validate"),
                        QStringLiteral("apiUrl=https://api.payfast.co.za"),
                        QStringLiteral("serverConfirmation=true")};
    QTest::newRow("a live ledger has no sandbox merchant to fall back on")
        << true << QStringList {QStringLiteral("PAYFAST_PASSPHRASE=Live-pass_phrase")} << none << none
        << QStringList {QStringLiteral("PAYFAST_MERCHANT_ID")} << none;
    QTest::newRow("a live ledger without a passphrase is refused")
        << true << liveCredentials.mid(0, 2) << none << none
        << QStringList {QStringLiteral("PAYFAST_PASSPHRASE")} << none;
    QTest::newRow("a live ledger refuses PAYFAST_SERVER_CONFIRMATION=false")
        << true << liveCredentials + QStringList {QStringLiteral("PAYFAST_SERVER_CONFIRMATION=false")} << none
        << none << QStringList {QStringLiteral("PAYFAST_SERVER_CONFIRMATION")} << none;
    for (const char* name : {"PAYFAST_PROCESS_URL", "PAYFAST_VALIDATE_URL", "PAYFAST_API_URL"})
        QTest::addRow("a live ledger refuses the %s override", name)
            << true
            << liveCredentials + QStringList {QLatin1String(name) + QStringLiteral("=http://127.0.0.1:9911/")}
            << none << none << QStringList {QLatin1String(name)} << none;
    QTest::newRow("a live ledger refuses an http public URL")
        << true << liveCredentials + QStringList {QStringLiteral("IMALI_PUBLIC_URL=http://pay.example.co.za")}
        << none << none << QStringList {QStringLiteral("https")} << none;
    QTest::newRow("a live ledger refuses an http public URL from the INI file")
        << true << liveCredentials.mid(0, 3)
        << QStringList {QStringLiteral("IMALI_PUBLIC_URL=http://pay.example.co.za")} << none
        << QStringList {QStringLiteral("https")} << none;

    QTest::newRow("INI values are used when the environment does not set them")
        << false << none
        << QStringList {QStringLiteral("PAYFAST_MERCHANT_ID=10011111"),
                        QStringLiteral("PAYFAST_MERCHANT_KEY=inikey123"),
                        QStringLiteral("IMALI_PUBLIC_URL=https://ini.example.co.za"),
                        QStringLiteral("PAYFAST_SERVER_CONFIRMATION=no")}
        << none << none
        << QStringList {QStringLiteral("merchantId=10011111"), QStringLiteral("merchantKey=inikey123"),
                        QStringLiteral("notifyUrl=https://ini.example.co.za/api/payments/itn"),
                        QStringLiteral("serverConfirmation=false")};
    QTest::newRow("a passphrase in the INI file is ignored: secrets never come from it")
        << false << none << QStringList {QStringLiteral("PAYFAST_PASSPHRASE=FromTheIniFile")} << none << none
        << QStringList {QStringLiteral("passphrase=")};
    QTest::newRow("a live ledger with its passphrase only in the INI file is refused")
        << true << liveCredentials.mid(0, 2)
        << QStringList {QStringLiteral("PAYFAST_PASSPHRASE=FromTheIniFile")} << none
        << QStringList {QStringLiteral("PAYFAST_PASSPHRASE")} << none;
    QTest::newRow("the environment beats the INI file")
        << false
        << QStringList {QStringLiteral("PAYFAST_MERCHANT_ID=10022222"),
                        QStringLiteral("PAYFAST_MERCHANT_KEY=envkey456"),
                        QStringLiteral("ENABLE_PAYFAST=true")}
        << QStringList {QStringLiteral("PAYFAST_MERCHANT_ID=10011111"),
                        QStringLiteral("PAYFAST_MERCHANT_KEY=inikey123"),
                        QStringLiteral("ENABLE_PAYFAST=false")}
        << none << none
        << QStringList {QStringLiteral("merchantId=10022222"), QStringLiteral("merchantKey=envkey456"),
                        QStringLiteral("enabled=true")};
    QTest::newRow("the ledger's stored public URL and merchant id are used when nothing else sets them")
        << false << QStringList {QStringLiteral("PAYFAST_MERCHANT_KEY=storedkey")} << none
        << QStringList {QStringLiteral("public_url=https://stored.example.co.za"),
                        QStringLiteral("payfast_merchant_id=10033333")}
        << none
        << QStringList {QStringLiteral("merchantId=10033333"),
                        QStringLiteral("publicUrl=https://stored.example.co.za"),
                        QStringLiteral("notifyUrl=https://stored.example.co.za/api/payments/itn")};
    QTest::newRow("the INI file beats what the ledger stores")
        << false << none << QStringList {QStringLiteral("IMALI_PUBLIC_URL=https://ini.example.co.za")}
        << QStringList {QStringLiteral("public_url=https://stored.example.co.za")} << none
        << QStringList {QStringLiteral("publicUrl=https://ini.example.co.za")};
}

void tst_PayFastCheckout::settingsResolve()
{
    QFETCH(bool, live);
    QFETCH(QStringList, env);
    QFETCH(QStringList, ini);
    QFETCH(QStringList, stored);
    QFETCH(QStringList, mentions);
    QFETCH(QStringList, expected);

    OPEN_LEDGER_OR_FAIL(t, QStringLiteral("sqlite"), live ? Environment::Live : Environment::Sandbox);
    QCOMPARE_EQ(t.ledger().environment(), live ? Environment::Live : Environment::Sandbox);
    for (const QString& s : stored) {
        const auto [name, value] = splitAssignment(s);
        QVERIFY_OK(BusinessSettings(t.ledger()).set(name, value));
    }
    const QString iniFile = t.filePath(QStringLiteral("imali.ini"));
    if (!ini.isEmpty()) {
        QSettings writer(iniFile, QSettings::IniFormat);
        for (const QString& a : ini) {
            const auto [name, value] = splitAssignment(a);
            writer.setValue(name, value);
        }
        writer.sync();
        QCOMPARE_EQ(writer.status(), QSettings::NoError);
    }

    const EnvironmentGuard guard(env);
    auto settings = PayFastSettings::resolve(Config(iniFile), t.ledger());

    // Secrets from either place must never show in an error.
    QStringList secrets;
    for (const QString& a : env + ini)
        if (splitAssignment(a).first == QLatin1String("PAYFAST_PASSPHRASE"))
            secrets << splitAssignment(a).second;

    if (!mentions.isEmpty()) {
        QVERIFY2(!settings.ok(), "expected a refusal, but the settings resolved");
        QCOMPARE_EQ(settings.error().kind, ErrorKind::Validation);
        const QString message = settings.error().message;
        for (const QString& word : mentions)
            QVERIFY2(message.contains(word, Qt::CaseInsensitive),
                     qPrintable(QStringLiteral("\"%1\" does not mention %2").arg(message, word)));
        for (const QString& secret : secrets)
            QVERIFY2(!message.contains(secret), "the error shows the passphrase");
        return;
    }
    QVERIFY_OK(settings);
    for (const QString& e : expected) {
        const auto [field, value] = splitAssignment(e);
        QCOMPARE_EQ(settingsField(*settings, field), value);
    }
}

// ---- 3. Checkouts::createForInvoice ------------------------------------------------------------------

void tst_PayFastCheckout::everyAttemptGetsItsOwnIdAndToken()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    auto invoice = zoeInvoice(t.ledger(), true);
    QVERIFY_OK(invoice);
    QCOMPARE_EQ(invoice->number, QStringLiteral("INV-000001"));
    const PayFastProvider provider(sandboxSettings());
    Checkouts checkouts(t.ledger(), provider);

    static const QRegularExpression tokenShape(QStringLiteral("^[A-Za-z0-9_-]{22}$"));
    QStringList ids;
    QStringList tokens;
    const auto attempt = [&](const QString& reference, Money balance, bool tokenize) {
        auto created = checkouts.createForInvoice(reference, tokenize);
        QVERIFY_OK(created);
        const Checkout& c = created->checkout;
        QVERIFY2(c.mPaymentId.startsWith(QStringLiteral("INV-000001-")), qPrintable(c.mPaymentId));
        QVERIFY2(!ids.contains(c.mPaymentId),
                 qPrintable(QStringLiteral("m_payment_id reused: ") + c.mPaymentId));
        QVERIFY2(!tokens.contains(c.linkToken), "a link token was reused");
        ids << c.mPaymentId;
        tokens << c.linkToken;

        // 22 URL-safe base64 characters without padding: 128 random bits.
        QVERIFY2(tokenShape.match(c.linkToken).hasMatch(), qPrintable(c.linkToken));
        const auto decoded = QByteArray::fromBase64Encoding(
            c.linkToken.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(decoded.decodingStatus == QByteArray::Base64DecodingStatus::Ok);
        QCOMPARE_EQ(decoded.decoded.size(), 16);

        // The form asks for what the checkout stores: this invoice's balance under this m_payment_id.
        QCOMPARE_EQ(valueOf(created->form.fields, QStringLiteral("m_payment_id")), c.mPaymentId);
        QCOMPARE_EQ(valueOf(created->form.fields, QStringLiteral("amount")), balance.toString());
        QCOMPARE_EQ(valueOf(created->form.fields, QStringLiteral("subscription_type")),
                    tokenize ? QStringLiteral("2") : QString());
        QCOMPARE_EQ(valueOf(created->form.fields, QStringLiteral("item_name")),
                    QStringLiteral("Invoice INV-000001"));
        QCOMPARE_EQ(created->form.signature.toLatin1(),
                    md5Hex(handCanonical(created->form.fields, SandboxPassphrase, &phpUrlEncode)));

        for (const Result<Checkout>& stored :
             {checkouts.byToken(c.linkToken), checkouts.byPaymentId(c.mPaymentId)}) {
            QVERIFY_OK(stored);
            QCOMPARE_EQ(stored->id, c.id);
            QCOMPARE_EQ(stored->status, QStringLiteral("pending"));
            QCOMPARE_EQ(stored->amount.toString(), balance.toString());
            QCOMPARE_EQ(stored->provider, QStringLiteral("payfast"));
            QCOMPARE_EQ(stored->invoiceId.value_or(-1), invoice->id);
            QCOMPARE_EQ(stored->tokenize, tokenize);
            QCOMPARE_EQ(stored->linkToken, c.linkToken);
            QCOMPARE_EQ(stored->mPaymentId, c.mPaymentId);
            QCOMPARE_EQ(Clock::fromStorage(stored->createdAt).daysTo(Clock::fromStorage(stored->expiresAt)),
                        Checkouts::ExpiryDays);
        }
        Sql env(t.db(), QStringLiteral("SELECT environment FROM checkouts WHERE id = :id"));
        env.bind(QStringLiteral(":id"), c.id);
        QVERIFY_OK(env.exec());
        QVERIFY(env.next());
        QCOMPARE_EQ(env.text(0), QStringLiteral("sandbox"));
    };

    const Money total = invoice->balance();
    attempt(QStringLiteral("INV-000001"), total, false);
    if (QTest::currentTestFailed())
        return;
    attempt(QString::number(invoice->id), total, false);
    if (QTest::currentTestFailed())
        return;
    attempt(QStringLiteral("inv-000001"), total, true);
    if (QTest::currentTestFailed())
        return;

    // After a part payment a new attempt asks for what is left; the earlier ones stay pending.
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({QStringLiteral("INV-000001"),
                                  QStringLiteral("100.00"),
                                  QStringLiteral("eft"),
                                  QStringLiteral("REF-1"),
                                  {}}));
    attempt(QStringLiteral("INV-000001"), total - Money::fromCents(10000), false);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE_EQ(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM checkouts WHERE status = 'pending'")), 4);
}

void tst_PayFastCheckout::onlyAnOpenInvoiceGetsACheckout_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("state");
    for (const QString& b : testdb::backends())
        for (const char* state : {"draft", "void", "paid"})
            QTest::addRow("on %s: a %s invoice is refused", qPrintable(b), state)
                << b << QString::fromLatin1(state);
}

void tst_PayFastCheckout::onlyAnOpenInvoiceGetsACheckout()
{
    QFETCH(QString, backend);
    QFETCH(QString, state);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    auto invoice = zoeInvoice(t.ledger(), state != QLatin1String("draft"));
    QVERIFY_OK(invoice);
    if (state == QLatin1String("void"))
        QVERIFY_OK(Invoices(t.ledger()).voidInvoice(invoice->number));
    if (state == QLatin1String("paid"))
        QVERIFY_OK(Payments(t.ledger())
                       .recordManual(
                           {invoice->number, invoice->balance().toString(), QStringLiteral("cash"), {}, {}}));
    auto current = Invoices(t.ledger()).get(invoice->id);
    QVERIFY_OK(current);
    QCOMPARE_EQ(imali::toString(current->status), state);

    const qint64 checkoutsBefore = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM checkouts"));
    const qint64 auditBefore = scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const PayFastProvider provider(sandboxSettings());
    auto created = Checkouts(t.ledger(), provider).createForInvoice(QString::number(invoice->id), false);
    QVERIFY2(!created.ok(), "a checkout was made for an invoice that is not open");
    QCOMPARE_EQ(created.error().kind, ErrorKind::Conflict);
    QVERIFY2(created.error().message.contains(state), qPrintable(created.error().message));
    QCOMPARE_EQ(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM checkouts")), checkoutsBefore);
    QCOMPARE_EQ(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
}

void tst_PayFastCheckout::payingTheInvoiceClosesItsCheckouts()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    auto paid = zoeInvoice(t.ledger(), true);
    auto other = zoeInvoice(t.ledger(), true);
    QVERIFY_OK(paid);
    QVERIFY_OK(other);
    const PayFastProvider provider(sandboxSettings());
    Checkouts checkouts(t.ledger(), provider);
    auto first = checkouts.createForInvoice(paid->number, false);
    auto second = checkouts.createForInvoice(paid->number, true);
    auto elsewhere = checkouts.createForInvoice(other->number, false);
    QVERIFY_OK(first);
    QVERIFY_OK(second);
    QVERIFY_OK(elsewhere);

    // A part payment leaves the links working; paying the rest by hand closes them.
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({paid->number, QStringLiteral("50.00"), QStringLiteral("cash"), {}, {}}));
    QCOMPARE_EQ(checkouts.byPaymentId(first->checkout.mPaymentId)->status, QStringLiteral("pending"));
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({paid->number,
                                  (paid->balance() - Money::fromCents(5000)).toString(),
                                  QStringLiteral("eft"),
                                  QStringLiteral("EFT 2291"),
                                  {}}));
    auto now = Invoices(t.ledger()).get(paid->id);
    QVERIFY_OK(now);
    QCOMPARE_EQ(imali::toString(now->status), QStringLiteral("paid"));

    for (const CreatedCheckout* c : {&*first, &*second}) {
        auto stored = checkouts.byPaymentId(c->checkout.mPaymentId);
        QVERIFY_OK(stored);
        QCOMPARE_EQ(stored->status, QStringLiteral("closed"));
        QCOMPARE_EQ(checkouts.byToken(c->checkout.linkToken)->status, QStringLiteral("closed"));
    }
    // Another invoice's link is untouched, and the paid invoice takes no new checkout.
    QCOMPARE_EQ(checkouts.byPaymentId(elsewhere->checkout.mPaymentId)->status, QStringLiteral("pending"));
    auto again = checkouts.createForInvoice(paid->number, false);
    QVERIFY(!again.ok());
    QCOMPARE_EQ(again.error().kind, ErrorKind::Conflict);
}

void tst_PayFastCheckout::auditEntryLeavesTheLinkTokenOut()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    auto invoice = zoeInvoice(t.ledger(), true);
    QVERIFY_OK(invoice);
    const PayFastProvider provider(sandboxSettings());
    auto created = Checkouts(t.ledger(), provider).createForInvoice(invoice->number, false);
    QVERIFY_OK(created);
    const QString token = created->checkout.linkToken;

    Sql q(t.db(), QStringLiteral("SELECT * FROM audit_log ORDER BY seq"));
    QVERIFY_OK(q.exec());
    int checkoutEntries = 0;
    while (q.next()) {
        const QSqlRecord record = q.query().record();
        QString action;
        QString after;
        for (int i = 0; i < record.count(); ++i) {
            const QString column = record.fieldName(i);
            const QString value = q.text(i);
            QVERIFY2(!value.contains(token),
                     qPrintable(QStringLiteral("audit column %1 holds the link token").arg(column)));
            if (column == QLatin1String("action"))
                action = value;
            if (column == QLatin1String("after_data"))
                after = value;
        }
        if (action == QLatin1String("checkout.created")) {
            ++checkoutEntries;
            // The entry still says which checkout it was: its m_payment_id and amount.
            QVERIFY2(after.contains(created->checkout.mPaymentId), qPrintable(after));
            QVERIFY2(after.contains(created->checkout.amount.toString()), qPrintable(after));
        }
    }
    QCOMPARE_EQ(checkoutEntries, 1);
    auto verified = t.ledger().audit().verify(std::nullopt);
    QVERIFY_OK(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
}

// ---- 4. imalictl checkout ----------------------------------------------------------------------------

void tst_PayFastCheckout::checkoutCommand()
{
    QFETCH(QString, backend);
    const Bench bench(backend);
    QVERIFY2(bench.scratch.error().isEmpty(), qPrintable(bench.scratch.error()));
    QString total;
    const QString seedError = seedLedger(bench, true, &total);
    QVERIFY2(seedError.isEmpty(), qPrintable(seedError));
    // 2 × 250.00 + 1.5 × 255.55 (383.325, half-up 383.33) = 883.33, and 15 % VAT of 75.00 + 57.50.
    QCOMPARE_EQ(total, QStringLiteral("1015.83"));
    const QStringList env {QStringLiteral("PAYFAST_PASSPHRASE=") + SandboxPassphrase};
    static const QRegularExpression linkShape(
        QStringLiteral("^https://pay\\.example\\.co\\.za/pay/[A-Za-z0-9_-]{22}$"));

    QStringList links;
    QStringList paymentIds;
    for (bool tokenize : {false, false, true}) {
        QStringList args {QStringLiteral("checkout"), QStringLiteral("INV-000001"), QStringLiteral("--json")};
        if (tokenize)
            args << QStringLiteral("--tokenize");
        const Run r = bench.run(args, env);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
        QVERIFY2(!r.out.contains(SandboxPassphrase) && !r.err.contains(SandboxPassphrase),
                 "imalictl checkout printed the passphrase");
        const QJsonObject o = r.object();

        const QString url = o.value(QStringLiteral("url")).toString();
        QVERIFY2(linkShape.match(url).hasMatch(), qPrintable(url));
        QVERIFY2(!links.contains(url), "two checkouts share a payment link");
        links << url;
        QCOMPARE_EQ(o.value(QStringLiteral("action")).toString(), SandboxProcessUrl);

        const FormFields fields = pairsFrom(o.value(QStringLiteral("fields")).toArray());
        const QString orderProblem = documentedOrderProblem(keysOf(fields));
        QVERIFY2(orderProblem.isEmpty(), qPrintable(orderProblem));
        const QString mPaymentId = o.value(QStringLiteral("m_payment_id")).toString();
        QVERIFY2(mPaymentId.startsWith(QStringLiteral("INV-000001-")), qPrintable(mPaymentId));
        QVERIFY2(!paymentIds.contains(mPaymentId), "two checkouts share an m_payment_id");
        paymentIds << mPaymentId;
        QCOMPARE_EQ(valueOf(fields, QStringLiteral("m_payment_id")), mPaymentId);
        QCOMPARE_EQ(valueOf(fields, QStringLiteral("merchant_id")), QStringLiteral("10000100"));
        QCOMPARE_EQ(valueOf(fields, QStringLiteral("merchant_key")), QStringLiteral("46f0cd694581a"));
        QCOMPARE_EQ(valueOf(fields, QStringLiteral("notify_url")),
                    PublicUrl + QStringLiteral("/api/payments/itn"));
        QCOMPARE_EQ(valueOf(fields, QStringLiteral("name_first")), QStringLiteral("Zo\u00eb"));
        QCOMPARE_EQ(valueOf(fields, QStringLiteral("name_last")), QStringLiteral("O'Brien-Nkosi (Pty) Ltd"));
        QCOMPARE_EQ(valueOf(fields, QStringLiteral("amount")), total);
        QVERIFY2(valueOf(fields, QStringLiteral("item_description")).contains(AwkwardDescription),
                 qPrintable(valueOf(fields, QStringLiteral("item_description"))));
        QCOMPARE_EQ(valueOf(fields, QStringLiteral("payment_method")),
                    tokenize ? QStringLiteral("cc") : QString());
        QCOMPARE_EQ(valueOf(fields, QStringLiteral("subscription_type")),
                    tokenize ? QStringLiteral("2") : QString());
        for (const auto& [key, value] : fields)
            QVERIFY2(key != QLatin1String("signature") && key != QLatin1String("passphrase"),
                     qPrintable(key));

        // The signature, recomputed here from the printed fields and the passphrase alone.
        const QByteArray canonical = handCanonical(fields, SandboxPassphrase, &phpEncode);
        QCOMPARE_EQ(o.value(QStringLiteral("signature")).toString().toLatin1(), md5Hex(canonical));
    }
}

void tst_PayFastCheckout::checkoutCommandRefusals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("publicUrl");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("env");
    QTest::addColumn<QStringList>("mentions");

    const QStringList checkout {QStringLiteral("checkout"), QStringLiteral("INV-000001"),
                                QStringLiteral("--json")};
    const QStringList passphrase {QStringLiteral("PAYFAST_PASSPHRASE=") + SandboxPassphrase};
    for (const QString& b : testdb::backends()) {
        const auto row = [&b](const char* name) -> QTestData& {
            return QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QLatin1String(name)))) << b;
        };
        row("without a public URL the checkout is refused and says to set it")
            << false << checkout << passphrase << QStringList {QStringLiteral("public URL")};
        row("--provider stripe with Stripe off is refused, naming ENABLE_STRIPE")
            << true << checkout + QStringList {QStringLiteral("--provider"), QStringLiteral("stripe")}
            << passphrase << QStringList {QStringLiteral("ENABLE_STRIPE")};
        row("--tokenize without PAYFAST_PASSPHRASE is refused, naming it")
            << true << checkout + QStringList {QStringLiteral("--tokenize")} << QStringList()
            << QStringList {QStringLiteral("PAYFAST_PASSPHRASE")};
        row("an unknown provider is refused")
            << true << checkout + QStringList {QStringLiteral("--provider"), QStringLiteral("paypal")}
            << passphrase << QStringList {QStringLiteral("payfast or stripe")};
        row("an invoice that does not exist is refused")
            << true
            << QStringList {QStringLiteral("checkout"), QStringLiteral("INV-000042"),
                            QStringLiteral("--json")}
            << passphrase << QStringList {QStringLiteral("INV-000042")};
    }
}

void tst_PayFastCheckout::checkoutCommandRefusals()
{
    QFETCH(QString, backend);
    QFETCH(bool, publicUrl);
    QFETCH(QStringList, args);
    QFETCH(QStringList, env);
    QFETCH(QStringList, mentions);
    const Bench bench(backend);
    QVERIFY2(bench.scratch.error().isEmpty(), qPrintable(bench.scratch.error()));
    QString total;
    const QString seedError = seedLedger(bench, publicUrl, &total);
    QVERIFY2(seedError.isEmpty(), qPrintable(seedError));
    const qint64 auditBefore = bench.auditEntries();
    QVERIFY(auditBefore > 0);

    const Run r = bench.run(args, env);
    QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("expected exit code 2, got ") + r.describe()));
    QVERIFY2(r.out.trimmed().isEmpty(), qPrintable(r.describe()));
    for (const QString& word : mentions)
        QVERIFY2(r.err.contains(word, Qt::CaseInsensitive),
                 qPrintable(QStringLiteral("stderr does not mention %1: %2").arg(word, r.describe())));
    QVERIFY2(!r.err.contains(SandboxPassphrase), "the error shows the passphrase");
    // A refused checkout writes nothing: no checkout and so no audit entry.
    QCOMPARE_EQ(bench.auditEntries(), auditBefore);
}

// ---- 5. imalictl payfast sign ------------------------------------------------------------------------

void tst_PayFastCheckout::signatureDoctor_data()
{
    QTest::addColumn<QString>("problem"); // set when the row could not be built
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("passphrase"); // empty: PAYFAST_PASSPHRASE unset
    QTest::addColumn<QString>("signature"); // expected; empty: not checked
    QTest::addColumn<QString>("canonical"); // expected, masked; empty: not checked
    QTest::addColumn<int>("posted"); // -1: no verdict printed, 0: invalid, 1: valid
    QTest::addColumn<QString>("mentions"); // pattern the explanations must match; empty: none
    QTest::addColumn<QString>("avoids"); // pattern they must not match; empty: none

    auto vectors = loadVectors();
    if (!vectors) {
        QTest::newRow("the vector file can be read")
            << vectors.error().message << QString() << QByteArray() << QString() << QString() << QString()
            << -1 << QString() << QString();
        return;
    }
    const auto vector = [&](const char* id) { return vectors->value(QLatin1String(id)); };
    const auto text = [](const QJsonObject& v, const char* key) {
        return v.value(QLatin1String(key)).toString();
    };

    const QJsonObject i02 = vector("I02");
    const FormFields itn = vectorFields(i02);
    QTest::newRow("a correctly signed ITN is valid, and its canonical string shows *** for the passphrase")
        << QString() << QStringLiteral("itn") << formBody(itn) << SandboxPassphrase
        << text(i02, "expected_signature") << masked(text(i02, "expected_param_string")) << 1 << QString()
        << QString();
    QTest::newRow(
        "an ITN checked with the wrong passphrase is invalid, and the diagnosis names the passphrase")
        << QString() << QStringLiteral("itn") << formBody(itn) << QStringLiteral("Wrong-Salt_42") << QString()
        << QString() << 0 << QStringLiteral("passphrase") << QStringLiteral("sort|alphabetic");

    FormFields sorted = itn;
    sorted.removeIf([](const auto& f) { return f.first == QLatin1String("signature"); });
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.first.toUtf8() < b.first.toUtf8(); });
    const QByteArray sortedSignature = md5Hex(signedInGivenOrder(sorted, SandboxPassphrase));
    QTest::newRow(
        "an ITN signed over alphabetically sorted fields is invalid, and the diagnosis names the sorting")
        << QString() << QStringLiteral("itn") << formBody(withSignature(itn, sortedSignature))
        << SandboxPassphrase << text(i02, "expected_signature") << QString() << 0
        << QStringLiteral("sort|alphabetic") << QStringLiteral("passphrase");

    const FormFields caller = callerOrderCheckout();
    const QByteArray documented = md5Hex(handCanonical(caller, SandboxPassphrase, &phpEncode));
    const QByteArray callerSignature = md5Hex(signedInGivenOrder(caller, SandboxPassphrase));
    QTest::newRow(
        "a checkout form signed in the caller's order is invalid, and the diagnosis names the order")
        << QString() << QStringLiteral("checkout") << formBody(withSignature(caller, callerSignature))
        << SandboxPassphrase << QString::fromLatin1(documented)
        << masked(QString::fromUtf8(handCanonical(caller, SandboxPassphrase, &phpEncode))) << 0
        << QStringLiteral("caller's order") << QStringLiteral("passphrase");
    QTest::newRow("the same checkout form signed in PayFast's documented order is valid")
        << QString() << QStringLiteral("checkout") << formBody(withSignature(caller, documented))
        << SandboxPassphrase << QString::fromLatin1(documented) << QString() << 1 << QString() << QString();

    QTest::newRow("the API headers merchant-id, version and timestamp reproduce vector A01's signature")
        << QString() << QStringLiteral("api")
        << QByteArrayLiteral("merchant-id=10000100&version=v1&timestamp=2024-01-15T10%3A30%3A00%2B02%3A00")
        << SandboxPassphrase << QStringLiteral("6280e125984c78ce473e67725fba53ab")
        << QStringLiteral(
               "merchant-id=10000100&passphrase=***&timestamp=2024-01-15T10%3A30%3A00%2B02%3A00&version=v1")
        << -1 << QString() << QString();

    // Every vector in the shared file, through the command line.
    for (const QJsonObject& v : std::as_const(*vectors)) {
        const QString kind = text(v, "kind");
        const FormFields fields = vectorFields(v);
        const bool hasSignature = std::any_of(fields.begin(), fields.end(), [](const auto& f) {
            return f.first == QLatin1String("signature");
        });
        int posted = -1;
        if (hasSignature && kind != QLatin1String("api"))
            posted = v.value(QStringLiteral("expected_signature_valid")).toBool() ? 1 : 0;
        QTest::addRow("vector %s (%s) gives its expected signature", qPrintable(text(v, "id")),
                      qPrintable(text(v, "description")))
            << QString() << kind << formBody(fields) << v.value(QStringLiteral("passphrase")).toString()
            << text(v, "expected_signature") << masked(text(v, "expected_param_string")) << posted
            << QString() << QString();
    }
}

void tst_PayFastCheckout::signatureDoctor()
{
    QFETCH(QString, problem);
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, passphrase);
    QFETCH(QString, signature);
    QFETCH(QString, canonical);
    QFETCH(int, posted);
    QFETCH(QString, mentions);
    QFETCH(QString, avoids);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));

    const Desktop desktop;
    QStringList env;
    if (!passphrase.isEmpty())
        env << QStringLiteral("PAYFAST_PASSPHRASE=") + passphrase;
    const Run r = desktop.run({QStringLiteral("payfast"), QStringLiteral("sign"), QStringLiteral("--kind"),
                               kind, QStringLiteral("--json")},
                              env, body);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    // The passphrase never shows, neither as typed, trimmed nor encoded.
    for (const QString& secret :
         {passphrase, passphrase.trimmed(), QString::fromLatin1(phpEncode(passphrase.trimmed()))})
        if (!secret.trimmed().isEmpty())
            QVERIFY2(!r.out.contains(secret) && !r.err.contains(secret),
                     qPrintable(QStringLiteral("the passphrase is shown:\n") + r.describe()));

    const QJsonObject o = r.object();
    const QString printedCanonical = o.value(QStringLiteral("canonical")).toString();
    const QString printedSignature = o.value(QStringLiteral("signature")).toString();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{32}$")).match(printedSignature).hasMatch());
    if (!signature.isEmpty())
        QCOMPARE_EQ(printedSignature, signature);
    if (!canonical.isEmpty())
        QCOMPARE_EQ(printedCanonical, canonical);
    if (!passphrase.trimmed().isEmpty())
        QVERIFY2(printedCanonical.contains(QStringLiteral("passphrase=***")), qPrintable(printedCanonical));
    else
        QVERIFY2(!printedCanonical.contains(QStringLiteral("passphrase")), qPrintable(printedCanonical));

    switch (posted) {
    case -1:
        QVERIFY2(!o.contains(QStringLiteral("posted_signature_valid")), qPrintable(r.out));
        break;
    default:
        QVERIFY2(o.value(QStringLiteral("posted_signature_valid")).isBool(), qPrintable(r.out));
        QCOMPARE_EQ(o.value(QStringLiteral("posted_signature_valid")).toBool(), posted == 1);
        if (posted == 0)
            QVERIFY2(!o.value(QStringLiteral("diagnosis")).toArray().isEmpty(), qPrintable(r.out));
        break;
    }
    const QString explained = explanations(o);
    if (!mentions.isEmpty())
        QVERIFY2(
            QRegularExpression(mentions, QRegularExpression::CaseInsensitiveOption)
                .match(explained)
                .hasMatch(),
            qPrintable(QStringLiteral("the diagnosis does not name /%1/:\n%2").arg(mentions, explained)));
    if (!avoids.isEmpty())
        QVERIFY2(!QRegularExpression(avoids, QRegularExpression::CaseInsensitiveOption)
                      .match(explained)
                      .hasMatch(),
                 qPrintable(QStringLiteral("the diagnosis wrongly names /%1/:\n%2").arg(avoids, explained)));
}

void tst_PayFastCheckout::signatureDoctorTextHidesThePassphrase_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QString>("verdict");

    const FormFields caller = callerOrderCheckout();
    const QByteArray callerSignature = md5Hex(signedInGivenOrder(caller, SandboxPassphrase));
    QTest::newRow("a checkout signed in the caller's order is shown with *** for the passphrase")
        << QStringLiteral("checkout") << formBody(withSignature(caller, callerSignature)) << SandboxPassphrase
        << QStringLiteral("does NOT match");
    QTest::newRow("a checkout checked with another passphrase is shown without that passphrase")
        << QStringLiteral("checkout") << formBody(withSignature(caller, callerSignature))
        << QStringLiteral("Other-Salt/99") << QStringLiteral("does NOT match");
    QTest::newRow("an API signature is shown with *** for the passphrase")
        << QStringLiteral("api")
        << QByteArrayLiteral("merchant-id=10000100&version=v1&timestamp=2024-01-15T10%3A30%3A00%2B02%3A00")
        << SandboxPassphrase << QString();
}

void tst_PayFastCheckout::signatureDoctorTextHidesThePassphrase()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, body);
    QFETCH(QString, passphrase);
    QFETCH(QString, verdict);

    const Desktop desktop;
    const Run r =
        desktop.run({QStringLiteral("payfast"), QStringLiteral("sign"), QStringLiteral("--kind"), kind},
                    {QStringLiteral("PAYFAST_PASSPHRASE=") + passphrase}, body);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("canonical: ")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("passphrase=***")), qPrintable(r.out));
    QVERIFY2(!r.out.contains(passphrase) && !r.err.contains(passphrase),
             qPrintable(QStringLiteral("the passphrase is shown:\n") + r.describe()));
    QVERIFY2(!r.out.contains(QString::fromLatin1(phpEncode(passphrase))), qPrintable(r.out));
    if (!verdict.isEmpty())
        QVERIFY2(r.out.contains(verdict), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(tst_PayFastCheckout)
#include "tst_payfastcheckout.moc"
