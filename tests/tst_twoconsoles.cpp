// SPDX-License-Identifier: GPL-3.0-or-later
#include "Checkouts.h"
#include "Config.h"
#include "ConsoleContext.h"
#include "ConsoleFixtures.h"
#include "InvoiceTableModel.h"
#include "InvoicesView.h"
#include "MainWindow.h"
#include "PayFastSimulator.h"
#include "PaymentsView.h"
#include "models/PaymentsModel.h"
#include "payfast/PayFastProvider.h"
#include "security/KeyStore.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace imali;

namespace
{

const QString MerchantId = QStringLiteral("10000100");
const QString Passphrase = QStringLiteral("two-consoles_passphrase");

/// One desktop's console: its own connection to the shared ledger, configuration folder, listener and window.
struct Console {
    std::unique_ptr<Ledger> ledger;
    std::unique_ptr<ConsoleContext> context;
    std::unique_ptr<MainWindow> window;
    quint16 port = 0;

    QUrl itnUrl() const
    {
        QUrl url(QStringLiteral("http://127.0.0.1/api/payments/itn"));
        url.setPort(port);
        return url;
    }
    /// What the Invoices page says of \a invoiceId ("Open", "Paid"…); empty when it isn't listed.
    QString invoiceState(qint64 invoiceId) const
    {
        const InvoiceTableModel* model = window->invoicesView()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->invoiceIdAt(row) == invoiceId)
                return model->index(row, int(InvoiceColumn::State)).data().toString();
        return {};
    }
    /// Whether the Payments page lists a payment against invoice \a number.
    bool listsPaymentFor(const QString& number) const
    {
        const PaymentsModel* model = window->findChild<PaymentsView*>()->model();
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->index(row, PaymentsModel::InvoiceColumn).data().toString() == number)
                return true;
        return false;
    }
};

QString openConsole(Console& console, testdb::TestLedger& t, const QString& name)
{
    LedgerLocation location;
    location.url = *DatabaseUrl::parse(t.url());
    location.configDir = t.filePath(name + QStringLiteral("/imali"));
    location.connectionName = QStringLiteral("console-") + name;
    auto ledger = Ledger::open(location, std::make_unique<FileKeyStore>(t.keyFile()));
    if (!ledger)
        return ledger.error().message;
    console.ledger = std::move(ledger).value();
    if (Status s = console.ledger->unlock(); !s)
        return s.error().message;
    console.context = std::make_unique<ConsoleContext>(
        *console.ledger, Config(t.filePath(name + QStringLiteral("/imali/imali.ini"))));
    console.window = std::make_unique<MainWindow>(*console.context);
    console.window->show();
    auto port = console.context->startListener();
    if (!port)
        return port.error().message;
    console.port = *port;
    return {};
}

} // namespace

/**
 * Two consoles (two desktops) on one ledger, each with its own connections,
 * listener on its own loopback port and live updates: a payment PayFast
 * notifies to one console shows as paid on the other's screen within a
 * second, both ways round (issue #7's "Done when").
 */
class tst_TwoConsoles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("PAYFAST_MERCHANT_ID", MerchantId.toUtf8());
        qputenv("PAYFAST_PASSPHRASE", Passphrase.toUtf8());
        qputenv("IMALI_ITN_LISTEN", "127.0.0.1:0");
        qputenv("IMALI_ITN_ALLOWED_SOURCES", "127.0.0.1/32");
        qputenv("IMALI_PUBLIC_URL", "https://shop.example.co.za");
        qunsetenv("IMALI_DATABASE_URL");
    }
    void eachSeesTheOthersPaymentsWithinASecond_data() { testdb::addBackendRows(); }
    void eachSeesTheOthersPaymentsWithinASecond();
};

void tst_TwoConsoles::eachSeesTheOthersPaymentsWithinASecond()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    PayFastSimulator payfast(MerchantId, Passphrase);
    QVERIFY(payfast.start());
    qputenv("PAYFAST_VALIDATE_URL", payfast.validateUrl().toString().toUtf8());
    const auto restore = qScopeGuard([] { qunsetenv("PAYFAST_VALIDATE_URL"); });

    auto customer = fixtures::customer(t.ledger(), QStringLiteral("Thandi"));
    QVERIFY_OK(customer);
    auto first = fixtures::invoice(t.ledger(), customer->id, QStringLiteral("250.00"));
    QVERIFY_OK(first);
    auto second = fixtures::invoice(t.ledger(), customer->id, QStringLiteral("120.00"));
    QVERIFY_OK(second);
    t.close(); // the fixture's own connection is no console's

    Console a;
    Console b;
    QString problem = openConsole(a, t, QStringLiteral("a"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = openConsole(b, t, QStringLiteral("b"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(a.port != b.port);
    QCOMPARE(a.invoiceState(first->id), QStringLiteral("Open"));
    QCOMPARE(b.invoiceState(first->id), QStringLiteral("Open"));
    QTest::qWait(400); // each SQLite watcher has read the current data_version once

    struct Delivery {
        Console& to;
        Console& other;
        const Invoice& invoice;
        QString pfPaymentId;
    };
    const QList<Delivery> deliveries {{a, b, *first, QStringLiteral("9300001")},
                                      {b, a, *second, QStringLiteral("9300002")}};
    for (const Delivery& d : deliveries) {
        auto checkout = Checkouts(*d.to.ledger, PayFastProvider(*d.to.context->payFastSettings()))
                            .createForInvoice(d.invoice.number, false);
        QVERIFY_OK(checkout);
        const QString gross = checkout->checkout.amount.toString();
        QElapsedTimer sincePost;
        sincePost.start();
        QCOMPARE(payfast.post(d.to.itnUrl(),
                              payfast.itn(checkout->checkout.mPaymentId, d.pfPaymentId,
                                          QStringLiteral("COMPLETE"), gross, QStringLiteral("-5.00"),
                                          (checkout->checkout.amount - Money::fromCents(500)).toString())),
                 200);
        // The console that heard it books it (PayFast's confirmation first, so allow it time)…
        QTRY_COMPARE_WITH_TIMEOUT(d.to.invoiceState(d.invoice.id), QStringLiteral("Paid"), 10000);
        const qint64 bookedAfter = sincePost.elapsed();
        // …and the other console's screen follows within a second, without anyone refreshing it.
        QElapsedTimer sinceBooked;
        sinceBooked.start();
        QTRY_COMPARE_WITH_TIMEOUT(d.other.invoiceState(d.invoice.id), QStringLiteral("Paid"), 1000);
        const qint64 seenAfter = sinceBooked.elapsed();
        const qint64 seenSincePost = sincePost.elapsed();
        QVERIFY(d.other.listsPaymentFor(d.invoice.number));
        qInfo("%s: paid on the screen of the console that heard it %lld ms after the post; on the other "
              "console's %lld ms after that (%lld ms after the post)",
              qPrintable(d.invoice.number), static_cast<long long>(bookedAfter),
              static_cast<long long>(seenAfter), static_cast<long long>(seenSincePost));
    }
    QVERIFY(a.listsPaymentFor(first->number) && a.listsPaymentFor(second->number));
    QVERIFY(b.listsPaymentFor(first->number) && b.listsPaymentFor(second->number));
    a.context->stopListener();
    b.context->stopListener();
}

QTEST_MAIN(tst_TwoConsoles)
#include "tst_twoconsoles.moc"
