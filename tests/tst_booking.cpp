// SPDX-License-Identifier: GPL-3.0-or-later
// From PayFast's ITN to money in the books (SPEC §3 payments, §6 the processor), end to end over loopback.
#include "Checkouts.h"
#include "Clock.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"
#include "PayFastSimulator.h"
#include "PaymentBooking.h"
#include "ImalictlRun.h"
#include "TestDatabases.h"
#include "listener/Listener.h"
#include "listener/SenderPolicy.h"
#include "payfast/PayFastProvider.h"
#include "payfast/PayFastSettings.h"
#include "processing/ItnProcessor.h"
#include "security/KeyStore.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>
#include <optional>
#include <utility>

using namespace imali;

Q_DECLARE_METATYPE(PayFastSimulator::Mode)

// A Result that should have succeeded; its message is the failure text when it did not.
#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));              \
    } while (false)

namespace {

QString merchantId()
{
    return QStringLiteral("10000100");
}

QString passphrase()
{
    return QStringLiteral("jt7NOE43FZPn");
}

/// A PayFast subscription token: 36 characters, a secret once it reaches us.
QString cardToken()
{
    return QStringLiteral("5b2a8c1e-7d4f-4e21-9c3b-2f6a1d0e8b47");
}

/// The settings of a sandbox ledger with a public URL, confirming with \a validateUrl.
PayFastSettings payFastSettings(const QUrl& validateUrl)
{
    PayFastSettings s;
    s.environment = Environment::Sandbox;
    s.merchantId = merchantId();
    s.merchantKey = QStringLiteral("46f0cd694581a");
    s.passphrase = passphrase();
    s.publicUrl = QStringLiteral("https://pay.example.co.za");
    s.notifyUrl = s.publicUrl + QStringLiteral("/api/payments/itn");
    s.processUrl = QStringLiteral("https://sandbox.payfast.co.za/eng/process");
    s.validateUrl = validateUrl.toString();
    s.apiUrl = QStringLiteral("https://api.payfast.co.za");
    s.serverConfirmation = true;
    return s;
}

/// The listener as `imalictl serve` would run it for a tunnel: loopback, any port, loopback allowed.
ListenerConfig listenerConfig(const QUrl& validateUrl)
{
    ListenerConfig c;
    c.address = QHostAddress(QHostAddress::LocalHost);
    c.port = 0;
    auto allowed = CidrList::parse(QStringLiteral("127.0.0.1/32"));
    if (!allowed)
        qFatal("the test's sender list does not parse: %s", qPrintable(allowed.error().message));
    c.allowedSources = *allowed;
    c.payfast = payFastSettings(validateUrl);
    return c;
}

/// PayFast's three amounts for \a gross: amount_fee negative, amount_net = gross − fee; and the fee we keep.
struct ItnAmounts {
    QString gross;
    QString fee;
    QString net;
    Money feeKept;
};

ItnAmounts amountsFor(Money gross)
{
    // About what PayFast keeps for a card payment: R 2.00 plus 3.5 %.
    const Money fee = gross.isZero() ? Money() : Money::fromCents(200 + gross.cents() * 35 / 1000);
    return {gross.toString(), fee.isZero() ? QStringLiteral("0.00") : QStringLiteral("-") + fee.toString(),
            (gross - fee).toString(), fee};
}

/// A payments row as a merchant's report would show it.
struct TransactionRow {
    bool found = false;
    qint64 id = 0;
    QString status;
    QString gross;
    QString fee;
    QString net;
    QString environment;
    qint64 invoiceId = 0; ///< 0: not allocated to an invoice
    QString unallocatedReason;
    int amountsMismatch = 0;
};

using testcli::CliRun;
using testcli::imalictlPath;
using testcli::runImalictl;

/**
 * One scratch ledger (a SQLite file or a PostgreSQL database) with the real
 * Listener running on it in-process, as `imalictl serve` runs it, and the
 * merchant's view of the books read through the core services. A second
 * Listener on its own connection (another desktop on the same ledger) can be
 * added. Listeners stop before the ledgers close and the store goes.
 */
class Books
{
public:
    explicit Books(const QString& backend)
        : m_scratch(backend)
    {
    }

    /// Opens (initialising as sandbox); empty on success, else what went wrong.
    QString open()
    {
        if (!m_scratch.error().isEmpty())
            return m_scratch.error();
        if (!m_dir.isValid())
            return QStringLiteral("could not create a temporary folder");
        auto ledger = openLedger(QStringLiteral("tst-booking"));
        if (!ledger)
            return ledger.error().message;
        m_ledger = std::move(ledger).value();
        if (!m_ledger->isInitialised()) {
            auto code = m_ledger->initialise(Environment::Sandbox);
            if (!code)
                return code.error().message;
        }
        if (Status s = m_ledger->unlock(); !s)
            return s.error().message;
        return {};
    }

    /// Starts a (new) listener on the ledger; empty on success.
    QString startListener(const QUrl& validateUrl)
    {
        stopListener();
        m_listener = std::make_unique<Listener>();
        auto port = m_listener->start(*m_ledger, listenerConfig(validateUrl));
        if (!port) {
            m_listener.reset();
            return port.error().message;
        }
        m_port = *port;
        return {};
    }

    void stopListener()
    {
        if (m_listener)
            m_listener->stop();
        m_listener.reset();
    }

    /// Another desktop on the same ledger: its own connection, the same key file, its own listener.
    QString startSecondListener(const QUrl& validateUrl)
    {
        auto ledger = openLedger(QStringLiteral("tst-booking-second"));
        if (!ledger)
            return ledger.error().message;
        m_secondLedger = std::move(ledger).value();
        if (Status s = m_secondLedger->unlock(); !s)
            return s.error().message;
        m_secondListener = std::make_unique<Listener>();
        auto port = m_secondListener->start(*m_secondLedger, listenerConfig(validateUrl));
        if (!port)
            return port.error().message;
        m_secondPort = *port;
        return {};
    }

    QUrl itnUrl() const { return itnUrlOn(m_port); }
    QUrl secondItnUrl() const { return itnUrlOn(m_secondPort); }
    Ledger& ledger() { return *m_ledger; }
    Database& db() { return m_ledger->db(); }
    QString url() const { return m_scratch.url(); }
    QString keyFile() const { return m_dir.filePath(QStringLiteral("ledger-keys")); }
    QString dir() const { return m_dir.path(); }

    /// An issued invoice for a new customer, from command-line style lines ("DESC;QTY;PRICE[;VAT%]").
    Result<Invoice> openInvoice(const QString& customerName, const QStringList& lines)
    {
        auto customer = Customers(*m_ledger).add({customerName, QStringLiteral("accounts@example.co.za"), QString(),
                                                  QString(), QString()});
        if (!customer)
            return customer.error();
        NewInvoice input;
        input.customerId = customer->id;
        input.issue = true;
        for (const QString& spec : lines) {
            auto line = Invoices::parseLineSpec(spec);
            if (!line)
                return line.error();
            input.lines.append(*line);
        }
        return Invoices(*m_ledger).create(input);
    }

    /// A PayFast checkout (its own m_payment_id) for the invoice's balance.
    Result<Checkout> checkout(const Invoice& invoice, bool tokenize = false)
    {
        const PayFastProvider provider(payFastSettings(QUrl()));
        auto created = Checkouts(*m_ledger, provider).createForInvoice(QString::number(invoice.id), tokenize);
        if (!created)
            return created.error();
        return created->checkout;
    }

    /// The invoice as the console shows it; a default one (no id) when it cannot be read.
    Invoice invoice(qint64 id)
    {
        auto read = Invoices(*m_ledger).get(id);
        return read ? *read : Invoice();
    }

    QString invoiceStatus(qint64 id)
    {
        auto read = Invoices(*m_ledger).get(id);
        return read ? toString(read->status) : read.error().message;
    }

    TransactionRow transaction(const QString& pfPaymentId)
    {
        Sql q(db(), QStringLiteral("SELECT id, status, gross, fee, net, environment, invoice_id, "
                                   "COALESCE(unallocated_reason, ''), amounts_mismatch FROM transactions "
                                   "WHERE provider = 'payfast' AND provider_id = :id"));
        q.bind(QStringLiteral(":id"), pfPaymentId);
        TransactionRow row;
        if (!q.exec() || !q.next())
            return row;
        row.found = true;
        row.id = q.int64(0);
        row.status = q.text(1);
        row.gross = Money::fromCents(q.int64(2)).toString();
        row.fee = Money::fromCents(q.int64(3)).toString();
        row.net = Money::fromCents(q.int64(4)).toString();
        row.environment = q.text(5);
        row.invoiceId = q.value(6).isNull() ? 0 : q.int64(6);
        row.unallocatedReason = q.text(7);
        row.amountsMismatch = static_cast<int>(q.int64(8));
        return row;
    }

    QString checkoutStatus(const QString& mPaymentId)
    {
        Sql q(db(), QStringLiteral("SELECT status FROM checkouts WHERE m_payment_id = :m"));
        q.bind(QStringLiteral(":m"), mPaymentId);
        if (!q.exec() || !q.next())
            return {};
        return q.text(0);
    }

    /// The first column of the first row of \a statement, or -1 when it fails.
    qint64 scalar(const QString& statement, const QString& text = QString())
    {
        Sql q(db(), statement);
        if (!text.isNull())
            q.bind(QStringLiteral(":t"), text);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    /// The stored notification for (pf_payment_id, payment_status), as the notification log shows it.
    std::optional<NotificationRecord> notification(const QString& pfPaymentId, const QString& status)
    {
        Sql q(db(), QStringLiteral("SELECT id FROM notifications WHERE provider = 'payfast' AND provider_id = :id "
                                   "AND status = :s"));
        q.bind(QStringLiteral(":id"), pfPaymentId).bind(QStringLiteral(":s"), status);
        if (!q.exec() || !q.next())
            return std::nullopt;
        auto record = ItnProcessor::record(*m_ledger, q.int64(0));
        if (!record)
            return std::nullopt;
        return *record;
    }

    /// Waits until that notification has left 'pending' (processed, rejected or flagged).
    bool waitUntilProcessed(const QString& pfPaymentId, const QString& status, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] {
            const auto n = notification(pfPaymentId, status);
            return n && n->processing != QLatin1String("pending");
        }, timeoutMs);
    }

    /// Waits until that notification has had \a attempts failed confirmations.
    bool waitForAttempts(const QString& pfPaymentId, const QString& status, int attempts, int timeoutMs = 5000)
    {
        return QTest::qWaitFor([&] {
            const auto n = notification(pfPaymentId, status);
            return n && n->attempts >= attempts;
        }, timeoutMs);
    }

    /// The ids of the payments waiting in the console's exceptions list, or {-1} when it cannot be read.
    QList<qint64> exceptionIds()
    {
        auto list = PaymentBooking(*m_ledger).exceptions();
        if (!list)
            return {-1};
        QList<qint64> ids;
        for (const Transaction& t : *list)
            ids.append(t.id);
        return ids;
    }

private:
    Result<std::unique_ptr<Ledger>> openLedger(const QString& connectionName)
    {
        auto url = DatabaseUrl::parse(m_scratch.url());
        if (!url)
            return url.error();
        LedgerLocation location;
        location.url = *url;
        location.configDir = m_dir.filePath(QStringLiteral("xdg/imali"));
        location.connectionName = connectionName;
        return Ledger::open(location, std::make_unique<FileKeyStore>(keyFile()));
    }

    static QUrl itnUrlOn(quint16 port)
    {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(QStringLiteral("127.0.0.1"));
        u.setPort(port);
        u.setPath(QStringLiteral("/api/payments/itn"));
        return u;
    }

    testdb::Scratch m_scratch; // first: dropped after everything below has closed
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    std::unique_ptr<Ledger> m_secondLedger;
    std::unique_ptr<Listener> m_listener; // listeners last: stopped first
    std::unique_ptr<Listener> m_secondListener;
    quint16 m_port = 0;
    quint16 m_secondPort = 0;
};

} // namespace

// A simulator on its own port and a ledger with a listener confirming against it.
#define START_BOOKS_OR_FAIL(books, backend, sim)                                                             \
    PayFastSimulator sim(merchantId(), passphrase());                                                        \
    QVERIFY2(sim.start(), "the PayFast simulator could not listen on 127.0.0.1");                            \
    Books books(backend);                                                                                    \
    do {                                                                                                     \
        const QString openError_ = books.open();                                                             \
        QVERIFY2(openError_.isEmpty(), qPrintable(openError_));                                              \
        const QString startError_ = books.startListener(sim.validateUrl());                                  \
        QVERIFY2(startError_.isEmpty(), qPrintable(startError_));                                            \
    } while (false)

/**
 * What a merchant sees after PayFast notifies: the real listener and
 * processor on SQLite and PostgreSQL, PayFast played by PayFastSimulator over
 * loopback HTTP. Covers settling invoices to the cent, the exceptions list
 * and allocation, INVALID, retried server confirmation (also across a
 * restart), duplicates and concurrency, statuses out of order, mismatched
 * amounts, saved cards, two listeners on one ledger and `imalictl itn show`.
 */
class tst_Booking : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void paidInFullSettlesTheInvoice_data() { testdb::addBackendRows(); }
    void paidInFullSettlesTheInvoice();
    void moneyThatCannotSettleWaitsAsAnException_data();
    void moneyThatCannotSettleWaitsAsAnException();
    void invalidBooksNothing_data() { testdb::addBackendRows(); }
    void invalidBooksNothing();
    void temporaryConfirmationFailuresAreRetried_data();
    void temporaryConfirmationFailuresAreRetried();
    void hangingConfirmationDoesNotDelayTheAnswer_data() { testdb::addBackendRows(); }
    void hangingConfirmationDoesNotDelayTheAnswer();
    void stillPendingAfter24HoursIsFlagged_data() { testdb::addBackendRows(); }
    void stillPendingAfter24HoursIsFlagged();
    void restartResumesWithoutAResend_data() { testdb::addBackendRows(); }
    void restartResumesWithoutAResend();
    void concurrentCopiesBookOnce_data() { testdb::addBackendRows(); }
    void concurrentCopiesBookOnce();
    void statusesInAnyOrder_data();
    void statusesInAnyOrder();
    void amountsThatDoNotAddUpAreFlagged_data();
    void amountsThatDoNotAddUpAreFlagged();
    void tokenizationSavesAndRemovesTheCard_data() { testdb::addBackendRows(); }
    void tokenizationSavesAndRemovesTheCard();
    void twoListenersOnOneLedgerBookOnce();
    void itnShowRedactsSecrets_data() { testdb::addBackendRows(); }
    void itnShowRedactsSecrets();
};

void tst_Booking::initTestCase()
{
    // One line per notification would bury the test log; warnings still show.
    QLoggingCategory::setFilterRules(QStringLiteral("imali.itn.info=false"));
}

void tst_Booking::cleanup()
{
    Clock::setFixedNow(QDateTime());
}

void tst_Booking::paidInFullSettlesTheInvoice()
{
    QFETCH(QString, backend);
    START_BOOKS_OR_FAIL(books, backend, sim);
    // 1.5 × 850.00 + 15 % and 99.99 + 15 %: R 1,581.24.
    auto invoice = books.openInvoice(QStringLiteral("Thandi Mokoena"),
                                     {QStringLiteral("Consulting;1.5;850.00"), QStringLiteral("Travel;1;99.99")});
    QVERIFY_OK(invoice);
    auto unused = books.checkout(*invoice); // a link the customer never used
    QVERIFY_OK(unused);
    auto paying = books.checkout(*invoice);
    QVERIFY_OK(paying);
    QCOMPARE_EQ(paying->amount.toString(), QStringLiteral("1581.24"));

    const ItnAmounts a = amountsFor(paying->amount);
    const QByteArray itn = sim.itn(paying->mPaymentId, QStringLiteral("1124148"), QStringLiteral("COMPLETE"), a.gross,
                                   a.fee, a.net);
    QCOMPARE_EQ(sim.post(books.itnUrl(), itn), 200);
    QTRY_COMPARE_WITH_TIMEOUT(books.invoiceStatus(invoice->id), QStringLiteral("paid"), 1000);

    // The invoice: paid to the cent, nothing owed.
    const Invoice paid = books.invoice(invoice->id);
    QCOMPARE_EQ(paid.amountPaid.toString(), QStringLiteral("1581.24"));
    QCOMPARE_EQ(paid.balance().toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(paid.transactions.size(), 1);
    QCOMPARE_EQ(paid.transactions.first().providerId, QStringLiteral("1124148"));
    QVERIFY(paid.transactions.first().environment == Environment::Sandbox);
    // The transaction: fee as PayFast kept it, positive; net = gross − fee.
    const TransactionRow tx = books.transaction(QStringLiteral("1124148"));
    QVERIFY(tx.found);
    QCOMPARE_EQ(tx.status, QStringLiteral("complete"));
    QCOMPARE_EQ(tx.gross, QStringLiteral("1581.24"));
    QCOMPARE_EQ(tx.fee, a.feeKept.toString());
    QCOMPARE_EQ(tx.fee, QStringLiteral("57.34")); // R 2.00 + 3.5 % of 1581.24, as the ITN said: -57.34
    QCOMPARE_EQ(tx.net, QStringLiteral("1523.90"));
    QCOMPARE_EQ(tx.environment, QStringLiteral("sandbox"));
    QCOMPARE_EQ(tx.invoiceId, invoice->id);
    QCOMPARE_EQ(tx.unallocatedReason, QString());
    QCOMPARE_EQ(tx.amountsMismatch, 0);
    // The checkouts: this one paid, the other link closed.
    QCOMPARE_EQ(books.checkoutStatus(paying->mPaymentId), QStringLiteral("paid"));
    QCOMPARE_EQ(books.checkoutStatus(unused->mPaymentId), QStringLiteral("closed"));
    QCOMPARE_EQ(books.exceptionIds(), QList<qint64>());
    // The notification log.
    QVERIFY(books.waitUntilProcessed(QStringLiteral("1124148"), QStringLiteral("COMPLETE")));
    const auto n = books.notification(QStringLiteral("1124148"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("processed"));
    QVERIFY2(n->outcome.contains(QStringLiteral("settled")) && n->outcome.contains(paid.number), qPrintable(n->outcome));
    QCOMPARE_EQ(n->attempts, 0);
    QCOMPARE_EQ(n->mPaymentId, paying->mPaymentId);
    // What PayFast was asked: the fields as received, without the signature, without the passphrase.
    QCOMPARE_EQ(sim.validateCalls(), 1);
    QCOMPARE_EQ(sim.validateBodies().first(), PayFastSimulator::expectedValidateBody(itn));
    QVERIFY(!sim.validateBodies().first().contains(QByteArrayLiteral("signature")));
    QVERIFY(!sim.validateBodies().first().contains(passphrase().toUtf8()));
    QVERIFY(sim.validateContentTypes().first().startsWith(QByteArrayLiteral("application/x-www-form-urlencoded")));
    QCOMPARE_EQ(sim.unknownValidateBodies(), 0);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.booked'")), 1);
}

void tst_Booking::moneyThatCannotSettleWaitsAsAnException_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("situation");
    QTest::addColumn<QString>("gross");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("invoiceStatusAfter");
    QTest::addColumn<QString>("invoicePaidAfter");
    for (const QString& b : testdb::backends()) {
        const auto row = [&b](const char* name) -> QTestData& {
            return QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QLatin1String(name)))) << b;
        };
        row("R 450.00 for a R 500.00 invoice is booked as underpaid and the invoice stays open")
            << QStringLiteral("underpaid") << QStringLiteral("450.00") << QStringLiteral("underpaid")
            << QStringLiteral("open") << QStringLiteral("0.00");
        row("R 550.00 for a R 500.00 invoice is booked as overpaid and the invoice stays open")
            << QStringLiteral("overpaid") << QStringLiteral("550.00") << QStringLiteral("overpaid")
            << QStringLiteral("open") << QStringLiteral("0.00");
        row("money for an m_payment_id that is none of ours is booked as unallocated")
            << QStringLiteral("unknown") << QStringLiteral("500.00") << QStringLiteral("unknown m_payment_id")
            << QStringLiteral("open") << QStringLiteral("0.00");
        row("a second checkout's payment for an invoice already paid is not counted twice")
            << QStringLiteral("already paid") << QStringLiteral("500.00") << QStringLiteral("already paid")
            << QStringLiteral("paid") << QStringLiteral("500.00");
        row("money for a void invoice is booked as unallocated and the invoice stays void")
            << QStringLiteral("void") << QStringLiteral("500.00") << QStringLiteral("void")
            << QStringLiteral("void") << QStringLiteral("0.00");
    }
}

void tst_Booking::moneyThatCannotSettleWaitsAsAnException()
{
    QFETCH(QString, backend);
    QFETCH(QString, situation);
    QFETCH(QString, gross);
    QFETCH(QString, reason);
    QFETCH(QString, invoiceStatusAfter);
    QFETCH(QString, invoicePaidAfter);
    START_BOOKS_OR_FAIL(books, backend, sim);
    auto invoice = books.openInvoice(QStringLiteral("Pieter van der Merwe"), {QStringLiteral("Service;1;500.00;0")});
    QVERIFY_OK(invoice);
    auto first = books.checkout(*invoice);
    QVERIFY_OK(first);
    auto second = books.checkout(*invoice);
    QVERIFY_OK(second);

    QString mPaymentId = first->mPaymentId;
    if (situation == QLatin1String("unknown")) {
        mPaymentId = QStringLiteral("INV-999999-0badc0ffee");
    } else if (situation == QLatin1String("already paid")) {
        const ItnAmounts paid = amountsFor(first->amount);
        QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(first->mPaymentId, QStringLiteral("2000001"), QStringLiteral("COMPLETE"),
                                                     paid.gross, paid.fee, paid.net)),
                    200);
        QTRY_COMPARE_WITH_TIMEOUT(books.invoiceStatus(invoice->id), QStringLiteral("paid"), 5000);
        mPaymentId = second->mPaymentId; // the customer also paid through the other link
    } else if (situation == QLatin1String("void")) {
        QVERIFY_OK(Invoices(books.ledger()).voidInvoice(invoice->number));
    }

    auto grossMoney = Money::parse(gross);
    QVERIFY_OK(grossMoney);
    const ItnAmounts a = amountsFor(*grossMoney);
    QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(mPaymentId, QStringLiteral("2000002"), QStringLiteral("COMPLETE"), a.gross,
                                                 a.fee, a.net)),
                200);
    QVERIFY(books.waitUntilProcessed(QStringLiteral("2000002"), QStringLiteral("COMPLETE")));

    // The money is in the books, unallocated, with the reason.
    const TransactionRow tx = books.transaction(QStringLiteral("2000002"));
    QVERIFY(tx.found);
    QCOMPARE_EQ(tx.status, QStringLiteral("complete"));
    QCOMPARE_EQ(tx.gross, gross);
    QCOMPARE_EQ(tx.fee, a.feeKept.toString());
    QCOMPARE_EQ(tx.invoiceId, 0);
    QVERIFY2(tx.unallocatedReason.contains(reason), qPrintable(tx.unallocatedReason));
    const auto n = books.notification(QStringLiteral("2000002"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("processed"));
    QVERIFY2(n->outcome.contains(QStringLiteral("unallocated")) && n->outcome.contains(reason), qPrintable(n->outcome));
    // The invoice is as it was.
    Invoice after = books.invoice(invoice->id);
    QCOMPARE_EQ(toString(after.status), invoiceStatusAfter);
    QCOMPARE_EQ(after.amountPaid.toString(), invoicePaidAfter);
    // It waits in the exceptions list, with its reason.
    auto exceptions = PaymentBooking(books.ledger()).exceptions();
    QVERIFY_OK(exceptions);
    QCOMPARE_EQ(exceptions->size(), 1);
    QCOMPARE_EQ(exceptions->first().id, tx.id);
    QCOMPARE_EQ(exceptions->first().unallocatedReason, tx.unallocatedReason);

    // A person allocates it to another open invoice for that amount: it settles that one and leaves the list.
    auto target = books.openInvoice(QStringLiteral("Naledi Khumalo"), {QStringLiteral("Balance;1;%1;0").arg(gross)});
    QVERIFY_OK(target);
    auto allocated = PaymentBooking(books.ledger()).allocate(tx.id, target->number);
    QVERIFY_OK(allocated);
    QCOMPARE_EQ(allocated->invoiceId.value_or(0), target->id);
    QCOMPARE_EQ(books.exceptionIds(), QList<qint64>());
    const Invoice settled = books.invoice(target->id);
    QCOMPARE_EQ(toString(settled.status), QStringLiteral("paid"));
    QCOMPARE_EQ(settled.amountPaid.toString(), gross);
    QCOMPARE_EQ(books.transaction(QStringLiteral("2000002")).invoiceId, target->id);
    after = books.invoice(invoice->id);
    QCOMPARE_EQ(toString(after.status), invoiceStatusAfter);
    QCOMPARE_EQ(after.amountPaid.toString(), invoicePaidAfter);
}

void tst_Booking::invalidBooksNothing()
{
    QFETCH(QString, backend);
    START_BOOKS_OR_FAIL(books, backend, sim);
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Invalid));
    auto invoice = books.openInvoice(QStringLiteral("Sipho Dlamini"), {QStringLiteral("Repairs;1;320.00")});
    QVERIFY_OK(invoice);
    auto checkout = books.checkout(*invoice);
    QVERIFY_OK(checkout);
    const ItnAmounts a = amountsFor(checkout->amount);
    QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(checkout->mPaymentId, QStringLiteral("3000001"), QStringLiteral("COMPLETE"),
                                                 a.gross, a.fee, a.net)),
                200);
    QVERIFY(books.waitUntilProcessed(QStringLiteral("3000001"), QStringLiteral("COMPLETE")));

    const auto n = books.notification(QStringLiteral("3000001"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("rejected"));
    QVERIFY2(n->outcome.contains(QStringLiteral("INVALID")), qPrintable(n->outcome));
    QCOMPARE_EQ(n->nextAttemptAt, QString()); // final: never retried
    QVERIFY(!books.transaction(QStringLiteral("3000001")).found);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), 0);
    QCOMPARE_EQ(books.invoiceStatus(invoice->id), QStringLiteral("open"));
    QCOMPARE_EQ(books.invoice(invoice->id).amountPaid.toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(books.checkoutStatus(checkout->mPaymentId), QStringLiteral("pending"));
    QCOMPARE_EQ(books.exceptionIds(), QList<qint64>());
    QCOMPARE_EQ(sim.validateCalls(), 1);
    // Not retried later either.
    QTest::qWait(1500);
    QCOMPARE_EQ(sim.validateCalls(), 1);
}

void tst_Booking::temporaryConfirmationFailuresAreRetried_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<PayFastSimulator::Mode>("mode");
    QTest::addColumn<bool>("waitInRealTime");
    QTest::addColumn<int>("callsWhileFailing");
    for (const QString& b : testdb::backends()) {
        const auto row = [&b](const char* name) -> QTestData& {
            return QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QLatin1String(name)))) << b;
        };
        // This one waits the real 5 s, so the schedule itself is proven once per backend.
        row("a refused connection is retried 5 s later and books once PayFast is back")
            << PayFastSimulator::Mode::Down << true << 0;
        row("an HTTP 500 from the validate endpoint is retried")
            << PayFastSimulator::Mode::ServerError << false << 1;
        row("a body other than VALID or INVALID is retried") << PayFastSimulator::Mode::Garbage << false << 1;
    }
}

void tst_Booking::temporaryConfirmationFailuresAreRetried()
{
    QFETCH(QString, backend);
    QFETCH(PayFastSimulator::Mode, mode);
    QFETCH(bool, waitInRealTime);
    QFETCH(int, callsWhileFailing);
    START_BOOKS_OR_FAIL(books, backend, sim);
    QVERIFY(sim.setMode(mode));
    auto invoice = books.openInvoice(QStringLiteral("Ayesha Patel"), {QStringLiteral("Design;2;450.00")});
    QVERIFY_OK(invoice);
    auto checkout = books.checkout(*invoice);
    QVERIFY_OK(checkout);
    const ItnAmounts a = amountsFor(checkout->amount);
    const QByteArray itn = sim.itn(checkout->mPaymentId, QStringLiteral("4000001"), QStringLiteral("COMPLETE"), a.gross,
                                   a.fee, a.net);
    QCOMPARE_EQ(sim.post(books.itnUrl(), itn), 200); // stored and answered whatever PayFast's endpoint does

    QVERIFY(books.waitForAttempts(QStringLiteral("4000001"), QStringLiteral("COMPLETE"), 1));
    auto n = books.notification(QStringLiteral("4000001"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("pending"));
    QCOMPARE_EQ(n->attempts, 1);
    QVERIFY2(n->outcome.contains(QStringLiteral("retry 1 in 5 s")), qPrintable(n->outcome));
    const qint64 delayMs = Clock::fromStorage(n->receivedAt).msecsTo(Clock::fromStorage(n->nextAttemptAt));
    QVERIFY2(delayMs >= 5000 && delayMs < 7000, qPrintable(QStringLiteral("next attempt %1 ms after receipt").arg(delayMs)));
    QVERIFY(!books.transaction(QStringLiteral("4000001")).found);
    QCOMPARE_EQ(books.invoiceStatus(invoice->id), QStringLiteral("open"));
    QCOMPARE_EQ(sim.validateCalls(), callsWhileFailing);

    // PayFast's endpoint answers again; the schedule, not a re-sent ITN, brings the booking.
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Valid));
    if (!waitInRealTime)
        Clock::setFixedNow(Clock::nowUtc().addSecs(ItnProcessor::FirstRetrySeconds + 1));
    QTRY_COMPARE_WITH_TIMEOUT(books.invoiceStatus(invoice->id), QStringLiteral("paid"), waitInRealTime ? 12000 : 5000);
    QVERIFY(books.waitUntilProcessed(QStringLiteral("4000001"), QStringLiteral("COMPLETE")));
    n = books.notification(QStringLiteral("4000001"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("processed"));
    QCOMPARE_EQ(n->attempts, 1);
    QVERIFY2(n->outcome.contains(QStringLiteral("settled")), qPrintable(n->outcome));
    QCOMPARE_EQ(sim.itnPosts(), 1);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications")), 1);
    QCOMPARE_EQ(sim.validateCalls(), callsWhileFailing + 1);
    for (const QByteArray& body : sim.validateBodies())
        QCOMPARE_EQ(body, PayFastSimulator::expectedValidateBody(itn));
    QCOMPARE_EQ(books.transaction(QStringLiteral("4000001")).gross, a.gross);
}

void tst_Booking::hangingConfirmationDoesNotDelayTheAnswer()
{
    QFETCH(QString, backend);
    START_BOOKS_OR_FAIL(books, backend, sim);
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Slow));
    auto invoice = books.openInvoice(QStringLiteral("Lerato Molefe"), {QStringLiteral("Catering;1;1200.00")});
    QVERIFY_OK(invoice);
    auto checkout = books.checkout(*invoice);
    QVERIFY_OK(checkout);
    const ItnAmounts a = amountsFor(checkout->amount);

    QElapsedTimer timer;
    timer.start();
    QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(checkout->mPaymentId, QStringLiteral("5000001"), QStringLiteral("COMPLETE"),
                                                 a.gross, a.fee, a.net)),
                200);
    const qint64 answeredMs = timer.elapsed();
    QVERIFY2(answeredMs < 2000, qPrintable(QStringLiteral("answered after %1 ms").arg(answeredMs)));
    // The confirmation request is now hanging on PayFast's side ...
    QTRY_VERIFY_WITH_TIMEOUT(sim.silentConnections() >= 1, 5000);
    // ... and the next ITN is still answered at once.
    timer.restart();
    QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(QStringLiteral("INV-000777-feedface01"), QStringLiteral("5000002"),
                                                 QStringLiteral("COMPLETE"), a.gross, a.fee, a.net)),
                200);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(QStringLiteral("answered after %1 ms").arg(timer.elapsed())));
    QTest::qWait(500);
    for (const QString& id : {QStringLiteral("5000001"), QStringLiteral("5000002")}) {
        const auto n = books.notification(id, QStringLiteral("COMPLETE"));
        QVERIFY(n);
        QCOMPARE_EQ(n->processing, QStringLiteral("pending"));
        QVERIFY(!books.transaction(id).found);
    }
    QCOMPARE_EQ(books.invoiceStatus(invoice->id), QStringLiteral("open"));
    QCOMPARE_EQ(sim.validateCalls(), 0);
    // Stopping abandons the hanging request; the notification stays pending for the next start.
    books.stopListener();
    const auto n = books.notification(QStringLiteral("5000001"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("pending"));
}

void tst_Booking::stillPendingAfter24HoursIsFlagged()
{
    QFETCH(QString, backend);
    START_BOOKS_OR_FAIL(books, backend, sim);
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Down));
    auto invoice = books.openInvoice(QStringLiteral("Johan Botha"), {QStringLiteral("Plumbing;3;210.00")});
    QVERIFY_OK(invoice);
    auto checkout = books.checkout(*invoice);
    QVERIFY_OK(checkout);
    const ItnAmounts a = amountsFor(checkout->amount);
    QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(checkout->mPaymentId, QStringLiteral("6000001"), QStringLiteral("COMPLETE"),
                                                 a.gross, a.fee, a.net)),
                200);
    QVERIFY(books.waitForAttempts(QStringLiteral("6000001"), QStringLiteral("COMPLETE"), 1));

    // A day and an hour later PayFast is still unreachable: the next failure flags it, and doubles the wait.
    const QDateTime dayLater = Clock::nowUtc().addSecs(25 * 3600);
    Clock::setFixedNow(dayLater);
    QVERIFY(books.waitForAttempts(QStringLiteral("6000001"), QStringLiteral("COMPLETE"), 2));
    auto n = books.notification(QStringLiteral("6000001"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("flagged"));
    QVERIFY2(n->outcome.contains(QStringLiteral("retry 2 in 10 s")), qPrintable(n->outcome));
    QCOMPARE_EQ(Clock::fromStorage(n->nextAttemptAt), dayLater.addSecs(10));
    QCOMPARE_EQ(books.invoiceStatus(invoice->id), QStringLiteral("open"));

    // A flagged notification is still retried, and books when PayFast answers.
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Valid));
    Clock::setFixedNow(dayLater.addSecs(11));
    QTRY_COMPARE_WITH_TIMEOUT(books.invoiceStatus(invoice->id), QStringLiteral("paid"), 5000);
    QVERIFY(books.waitUntilProcessed(QStringLiteral("6000001"), QStringLiteral("COMPLETE")));
    n = books.notification(QStringLiteral("6000001"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("processed"));
    QCOMPARE_EQ(sim.itnPosts(), 1);
}

void tst_Booking::restartResumesWithoutAResend()
{
    QFETCH(QString, backend);
    START_BOOKS_OR_FAIL(books, backend, sim);
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Down));
    auto invoice = books.openInvoice(QStringLiteral("Fatima Essop"), {QStringLiteral("Tuition;1;1750.00")});
    QVERIFY_OK(invoice);
    auto checkout = books.checkout(*invoice);
    QVERIFY_OK(checkout);
    const ItnAmounts a = amountsFor(checkout->amount);
    QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(checkout->mPaymentId, QStringLiteral("7000001"), QStringLiteral("COMPLETE"),
                                                 a.gross, a.fee, a.net)),
                200);
    QVERIFY(books.waitForAttempts(QStringLiteral("7000001"), QStringLiteral("COMPLETE"), 1));

    // The console closes while confirmation is failing; PayFast's endpoint comes back; the console starts again.
    books.stopListener();
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Valid));
    const QString restartError = books.startListener(sim.validateUrl());
    QVERIFY2(restartError.isEmpty(), qPrintable(restartError));

    QTRY_COMPARE_WITH_TIMEOUT(books.invoiceStatus(invoice->id), QStringLiteral("paid"), 12000);
    QVERIFY(books.waitUntilProcessed(QStringLiteral("7000001"), QStringLiteral("COMPLETE")));
    const auto n = books.notification(QStringLiteral("7000001"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("processed"));
    QCOMPARE_EQ(n->attempts, 1);
    QCOMPARE_EQ(sim.itnPosts(), 1); // nothing was re-sent
    QCOMPARE_EQ(sim.validateCalls(), 1);
    QCOMPARE_EQ(books.transaction(QStringLiteral("7000001")).invoiceId, invoice->id);
}

void tst_Booking::concurrentCopiesBookOnce()
{
    QFETCH(QString, backend);
    START_BOOKS_OR_FAIL(books, backend, sim);
    auto invoice = books.openInvoice(QStringLiteral("Bongani Zulu"), {QStringLiteral("Hosting;12;99.00")});
    QVERIFY_OK(invoice);
    auto checkout = books.checkout(*invoice);
    QVERIFY_OK(checkout);
    const ItnAmounts a = amountsFor(checkout->amount);
    const QByteArray itn = sim.itn(checkout->mPaymentId, QStringLiteral("8000001"), QStringLiteral("COMPLETE"), a.gross,
                                   a.fee, a.net);

    QList<QPair<QUrl, QByteArray>> copies;
    for (int i = 0; i < 20; ++i)
        copies.append({books.itnUrl(), itn});
    QCOMPARE_EQ(sim.postAll(copies), QList<int>(20, 200));
    QTRY_COMPARE_WITH_TIMEOUT(books.invoiceStatus(invoice->id), QStringLiteral("paid"), 5000);
    QVERIFY(books.waitUntilProcessed(QStringLiteral("8000001"), QStringLiteral("COMPLETE")));
    QTest::qWait(1200); // a second processing would show within the processor's 1 s tick

    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications")), 1);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), 1);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transaction_events WHERE event = 'confirmed'")), 1);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.booked'")), 1);
    const Invoice paid = books.invoice(invoice->id);
    QCOMPARE_EQ(paid.amountPaid.toString(), paid.total.toString());
    QCOMPARE_EQ(paid.balance().toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(sim.validateCalls(), 1);
    const auto n = books.notification(QStringLiteral("8000001"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QVERIFY2(n->outcome.contains(QStringLiteral("settled")), qPrintable(n->outcome));
}

void tst_Booking::statusesInAnyOrder_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QStringList>("statuses");
    QTest::addColumn<QString>("transactionStatus"); // empty: no transaction
    QTest::addColumn<QString>("invoiceStatus");
    QTest::addColumn<QString>("checkoutStatus");
    QTest::addColumn<QString>("lastOutcome");
    QTest::addColumn<bool>("atOnce"); // all posted together rather than one after the other
    const QString complete = QStringLiteral("COMPLETE");
    const QString pending = QStringLiteral("PENDING");
    const QString failed = QStringLiteral("FAILED");
    for (const QString& b : testdb::backends()) {
        const auto row = [&b](const char* name) -> QTestData& {
            return QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QLatin1String(name)))) << b;
        };
        row("a COMPLETE after a PENDING completes the payment and settles the invoice")
            << QStringList{pending, complete} << QStringLiteral("complete") << QStringLiteral("paid")
            << QStringLiteral("paid") << QStringLiteral("settled") << false;
        row("a late PENDING after the COMPLETE never undoes it")
            << QStringList{complete, pending} << QStringLiteral("complete") << QStringLiteral("paid")
            << QStringLiteral("paid") << QStringLiteral("late PENDING ignored") << false;
        row("a FAILED marks the checkout failed and leaves the invoice open")
            << QStringList{failed} << QString() << QStringLiteral("open") << QStringLiteral("failed")
            << QStringLiteral("checkout marked failed") << false;
        row("a FAILED after a PENDING fails the payment and leaves the invoice open")
            << QStringList{pending, failed} << QStringLiteral("failed") << QStringLiteral("open")
            << QStringLiteral("failed") << QStringLiteral("checkout marked failed") << false;
        row("a FAILED after the COMPLETE changes nothing")
            << QStringList{complete, failed} << QStringLiteral("complete") << QStringLiteral("paid")
            << QStringLiteral("paid") << QStringLiteral("FAILED ignored") << false;
        row("a COMPLETE after a FAILED still settles the invoice")
            << QStringList{failed, complete} << QStringLiteral("complete") << QStringLiteral("paid")
            << QStringLiteral("paid") << QStringLiteral("settled") << false;
        row("a PENDING and a COMPLETE arriving together end complete, whichever is processed first")
            << QStringList{pending, complete} << QStringLiteral("complete") << QStringLiteral("paid")
            << QStringLiteral("paid") << QString() << true;
    }
}

void tst_Booking::statusesInAnyOrder()
{
    QFETCH(QString, backend);
    QFETCH(QStringList, statuses);
    QFETCH(QString, transactionStatus);
    QFETCH(QString, invoiceStatus);
    QFETCH(QString, checkoutStatus);
    QFETCH(QString, lastOutcome);
    QFETCH(bool, atOnce);
    START_BOOKS_OR_FAIL(books, backend, sim);
    auto invoice = books.openInvoice(QStringLiteral("Chen Wei"), {QStringLiteral("Translation;4;180.00")});
    QVERIFY_OK(invoice);
    auto checkout = books.checkout(*invoice);
    QVERIFY_OK(checkout);
    const ItnAmounts a = amountsFor(checkout->amount);
    QList<QPair<QUrl, QByteArray>> together;
    for (const QString& status : statuses) {
        const QByteArray itn = sim.itn(checkout->mPaymentId, QStringLiteral("9000001"), status, a.gross, a.fee, a.net);
        if (atOnce) {
            together.append({books.itnUrl(), itn});
            continue;
        }
        QCOMPARE_EQ(sim.post(books.itnUrl(), itn), 200);
        QVERIFY2(books.waitUntilProcessed(QStringLiteral("9000001"), status), qPrintable(status + QStringLiteral(" was not processed")));
    }
    if (atOnce) {
        QCOMPARE_EQ(sim.postAll(together), QList<int>(together.size(), 200));
        for (const QString& status : statuses)
            QVERIFY2(books.waitUntilProcessed(QStringLiteral("9000001"), status), qPrintable(status + QStringLiteral(" was not processed")));
    }

    const TransactionRow tx = books.transaction(QStringLiteral("9000001"));
    QCOMPARE_EQ(tx.found ? tx.status : QString(), transactionStatus);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), transactionStatus.isEmpty() ? 0 : 1);
    const Invoice after = books.invoice(invoice->id);
    QCOMPARE_EQ(toString(after.status), invoiceStatus);
    QCOMPARE_EQ(after.amountPaid.toString(), invoiceStatus == QLatin1String("paid") ? after.total.toString() : QStringLiteral("0.00"));
    QCOMPARE_EQ(books.checkoutStatus(checkout->mPaymentId), checkoutStatus);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications")), statuses.size());
    const auto n = books.notification(QStringLiteral("9000001"), statuses.last());
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("processed"));
    QVERIFY2(n->outcome.contains(lastOutcome), qPrintable(n->outcome));
    if (tx.found && tx.status == QLatin1String("complete")) {
        QCOMPARE_EQ(tx.gross, a.gross);
        QCOMPARE_EQ(tx.invoiceId, invoice->id);
    }
}

void tst_Booking::amountsThatDoNotAddUpAreFlagged_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("postedNet"); // empty: gross − fee, as PayFast sends it
    QTest::addColumn<int>("flagged");
    for (const QString& b : testdb::backends()) {
        const auto row = [&b](const char* name) -> QTestData& {
            return QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QLatin1String(name)))) << b;
        };
        row("gross, fee and net that add up are booked unflagged") << QString() << 0;
        row("a net R 1.00 short of gross − fee is booked but flagged") << QStringLiteral("-1") << 1;
        row("a net of R 0.00 is booked but flagged") << QStringLiteral("0.00") << 1;
    }
}

void tst_Booking::amountsThatDoNotAddUpAreFlagged()
{
    QFETCH(QString, backend);
    QFETCH(QString, postedNet);
    QFETCH(int, flagged);
    START_BOOKS_OR_FAIL(books, backend, sim);
    auto invoice = books.openInvoice(QStringLiteral("Mandla Ndlovu"), {QStringLiteral("Security;1;640.00")});
    QVERIFY_OK(invoice);
    auto checkout = books.checkout(*invoice);
    QVERIFY_OK(checkout);
    const ItnAmounts a = amountsFor(checkout->amount);
    QString net = a.net;
    if (postedNet == QLatin1String("-1"))
        net = (checkout->amount - a.feeKept - Money::fromCents(100)).toString();
    else if (!postedNet.isEmpty())
        net = postedNet;
    QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(checkout->mPaymentId, QStringLiteral("9100001"), QStringLiteral("COMPLETE"),
                                                 a.gross, a.fee, net)),
                200);
    QVERIFY(books.waitUntilProcessed(QStringLiteral("9100001"), QStringLiteral("COMPLETE")));

    // Booked and settled either way (the gross matched), with net = gross − fee as SPEC §3 defines it.
    QCOMPARE_EQ(books.invoiceStatus(invoice->id), QStringLiteral("paid"));
    const TransactionRow tx = books.transaction(QStringLiteral("9100001"));
    QVERIFY(tx.found);
    QCOMPARE_EQ(tx.gross, a.gross);
    QCOMPARE_EQ(tx.fee, a.feeKept.toString());
    QCOMPARE_EQ(tx.net, a.net);
    QCOMPARE_EQ(tx.amountsMismatch, flagged);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transaction_events WHERE event = 'flagged'")), flagged);
}

void tst_Booking::tokenizationSavesAndRemovesTheCard()
{
    QFETCH(QString, backend);
    START_BOOKS_OR_FAIL(books, backend, sim);
    auto invoice = books.openInvoice(QStringLiteral("Grace Naidoo"), {QStringLiteral("Monthly retainer;1;2500.00")});
    QVERIFY_OK(invoice);
    auto checkout = books.checkout(*invoice, true);
    QVERIFY_OK(checkout);
    QVERIFY(checkout->tokenize);
    const FormFields card{{QStringLiteral("token"), cardToken()},
                          {QStringLiteral("billing_date"), Clock::today().toString(Qt::ISODate)}};

    // A R 0.00 COMPLETE only saves the card.
    QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(checkout->mPaymentId, QStringLiteral("9200001"), QStringLiteral("COMPLETE"),
                                                 QStringLiteral("0.00"), QStringLiteral("0.00"), QStringLiteral("0.00"), card)),
                200);
    QVERIFY(books.waitUntilProcessed(QStringLiteral("9200001"), QStringLiteral("COMPLETE")));
    auto n = books.notification(QStringLiteral("9200001"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("processed"));
    QVERIFY2(n->outcome.contains(QStringLiteral("card saved")), qPrintable(n->outcome));
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), 0);
    QCOMPARE_EQ(books.invoiceStatus(invoice->id), QStringLiteral("open"));
    QCOMPARE_EQ(books.invoice(invoice->id).amountPaid.toString(), QStringLiteral("0.00"));

    Sql method(books.db(), QStringLiteral("SELECT customer_id, last4, status, sealed_token, token_hash FROM payment_methods"));
    QVERIFY(method.exec());
    QVERIFY2(method.next(), "no payment method was saved");
    QCOMPARE_EQ(method.int64(0), invoice->customerId);
    QCOMPARE_EQ(method.text(1), cardToken().right(4));
    QCOMPARE_EQ(method.text(2), QStringLiteral("active"));
    const QByteArray sealed = method.value(3).toByteArray();
    QVERIFY2(!sealed.isEmpty(), "the token was not kept");
    QVERIFY2(!sealed.contains(cardToken().toUtf8()), "the token is stored in the clear");
    QVERIFY(!sealed.contains(cardToken().left(8).toUtf8()));
    QVERIFY(!method.text(4).contains(cardToken()));
    QVERIFY(!method.next());

    // PayFast reports the subscription cancelled: the card is removed.
    QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(checkout->mPaymentId, QStringLiteral("9200001"), QStringLiteral("CANCELLED"),
                                                 QStringLiteral("0.00"), QStringLiteral("0.00"), QStringLiteral("0.00"), card)),
                200);
    QVERIFY(books.waitUntilProcessed(QStringLiteral("9200001"), QStringLiteral("CANCELLED")));
    n = books.notification(QStringLiteral("9200001"), QStringLiteral("CANCELLED"));
    QVERIFY(n);
    QVERIFY2(n->outcome.contains(QStringLiteral("removed")), qPrintable(n->outcome));
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM payment_methods WHERE status = 'removed' "
                                            "AND removed_at IS NOT NULL")),
                1);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM payment_methods WHERE status = 'active'")), 0);
    QCOMPARE_EQ(books.invoiceStatus(invoice->id), QStringLiteral("open"));

    // A R 0.00 COMPLETE whose m_payment_id is none of ours has no customer to keep a card for: nothing is saved, and the log says so.
    const FormFields strayCard{{QStringLiteral("token"), QStringLiteral("0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f6a")},
                               {QStringLiteral("billing_date"), Clock::today().toString(Qt::ISODate)}};
    QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(QStringLiteral("INV-000999-0123456789"), QStringLiteral("9200002"),
                                                 QStringLiteral("COMPLETE"), QStringLiteral("0.00"), QStringLiteral("0.00"),
                                                 QStringLiteral("0.00"), strayCard)),
                200);
    QVERIFY(books.waitUntilProcessed(QStringLiteral("9200002"), QStringLiteral("COMPLETE")));
    n = books.notification(QStringLiteral("9200002"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(n->processing, QStringLiteral("processed"));
    QVERIFY2(n->outcome.contains(QStringLiteral("no card saved")), qPrintable(n->outcome));
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM payment_methods")), 1);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), 0);
}

void tst_Booking::twoListenersOnOneLedgerBookOnce()
{
    // Two desktops' listeners on one ledger need PostgreSQL; a run that deliberately leaves PostgreSQL out
    // checks the same against two connections to one SQLite file.
    const bool noPostgres = qEnvironmentVariable("IMALI_TEST_NO_POSTGRES") == QLatin1String("1");
    if (!noPostgres)
        QVERIFY2(!qEnvironmentVariable("IMALI_TEST_POSTGRES_URL").isEmpty(),
                 "IMALI_TEST_POSTGRES_URL is not set: run the tests through scripts/test.sh, or set "
                 "IMALI_TEST_NO_POSTGRES=1 to leave PostgreSQL out on purpose");
    START_BOOKS_OR_FAIL(books, noPostgres ? QStringLiteral("sqlite") : QStringLiteral("postgres"), sim);
    int bookedSoFar = 0;

    if (!noPostgres) {
        // A COMPLETE that meets the other listener's PENDING of the same payment in flight (its row
        // inserted, not yet committed) must complete that payment, not be dropped as a "duplicate".
        // Our own connection plays the other listener's PENDING; SQLite's write lock rules this race out.
        auto raced = books.openInvoice(QStringLiteral("Raced customer"), {QStringLiteral("Raced order;1;270.00;0")});
        QVERIFY_OK(raced);
        auto racedCheckout = books.checkout(*raced);
        QVERIFY_OK(racedCheckout);
        const ItnAmounts c = amountsFor(racedCheckout->amount);
        const QString racedPf = QStringLiteral("9399999");
        int answered = 0;
        const Status pendingFromTheOtherListener = books.db().write([&]() -> Status {
            Sql pending(books.db(), QStringLiteral(
                "INSERT INTO transactions (kind, provider, provider_id, environment, status, m_payment_id, gross, fee, net, "
                "created_at, updated_at) VALUES ('payment', 'payfast', :id, 'sandbox', 'pending', :m, :g, :f, :n, :now, :now)"));
            pending.bind(QStringLiteral(":id"), racedPf)
                .bind(QStringLiteral(":m"), racedCheckout->mPaymentId)
                .bind(QStringLiteral(":g"), racedCheckout->amount.cents())
                .bind(QStringLiteral(":f"), c.feeKept.cents())
                .bind(QStringLiteral(":n"), (racedCheckout->amount - c.feeKept).cents())
                .bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()));
            if (Status e = pending.exec(); !e)
                return e;
            answered = sim.post(books.itnUrl(), sim.itn(racedCheckout->mPaymentId, racedPf, QStringLiteral("COMPLETE"),
                                                        c.gross, c.fee, c.net));
            QTest::qWait(1500); // the listener confirms it, then waits on our uncommitted row
            return {};
        });
        QVERIFY_OK(pendingFromTheOtherListener);
        QCOMPARE_EQ(answered, 200);
        QVERIFY(books.waitUntilProcessed(racedPf, QStringLiteral("COMPLETE")));
        const auto racedNotification = books.notification(racedPf, QStringLiteral("COMPLETE"));
        QVERIFY(racedNotification);
        QVERIFY2(racedNotification->outcome.contains(QStringLiteral("settled")), qPrintable(racedNotification->outcome));
        QCOMPARE_EQ(books.transaction(racedPf).status, QStringLiteral("complete"));
        QCOMPARE_EQ(books.invoiceStatus(raced->id), QStringLiteral("paid"));
        bookedSoFar = 1;
    }

    const QString secondError = books.startSecondListener(sim.validateUrl());
    QVERIFY2(secondError.isEmpty(), qPrintable(secondError));

    // One payment both listeners hear about, and ten more, each also posted to both, all at once.
    constexpr int Payments = 11;
    QList<Invoice> invoices;
    QList<QPair<QUrl, QByteArray>> posts;
    for (int i = 0; i < Payments; ++i) {
        auto invoice = books.openInvoice(QStringLiteral("Customer %1").arg(i + 1),
                                         {QStringLiteral("Order %1;1;%2.00;0").arg(i + 1).arg(100 + i)});
        QVERIFY_OK(invoice);
        auto checkout = books.checkout(*invoice);
        QVERIFY_OK(checkout);
        invoices.append(*invoice);
        const ItnAmounts a = amountsFor(checkout->amount);
        const QByteArray itn = sim.itn(checkout->mPaymentId, QString::number(9300001 + i), QStringLiteral("COMPLETE"),
                                       a.gross, a.fee, a.net);
        posts.append({books.itnUrl(), itn});
        posts.append({books.secondItnUrl(), itn});
    }
    QCOMPARE_EQ(sim.postAll(posts), QList<int>(2 * Payments, 200));
    for (const Invoice& invoice : std::as_const(invoices))
        QTRY_COMPARE_WITH_TIMEOUT(books.invoiceStatus(invoice.id), QStringLiteral("paid"), 15000);
    QTRY_COMPARE_WITH_TIMEOUT(books.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE processing <> 'processed'")),
                              qint64(0), 10000);
    QTest::qWait(2500); // both processors tick every second: give a second pick-up time to show
    qInfo("PayFast was asked to confirm %d times for %d payments", sim.validateCalls() - bookedSoFar, Payments);

    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications")), bookedSoFar + Payments);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), bookedSoFar + Payments);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(DISTINCT provider_id) FROM transactions")), bookedSoFar + Payments);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.booked'")),
                bookedSoFar + Payments);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transaction_events WHERE event = 'confirmed'")),
                bookedSoFar + Payments);
    for (const Invoice& invoice : std::as_const(invoices)) {
        const Invoice paid = books.invoice(invoice.id);
        QCOMPARE_EQ(paid.amountPaid.toString(), paid.total.toString());
        QCOMPARE_EQ(paid.transactions.size(), 1);
    }

    // While one listener's confirmation hangs at PayFast, the other should not take the same notification
    // up too (it does: see the expected failure). Money is booked once either way.
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Slow));
    auto late = books.openInvoice(QStringLiteral("Late customer"), {QStringLiteral("Late order;1;250.00;0")});
    QVERIFY_OK(late);
    auto lateCheckout = books.checkout(*late);
    QVERIFY_OK(lateCheckout);
    const ItnAmounts a = amountsFor(lateCheckout->amount);
    const QString latePf = QString::number(9300001 + Payments);
    QCOMPARE_EQ(sim.post(books.itnUrl(), sim.itn(lateCheckout->mPaymentId, latePf, QStringLiteral("COMPLETE"), a.gross,
                                                 a.fee, a.net)),
                200);
    QTRY_VERIFY_WITH_TIMEOUT(sim.silentConnections() >= 1, 5000);
    QTest::qWait(2500); // the second listener's processor ticks twice meanwhile
    QCOMPARE_EQ(sim.silentConnections(), 1);
    // PayFast drops the hanging requests and answers again (QtNetwork re-sends, or the schedule retries).
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Valid));
    QTRY_COMPARE_WITH_TIMEOUT(books.invoiceStatus(late->id), QStringLiteral("paid"), 15000);
    QVERIFY(books.waitUntilProcessed(latePf, QStringLiteral("COMPLETE"), 15000));

    // A retry, too, is taken up by one of the two listeners only.
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Down));
    auto retried = books.openInvoice(QStringLiteral("Retried customer"), {QStringLiteral("Retried order;1;260.00;0")});
    QVERIFY_OK(retried);
    auto retriedCheckout = books.checkout(*retried);
    QVERIFY_OK(retriedCheckout);
    const ItnAmounts r = amountsFor(retriedCheckout->amount);
    const QString retriedPf = QString::number(9300002 + Payments);
    QCOMPARE_EQ(sim.post(books.secondItnUrl(), sim.itn(retriedCheckout->mPaymentId, retriedPf, QStringLiteral("COMPLETE"),
                                                       r.gross, r.fee, r.net)),
                200);
    QVERIFY(books.waitForAttempts(retriedPf, QStringLiteral("COMPLETE"), 1));
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Slow));
    Clock::setFixedNow(Clock::nowUtc().addSecs(ItnProcessor::FirstRetrySeconds + 1)); // due on both processors' next tick
    QTRY_VERIFY_WITH_TIMEOUT(sim.silentConnections() >= 1, 5000);
    QTest::qWait(2500);
    QCOMPARE_EQ(sim.silentConnections(), 1);
    QVERIFY(sim.setMode(PayFastSimulator::Mode::Valid));
    Clock::setFixedNow(QDateTime()); // real time again: a retry after a dropped request comes due by itself
    QTRY_COMPARE_WITH_TIMEOUT(books.invoiceStatus(retried->id), QStringLiteral("paid"), 20000);
    QVERIFY(books.waitUntilProcessed(retriedPf, QStringLiteral("COMPLETE"), 20000));
    QTest::qWait(1500);

    // However often it was confirmed, each payment is in the books once.
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions")), bookedSoFar + Payments + 2);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.booked'")),
                bookedSoFar + Payments + 2);
    for (const qint64 id : {late->id, retried->id}) {
        const Invoice paid = books.invoice(id);
        QCOMPARE_EQ(paid.amountPaid.toString(), paid.total.toString());
        QCOMPARE_EQ(paid.transactions.size(), 1);
    }
    auto verified = books.ledger().audit().verify(books.ledger().anchor().read());
    QVERIFY_OK(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QVERIFY(verified->anchored);
}

void tst_Booking::itnShowRedactsSecrets()
{
    QFETCH(QString, backend);
    QVERIFY2(QFileInfo::exists(imalictlPath()), qPrintable(imalictlPath() + QStringLiteral(" was not built")));
    START_BOOKS_OR_FAIL(books, backend, sim);
    // A first subscription payment: money and a card in one ITN.
    auto invoice = books.openInvoice(QStringLiteral("Kagiso Sithole"), {QStringLiteral("Membership;1;349.00")});
    QVERIFY_OK(invoice);
    auto checkout = books.checkout(*invoice, true);
    QVERIFY_OK(checkout);
    const ItnAmounts a = amountsFor(checkout->amount);
    const FormFields card{{QStringLiteral("token"), cardToken()},
                          {QStringLiteral("billing_date"), Clock::today().toString(Qt::ISODate)}};
    const FormFields fields = sim.itnFields(checkout->mPaymentId, QStringLiteral("9400001"), QStringLiteral("COMPLETE"),
                                            a.gross, a.fee, a.net, card);
    const QByteArray itn = sim.sign(fields);
    QCOMPARE_EQ(sim.post(books.itnUrl(), itn), 200);
    QTRY_COMPARE_WITH_TIMEOUT(books.invoiceStatus(invoice->id), QStringLiteral("paid"), 5000);
    QVERIFY(books.waitUntilProcessed(QStringLiteral("9400001"), QStringLiteral("COMPLETE")));
    const auto n = books.notification(QStringLiteral("9400001"), QStringLiteral("COMPLETE"));
    QVERIFY(n);
    QCOMPARE_EQ(books.scalar(QStringLiteral("SELECT COUNT(*) FROM payment_methods WHERE status = 'active'")), 1);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMALI_KEY_FILE"), books.keyFile());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), books.dir() + QStringLiteral("/cli-xdg"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), books.dir() + QStringLiteral("/cli-data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("IMALI_DATABASE_URL"));
    const QStringList show{QStringLiteral("itn"), QStringLiteral("show"), QString::number(n->id), QStringLiteral("--db"),
                           books.url()};
    const CliRun json = runImalictl(show + QStringList{QStringLiteral("--json")}, env);
    QVERIFY2(json.exitCode == 0, qPrintable(json.err + json.out));
    const CliRun text = runImalictl(show, env);
    QVERIFY2(text.exitCode == 0, qPrintable(text.err + text.out));

    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
    QCOMPARE_EQ(o.value(QStringLiteral("id")).toInteger(), n->id);
    QCOMPARE_EQ(o.value(QStringLiteral("pf_payment_id")).toString(), QStringLiteral("9400001"));
    QCOMPARE_EQ(o.value(QStringLiteral("payment_status")).toString(), QStringLiteral("COMPLETE"));
    QCOMPARE_EQ(o.value(QStringLiteral("processing")).toString(), QStringLiteral("processed"));
    QCOMPARE_EQ(o.value(QStringLiteral("outcome")).toString(), n->outcome);
    QVERIFY2(n->outcome.contains(QStringLiteral("settled")), qPrintable(n->outcome));
    QCOMPARE_EQ(o.value(QStringLiteral("checks")).toObject().value(QStringLiteral("signature")).toString(),
                QStringLiteral("valid"));
    // Every field as received, in order, empty ones included; the signature and the token masked.
    FormFields expected = fields;
    for (auto& [key, value] : expected)
        if (key == QLatin1String("token"))
            value = QStringLiteral("***");
    expected.append({QStringLiteral("signature"), QStringLiteral("***")});
    FormFields shown;
    for (const QJsonValue& pair : o.value(QStringLiteral("fields")).toArray())
        shown.append({pair.toArray().at(0).toString(), pair.toArray().at(1).toString()});
    QCOMPARE_EQ(shown, expected);
    // No secret anywhere in what the command printed.
    const QString signature = QString::fromLatin1(PayFastSimulator::signatureOf(itn));
    QCOMPARE_EQ(signature.size(), 32);
    for (const CliRun& run : {json, text}) {
        const QString all = run.out + run.err;
        QVERIFY2(!all.contains(passphrase()), "the passphrase was printed");
        QVERIFY2(!all.contains(cardToken()), "the card token was printed");
        QVERIFY2(!all.contains(signature), "the signature was printed");
    }
    QVERIFY2(text.out.contains(n->outcome), qPrintable(text.out));
}

QTEST_GUILESS_MAIN(tst_Booking)
#include "tst_booking.moc"
