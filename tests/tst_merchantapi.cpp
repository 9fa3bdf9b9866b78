// SPDX-License-Identifier: GPL-3.0-or-later
// PayFast's merchant API (issue 9): refunds, saved cards and reconciliation against PayFastApiSimulator.
#include "Checkouts.h"
#include "Clock.h"
#include "Customers.h"
#include "ImalictlRun.h"
#include "Invoices.h"
#include "PayFastApiSimulator.h"
#include "PaymentBooking.h"
#include "Payments.h"
#include "TestLedger.h"
#include "payfast/PayFastApiClient.h"
#include "payfast/PayFastProvider.h"
#include "payfast/PayFastRefunds.h"
#include "payfast/Reconciliation.h"
#include "payfast/SavedCards.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QtTest>

#include <optional>

using namespace imali;

#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));              \
    } while (false)

namespace
{

const QString MerchantId = QStringLiteral("10000100");
const QString Passphrase = QStringLiteral("jt7NOE43FZPn");
const QString CardToken = QStringLiteral("5b2a8c1e-7d4f-4e21-9c3b-2f6a1d0e8b47");

PayFastSettings settingsFor(const QString& apiUrl, Environment environment = Environment::Sandbox)
{
    PayFastSettings s;
    s.environment = environment;
    s.merchantId = MerchantId;
    s.merchantKey = QStringLiteral("46f0cd694581a");
    s.passphrase = Passphrase;
    s.publicUrl = QStringLiteral("https://pay.example.co.za");
    s.notifyUrl = s.publicUrl + QStringLiteral("/api/payments/itn");
    s.processUrl = QStringLiteral("https://sandbox.payfast.co.za/eng/process");
    s.validateUrl = QStringLiteral("https://sandbox.payfast.co.za/eng/query/validate");
    s.apiUrl = apiUrl;
    return s;
}

/// Waits for an asynchronous core call's callback, running the event loop meanwhile.
template<typename T>
std::optional<Result<T>> awaitResult(const std::function<void(std::function<void(Result<T>)>)>& start,
                                     int timeoutMs = 20000)
{
    std::optional<Result<T>> out;
    start([&out](Result<T> r) { out.emplace(std::move(r)); });
    (void)QTest::qWaitFor([&out] { return out.has_value(); }, timeoutMs);
    return out;
}

/// One scratch ledger with what the tests need: invoices, payments booked as PayFast's ITN would book them.
class Books : public testdb::TestLedger
{
public:
    using TestLedger::TestLedger;

    Result<Invoice> openInvoice(const QString& name,
                                const QString& line = QStringLiteral("Consulting;1;1000.00"))
    {
        auto customer = Customers(ledger()).add({name, QStringLiteral("accounts@example.co.za"), {}, {}, {}});
        if (!customer)
            return customer.error();
        NewInvoice input;
        input.customerId = customer->id;
        input.issue = true;
        auto parsed = Invoices::parseLineSpec(line);
        if (!parsed)
            return parsed.error();
        input.lines.append(*parsed);
        return Invoices(ledger()).create(input);
    }

    Result<Checkout> checkout(const Invoice& invoice)
    {
        const PayFastProvider provider(settingsFor(QString()));
        auto created = Checkouts(ledger(), provider).createForInvoice(QString::number(invoice.id), false);
        if (!created)
            return created.error();
        return created->checkout;
    }

    /// Books a COMPLETE for \a invoice's balance as PayFast pf id \a pf; the payment's transaction id.
    Result<qint64> pay(const Invoice& invoice, const QString& pf,
                       std::optional<qint64> feeCents = std::nullopt)
    {
        auto c = checkout(invoice);
        if (!c)
            return c.error();
        ConfirmedPayment p;
        p.providerId = pf;
        p.status = QStringLiteral("COMPLETE");
        p.mPaymentId = c->mPaymentId;
        p.gross = c->amount;
        p.fee = Money::fromCents(feeCents.value_or(PayFastApiSimulator::feeFor(c->amount.cents())));
        p.net = p.gross - p.fee;
        auto booked = PaymentBooking(ledger()).book(p);
        if (!booked)
            return booked.error();
        if (!booked->transactionId)
            return Error::runtime(booked->outcome);
        return *booked->transactionId;
    }

    Invoice invoice(qint64 id)
    {
        auto read = Invoices(ledger()).get(id);
        return read ? *read : Invoice();
    }

    qint64 scalar(const QString& statement)
    {
        Sql q(db(), statement);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    QString transactionStatus(qint64 id)
    {
        auto t = Payments(ledger()).get(id);
        return t ? t->status : t.error().message;
    }

    /// Another desktop's connection to the same ledger.
    Result<std::unique_ptr<Ledger>> secondConnection()
    {
        auto url = DatabaseUrl::parse(this->url());
        if (!url)
            return url.error();
        LedgerLocation location;
        location.url = *url;
        location.configDir = configDir();
        location.connectionName = QStringLiteral("second-desktop");
        auto other = Ledger::open(location, std::make_unique<FileKeyStore>(keyFile()));
        if (!other)
            return other.error();
        if (Status s = (*other)->unlock(); !s)
            return s.error();
        return std::move(other).value();
    }

    bool auditIntact()
    {
        auto verified = ledger().audit().verify(ledger().anchor().read());
        return verified && verified->intact;
    }
};

/// The simulator's copy of a payment the ledger booked.
PayFastApiSimulator::Payment simPayment(const QString& pf, const Invoice& invoice,
                                        std::optional<qint64> fee = std::nullopt)
{
    PayFastApiSimulator::Payment p;
    p.pfPaymentId = pf;
    p.mPaymentId = invoice.number;
    p.gross = invoice.total.cents();
    p.fee = fee.value_or(PayFastApiSimulator::feeFor(invoice.total.cents()));
    p.date = Clock::today();
    return p;
}

QJsonArray apiVectors()
{
    QFile file(QStringLiteral(IMALI_SHARED_DIR "/payfast-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QJsonArray out;
    for (const QJsonValue& v :
         QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("vectors")).toArray())
        if (v.toObject().value(QStringLiteral("kind")).toString() == QLatin1String("api"))
            out.append(v);
    return out;
}

FormFields pairs(const QJsonValue& value)
{
    FormFields out;
    auto text = [](const QJsonValue& v) {
        return v.isDouble() ? QString::number(v.toInteger()) : v.toString();
    };
    if (value.isArray())
        for (const QJsonValue& p : value.toArray())
            out.append({p.toArray().at(0).toString(), text(p.toArray().at(1))});
    else {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it)
            out.append({it.key(), text(it.value())});
    }
    return out;
}

} // namespace

#define OPEN_BOOKS_OR_FAIL(books, backend)                                                                   \
    Books books(backend);                                                                                    \
    do {                                                                                                     \
        const QString openError_ = books.open();                                                             \
        QVERIFY2(openError_.isEmpty(), qPrintable(openError_));                                              \
    } while (false)

#define START_SIM_OR_FAIL(sim)                                                                               \
    PayFastApiSimulator sim(MerchantId, Passphrase);                                                         \
    QVERIFY2(sim.start(), "the PayFast API simulator could not listen on 127.0.0.1")

/**
 * What a merchant does with PayFast's merchant API: refunds in part and in
 * full (never beyond what was paid, also when two are asked at once or a
 * POST times out), PayFast's refusals in words, saved cards added, charged
 * and removed, and reconciliation naming each planted difference; on SQLite
 * and PostgreSQL, in-process and through imalictl.
 */
class tst_MerchantApi : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setFixedNow(QDateTime()); }

    void requestsMatchTheVectors_data();
    void requestsMatchTheVectors();
    void refusalsAreToldInAMerchantsWords();
    void refundInPartThenInFull_data() { testdb::addBackendRows(); }
    void refundInPartThenInFull();
    void twoRefundsAtOnceNeverExceedWhatWasPaid_data() { testdb::addBackendRows(); }
    void twoRefundsAtOnceNeverExceedWhatWasPaid();
    void refundPostThatTimesOutStaysUnknownUntilAQuery_data() { testdb::addBackendRows(); }
    void refundPostThatTimesOutStaysUnknownUntilAQuery();
    void sandboxRefusalIsShownAsItComes_data() { testdb::addBackendRows(); }
    void sandboxRefusalIsShownAsItComes();
    void savedCardIsAddedChargedAndRemoved_data() { testdb::addBackendRows(); }
    void savedCardIsAddedChargedAndRemoved();
    void reconciliationNamesEachPlantedDifference_data() { testdb::addBackendRows(); }
    void reconciliationNamesEachPlantedDifference();
    void imalictlRefundsAndReconciles_data() { testdb::addBackendRows(); }
    void imalictlRefundsAndReconciles();
};

void tst_MerchantApi::requestsMatchTheVectors_data()
{
    QTest::addColumn<QJsonObject>("vector");
    const QJsonArray vectors = apiVectors();
    QVERIFY2(!vectors.isEmpty(), "no API vectors in payfast-vectors.json");
    for (const QJsonValue& v : vectors) {
        const QJsonObject o = v.toObject();
        // We send the documented "+02:00" form; a vector signed with another form is the signer's test.
        const QString timestamp = o.value(QStringLiteral("request_headers"))
                                      .toObject()
                                      .value(QStringLiteral("timestamp"))
                                      .toString();
        if (timestamp.endsWith(QLatin1String("+02:00")))
            QTest::newRow(qPrintable(o.value(QStringLiteral("id")).toString() + QLatin1Char(' ')
                                     + o.value(QStringLiteral("description")).toString()))
                << o;
    }
}

void tst_MerchantApi::requestsMatchTheVectors()
{
    QFETCH(QJsonObject, vector);
    START_SIM_OR_FAIL(sim);
    const QJsonObject expectedHeaders = vector.value(QStringLiteral("request_headers")).toObject();
    Clock::setFixedNow(
        QDateTime::fromString(expectedHeaders.value(QStringLiteral("timestamp")).toString(), Qt::ISODate)
            .toUTC());
    PayFastApiCall call;
    call.verb = vector.value(QStringLiteral("method")).toString().toLatin1();
    call.path = vector.value(QStringLiteral("path")).toString();
    call.query = pairs(vector.value(QStringLiteral("query")));
    call.body = pairs(vector.value(QStringLiteral("body_json")));

    for (Environment env : {Environment::Live, Environment::Sandbox}) {
        const PayFastApiClient client(settingsFor(QStringLiteral("https://api.payfast.co.za"), env));
        QList<QPair<QByteArray, QByteArray>> expected;
        for (const QString& name : {QStringLiteral("merchant-id"), QStringLiteral("version"),
                                    QStringLiteral("timestamp"), QStringLiteral("signature")})
            expected.append({name.toLatin1(), expectedHeaders.value(name).toString().toUtf8()});
        QCOMPARE_EQ(client.headersFor(call), expected);
        QCOMPARE_EQ(
            client.urlFor(call).toString(QUrl::FullyEncoded),
            vector
                .value(env == Environment::Live ? QStringLiteral("url_live") : QStringLiteral("url_sandbox"))
                .toString());
    }
    // Sent for real, the simulator (checking exactly, testing=true left out) accepts the signature.
    PayFastApiClient client(settingsFor(sim.baseUrl()));
    auto reply = awaitResult<PayFastApiReply>(
        [&](auto done) { client.send(call, [done](const PayFastApiReply& r) { done(r); }); });
    QVERIFY(reply && reply->ok());
    QCOMPARE_EQ((*reply)->delivery, PayFastDelivery::Answered);
    QCOMPARE_EQ(sim.badSignatures(), 0);
    QCOMPARE_NE((*reply)->httpStatus, 401);
    QCOMPARE_EQ(sim.requests().size(), 1);
    QCOMPARE_EQ(sim.requests().first().headers.value("signature"),
                expectedHeaders.value(QStringLiteral("signature")).toString().toUtf8());
}

void tst_MerchantApi::refusalsAreToldInAMerchantsWords()
{
    START_SIM_OR_FAIL(sim);
    PayFastApiCall ping;
    ping.path = QStringLiteral("/ping");
    auto ask = [&](PayFastApiClient& client) {
        auto reply = awaitResult<PayFastApiReply>(
            [&](auto done) { client.send(ping, [done](const PayFastApiReply& r) { done(r); }); });
        return reply ? PayFastApiClient::errorFor(**reply, QStringLiteral("ping")).message
                + QStringLiteral(" | ") + QString::number((*reply)->httpStatus)
                     : QStringLiteral("no callback");
    };
    PayFastSettings wrong = settingsFor(sim.baseUrl());
    wrong.passphrase = QStringLiteral("not-the-salt");
    PayFastApiClient wrongClient(wrong);
    const QString badSignature = ask(wrongClient);
    QVERIFY2(badSignature.contains(QStringLiteral("PAYFAST_PASSPHRASE"))
                 && badSignature.endsWith(QStringLiteral("401")),
             qPrintable(badSignature));
    QCOMPARE_EQ(sim.badSignatures(), 1);

    PayFastApiClient client(settingsFor(sim.baseUrl()));
    QVERIFY(sim.setMode(PayFastApiSimulator::Mode::WrongOrigin));
    const QString origin = ask(client);
    QVERIFY2(origin.contains(QStringLiteral("allowed IP addresses")), qPrintable(origin));
    QVERIFY(sim.setMode(PayFastApiSimulator::Mode::RateLimited));
    const QString limited = ask(client);
    QVERIFY2(limited.contains(QStringLiteral("wait a minute")) && limited.endsWith(QStringLiteral("429")),
             qPrintable(limited));
    for (const QString& text : {badSignature, origin, limited}) {
        QVERIFY2(!text.contains(Passphrase) && !text.contains(QStringLiteral("not-the-salt")),
                 "a passphrase was shown");
    }
    // No passphrase: PayFast accepts no API call, so none is made.
    PayFastSettings none = settingsFor(sim.baseUrl());
    none.passphrase.clear();
    PayFastApiClient noneClient(none);
    const int before = static_cast<int>(sim.requests().size());
    QVERIFY2(ask(noneClient).contains(QStringLiteral("needs the passphrase")),
             "no passphrase was not explained");
    QCOMPARE_EQ(static_cast<int>(sim.requests().size()), before);
}

void tst_MerchantApi::refundInPartThenInFull()
{
    QFETCH(QString, backend);
    OPEN_BOOKS_OR_FAIL(books, backend);
    START_SIM_OR_FAIL(sim);
    auto invoice = books.openInvoice(QStringLiteral("Thandi Mokoena"));
    QVERIFY_OK(invoice);
    QCOMPARE_EQ(invoice->total.toString(), QStringLiteral("1150.00"));
    auto paid = books.pay(*invoice, QStringLiteral("1124148"));
    QVERIFY_OK(paid);
    sim.addPayment(simPayment(QStringLiteral("1124148"), *invoice));
    PayFastApiClient api(settingsFor(sim.baseUrl()));
    PayFastRefunds refunds(books.ledger(), api);

    auto quote = awaitResult<RefundQuote>([&](auto done) { refunds.query(*paid, std::move(done)); });
    QVERIFY(quote);
    QVERIFY_OK(*quote);
    QCOMPARE_EQ((*quote)->method, QStringLiteral("PAYMENT_SOURCE"));
    QCOMPARE_EQ((*quote)->refundableInLedger.toString(), QStringLiteral("1150.00"));

    auto part = awaitResult<RefundOutcome>([&](auto done) {
        refunds.create(
            {*paid, QStringLiteral("400.00"), QStringLiteral("One session cancelled"), false, std::nullopt},
            std::move(done));
    });
    QVERIFY(part);
    QVERIFY_OK(*part);
    QCOMPARE_EQ((*part)->refund.status, QStringLiteral("complete"));
    QVERIFY((*part)->creditNote.has_value());
    QCOMPARE_EQ((*part)->creditNote->total.toString(), QStringLiteral("400.00"));
    QCOMPARE_EQ((*part)->creditNote->vat.toString(), QStringLiteral("52.17"));
    Invoice after = books.invoice(invoice->id);
    QCOMPARE_EQ(toString(after.status), QStringLiteral("partially_refunded"));
    QCOMPARE_EQ(after.amountRefunded.toString(), QStringLiteral("400.00"));
    // PayFast got cents, the reason and the buyer-notify choice.
    const auto post = sim.requests().last();
    QCOMPARE_EQ(post.method, QByteArrayLiteral("POST"));
    QCOMPARE_EQ(post.path, QStringLiteral("/refunds/1124148"));
    QCOMPARE_EQ(post.body,
                (FormFields {{QStringLiteral("amount"), QStringLiteral("40000")},
                             {QStringLiteral("reason"), QStringLiteral("One session cancelled")},
                             {QStringLiteral("notify_buyer"), QStringLiteral("0")}}));
    QCOMPARE_EQ(post.query, (FormFields {{QStringLiteral("testing"), QStringLiteral("true")}}));

    auto rest = awaitResult<RefundOutcome>([&](auto done) {
        refunds.create(
            {*paid, QStringLiteral("750.00"), QStringLiteral("Project cancelled"), true, std::nullopt},
            std::move(done));
    });
    QVERIFY(rest);
    QVERIFY_OK(*rest);
    after = books.invoice(invoice->id);
    QCOMPARE_EQ(toString(after.status), QStringLiteral("refunded"));
    QCOMPARE_EQ(after.amountRefunded.toString(), QStringLiteral("1150.00"));
    QCOMPARE_EQ(after.balance().toString(), QStringLiteral("0.00"));

    // Not one cent beyond what was paid: refused before PayFast is asked to move money.
    const int posts = sim.count("POST", QStringLiteral("/refunds/"));
    auto beyond = awaitResult<RefundOutcome>([&](auto done) {
        refunds.create({*paid, QStringLiteral("0.01"), QStringLiteral("One more"), true, std::nullopt},
                       std::move(done));
    });
    QVERIFY(beyond && !(*beyond).ok());
    QVERIFY2((*beyond).error().message.contains(QStringLiteral("more than was paid")),
             qPrintable((*beyond).error().message));
    QCOMPARE_EQ(sim.count("POST", QStringLiteral("/refunds/")), posts);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM credit_notes")), 2);
    QVERIFY(books.auditIntact());
}

void tst_MerchantApi::twoRefundsAtOnceNeverExceedWhatWasPaid()
{
    QFETCH(QString, backend);
    OPEN_BOOKS_OR_FAIL(books, backend);
    START_SIM_OR_FAIL(sim);
    auto invoice = books.openInvoice(QStringLiteral("Sipho Dlamini"));
    QVERIFY_OK(invoice);
    auto paid = books.pay(*invoice, QStringLiteral("2200001"));
    QVERIFY_OK(paid);
    sim.addPayment(simPayment(QStringLiteral("2200001"), *invoice));
    auto second = books.secondConnection();
    QVERIFY_OK(second);
    PayFastApiClient api(settingsFor(sim.baseUrl()));
    PayFastRefunds here(books.ledger(), api);
    PayFastRefunds there(**second, api);
    // Two desktops ask for R 700 each at the same moment; R 1150 was paid.
    std::optional<Result<RefundOutcome>> a;
    std::optional<Result<RefundOutcome>> b;
    here.create({*paid, QStringLiteral("700.00"), QStringLiteral("Refund from desk one"), true, std::nullopt},
                [&a](Result<RefundOutcome> r) { a.emplace(std::move(r)); });
    there.create(
        {*paid, QStringLiteral("700.00"), QStringLiteral("Refund from desk two"), true, std::nullopt},
        [&b](Result<RefundOutcome> r) { b.emplace(std::move(r)); });
    QVERIFY(QTest::qWaitFor([&] { return a && b; }, 20000));
    QCOMPARE_EQ(int(a->ok()) + int(b->ok()), 1);
    const Error& refused = a->ok() ? b->error() : a->error();
    QVERIFY2(refused.message.contains(QStringLiteral("more than was paid")), qPrintable(refused.message));
    QCOMPARE_EQ(sim.count("POST", QStringLiteral("/refunds/")), 1);
    QCOMPARE_EQ(books.scalar(QStringLiteral(
                    "SELECT SUM(gross) FROM transactions WHERE kind = 'refund' AND status <> 'failed'")),
                70000);
    QCOMPARE_EQ(books.invoice(invoice->id).amountRefunded.toString(), QStringLiteral("700.00"));
    second->reset();
}

void tst_MerchantApi::refundPostThatTimesOutStaysUnknownUntilAQuery()
{
    QFETCH(QString, backend);
    OPEN_BOOKS_OR_FAIL(books, backend);
    START_SIM_OR_FAIL(sim);
    auto invoice = books.openInvoice(QStringLiteral("Anele Khumalo"));
    QVERIFY_OK(invoice);
    auto paid = books.pay(*invoice, QStringLiteral("3300001"));
    QVERIFY_OK(paid);
    sim.addPayment(simPayment(QStringLiteral("3300001"), *invoice));
    PayFastApiClient api(settingsFor(sim.baseUrl()));
    api.setTimeoutMs(1000);
    PayFastRefunds refunds(books.ledger(), api);

    QVERIFY(sim.setMode(PayFastApiSimulator::Mode::Silent));
    auto lost = awaitResult<RefundOutcome>([&](auto done) {
        refunds.create(
            {*paid, QStringLiteral("500.00"), QStringLiteral("Damaged in transit"), true, std::nullopt},
            std::move(done));
    });
    QVERIFY(lost && !(*lost).ok());
    QVERIFY2((*lost).error().message.contains(QStringLiteral("unknown")),
             qPrintable((*lost).error().message));
    // Sent once, never again by itself.
    QTest::qWait(1500);
    const auto lines = sim.silentRequestLines();
    QCOMPARE_EQ(std::count_if(lines.cbegin(), lines.cend(),
                              [](const QByteArray& l) { return l.startsWith("POST /refunds/3300001"); }),
                1);
    const qint64 refundId = books.scalar(QStringLiteral("SELECT id FROM transactions WHERE kind = 'refund'"));
    QCOMPARE_EQ(books.transactionStatus(refundId), QStringLiteral("unknown"));
    QCOMPARE_EQ(toString(books.invoice(invoice->id).status), QStringLiteral("paid"));

    // The unknown R 500 still counts: R 700 more would exceed what was paid.
    QVERIFY(sim.setMode(PayFastApiSimulator::Mode::Normal));
    auto more = awaitResult<RefundOutcome>([&](auto done) {
        refunds.create({*paid, QStringLiteral("700.00"), QStringLiteral("Second refund"), true, std::nullopt},
                       std::move(done));
    });
    QVERIFY(more && !(*more).ok());
    QVERIFY2((*more).error().message.contains(QStringLiteral("more than was paid")),
             qPrintable((*more).error().message));

    // PayFast did make it: a query settles it, with its credit note.
    sim.payment(QStringLiteral("3300001"))->refunds.append(50000);
    auto settled =
        awaitResult<Transaction>([&](auto done) { refunds.settleUnknown(refundId, std::move(done)); });
    QVERIFY(settled);
    QVERIFY_OK(*settled);
    QCOMPARE_EQ((*settled)->status, QStringLiteral("complete"));
    const Invoice after = books.invoice(invoice->id);
    QCOMPARE_EQ(toString(after.status), QStringLiteral("partially_refunded"));
    QCOMPARE_EQ(after.amountRefunded.toString(), QStringLiteral("500.00"));
    QCOMPARE_EQ(after.creditNotes.size(), 1);
    QVERIFY(books.auditIntact());
}

void tst_MerchantApi::sandboxRefusalIsShownAsItComes()
{
    QFETCH(QString, backend);
    OPEN_BOOKS_OR_FAIL(books, backend);
    START_SIM_OR_FAIL(sim);
    auto invoice = books.openInvoice(QStringLiteral("Lerato Molefe"));
    QVERIFY_OK(invoice);
    auto paid = books.pay(*invoice, QStringLiteral("4400001"));
    QVERIFY_OK(paid);
    sim.addPayment(simPayment(QStringLiteral("4400001"), *invoice));
    QVERIFY(sim.setMode(PayFastApiSimulator::Mode::RefundsUnavailable));
    PayFastApiClient api(settingsFor(sim.baseUrl()));
    PayFastRefunds refunds(books.ledger(), api);
    auto refused = awaitResult<RefundOutcome>([&](auto done) {
        refunds.create({*paid, QStringLiteral("100.00"), QStringLiteral("Goodwill"), true, std::nullopt},
                       std::move(done));
    });
    QVERIFY(refused && !(*refused).ok());
    QVERIFY2(
        (*refused).error().message.contains(QStringLiteral("\"Refunds are not available in sandbox mode\"")),
        qPrintable((*refused).error().message));
    QCOMPARE_EQ(sim.count("POST", QStringLiteral("/refunds/4400001")), 1); // sent, with testing=true
    QCOMPARE_EQ(sim.requests().last().query,
                (FormFields {{QStringLiteral("testing"), QStringLiteral("true")}}));
    const qint64 refundId = books.scalar(QStringLiteral("SELECT id FROM transactions WHERE kind = 'refund'"));
    QCOMPARE_EQ(books.transactionStatus(refundId), QStringLiteral("failed"));
    const Invoice after = books.invoice(invoice->id);
    QCOMPARE_EQ(toString(after.status), QStringLiteral("paid"));
    QCOMPARE_EQ(after.amountRefunded.toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM credit_notes")), 0);
}

void tst_MerchantApi::savedCardIsAddedChargedAndRemoved()
{
    QFETCH(QString, backend);
    OPEN_BOOKS_OR_FAIL(books, backend);
    START_SIM_OR_FAIL(sim);
    PayFastApiClient api(settingsFor(sim.baseUrl()));
    SavedCards cards(books.ledger(), api);
    auto invoice = books.openInvoice(QStringLiteral("Grace Naidoo"));
    QVERIFY_OK(invoice);

    // Add: a R 0.00 tokenization checkout for the customer; its ITN saves the card.
    auto add = cards.addCheckout(invoice->customerId);
    QVERIFY_OK(add);
    QVERIFY(add->checkout.tokenize);
    QCOMPARE_EQ(add->checkout.amount.toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(add->checkout.customerId.value_or(0), invoice->customerId);
    bool tokenized = false;
    for (const auto& [k, v] : add->form.fields)
        tokenized |= k == QLatin1String("subscription_type") && v == QLatin1String("2");
    QVERIFY(tokenized);
    ConfirmedPayment saved;
    saved.providerId = QStringLiteral("9200001");
    saved.status = QStringLiteral("COMPLETE");
    saved.mPaymentId = add->checkout.mPaymentId;
    saved.token = CardToken;
    auto booked = PaymentBooking(books.ledger()).book(saved);
    QVERIFY_OK(booked);
    QVERIFY2(booked->outcome.contains(QStringLiteral("card saved")), qPrintable(booked->outcome));
    sim.addToken(CardToken);
    auto list = cards.list(invoice->customerId);
    QVERIFY_OK(list);
    QCOMPARE_EQ(list->size(), 1);
    const qint64 cardId = list->first().id;
    QCOMPARE_EQ(list->first().last4, CardToken.right(4));
    QVERIFY(!list->first().masked().contains(CardToken.left(8)));
    QVERIFY_OK(cards.setLabel(cardId, QStringLiteral("Business Visa")));
    auto def = cards.makeDefault(cardId);
    QVERIFY_OK(def);
    QVERIFY(def->isDefault);
    QCOMPARE_EQ(def->label, QStringLiteral("Business Visa"));

    // Charge: one in flight per invoice.
    std::optional<Result<CardCharge>> first;
    std::optional<Result<CardCharge>> again;
    cards.charge(cardId, invoice->number, [&first](Result<CardCharge> r) { first.emplace(std::move(r)); });
    cards.charge(cardId, invoice->number, [&again](Result<CardCharge> r) { again.emplace(std::move(r)); });
    QVERIFY(QTest::qWaitFor([&] { return first && again; }, 20000));
    QVERIFY_OK(*first);
    QVERIFY(!again->ok());
    QVERIFY2(again->error().message.contains(QStringLiteral("in flight")),
             qPrintable(again->error().message));
    QCOMPARE_EQ(sim.count("POST", QStringLiteral("/subscriptions/")), 1);
    const auto adhoc = sim.requests().last();
    QCOMPARE_EQ(adhoc.path, QStringLiteral("/subscriptions/%1/adhoc").arg(CardToken));
    QCOMPARE_EQ(adhoc.body.first(),
                (QPair<QString, QString> {QStringLiteral("amount"), QStringLiteral("115000")}));
    const QString pf = (*first)->pfPaymentId;
    QVERIFY(!pf.isEmpty());
    QCOMPARE_EQ(toString(books.invoice(invoice->id).status), QStringLiteral("open")); // the ITN settles it

    // The ITN that follows books it once, however often it comes.
    ConfirmedPayment itn;
    itn.providerId = pf;
    itn.status = QStringLiteral("COMPLETE");
    itn.mPaymentId = (*first)->checkout.mPaymentId;
    itn.gross = Money::fromCents(115000);
    itn.fee = Money::fromCents(PayFastApiSimulator::feeFor(115000));
    itn.net = itn.gross - itn.fee;
    itn.token = CardToken;
    QVERIFY_OK(PaymentBooking(books.ledger()).book(itn));
    auto duplicate = PaymentBooking(books.ledger()).book(itn);
    QVERIFY_OK(duplicate);
    QVERIFY2(duplicate->outcome.contains(QStringLiteral("duplicate")), qPrintable(duplicate->outcome));
    QCOMPARE_EQ(toString(books.invoice(invoice->id).status), QStringLiteral("paid"));
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), 1);

    // Remove: cancelled at PayFast first.
    auto removed = awaitResult<SavedCard>([&](auto done) { cards.remove(cardId, std::move(done)); });
    QVERIFY(removed);
    QVERIFY_OK(*removed);
    QCOMPARE_EQ((*removed)->status, QStringLiteral("removed"));
    QVERIFY(!sim.tokenActive(CardToken));
    QVERIFY_OK(cards.list(invoice->customerId));
    QCOMPARE_EQ(cards.list(invoice->customerId)->size(), 0);
    QVERIFY(books.auditIntact());
}

void tst_MerchantApi::reconciliationNamesEachPlantedDifference()
{
    QFETCH(QString, backend);
    OPEN_BOOKS_OR_FAIL(books, backend);
    START_SIM_OR_FAIL(sim);
    // Agreeing: booked and at PayFast alike.
    auto agreeing = books.openInvoice(QStringLiteral("Ayanda Zulu"));
    QVERIFY_OK(agreeing);
    QVERIFY_OK(books.pay(*agreeing, QStringLiteral("8000001")));
    sim.addPayment(simPayment(QStringLiteral("8000001"), *agreeing));
    // Unknown to PayFast: in the ledger only.
    auto ledgerOnly = books.openInvoice(QStringLiteral("Bongani Nkosi"));
    QVERIFY_OK(ledgerOnly);
    QVERIFY_OK(books.pay(*ledgerOnly, QStringLiteral("8000002")));
    // Missing from the ledger: PayFast has it, its ITN never came.
    auto missing = books.openInvoice(QStringLiteral("Chloe van Wyk"), QStringLiteral("Design;2;250.00"));
    QVERIFY_OK(missing);
    auto missingCheckout = books.checkout(*missing);
    QVERIFY_OK(missingCheckout);
    PayFastApiSimulator::Payment late = simPayment(QStringLiteral("8000003"), *missing);
    late.mPaymentId = missingCheckout->mPaymentId;
    sim.addPayment(late);
    // Differing fee.
    auto differing = books.openInvoice(QStringLiteral("Dineo Mahlangu"));
    QVERIFY_OK(differing);
    QVERIFY_OK(books.pay(*differing, QStringLiteral("8000004"), 4000));
    sim.addPayment(simPayment(QStringLiteral("8000004"), *differing, 4100));
    // A payout in the history is not a payment.
    PayFastApiSimulator::Payment payout;
    payout.gross = -500000;
    payout.date = Clock::today();
    sim.addOtherRow(payout);

    PayFastApiClient api(settingsFor(sim.baseUrl()));
    Reconciliation reconciliation(books.ledger(), api);
    auto report = awaitResult<ReconciliationReport>([&](auto done) {
        reconciliation.run(Clock::today(), Clock::today(), Reconciliation::Booking::ReportOnly,
                           std::move(done));
    });
    QVERIFY(report);
    QVERIFY_OK(*report);
    QCOMPARE_EQ((*report)->payfastPayments, 3);
    QCOMPARE_EQ((*report)->ledgerPayments, 3);
    QCOMPARE_EQ((*report)->matched, 1);
    QMap<QString, QString> found;
    for (const ReconciliationDifference& d : (*report)->differences)
        found.insert(d.pfPaymentId, toString(d.kind) + QStringLiteral(": ") + d.detail);
    QCOMPARE_EQ(
        found.keys(),
        (QStringList {QStringLiteral("8000002"), QStringLiteral("8000003"), QStringLiteral("8000004")}));
    QVERIFY2(found.value(QStringLiteral("8000002")).startsWith(QStringLiteral("unknown")),
             qPrintable(found.value(QStringLiteral("8000002"))));
    QVERIFY2(found.value(QStringLiteral("8000003")).startsWith(QStringLiteral("missing")),
             qPrintable(found.value(QStringLiteral("8000003"))));
    QVERIFY2(found.value(QStringLiteral("8000004"))
                 .contains(QStringLiteral("fee 41.00 at PayFast, 40.00 in the ledger")),
             qPrintable(found.value(QStringLiteral("8000004"))));
    QCOMPARE_EQ(toString(books.invoice(missing->id).status), QStringLiteral("open"));

    // Booking the missing one lands where its late ITN would: once.
    const auto& missingDiff = *std::find_if(
        (*report)->differences.cbegin(), (*report)->differences.cend(),
        [](const ReconciliationDifference& d) { return d.pfPaymentId == QLatin1String("8000003"); });
    auto booked = reconciliation.bookMissing(*missingDiff.payfast);
    QVERIFY_OK(booked);
    QVERIFY(booked->settledInvoice);
    QCOMPARE_EQ(toString(books.invoice(missing->id).status), QStringLiteral("paid"));
    ConfirmedPayment lateItn;
    lateItn.providerId = QStringLiteral("8000003");
    lateItn.status = QStringLiteral("COMPLETE");
    lateItn.mPaymentId = missingCheckout->mPaymentId;
    lateItn.gross = missing->total;
    lateItn.fee = Money::fromCents(late.fee);
    lateItn.net = lateItn.gross - lateItn.fee;
    auto again = PaymentBooking(books.ledger()).book(lateItn);
    QVERIFY_OK(again);
    QVERIFY2(again->outcome.contains(QStringLiteral("duplicate")), qPrintable(again->outcome));
    QCOMPARE_EQ(
        books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions WHERE provider_id = '8000003'")), 1);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM reconciliation_runs")), 1);

    // Catch-up on start covers the days since the last run and now finds only the planted two.
    auto caught = awaitResult<ReconciliationReport>(
        [&](auto done) { reconciliation.catchUp(Reconciliation::Booking::ReportOnly, std::move(done)); });
    QVERIFY(caught);
    QVERIFY_OK(*caught);
    QCOMPARE_EQ((*caught)->differences.size(), 2);

    // A layout we don't know fails loudly, and nothing is recorded.
    sim.setHistoryOverride(QByteArrayLiteral("Datum,Bedrag,Verwysing\r\n2026-01-02,10.00,x\r\n"));
    auto unknownLayout = awaitResult<ReconciliationReport>([&](auto done) {
        reconciliation.run(Clock::today(), Clock::today(), Reconciliation::Booking::ReportOnly,
                           std::move(done));
    });
    QVERIFY(unknownLayout && !(*unknownLayout).ok());
    QVERIFY2((*unknownLayout).error().message.contains(QStringLiteral("layout")),
             qPrintable((*unknownLayout).error().message));
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM reconciliation_runs")), 2);
}

void tst_MerchantApi::imalictlRefundsAndReconciles()
{
    QFETCH(QString, backend);
    QVERIFY2(QFile::exists(testcli::imalictlPath()), "imalictl was not built");
    OPEN_BOOKS_OR_FAIL(books, backend);
    START_SIM_OR_FAIL(sim);
    auto invoice = books.openInvoice(QStringLiteral("Precious Mthembu"));
    QVERIFY_OK(invoice);
    auto paid = books.pay(*invoice, QStringLiteral("5500001"));
    QVERIFY_OK(paid);
    sim.addPayment(simPayment(QStringLiteral("5500001"), *invoice));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMALI_KEY_FILE"), books.keyFile());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), books.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), books.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("PAYFAST_API_URL"), sim.baseUrl());
    env.insert(QStringLiteral("PAYFAST_PASSPHRASE"), Passphrase);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("IMALI_DATABASE_URL"));
    // The simulator answers only while this thread's event loop runs: wait for imalictl without blocking it.
    auto run = [&](const QStringList& args) {
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(testcli::imalictlPath(), args + QStringList {QStringLiteral("--db"), books.url()});
        testcli::CliRun r;
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000)) {
            process.kill();
            process.waitForFinished(5000);
        }
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    };
    const QString tx = QString::number(*paid);
    const auto part = run({QStringLiteral("refund"), tx, QStringLiteral("--amount"), QStringLiteral("400.00"),
                           QStringLiteral("--reason"), QStringLiteral("One session cancelled"),
                           QStringLiteral("--notify-buyer"), QStringLiteral("no"), QStringLiteral("--json")});
    QVERIFY2(part.exitCode == 0, qPrintable(part.err + part.out));
    const QJsonObject o = QJsonDocument::fromJson(part.out.toUtf8()).object();
    QCOMPARE_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("complete"));
    QCOMPARE_EQ(o.value(QStringLiteral("credit_note")).toObject().value(QStringLiteral("total")).toString(),
                QStringLiteral("400.00"));
    const auto beyond =
        run({QStringLiteral("refund"), tx, QStringLiteral("--amount"), QStringLiteral("800.00"),
             QStringLiteral("--reason"), QStringLiteral("Too much")});
    QCOMPARE_EQ(beyond.exitCode, 2);
    QVERIFY2(beyond.err.contains(QStringLiteral("more than was paid")), qPrintable(beyond.err));
    const auto rest = run({QStringLiteral("refund"), tx, QStringLiteral("--amount"), QStringLiteral("750.00"),
                           QStringLiteral("--reason"), QStringLiteral("Project cancelled")});
    QVERIFY2(rest.exitCode == 0, qPrintable(rest.err + rest.out));
    QCOMPARE_EQ(sim.count("POST", QStringLiteral("/refunds/5500001")), 2);
    QCOMPARE_EQ(toString(books.invoice(invoice->id).status), QStringLiteral("refunded"));

    const QString today = Clock::today().toString(Qt::ISODate);
    const auto reconcile = run({QStringLiteral("reconcile"), QStringLiteral("--from"), today,
                                QStringLiteral("--to"), today, QStringLiteral("--json")});
    QVERIFY2(reconcile.exitCode == 0, qPrintable(reconcile.err + reconcile.out));
    const QJsonObject r = QJsonDocument::fromJson(reconcile.out.toUtf8()).object();
    QCOMPARE_EQ(r.value(QStringLiteral("matched")).toInt(), 1);
    QCOMPARE_EQ(r.value(QStringLiteral("differences")).toArray().size(), 0);
    const auto cards =
        run({QStringLiteral("payment-method"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(cards.exitCode == 0, qPrintable(cards.err + cards.out));
    QCOMPARE_EQ(QJsonDocument::fromJson(cards.out.toUtf8()).array().size(), 0);
    for (const auto& out : {part, beyond, rest, reconcile, cards})
        QVERIFY2(!(out.out + out.err).contains(Passphrase), "the passphrase was printed");
}

QTEST_GUILESS_MAIN(tst_MerchantApi)
#include "tst_merchantapi.moc"
