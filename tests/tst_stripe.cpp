// SPDX-License-Identifier: GPL-3.0-or-later
// Stripe as the second provider (issue 11): signature, checkout, webhook booking, refunds, and Stripe off.
#include "Checkouts.h"
#include "Config.h"
#include "Customers.h"
#include "ImalictlRun.h"
#include "Invoices.h"
#include "PaymentBooking.h"
#include "StripeSimulator.h"
#include "TestLedger.h"
#include "listener/Listener.h"
#include "listener/NotificationStore.h"
#include "listener/SenderPolicy.h"
#include "payfast/PayFastProvider.h"
#include "processing/ItnProcessor.h"
#include "providers/ProviderCheckouts.h"
#include "stripe/StripeProvider.h"
#include "stripe/StripeSignature.h"
#include "stripe/StripeWebhookIntake.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

#include <memory>

using namespace imali;

#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));              \
    } while (false)

namespace
{

const QString SecretKey = QStringLiteral("sk_test_51Imali0SimulatedKeyAbCdEfGh0123456789");
const QString WebhookSecret = QStringLiteral("whsec_test_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH");
const QString PublicUrl = QStringLiteral("https://pay.example.co.za");

/// Sets environment variables for one test and puts the old values back after it.
class ScopedEnv
{
public:
    void set(const char* name, const QString& value)
    {
        if (!m_saved.contains(QByteArray(name)))
            m_saved.insert(QByteArray(name),
                           qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name))
                                                           : std::nullopt);
        qputenv(name, value.toUtf8());
    }
    ~ScopedEnv()
    {
        for (auto it = m_saved.cbegin(); it != m_saved.cend(); ++it) {
            if (it.value())
                qputenv(it.key().constData(), *it.value());
            else
                qunsetenv(it.key().constData());
        }
    }

private:
    QHash<QByteArray, std::optional<QByteArray>> m_saved;
};

/**
 * A scratch ledger with an open invoice of R 1,150.00 (R 1,000.00 + 15 % VAT),
 * a Stripe simulator, and the real Listener on the ledger (in its own thread,
 * as `imalictl serve` runs it) with Stripe on or off.
 */
class StripeBooks : public testdb::TestLedger
{
public:
    explicit StripeBooks(const QString& backend) : TestLedger(backend), m_stripe(SecretKey, WebhookSecret) { }
    ~StripeBooks()
    {
        if (m_listener)
            m_listener->stop();
    }

    /// Opens the ledger, starts the simulator, makes the invoice; empty on success.
    QString prepare()
    {
        if (QString e = open(); !e.isEmpty())
            return e;
        if (!m_stripe.start())
            return QStringLiteral("the Stripe simulator could not listen");
        auto customer =
            Customers(ledger()).add({QStringLiteral("Thandi Mokoena"), QStringLiteral("thandi@example.co.za"),
                                     QString(), QString(), QString()});
        if (!customer)
            return customer.error().message;
        NewInvoice input;
        input.customerId = customer->id;
        input.issue = true;
        auto line = Invoices::parseLineSpec(QStringLiteral("Design work;1;1000"));
        if (!line)
            return line.error().message;
        input.lines.append(*line);
        auto invoice = Invoices(ledger()).create(input);
        if (!invoice)
            return invoice.error().message;
        m_invoice = *invoice;
        return {};
    }

    StripeSettings stripeSettings(bool enabled) const
    {
        StripeSettings s;
        s.enabled = enabled;
        s.environment = Environment::Sandbox;
        s.apiUrl = m_stripe.apiUrl();
        s.secretKey = SecretKey;
        s.webhookSecret = WebhookSecret;
        s.publicUrl = PublicUrl;
        return s;
    }

    /// Starts the listener on loopback, any port; empty on success.
    QString startListener(bool stripeEnabled)
    {
        ListenerConfig c;
        c.address = QHostAddress(QHostAddress::LocalHost);
        c.port = 0;
        auto allowed = CidrList::parse(QStringLiteral("127.0.0.1/32"));
        if (!allowed)
            return allowed.error().message;
        c.allowedSources = *allowed;
        c.payfast.merchantId = QStringLiteral("10000100");
        c.payfast.merchantKey = QStringLiteral("46f0cd694581a");
        c.payfast.serverConfirmation = false;
        c.stripe = stripeSettings(stripeEnabled);
        m_listener = std::make_unique<Listener>();
        auto port = m_listener->start(ledger(), c);
        if (!port)
            return port.error().message;
        m_port = *port;
        return {};
    }

    QUrl webhookUrl() const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1/api/payments/stripe/webhook").arg(m_port));
    }
    StripeSimulator& stripe() { return m_stripe; }
    const Invoice& madeInvoice() const { return m_invoice; }

    /// A Stripe checkout for the invoice, made through the core as the console makes it.
    Result<PaymentRequest> requestStripePayment()
    {
        const StripeProvider provider(stripeSettings(true));
        auto created = Checkouts(ledger(), provider).createForInvoice(m_invoice.number, false);
        if (!created)
            return created.error();
        PaymentRequest r;
        r.provider = QStringLiteral("stripe");
        r.checkout = created->checkout;
        r.url = created->hosted ? created->hosted->url : QString();
        r.sessionId = created->hosted ? created->hosted->sessionId : QString();
        return r;
    }

    Invoice invoice()
    {
        auto read = Invoices(ledger()).get(m_invoice.id);
        return read ? *read : Invoice();
    }

    qint64 scalar(const QString& statement, const QString& text = QString())
    {
        Sql q(db(), statement);
        if (!text.isNull())
            q.bind(QStringLiteral(":t"), text);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    QString text(const QString& statement, const QString& bound)
    {
        Sql q(db(), statement);
        q.bind(QStringLiteral(":t"), bound);
        if (!q.exec() || !q.next())
            return QStringLiteral("<none>");
        return q.text(0);
    }

    /// The stored notification of event \a eventId, as the notification log shows it.
    std::optional<NotificationRecord> notification(const QString& eventId)
    {
        const qint64 id = scalar(
            QStringLiteral("SELECT id FROM notifications WHERE provider = 'stripe' AND provider_id = :t"),
            eventId);
        if (id <= 0)
            return std::nullopt;
        auto record = ItnProcessor::record(ledger(), id);
        return record ? std::optional<NotificationRecord>(*record) : std::nullopt;
    }

    /// Delivers a signed event and waits until it has left 'pending'; the HTTP status (-1: never processed).
    int deliverAndWait(const QByteArray& body)
    {
        const int status = m_stripe.deliverSigned(webhookUrl(), body);
        if (status != 200)
            return status;
        const QString id = QJsonDocument::fromJson(body).object().value(QStringLiteral("id")).toString();
        const bool done = QTest::qWaitFor(
            [&] {
                const auto n = notification(id);
                return n && n->processing != QLatin1String("pending");
            },
            10000);
        return done ? status : -1;
    }

private:
    StripeSimulator m_stripe;
    Invoice m_invoice;
    std::unique_ptr<Listener> m_listener;
    quint16 m_port = 0;
};

QJsonArray stripeVectors()
{
    QFile file(QStringLiteral(IMALI_SHARED_DIR "/stripe-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("vectors")).toArray();
}

QProcessEnvironment cliEnv(const StripeBooks& books)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMALI_KEY_FILE"), books.keyFile());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), books.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), books.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("IMALI_DATABASE_URL"));
    env.remove(QStringLiteral("ENABLE_STRIPE"));
    return env;
}

/// Runs imalictl while this thread's event loop keeps turning, so the in-process simulator can answer it.
testcli::CliRun runWhileServing(const QStringList& arguments, const QProcessEnvironment& env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(testcli::imalictlPath(), arguments);
    testcli::CliRun run;
    if (!process.waitForStarted(30000))
        return run;
    if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 120000)) {
        process.kill();
        process.waitForFinished(5000);
        run.err = QStringLiteral("imalictl timed out");
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

/// What a form holds for \a key ("" when absent).
QString formValue(const FormFields& form, const QString& key)
{
    for (const auto& [k, v] : form)
        if (k == key)
            return v;
    return {};
}

} // namespace

class tst_Stripe : public QObject
{
    Q_OBJECT

private slots:
    void signatureVectors_data();
    void signatureVectors();
    void signatureEdges_data();
    void signatureEdges();
    void checkoutCreatesSession_data();
    void checkoutCreatesSession();
    void checkoutFromImalictl_data();
    void checkoutFromImalictl();
    void paidOnceWhateverEventsArrive_data();
    void paidOnceWhateverEventsArrive();
    void refusedEventsChangeNothing_data();
    void refusedEventsChangeNothing();
    void mismatchIsBookedUnallocated_data();
    void mismatchIsBookedUnallocated();
    void refundsBookOncePerRefundId_data();
    void refundsBookOncePerRefundId();
    void stripeOffIsUnreachable_data();
    void stripeOffIsUnreachable();
    void serveTakesStripeOnlyWhenOn_data();
    void serveTakesStripeOnlyWhenOn();
    void storedEventIsBookedAfterRestart_data();
    void storedEventIsBookedAfterRestart();
};

// ---- 1. Stripe-Signature, as Stripe checks it ------------------------------------------------------------

void tst_Stripe::signatureVectors_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("tolerance");
    QTest::addColumn<bool>("accepts");
    QTest::addColumn<QByteArray>("expectedHmac");
    QTest::addColumn<QByteArray>("signedPayload");
    QTest::addColumn<QString>("signingSecret");
    const QJsonArray vectors = stripeVectors();
    QVERIFY2(vectors.size() >= 7, "../shared/stripe-vectors.json is missing or short");
    for (const QJsonValue& v : vectors) {
        const QJsonObject o = v.toObject();
        QTest::newRow(qPrintable(o.value(QStringLiteral("id")).toString() + QStringLiteral(": ")
                                 + o.value(QStringLiteral("description")).toString()))
            << o.value(QStringLiteral("header")).toString().toUtf8()
            << o.value(QStringLiteral("payload")).toString().toUtf8()
            << o.value(QStringLiteral("secret")).toString() << o.value(QStringLiteral("now")).toInteger()
            << o.value(QStringLiteral("tolerance_seconds")).toInteger()
            << o.value(QStringLiteral("constructEvent_accepts")).toBool()
            << o.value(QStringLiteral("expected_v1_hmac_sha256_hex")).toString().toLatin1()
            << o.value(QStringLiteral("signed_payload")).toString().toUtf8()
            << o.value(QStringLiteral("signing_secret_used")).toString();
    }
}

void tst_Stripe::signatureVectors()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, payload);
    QFETCH(QString, secret);
    QFETCH(qint64, now);
    QFETCH(qint64, tolerance);
    QFETCH(bool, accepts);
    QFETCH(QByteArray, expectedHmac);
    QFETCH(QByteArray, signedPayload);
    QFETCH(QString, signingSecret);
    const StripeSignatureCheck check = StripeSignature::verify(header, payload, secret, now, tolerance);
    QCOMPARE_EQ(check == StripeSignatureCheck::Valid, accepts);
    // What was signed gives the vector's HMAC: the message is "<t>." + the raw bytes.
    const qsizetype dot = signedPayload.indexOf('.');
    QCOMPARE_EQ(StripeSignature::sign(signedPayload.mid(dot + 1), signingSecret,
                                      signedPayload.left(dot).toLongLong()),
                expectedHmac);
}

void tst_Stripe::signatureEdges_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<int>("expected");
    const QByteArray body = QByteArrayLiteral("{\"id\":\"evt_1\"}");
    const QByteArray good = StripeSignature::sign(body, WebhookSecret, 1735689600);
    using C = StripeSignatureCheck;
    QTest::newRow("a fresh, valid header passes")
        << QByteArray("t=1735689600,v1=" + good) << qint64(1735689600) << int(C::Valid);
    QTest::newRow("the v1 first and t last still parses")
        << QByteArray("v1=" + good + ",t=1735689600") << qint64(1735689600) << int(C::Valid);
    QTest::newRow("a v0 signature alone is not the scheme")
        << QByteArray("t=1735689600,v0=" + good) << qint64(1735689600) << int(C::Malformed);
    QTest::newRow("no timestamp is malformed")
        << QByteArray("v1=" + good) << qint64(1735689600) << int(C::Malformed);
    QTest::newRow("an empty header is malformed") << QByteArray() << qint64(1735689600) << int(C::Malformed);
    QTest::newRow("a signature in upper-case hex does not match")
        << QByteArray("t=1735689600,v1=" + good.toUpper()) << qint64(1735689600) << int(C::NoMatch);
    QTest::newRow("another timestamp than the one signed does not match")
        << QByteArray("t=1735689601,v1=" + good) << qint64(1735689601) << int(C::NoMatch);
    QTest::newRow("a valid signature an hour old is expired")
        << QByteArray("t=1735689600,v1=" + good) << qint64(1735693200) << int(C::Expired);
}

void tst_Stripe::signatureEdges()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, now);
    QFETCH(int, expected);
    QCOMPARE_EQ(
        int(StripeSignature::verify(header, QByteArrayLiteral("{\"id\":\"evt_1\"}"), WebhookSecret, now)),
        expected);
}

// ---- 2. Checkout: a Checkout Session through Stripe's API ------------------------------------------------

void tst_Stripe::checkoutCreatesSession_data()
{
    testdb::addBackendRows();
}

void tst_Stripe::checkoutCreatesSession()
{
    QFETCH(QString, backend);
    StripeBooks books(backend);
    const QString prepared = books.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));

    // Through the one door the console uses, configured as a user would.
    ScopedEnv env;
    env.set("ENABLE_STRIPE", QStringLiteral("true"));
    env.set("STRIPE_SECRET_KEY", SecretKey);
    env.set("STRIPE_API_URL", books.stripe().apiUrl());
    env.set("IMALI_PUBLIC_URL", PublicUrl);
    const Config config(QString {});
    QVERIFY(ProviderCheckouts::isStripeEnabled(config));
    QCOMPARE_EQ(ProviderCheckouts::enabledProviders(config),
                (QStringList {QStringLiteral("payfast"), QStringLiteral("stripe")}));
    auto request = ProviderCheckouts(books.ledger(), config)
                       .requestPayment(books.madeInvoice().number, QStringLiteral("stripe"));
    QVERIFY_OK(request);

    QCOMPARE_EQ(books.stripe().createCalls(), 1);
    const StripeSimulator::Session session = books.stripe().sessions().value(0);
    QCOMPARE_EQ(request->sessionId, session.id);
    QCOMPARE_EQ(request->url, session.url);
    QCOMPARE_EQ(books.stripe().authorizations().value(0), QByteArray("Bearer " + SecretKey.toUtf8()));
    QVERIFY(books.stripe().contentTypes().value(0).startsWith("application/x-www-form-urlencoded"));
    const FormFields form = books.stripe().forms().value(0);
    QCOMPARE_EQ(formValue(form, QStringLiteral("mode")), QStringLiteral("payment"));
    QCOMPARE_EQ(formValue(form, QStringLiteral("line_items[0][price_data][unit_amount]")),
                QStringLiteral("115000"));
    QCOMPARE_EQ(formValue(form, QStringLiteral("line_items[0][price_data][currency]")),
                QStringLiteral("zar"));
    QCOMPARE_EQ(formValue(form, QStringLiteral("client_reference_id")), request->checkout.mPaymentId);
    QCOMPARE_EQ(session.metadata.value(QStringLiteral("invoice_id")),
                QString::number(books.madeInvoice().id));
    QCOMPARE_EQ(session.metadata.value(QStringLiteral("invoice_number")), books.madeInvoice().number);
    QCOMPARE_EQ(session.metadata.value(QStringLiteral("checkout_id")), QString::number(request->checkout.id));
    QCOMPARE_EQ(session.intentMetadata.value(QStringLiteral("m_payment_id")), request->checkout.mPaymentId);
    QCOMPARE_EQ(session.successUrl, PublicUrl + QStringLiteral("/pay/") + request->checkout.linkToken);
    QCOMPARE_EQ(session.customerEmail, QStringLiteral("thandi@example.co.za"));

    // Stored as a pending Stripe checkout with its session; the payment link never signs a PayFast form for
    // it.
    QCOMPARE_EQ(books.text(QStringLiteral("SELECT provider || ' ' || status || ' ' || provider_session_id "
                                          "FROM checkouts WHERE m_payment_id = :t"),
                           request->checkout.mPaymentId),
                QStringLiteral("stripe pending ") + session.id);
    PayFastSettings payfast;
    payfast.merchantId = QStringLiteral("10000100");
    payfast.merchantKey = QStringLiteral("46f0cd694581a");
    payfast.notifyUrl = PublicUrl + QStringLiteral("/api/payments/itn");
    auto link = Checkouts(books.ledger(), PayFastProvider(payfast)).openLink(request->checkout.linkToken);
    QVERIFY_OK(link);
    QCOMPARE_EQ(int(link->state), int(LinkState::Hosted));
    QVERIFY(link->form.fields.isEmpty());

    // Stripe refusing (402) marks that checkout failed and says why; a wrong key is named without the key.
    books.stripe().failNext(402);
    auto refused = ProviderCheckouts(books.ledger(), config)
                       .requestPayment(books.madeInvoice().number, QStringLiteral("stripe"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("50 cents")),
             qPrintable(refused.error().message));
    QCOMPARE_EQ(books.scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM checkouts WHERE provider = 'stripe' AND status = 'failed'")),
                1);
    env.set("STRIPE_SECRET_KEY", QStringLiteral("sk_test_WrongKey9876543210abcdWXYZ"));
    const Config wrongKey(QString {});
    auto unauthorised = ProviderCheckouts(books.ledger(), wrongKey)
                            .requestPayment(books.madeInvoice().number, QStringLiteral("stripe"));
    QVERIFY(!unauthorised);
    QVERIFY2(unauthorised.error().message.contains(QLatin1String("STRIPE_SECRET_KEY")),
             qPrintable(unauthorised.error().message));
    QVERIFY(!unauthorised.error().message.contains(QLatin1String("WXYZ")));
    QCOMPARE_EQ(books.invoice().status, InvoiceStatus::Open);
}

void tst_Stripe::checkoutFromImalictl_data()
{
    testdb::addBackendRows();
}

void tst_Stripe::checkoutFromImalictl()
{
    QFETCH(QString, backend);
    StripeBooks books(backend);
    const QString prepared = books.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString number = books.madeInvoice().number;
    books.close(); // imalictl opens the ledger itself

    QProcessEnvironment env = cliEnv(books);
    env.insert(QStringLiteral("ENABLE_STRIPE"), QStringLiteral("true"));
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), SecretKey);
    env.insert(QStringLiteral("STRIPE_API_URL"), books.stripe().apiUrl());
    env.insert(QStringLiteral("IMALI_PUBLIC_URL"), PublicUrl);
    const QStringList checkout {QStringLiteral("checkout"),
                                number,
                                QStringLiteral("--provider"),
                                QStringLiteral("stripe"),
                                QStringLiteral("--json"),
                                QStringLiteral("--db"),
                                books.url()};
    const testcli::CliRun run = runWhileServing(checkout, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const StripeSimulator::Session session = books.stripe().sessions().value(0);
    QCOMPARE_EQ(json.value(QStringLiteral("session_id")).toString(), session.id);
    QCOMPARE_EQ(json.value(QStringLiteral("url")).toString(), session.url);
    QVERIFY(!run.out.contains(SecretKey) && !run.err.contains(SecretKey));

    // A refused key: exit 1, the error names the setting and never the key.
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), QStringLiteral("sk_test_NotTheRightOne000000000000QRST"));
    const testcli::CliRun refused = runWhileServing(checkout, env);
    QCOMPARE_EQ(refused.exitCode, 2);
    QVERIFY2(refused.err.contains(QLatin1String("STRIPE_SECRET_KEY")), qPrintable(refused.err));
    QVERIFY(!refused.err.contains(QLatin1String("QRST")) && !refused.out.contains(QLatin1String("QRST")));

    // A live key on a sandbox ledger is refused before Stripe is called.
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), QStringLiteral("sk_live_51Imali0Live"));
    const int callsBefore = books.stripe().createCalls();
    const testcli::CliRun live = runWhileServing(checkout, env);
    QCOMPARE_EQ(live.exitCode, 2);
    QVERIFY2(live.err.contains(QLatin1String("test key")), qPrintable(live.err));
    QCOMPARE_EQ(books.stripe().createCalls(), callsBefore);
}

// ---- 3. Webhook: one payment, many events, booked once ---------------------------------------------------

void tst_Stripe::paidOnceWhateverEventsArrive_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("events");
    const QList<QPair<const char*, QStringList>> orders {
        {"session completed, then payment_intent.succeeded",
         {QStringLiteral("completed"), QStringLiteral("intent")}},
        {"payment_intent.succeeded first, then the session",
         {QStringLiteral("intent"), QStringLiteral("completed")}},
        {"the same completed event redelivered three times",
         {QStringLiteral("completed"), QStringLiteral("same"), QStringLiteral("same")}},
        {"unpaid (delayed method), async success, then the intent",
         {QStringLiteral("unpaid"), QStringLiteral("async"), QStringLiteral("intent"),
          QStringLiteral("completed")}},
    };
    for (const QString& b : testdb::backends())
        for (const auto& [name, events] : orders)
            QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QLatin1String(name)))) << b << events;
}

void tst_Stripe::paidOnceWhateverEventsArrive()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, events);
    StripeBooks books(backend);
    const QString prepared = books.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString started = books.startListener(true);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    auto request = books.requestStripePayment();
    QVERIFY_OK(request);
    const StripeSimulator::Session session = books.stripe().session(request->sessionId);

    QByteArray last;
    int distinct = 0;
    for (const QString& kind : events) {
        QByteArray body;
        if (kind == QLatin1String("completed"))
            body = StripeSimulator::sessionEvent(session);
        else if (kind == QLatin1String("intent"))
            body = StripeSimulator::intentSucceeded(session);
        else if (kind == QLatin1String("unpaid"))
            body = StripeSimulator::sessionEvent(session, QStringLiteral("checkout.session.completed"),
                                                 QStringLiteral("unpaid"));
        else if (kind == QLatin1String("async"))
            body = StripeSimulator::sessionEvent(session,
                                                 QStringLiteral("checkout.session.async_payment_succeeded"));
        else
            body = last; // Stripe redelivers the very same event (same evt_ id), re-signed
        if (kind != QLatin1String("same"))
            ++distinct;
        last = body;
        QCOMPARE_EQ(books.deliverAndWait(body), 200);
    }

    const Invoice invoice = books.invoice();
    QCOMPARE_EQ(invoice.status, InvoiceStatus::Paid);
    QCOMPARE_EQ(invoice.amountPaid.toString(), QStringLiteral("1150.00"));
    QCOMPARE_EQ(invoice.balance().toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE provider = 'stripe'")),
                1);
    QCOMPARE_EQ(books.text(QStringLiteral("SELECT status || ' ' || gross || ' ' || environment FROM "
                                          "transactions WHERE provider = 'stripe' "
                                          "AND provider_id = :t"),
                           session.paymentIntent),
                QStringLiteral("complete 115000 sandbox"));
    QCOMPARE_EQ(books.text(QStringLiteral("SELECT status FROM checkouts WHERE m_payment_id = :t"),
                           request->checkout.mPaymentId),
                QStringLiteral("paid"));
    // Every distinct event is in the notification log, kept durably; redeliveries are not stored twice.
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE provider = 'stripe'")),
                distinct);
    QCOMPARE_EQ(
        books.scalar(QStringLiteral(
            "SELECT COUNT(*) FROM notifications WHERE provider = 'stripe' AND processing <> 'processed'")),
        0);
    auto verified = books.ledger().audit().verify(books.ledger().anchor().read());
    QVERIFY_OK(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
}

// ---- 4. Tampered, stale and foreign events change nothing -------------------------------------------------

void tst_Stripe::refusedEventsChangeNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<int>("status");
    const QList<std::tuple<const char*, const char*, int>> rows {
        {"an amount changed after signing", "tampered", 400},
        {"a valid signature 301 s old", "stale", 400},
        {"signed with another endpoint's secret", "other-secret", 400},
        {"a space after the comma in the header", "space", 400},
        {"no Stripe-Signature header", "unsigned", 400},
        {"a validly signed live event for a sandbox ledger", "live", 400},
        {"a validly signed body that is not an event", "not-event", 400},
        {"form-encoded instead of JSON", "form", 415},
    };
    for (const QString& b : testdb::backends())
        for (const auto& [name, kind, status] : rows)
            QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QLatin1String(name))))
                << b << QString::fromLatin1(kind) << status;
}

void tst_Stripe::refusedEventsChangeNothing()
{
    QFETCH(QString, backend);
    QFETCH(QString, kind);
    QFETCH(int, status);
    StripeBooks books(backend);
    const QString prepared = books.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString started = books.startListener(true);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    auto request = books.requestStripePayment();
    QVERIFY_OK(request);
    const StripeSimulator::Session session = books.stripe().session(request->sessionId);
    StripeSimulator& stripe = books.stripe();

    QByteArray body = StripeSimulator::sessionEvent(session);
    QByteArray header = stripe.signatureHeader(body);
    QByteArray contentType = QByteArrayLiteral("application/json");
    if (kind == QLatin1String("tampered"))
        body.replace("\"amount_total\":115000", "\"amount_total\":11500");
    else if (kind == QLatin1String("stale"))
        header = stripe.signatureHeader(body, QDateTime::currentSecsSinceEpoch() - 301);
    else if (kind == QLatin1String("other-secret"))
        header = stripe.signatureHeader(body, -1, QStringLiteral("whsec_someone_else_entirely"));
    else if (kind == QLatin1String("space"))
        header.replace(",v1=", ", v1=");
    else if (kind == QLatin1String("unsigned"))
        header = QByteArray();
    else if (kind == QLatin1String("live")) {
        body = StripeSimulator::sessionEvent(session, QStringLiteral("checkout.session.completed"),
                                             QStringLiteral("paid"), -1, QStringLiteral("zar"), true);
        header = stripe.signatureHeader(body);
    } else if (kind == QLatin1String("not-event")) {
        body = QByteArrayLiteral("{\"object\":\"event\",\"note\":\"no id, type or data\"}");
        header = stripe.signatureHeader(body);
    } else if (kind == QLatin1String("form")) {
        contentType = QByteArrayLiteral("application/x-www-form-urlencoded");
    }
    QCOMPARE_EQ(stripe.deliver(books.webhookUrl(), body, header, contentType), status);

    // Give a wrongly accepted event every chance to be booked before looking.
    QTest::qWait(300);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), 0);
    QCOMPARE_EQ(books.invoice().status, InvoiceStatus::Open);
    QCOMPARE_EQ(books.text(QStringLiteral("SELECT status FROM checkouts WHERE m_payment_id = :t"),
                           request->checkout.mPaymentId),
                QStringLiteral("pending"));

    // The genuine event still pays the invoice afterwards.
    QCOMPARE_EQ(books.deliverAndWait(StripeSimulator::sessionEvent(session)), 200);
    QCOMPARE_EQ(books.invoice().status, InvoiceStatus::Paid);
}

// ---- 5. Amount or currency that does not match: unallocated, as with PayFast ------------------------------

void tst_Stripe::mismatchIsBookedUnallocated_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("reason");
    for (const QString& b : testdb::backends()) {
        QTest::newRow(qPrintable(QStringLiteral("on %1: R 1,000.00 paid on R 1,150.00 is underpaid").arg(b)))
            << b << qint64(100000) << QStringLiteral("zar") << QStringLiteral("underpaid");
        QTest::newRow(qPrintable(QStringLiteral("on %1: R 1,200.00 paid on R 1,150.00 is overpaid").arg(b)))
            << b << qint64(120000) << QStringLiteral("zar") << QStringLiteral("overpaid");
        QTest::newRow(qPrintable(QStringLiteral("on %1: the right number in dollars is not ZAR").arg(b)))
            << b << qint64(115000) << QStringLiteral("usd") << QStringLiteral("USD");
    }
}

void tst_Stripe::mismatchIsBookedUnallocated()
{
    QFETCH(QString, backend);
    QFETCH(qint64, amount);
    QFETCH(QString, currency);
    QFETCH(QString, reason);
    StripeBooks books(backend);
    const QString prepared = books.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString started = books.startListener(true);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    auto request = books.requestStripePayment();
    QVERIFY_OK(request);
    const StripeSimulator::Session session = books.stripe().session(request->sessionId);

    QCOMPARE_EQ(
        books.deliverAndWait(StripeSimulator::sessionEvent(
            session, QStringLiteral("checkout.session.completed"), QStringLiteral("paid"), amount, currency)),
        200);
    QCOMPARE_EQ(books.deliverAndWait(StripeSimulator::intentSucceeded(session, amount, currency)), 200);
    QCOMPARE_EQ(books.invoice().status, InvoiceStatus::Open);
    QCOMPARE_EQ(books.invoice().amountPaid.toString(), QStringLiteral("0.00"));
    auto exceptions = PaymentBooking(books.ledger()).exceptions();
    QVERIFY_OK(exceptions);
    QCOMPARE_EQ(exceptions->size(), 1);
    QCOMPARE_EQ(exceptions->value(0).provider, QStringLiteral("stripe"));
    QCOMPARE_EQ(exceptions->value(0).providerId, session.paymentIntent);
    QCOMPARE_EQ(exceptions->value(0).gross.cents(), amount);
    QVERIFY2(exceptions->value(0).unallocatedReason.contains(reason),
             qPrintable(exceptions->value(0).unallocatedReason));
}

// ---- 6. Refunds: charge.refunded, keyed on the refund id
// ---------------------------------------------------

void tst_Stripe::refundsBookOncePerRefundId_data()
{
    testdb::addBackendRows();
}

void tst_Stripe::refundsBookOncePerRefundId()
{
    QFETCH(QString, backend);
    StripeBooks books(backend);
    const QString prepared = books.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString started = books.startListener(true);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    auto request = books.requestStripePayment();
    QVERIFY_OK(request);
    const StripeSimulator::Session session = books.stripe().session(request->sessionId);
    const StripeSimulator::Refund first {StripeSimulator::newId("re_"), 20000};
    const StripeSimulator::Refund second {StripeSimulator::newId("re_"), 95000};

    // Events may arrive out of order: a refund before its payment waits (stored, retried) until the payment
    // is booked.
    const QByteArray early = StripeSimulator::chargeRefunded(session, {first});
    const QString earlyId = QJsonDocument::fromJson(early).object().value(QStringLiteral("id")).toString();
    QCOMPARE_EQ(books.stripe().deliverSigned(books.webhookUrl(), early), 200);
    QVERIFY(QTest::qWaitFor(
        [&] {
            const auto n = books.notification(earlyId);
            return n && n->attempts >= 1;
        },
        10000));
    QCOMPARE_EQ(books.notification(earlyId)->processing, QStringLiteral("pending"));
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), 0);

    QCOMPARE_EQ(books.deliverAndWait(StripeSimulator::sessionEvent(session)), 200);
    QCOMPARE_EQ(books.invoice().status, InvoiceStatus::Paid);
    // The retry (5 s after the first try) books the refund.
    QVERIFY(QTest::qWaitFor(
        [&] { return books.notification(earlyId)->processing == QLatin1String("processed"); }, 15000));
    Invoice invoice = books.invoice();
    QCOMPARE_EQ(invoice.status, InvoiceStatus::PartiallyRefunded);
    QCOMPARE_EQ(invoice.amountRefunded.toString(), QStringLiteral("200.00"));
    QCOMPARE_EQ(invoice.amountCredited.toString(), QStringLiteral("200.00"));

    // The next charge.refunded lists both refunds: the first is not booked again.
    QCOMPARE_EQ(books.deliverAndWait(StripeSimulator::chargeRefunded(session, {first, second})), 200);
    invoice = books.invoice();
    QCOMPARE_EQ(invoice.status, InvoiceStatus::Refunded);
    QCOMPARE_EQ(invoice.amountRefunded.toString(), QStringLiteral("1150.00"));
    QCOMPARE_EQ(invoice.balance().toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(books.scalar(QStringLiteral(
                    "SELECT COUNT(*) FROM transactions WHERE kind = 'refund' AND provider = 'stripe'")),
                2);
    QCOMPARE_EQ(books.scalar(QStringLiteral(
                                 "SELECT gross FROM transactions WHERE kind = 'refund' AND provider_id = :t"),
                             first.id),
                20000);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM credit_notes")), 2);

    // A refund beyond what was paid is never booked; it is flagged for a person.
    const StripeSimulator::Refund tooMuch {StripeSimulator::newId("re_"), 100};
    const QByteArray extra = StripeSimulator::chargeRefunded(session, {first, second, tooMuch});
    QCOMPARE_EQ(books.deliverAndWait(extra), 200);
    const auto flagged =
        books.notification(QJsonDocument::fromJson(extra).object().value(QStringLiteral("id")).toString());
    QVERIFY(flagged.has_value());
    QCOMPARE_EQ(flagged->processing, QStringLiteral("flagged"));
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE kind = 'refund'")), 2);
    QCOMPARE_EQ(books.invoice().amountRefunded.toString(), QStringLiteral("1150.00"));
    auto verified = books.ledger().audit().verify(books.ledger().anchor().read());
    QVERIFY_OK(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
}

// ---- 7. Stripe off: nothing of it is reachable ------------------------------------------------------------

void tst_Stripe::stripeOffIsUnreachable_data()
{
    testdb::addBackendRows();
}

void tst_Stripe::stripeOffIsUnreachable()
{
    QFETCH(QString, backend);
    StripeBooks books(backend);
    const QString prepared = books.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    const QString started = books.startListener(false);
    QVERIFY2(started.isEmpty(), qPrintable(started));

    // A perfectly signed event finds no route.
    StripeSimulator::Session made;
    made.id = QStringLiteral("cs_test_x");
    made.paymentIntent = QStringLiteral("pi_x");
    made.amount = 115000;
    made.clientReferenceId = QStringLiteral("INV-000001-0000000000");
    QCOMPARE_EQ(books.stripe().deliverSigned(books.webhookUrl(), StripeSimulator::sessionEvent(made)), 404);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications")), 0);

    // The core says Stripe is off, and refuses a Stripe checkout without calling Stripe.
    ScopedEnv env;
    env.set("ENABLE_STRIPE", QStringLiteral("false"));
    env.set("STRIPE_SECRET_KEY", SecretKey);
    env.set("STRIPE_API_URL", books.stripe().apiUrl());
    const Config config(QString {});
    QVERIFY(!ProviderCheckouts::isStripeEnabled(config));
    QCOMPARE_EQ(ProviderCheckouts::enabledProviders(config), QStringList {QStringLiteral("payfast")});
    auto refused = ProviderCheckouts(books.ledger(), config)
                       .requestPayment(books.madeInvoice().number, QStringLiteral("stripe"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("ENABLE_STRIPE")),
             qPrintable(refused.error().message));

    // And so does imalictl, with Stripe simply not mentioned in the environment.
    const QString number = books.madeInvoice().number;
    QProcessEnvironment cli = cliEnv(books);
    cli.insert(QStringLiteral("STRIPE_SECRET_KEY"), SecretKey);
    cli.insert(QStringLiteral("STRIPE_API_URL"), books.stripe().apiUrl());
    const testcli::CliRun run =
        runWhileServing({QStringLiteral("checkout"), number, QStringLiteral("--provider"),
                         QStringLiteral("stripe"), QStringLiteral("--db"), books.url()},
                        cli);
    QCOMPARE_EQ(run.exitCode, 2);
    QVERIFY2(run.err.contains(QLatin1String("ENABLE_STRIPE")), qPrintable(run.err));
    QCOMPARE_EQ(books.stripe().createCalls(), 0);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM checkouts")), 0);
}

// ---- 8. imalictl serve: the webhook route with Stripe on, none with it off --------------------------------

void tst_Stripe::serveTakesStripeOnlyWhenOn_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("enable");
    QTest::addColumn<QString>("webhookSecret");
    QTest::addColumn<int>("status"); // the webhook's answer; 0: serve refuses to start
    for (const QString& b : testdb::backends()) {
        QTest::newRow(qPrintable(QStringLiteral("on %1: Stripe on answers a signed event 200").arg(b)))
            << b << QStringLiteral("true") << WebhookSecret << 200;
        QTest::newRow(qPrintable(QStringLiteral("on %1: Stripe off (the default) has no such route").arg(b)))
            << b << QString() << WebhookSecret << 404;
        QTest::newRow(
            qPrintable(QStringLiteral("on %1: Stripe on without its signing secret does not start").arg(b)))
            << b << QStringLiteral("true") << QString() << 0;
    }
}

void tst_Stripe::serveTakesStripeOnlyWhenOn()
{
    QFETCH(QString, backend);
    QFETCH(QString, enable);
    QFETCH(QString, webhookSecret);
    QFETCH(int, status);
    StripeBooks books(backend);
    const QString prepared = books.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    books.close();

    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QProcessEnvironment env = cliEnv(books);
    env.insert(QStringLiteral("IMALI_ITN_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(port));
    if (!enable.isEmpty())
        env.insert(QStringLiteral("ENABLE_STRIPE"), enable);
    if (!webhookSecret.isEmpty())
        env.insert(QStringLiteral("STRIPE_WEBHOOK_SECRET"), webhookSecret);
    QProcess serve;
    serve.setProcessEnvironment(env);
    serve.start(testcli::imalictlPath(), {QStringLiteral("serve"), QStringLiteral("--db"), books.url()});
    QVERIFY(serve.waitForStarted());
    if (status == 0) {
        QVERIFY(serve.waitForFinished(30000));
        QCOMPARE_EQ(serve.exitCode(), 2);
        QVERIFY(serve.readAllStandardError().contains("STRIPE_WEBHOOK_SECRET"));
        return;
    }
    QByteArray said;
    QTRY_VERIFY_WITH_TIMEOUT((said += serve.readAllStandardError()).contains("Listening for PayFast ITNs"),
                             20000);
    QCOMPARE_EQ(said.contains("and Stripe events"), status == 200);
    // An event type imali does not book: stored and logged, nothing else.
    const QByteArray body =
        StripeSimulator::event(QStringLiteral("customer.created"),
                               QJsonObject {{QStringLiteral("id"), QStringLiteral("cus_1")},
                                            {QStringLiteral("object"), QStringLiteral("customer")}});
    const QUrl url(QStringLiteral("http://127.0.0.1:%1/api/payments/stripe/webhook").arg(port));
    QCOMPARE_EQ(books.stripe().deliverSigned(url, body), status);
    serve.terminate();
    QVERIFY(serve.waitForFinished(15000));
    QCOMPARE_EQ(serve.exitCode(), 0);
    QCOMPARE_EQ(books.open(), QString());
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE provider = 'stripe'")),
                status == 200 ? 1 : 0);
}

// ---- 9. Durable like ITNs: an event answered 200 is booked even if processing never ran then
// -----------------

void tst_Stripe::storedEventIsBookedAfterRestart_data()
{
    testdb::addBackendRows();
}

void tst_Stripe::storedEventIsBookedAfterRestart()
{
    QFETCH(QString, backend);
    StripeBooks books(backend);
    const QString prepared = books.prepare();
    QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
    auto request = books.requestStripePayment();
    QVERIFY_OK(request);
    const StripeSimulator::Session session = books.stripe().session(request->sessionId);

    // The door alone, as if the listener died right after its 200: the event is stored (sealed), not booked.
    {
        auto loopback = CidrList::parse(QStringLiteral("127.0.0.1/32"));
        QVERIFY_OK(loopback);
        SenderPolicy senders(*loopback, *loopback);
        NotificationStore store(books.ledger());
        StripeWebhookIntake intake(books.stripeSettings(true), senders, store);
        const QByteArray body = StripeSimulator::sessionEvent(session);
        const ItnAnswer answer = intake.receive({QHostAddress(QHostAddress::LocalHost), QByteArray(),
                                                 QByteArrayLiteral("application/json"),
                                                 books.stripe().signatureHeader(body), body});
        QCOMPARE_EQ(answer.httpStatus, 200);
        QVERIFY(answer.notificationId > 0);
        // The raw body is sealed at rest: the customer's email is not readable in the row.
        QCOMPARE_EQ(
            books.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE processing = 'pending' AND "
                                        "sealed_with LIKE 'customer:%'")),
            1);
    }
    QCOMPARE_EQ(books.invoice().status, InvoiceStatus::Open);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), 0);

    // The next start resumes it.
    const QString started = books.startListener(true);
    QVERIFY2(started.isEmpty(), qPrintable(started));
    QTRY_VERIFY_WITH_TIMEOUT(books.invoice().status == InvoiceStatus::Paid, 10000);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE provider = 'stripe'")),
                1);
}

QTEST_GUILESS_MAIN(tst_Stripe)
#include "tst_stripe.moc"
