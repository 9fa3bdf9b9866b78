// SPDX-License-Identifier: GPL-3.0-or-later
// The console's PayFast merchant-API screens (issue 9) and Stripe in request payment (issue 11), driven
// through the real dialogs against PayFastApiSimulator and StripeSimulator.
#include "ChargeCardDialog.h"
#include "Checkouts.h"
#include "ConsoleContext.h"
#include "ConsoleFixtures.h"
#include "CustomersView.h"
#include "InvoicesView.h"
#include "PayFastApiSimulator.h"
#include "PayFastRefundDialog.h"
#include "PaymentsView.h"
#include "ReconcileView.h"
#include "RequestPaymentDialog.h"
#include "SavedCardsDialog.h"
#include "StripeSimulator.h"
#include "models/PaymentsModel.h"
#include "payfast/PayFastProvider.h"
#include "payfast/SavedCards.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTableView>
#include <QTreeWidget>
#include <QUrlQuery>

using namespace imali;

namespace
{

const QString MerchantId = QStringLiteral("10000100");
const QString Passphrase = QStringLiteral("jt7NOE43FZPn");
const QString CardToken = QStringLiteral("5b2a8c1e-7d4f-4e21-9c3b-2f6a1d0e8b47");
const QString StripeKey = QStringLiteral("sk_test_51Imali0SimulatedKeyAbCdEfGh0123456789");
const QString StripeWebhookSecret = QStringLiteral("whsec_test_5WbX5kEWLlfzsGNjH64I8lOOqUB6e8FH");

/// Sets environment variables for one test and puts the old values back after it.
class ScopedEnv
{
public:
    void set(const char* name, const QString& value)
    {
        save(name);
        qputenv(name, value.toUtf8());
    }
    void unset(const char* name)
    {
        save(name);
        qunsetenv(name);
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
    void save(const char* name)
    {
        if (!m_saved.contains(QByteArray(name)))
            m_saved.insert(QByteArray(name),
                           qEnvironmentVariableIsSet(name) ? std::optional<QByteArray>(qgetenv(name))
                                                           : std::nullopt);
    }
    QHash<QByteArray, std::optional<QByteArray>> m_saved;
};

/// A checkout for \a invoice, as Request payment makes it.
Result<Checkout> checkoutFor(ConsoleContext& context, const Invoice& invoice)
{
    auto settings = context.payFastSettings();
    if (!settings)
        return settings.error();
    const PayFastProvider provider(*settings);
    auto created = Checkouts(context.ledger(), provider).createForInvoice(QString::number(invoice.id), false);
    if (!created)
        return created.error();
    return created->checkout;
}

/// Books a COMPLETE for \a invoice's balance as PayFast's ITN would, as pf id \a pf; also tells \a sim.
Result<qint64> payThroughPayFast(ConsoleContext& context, PayFastApiSimulator& sim, const Invoice& invoice,
                                 const QString& pf, qint64 simFee = -1, bool atPayFast = true)
{
    auto c = checkoutFor(context, invoice);
    if (!c)
        return c.error();
    ConfirmedPayment p;
    p.providerId = pf;
    p.status = QStringLiteral("COMPLETE");
    p.mPaymentId = c->mPaymentId;
    p.gross = c->amount;
    p.fee = Money::fromCents(PayFastApiSimulator::feeFor(c->amount.cents()));
    p.net = p.gross - p.fee;
    auto booked = PaymentBooking(context.ledger()).book(p);
    if (!booked)
        return booked.error();
    if (!booked->transactionId)
        return Error::runtime(booked->outcome);
    if (!atPayFast)
        return *booked->transactionId;
    PayFastApiSimulator::Payment s;
    s.pfPaymentId = pf;
    s.mPaymentId = c->mPaymentId;
    s.gross = c->amount.cents();
    s.fee = simFee >= 0 ? simFee : PayFastApiSimulator::feeFor(c->amount.cents());
    s.date = Clock::today();
    sim.addPayment(s);
    return *booked->transactionId;
}

/// Clicks Yes (or No) on the confirmation named \a name that \a owner opened.
bool answer(QWidget& owner, const QString& name, QMessageBox::StandardButton button, QString* text = nullptr)
{
    QPointer<QMessageBox> box;
    for (int i = 0; i < 200 && !(box = owner.findChild<QMessageBox*>(name)); ++i)
        QTest::qWait(10);
    if (!box)
        return false;
    if (text)
        *text = box->text();
    QTest::mouseClick(box->button(button), Qt::LeftButton);
    return true;
}

QString invoiceStatus(Ledger& ledger, qint64 id)
{
    auto invoice = Invoices(ledger).get(id);
    return invoice ? toString(invoice->status) : invoice.error().message;
}

} // namespace

#define START_SIM_OR_FAIL(sim)                                                                               \
    PayFastApiSimulator sim(MerchantId, Passphrase);                                                         \
    QVERIFY2(sim.start(), "the PayFast API simulator could not listen on 127.0.0.1")

/**
 * What a merchant does with PayFast's merchant API from the console: refunds
 * through a confirmation, PayFast's refusals in its words, saved cards
 * added, charged and removed, a reconciliation naming each planted
 * difference, and Stripe offered in Request payment only when switched on.
 */
class tst_ConsoleMerchant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("PAYFAST_MERCHANT_ID", MerchantId.toUtf8());
        qputenv("PAYFAST_PASSPHRASE", Passphrase.toUtf8());
        qputenv("IMALI_PUBLIC_URL", "https://shop.example.co.za");
        qunsetenv("ENABLE_STRIPE");
    }

    void payFastRefundInPartThenInFullThroughTheDialog_data() { testdb::addBackendRows(); }
    void payFastRefundInPartThenInFullThroughTheDialog();
    void sandboxRefusalIsShownInPayFastsWords_data() { testdb::addBackendRows(); }
    void sandboxRefusalIsShownInPayFastsWords();
    void savedCardIsAddedChargedAndRemoved_data() { testdb::addBackendRows(); }
    void savedCardIsAddedChargedAndRemoved();
    void reconcilePageNamesEachPlantedDifference_data() { testdb::addBackendRows(); }
    void reconcilePageNamesEachPlantedDifference();
    void catchUpOnStartSaysWhyWhenPayFastCantBeAsked_data() { testdb::addBackendRows(); }
    void catchUpOnStartSaysWhyWhenPayFastCantBeAsked();
    void stripeIsOfferedOnlyWhenSwitchedOn_data() { testdb::addBackendRows(); }
    void stripeIsOfferedOnlyWhenSwitchedOn();
};

namespace
{
/// Opens the PayFast refund dialog for \a paymentId from the Payments page and waits for PayFast's quote.
PayFastRefundDialog* openRefundDialog(PaymentsView& view, qint64 paymentId)
{
    auto* table = view.findChild<QTableView*>(QStringLiteral("paymentsTable"));
    table->setCurrentIndex(view.model()->indexOfPayment(paymentId));
    auto* button = view.findChild<QPushButton*>(QStringLiteral("payFastRefundButton"));
    if (!button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    auto* dialog = fixtures::openDialog<PayFastRefundDialog>(view);
    if (dialog)
        (void)QTest::qWaitFor([dialog] { return !dialog->isBusy(); }, 20000);
    return dialog;
}
} // namespace

void tst_ConsoleMerchant::payFastRefundInPartThenInFullThroughTheDialog()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(books, backend);
    START_SIM_OR_FAIL(sim);
    ScopedEnv env;
    env.set("PAYFAST_API_URL", sim.baseUrl());
    ConsoleContext context(books.ledger(), Config(QString()));
    auto thandi = fixtures::customer(books.ledger(), QStringLiteral("Thandi Mokoena"));
    QVERIFY_OK(thandi);
    auto invoice = fixtures::invoice(books.ledger(), thandi->id, QStringLiteral("1150.00"));
    QVERIFY_OK(invoice);
    auto paid = payThroughPayFast(context, sim, *invoice, QStringLiteral("1124148"));
    QVERIFY_OK(paid);

    PaymentsView view(books.ledger());
    view.setConsoleContext(&context);
    QSignalSpy booksChanged(&view, &PaymentsView::booksChanged);

    // Part: what PayFast and the books say first, then the amount, reason and a confirmation.
    PayFastRefundDialog* dialog = openRefundDialog(view, *paid);
    QVERIFY(dialog);
    const QString quote = dialog->findChild<QLabel*>(QStringLiteral("refundQuote"))->text();
    QVERIFY2(quote.contains(QStringLiteral("refundable in the books: %1").arg(fixtures::shown(115000))),
             qPrintable(quote));
    QVERIFY2(quote.contains(QStringLiteral("back to the card")), qPrintable(quote));
    auto* amount = dialog->findChild<QLineEdit*>(QStringLiteral("refundAmount"));
    QCOMPARE_EQ(amount->text(), QStringLiteral("1150.00")); // all of it by default
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("400.00"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("refundReason")),
                     QStringLiteral("One session cancelled"));
    dialog->findChild<QCheckBox*>(QStringLiteral("notifyBuyer"))->setChecked(false);
    auto* refund = dialog->findChild<QPushButton*>(QStringLiteral("refundButton"));
    QTest::mouseClick(refund, Qt::LeftButton);
    QString question;
    // No: nothing goes to PayFast.
    QVERIFY(answer(*dialog, QStringLiteral("refundConfirmation"), QMessageBox::No, &question));
    QCOMPARE_EQ(
        question,
        QStringLiteral("Refund %1 of payment %2 (PayFast 1124148) to Thandi Mokoena? This cannot be undone.")
            .arg(fixtures::shown(40000), invoice->number));
    QCOMPARE_EQ(sim.count("POST", QStringLiteral("/refunds/")), 0);
    QTest::mouseClick(refund, Qt::LeftButton);
    QVERIFY(answer(*dialog, QStringLiteral("refundConfirmation"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->outcomeText().startsWith(QStringLiteral("PayFast refunded")), 20000);
    QVERIFY2(dialog->outcomeText().contains(fixtures::shown(40000)), qPrintable(dialog->outcomeText()));
    QCOMPARE_EQ(sim.count("POST", QStringLiteral("/refunds/1124148")), 1);
    QCOMPARE_EQ(sim.requests().last().body.value(2).second, QStringLiteral("0")); // the buyer not told
    QCOMPARE_EQ(booksChanged.count(), 1);
    QCOMPARE_EQ(invoiceStatus(books.ledger(), invoice->id), QStringLiteral("partially_refunded"));
    QCOMPARE_EQ(view.findChild<QLabel*>(QStringLiteral("refundedLabel"))->text(), fixtures::shown(40000));
    QPointer<PayFastRefundDialog> closed(dialog);
    dialog->close();
    QTRY_VERIFY(closed.isNull()); // deleted on close, so the next one found is the next one opened

    // The rest: the default is what is left.
    dialog = openRefundDialog(view, *paid);
    QVERIFY(dialog);
    QCOMPARE_EQ(dialog->findChild<QLineEdit*>(QStringLiteral("refundAmount"))->text(),
                QStringLiteral("750.00"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("refundReason")),
                     QStringLiteral("Project cancelled"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("refundButton")), Qt::LeftButton);
    QVERIFY(answer(*dialog, QStringLiteral("refundConfirmation"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->outcomeText().startsWith(QStringLiteral("PayFast refunded")), 20000);
    QCOMPARE_EQ(invoiceStatus(books.ledger(), invoice->id), QStringLiteral("refunded"));
    QCOMPARE_EQ(booksChanged.count(), 2);
    dialog->close();
    // Nothing left: the page no longer offers it.
    auto* table = view.findChild<QTableView*>(QStringLiteral("paymentsTable"));
    table->setCurrentIndex(view.model()->indexOfPayment(*paid));
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("payFastRefundButton"))->isEnabled());

    // A third refund, beyond what was paid, is refused with the reason shown, and nothing changes.
    PayFastRefundDialog third(context, *paid);
    QTRY_VERIFY_WITH_TIMEOUT(!third.isBusy(), 20000);
    auto* thirdAmount = third.findChild<QLineEdit*>(QStringLiteral("refundAmount"));
    thirdAmount->clear();
    QTest::keyClicks(thirdAmount, QStringLiteral("0.01"));
    QTest::keyClicks(third.findChild<QLineEdit*>(QStringLiteral("refundReason")), QStringLiteral("One more"));
    third.findChild<QPushButton*>(QStringLiteral("refundButton"))->setEnabled(true);
    QTest::mouseClick(third.findChild<QPushButton*>(QStringLiteral("refundButton")), Qt::LeftButton);
    QVERIFY(answer(third, QStringLiteral("refundConfirmation"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(third.outcomeText().startsWith(QStringLiteral("Not refunded")), 20000);
    QVERIFY2(third.outcomeText().contains(QStringLiteral("more than was paid")),
             qPrintable(third.outcomeText()));
    QCOMPARE_EQ(sim.count("POST", QStringLiteral("/refunds/")), 2);
    auto after = Invoices(books.ledger()).get(invoice->id);
    QVERIFY_OK(after);
    QCOMPARE_EQ(after->amountRefunded.toString(), QStringLiteral("1150.00"));
}

void tst_ConsoleMerchant::sandboxRefusalIsShownInPayFastsWords()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(books, backend);
    START_SIM_OR_FAIL(sim);
    ScopedEnv env;
    env.set("PAYFAST_API_URL", sim.baseUrl());
    ConsoleContext context(books.ledger(), Config(QString()));
    auto lindiwe = fixtures::customer(books.ledger(), QStringLiteral("Lindiwe Dube"));
    QVERIFY_OK(lindiwe);
    auto invoice = fixtures::invoice(books.ledger(), lindiwe->id, QStringLiteral("300.00"));
    QVERIFY_OK(invoice);
    auto paid = payThroughPayFast(context, sim, *invoice, QStringLiteral("4400001"));
    QVERIFY_OK(paid);
    QVERIFY(sim.setMode(PayFastApiSimulator::Mode::RefundsUnavailable));

    PaymentsView view(books.ledger());
    view.setConsoleContext(&context);
    QSignalSpy booksChanged(&view, &PaymentsView::booksChanged);
    PayFastRefundDialog* dialog = openRefundDialog(view, *paid);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("refundReason")),
                     QStringLiteral("Goods returned"));
    QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("refundButton")), Qt::LeftButton);
    QVERIFY(answer(*dialog, QStringLiteral("refundConfirmation"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(dialog->outcomeText().startsWith(QStringLiteral("Not refunded")), 20000);
    QVERIFY2(dialog->outcomeText().contains(QStringLiteral("\"Refunds are not available in sandbox mode\"")),
             qPrintable(dialog->outcomeText()));
    QCOMPARE_EQ(booksChanged.count(), 0);
    QCOMPARE_EQ(invoiceStatus(books.ledger(), invoice->id), QStringLiteral("paid"));
}

void tst_ConsoleMerchant::savedCardIsAddedChargedAndRemoved()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(books, backend);
    START_SIM_OR_FAIL(sim);
    ScopedEnv env;
    env.set("PAYFAST_API_URL", sim.baseUrl());
    ConsoleContext context(books.ledger(), Config(QString()));
    auto grace = fixtures::customer(books.ledger(), QStringLiteral("Grace Naidoo"),
                                    QStringLiteral("grace@example.co.za"));
    QVERIFY_OK(grace);
    auto invoice = fixtures::invoice(books.ledger(), grace->id, QStringLiteral("1150.00"));
    QVERIFY_OK(invoice);

    // Add: from the customer's page, a card-saving link with its QR code.
    CustomersView customers(books.ledger());
    customers.setConsoleContext(&context);
    auto* cardsButton = customers.findChild<QPushButton*>(QStringLiteral("savedCardsButton"));
    QVERIFY(cardsButton->isEnabled());
    QTest::mouseClick(cardsButton, Qt::LeftButton);
    auto* cards = fixtures::openDialog<SavedCardsDialog>(customers);
    QVERIFY(cards);
    QCOMPARE_EQ(cards->cardCount(), 0);
    QTest::mouseClick(cards->findChild<QPushButton*>(QStringLiteral("addCard")), Qt::LeftButton);
    const QString link = cards->findChild<QLineEdit*>(QStringLiteral("paymentLink"))->text();
    QVERIFY2(link.startsWith(QStringLiteral("https://shop.example.co.za/")),
             qPrintable(link + cards->message()));
    QVERIFY(!cards->findChild<QLabel*>(QStringLiteral("qrCode"))->pixmap().isNull());
    // PayFast's tokenization ITN for that checkout saves the card.
    auto settings = context.payFastSettings();
    QVERIFY_OK(settings);
    const PayFastProvider provider(*settings);
    auto checkout = Checkouts(books.ledger(), provider).byToken(link.section(QLatin1Char('/'), -1));
    QVERIFY_OK(checkout);
    QVERIFY(checkout->tokenize);
    ConfirmedPayment saved;
    saved.providerId = QStringLiteral("9200001");
    saved.status = QStringLiteral("COMPLETE");
    saved.mPaymentId = checkout->mPaymentId;
    saved.token = CardToken;
    QVERIFY_OK(PaymentBooking(books.ledger()).book(saved));
    sim.addToken(CardToken);
    context.notifyBooksChanged();
    QCOMPARE_EQ(cards->cardCount(), 1);
    auto* list = cards->findChild<QTreeWidget*>(QStringLiteral("cardsList"));
    QCOMPARE_EQ(list->topLevelItem(0)->text(0), QStringLiteral("\u2022\u2022\u2022\u2022 8b47"));
    // Label and default.
    auto* label = cards->findChild<QLineEdit*>(QStringLiteral("cardLabel"));
    label->clear();
    QTest::keyClicks(label, QStringLiteral("Business Visa"));
    QTest::mouseClick(cards->findChild<QPushButton*>(QStringLiteral("saveCardLabel")), Qt::LeftButton);
    QTest::mouseClick(cards->findChild<QPushButton*>(QStringLiteral("makeDefaultCard")), Qt::LeftButton);
    QCOMPARE_EQ(list->topLevelItem(0)->text(1), QStringLiteral("Business Visa"));
    QCOMPARE_EQ(list->topLevelItem(0)->text(2), QStringLiteral("default"));

    // Charge: from the invoice, after a confirmation; a second charge while the first is in flight is
    // refused.
    InvoicesView invoices(context);
    invoices.selectInvoice(invoice->id);
    auto* charge = invoices.findChild<QAction*>(QStringLiteral("chargeSavedCard"));
    QVERIFY(charge->isEnabled());
    charge->trigger();
    auto* chargeDialog = fixtures::openDialog<ChargeCardDialog>(invoices);
    QVERIFY(chargeDialog);
    QCOMPARE_EQ(chargeDialog->findChild<QComboBox*>(QStringLiteral("savedCard"))->currentText(),
                QStringLiteral("\u2022\u2022\u2022\u2022 8b47 (Business Visa)"));
    QTest::mouseClick(chargeDialog->findChild<QPushButton*>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QString question;
    QVERIFY(answer(*chargeDialog, QStringLiteral("chargeConfirmation"), QMessageBox::Yes, &question));
    QVERIFY2(question.contains(fixtures::shown(115000)), qPrintable(question));
    QTRY_VERIFY_WITH_TIMEOUT(chargeDialog->outcomeText().startsWith(QStringLiteral("PayFast accepted")),
                             20000);
    QCOMPARE_EQ(sim.count("POST", QStringLiteral("/subscriptions/%1/adhoc").arg(CardToken)), 1);
    chargeDialog->close();
    ChargeCardDialog again(context, invoice->id);
    QTest::mouseClick(again.findChild<QPushButton*>(QStringLiteral("chargeButton")), Qt::LeftButton);
    QVERIFY(answer(again, QStringLiteral("chargeConfirmation"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(again.outcomeText().startsWith(QStringLiteral("Not charged")), 20000);
    QVERIFY2(again.outcomeText().contains(QStringLiteral("in flight")), qPrintable(again.outcomeText()));
    QCOMPARE_EQ(sim.count("POST", QStringLiteral("/subscriptions/")), 1);

    // Remove: a No keeps it; a Yes cancels it at PayFast and it leaves the list.
    QTest::mouseClick(cards->findChild<QPushButton*>(QStringLiteral("removeCard")), Qt::LeftButton);
    QVERIFY(answer(*cards, QStringLiteral("removeCardConfirmation"), QMessageBox::No));
    QVERIFY(sim.tokenActive(CardToken));
    QTest::mouseClick(cards->findChild<QPushButton*>(QStringLiteral("removeCard")), Qt::LeftButton);
    QVERIFY(answer(*cards, QStringLiteral("removeCardConfirmation"), QMessageBox::Yes));
    QTRY_VERIFY_WITH_TIMEOUT(cards->message().startsWith(QStringLiteral("Card")), 20000);
    QCOMPARE_EQ(cards->cardCount(), 0);
    QVERIFY(!sim.tokenActive(CardToken));
}

void tst_ConsoleMerchant::reconcilePageNamesEachPlantedDifference()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(books, backend);
    START_SIM_OR_FAIL(sim);
    ScopedEnv env;
    env.set("PAYFAST_API_URL", sim.baseUrl());
    ConsoleContext context(books.ledger(), Config(QString()));
    auto customer = fixtures::customer(books.ledger(), QStringLiteral("Ayanda Zulu"));
    QVERIFY_OK(customer);
    QList<Invoice> invoices;
    for (int i = 0; i < 4; ++i) {
        auto invoice = fixtures::invoice(books.ledger(), customer->id, QStringLiteral("500.00"));
        QVERIFY_OK(invoice);
        invoices.append(*invoice);
    }
    // Agreeing; in the books only; at PayFast only (its ITN never came); fee differs.
    QVERIFY_OK(payThroughPayFast(context, sim, invoices[0], QStringLiteral("8000001")));
    QVERIFY_OK(payThroughPayFast(context, sim, invoices[1], QStringLiteral("8000002"), -1, false));
    auto missingCheckout = checkoutFor(context, invoices[2]);
    QVERIFY_OK(missingCheckout);
    PayFastApiSimulator::Payment late;
    late.pfPaymentId = QStringLiteral("8000003");
    late.mPaymentId = missingCheckout->mPaymentId;
    late.gross = 50000;
    late.fee = PayFastApiSimulator::feeFor(50000);
    late.date = Clock::today();
    sim.addPayment(late);
    QVERIFY_OK(payThroughPayFast(context, sim, invoices[3], QStringLiteral("8000004"), 4100));

    ReconcileView page(context);
    QSignalSpy booksChanged(&page, &ReconcileView::booksChanged);
    page.setPeriod(Clock::today(), Clock::today());
    QTest::mouseClick(page.findChild<QPushButton*>(QStringLiteral("runReconciliation")), Qt::LeftButton);
    QVERIFY(page.isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(!page.isRunning(), 20000);
    const QString summary = page.findChild<QLabel*>(QStringLiteral("reconcileSummary"))->text();
    auto* table = page.findChild<QTreeWidget*>(QStringLiteral("differences"));
    QMap<QString, QString> found;
    for (int row = 0; row < table->topLevelItemCount(); ++row)
        found.insert(table->topLevelItem(row)->text(1),
                     table->topLevelItem(row)->text(0) + QStringLiteral(": ")
                         + table->topLevelItem(row)->text(3));
    QCOMPARE_EQ(
        found.keys(),
        (QStringList {QStringLiteral("8000002"), QStringLiteral("8000003"), QStringLiteral("8000004")}));
    QVERIFY2(found.value(QStringLiteral("8000002")).startsWith(QStringLiteral("Unknown to PayFast")),
             qPrintable(summary));
    QVERIFY2(found.value(QStringLiteral("8000003")).startsWith(QStringLiteral("Missing from the books")),
             qPrintable(summary));
    QVERIFY2(found.value(QStringLiteral("8000004")).startsWith(QStringLiteral("Amounts differ")),
             qPrintable(summary));
    QVERIFY2(found.value(QStringLiteral("8000004")).contains(QStringLiteral("fee 41.00 at PayFast")),
             qPrintable(found.value(QStringLiteral("8000004"))));

    // Only a missing one can be booked, and only after a Yes.
    auto* book = page.findChild<QPushButton*>(QStringLiteral("bookMissing"));
    for (int row = 0; row < table->topLevelItemCount(); ++row)
        if (table->topLevelItem(row)->text(1) == QLatin1String("8000004"))
            table->setCurrentItem(table->topLevelItem(row));
    QVERIFY(!book->isEnabled());
    for (int row = 0; row < table->topLevelItemCount(); ++row)
        if (table->topLevelItem(row)->text(1) == QLatin1String("8000003"))
            table->setCurrentItem(table->topLevelItem(row));
    QVERIFY(book->isEnabled());
    QTest::mouseClick(book, Qt::LeftButton);
    QVERIFY(answer(page, QStringLiteral("bookConfirmation"), QMessageBox::No));
    QCOMPARE_EQ(invoiceStatus(books.ledger(), invoices[2].id), QStringLiteral("open"));
    QTest::mouseClick(book, Qt::LeftButton);
    QVERIFY(answer(page, QStringLiteral("bookConfirmation"), QMessageBox::Yes));
    QCOMPARE_EQ(invoiceStatus(books.ledger(), invoices[2].id), QStringLiteral("paid"));
    QCOMPARE_EQ(booksChanged.count(), 1);
    QCOMPARE_EQ(table->topLevelItemCount(), 2);

    // The catch-up on start reports in words.
    context.startCatchUp();
    QTRY_VERIFY_WITH_TIMEOUT(!context.catchUpMessage().isEmpty(), 20000);
    QVERIFY2(context.catchUpMessage().contains(QStringLiteral("2 difference(s)")),
             qPrintable(context.catchUpMessage()));
}

void tst_ConsoleMerchant::catchUpOnStartSaysWhyWhenPayFastCantBeAsked()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(books, backend);
    {
        // Nothing listens there: the catch-up ends with a plain message, never a hang or a crash.
        ScopedEnv env;
        env.set("PAYFAST_API_URL", QStringLiteral("http://127.0.0.1:9"));
        ConsoleContext context(books.ledger(), Config(QString()));
        QSignalSpy finished(&context, &ConsoleContext::catchUpFinished);
        context.startCatchUp();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() == 1, 20000);
        QVERIFY2(context.catchUpMessage().startsWith(QStringLiteral("Reconciliation with PayFast did not")),
                 qPrintable(context.catchUpMessage()));
    }
    {
        ScopedEnv env;
        env.unset("PAYFAST_PASSPHRASE");
        ConsoleContext context(books.ledger(), Config(QString()));
        context.startCatchUp();
        QTRY_VERIFY_WITH_TIMEOUT(!context.catchUpMessage().isEmpty(), 20000);
        QVERIFY2(context.catchUpMessage().contains(QStringLiteral("passphrase"), Qt::CaseInsensitive),
                 qPrintable(context.catchUpMessage()));
        QVERIFY(!context.catchUpMessage().contains(Passphrase));
    }
}

void tst_ConsoleMerchant::stripeIsOfferedOnlyWhenSwitchedOn()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(books, backend);
    StripeSimulator stripe(StripeKey, StripeWebhookSecret);
    QVERIFY(stripe.start());
    auto thandi = fixtures::customer(books.ledger(), QStringLiteral("Thandi Mokoena"),
                                     QStringLiteral("thandi@example.co.za"));
    QVERIFY_OK(thandi);
    auto invoice = fixtures::invoice(books.ledger(), thandi->id, QStringLiteral("1150.00"));
    QVERIFY_OK(invoice);
    {
        ConsoleContext context(books.ledger(), Config(QString()));
        RequestPaymentDialog dialog(context, invoice->id);
        QVERIFY(!dialog.findChild<QComboBox*>(QStringLiteral("providerChoice"))->isVisibleTo(&dialog));
        QCOMPARE_EQ(dialog.provider(), QStringLiteral("payfast"));
        QVERIFY(dialog.paymentLink().startsWith(QStringLiteral("https://shop.example.co.za/")));
        QCOMPARE_EQ(stripe.createCalls(), 0);
    }
    ScopedEnv env;
    env.set("ENABLE_STRIPE", QStringLiteral("true"));
    env.set("STRIPE_SECRET_KEY", StripeKey);
    env.set("STRIPE_API_URL", stripe.apiUrl());
    ConsoleContext context(books.ledger(), Config(QString()));
    RequestPaymentDialog dialog(context, invoice->id);
    auto* choice = dialog.findChild<QComboBox*>(QStringLiteral("providerChoice"));
    QVERIFY(choice->isVisibleTo(&dialog));
    QCOMPARE_EQ(choice->itemText(1), QStringLiteral("Card via Stripe"));
    const QString payFastLink = dialog.paymentLink();
    QTest::keyClick(choice, Qt::Key_Down);
    QCOMPARE_EQ(dialog.provider(), QStringLiteral("stripe"));
    QCOMPARE_EQ(stripe.createCalls(), 1);
    const QString sessionUrl = stripe.sessions().value(0).url;
    QVERIFY(!sessionUrl.isEmpty());
    QCOMPARE_EQ(dialog.paymentLink(), sessionUrl);
    QCOMPARE_EQ(dialog.findChild<QLineEdit*>(QStringLiteral("paymentLink"))->text(), sessionUrl);
    QVERIFY(!dialog.qrCode().isNull());
    QVERIFY(QUrlQuery(dialog.whatsAppUrl())
                .queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded)
                .contains(sessionUrl));
    // Back to PayFast: the same link as before, no new session.
    QTest::keyClick(choice, Qt::Key_Up);
    QCOMPARE_EQ(dialog.paymentLink(), payFastLink);
    QCOMPARE_EQ(stripe.createCalls(), 1);
}

QTEST_MAIN(tst_ConsoleMerchant)
#include "tst_consolemerchant.moc"
