// SPDX-License-Identifier: GPL-3.0-or-later
// The console's daily work, driven through its real windows (offscreen) on real ledgers: creating an
// invoice, validation, keyboard-only entry, requesting payment (link and QR code), and an ITN through
// the real listener turning the invoice paid on screen.
#include "BusinessSettings.h"
#include "Checkouts.h"
#include "ConsoleContext.h"
#include "Customers.h"
#include "InvoiceEditorDialog.h"
#include "InvoiceTableModel.h"
#include "Invoices.h"
#include "InvoicesView.h"
#include "MainWindow.h"
#include "PayFastSimulator.h"
#include "QrDecode.h"
#include "RequestPaymentDialog.h"
#include "TestLedger.h"
#include "payfast/PayFastProvider.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QtTest>

using namespace imali;

namespace
{

const QString MerchantId = QStringLiteral("10000100");
const QString Passphrase = QStringLiteral("console-test_passphrase");

#define OPEN_OR_FAIL(var)                                                                                    \
    QFETCH(QString, backend);                                                                                \
    testdb::TestLedger var(backend);                                                                         \
    do {                                                                                                     \
        const QString openError_ = var.open();                                                               \
        QVERIFY2(openError_.isEmpty(), qPrintable(openError_));                                              \
    } while (false)

Customer addCustomer(Ledger& ledger, const QString& name, const QString& email, const QString& phone = {})
{
    auto c = Customers(ledger).add({name, email, phone, QStringLiteral("1 Long St, Cape Town"), {}});
    if (!c)
        qFatal("customer: %s", qPrintable(c.error().message));
    return *c;
}

void typeCell(QTableWidget* table, int row, int column, const QString& text)
{
    auto* item = table->item(row, column);
    QVERIFY(item);
    item->setText(text);
}

Config testConfig()
{
    // Config reads the environment first; the test's values are set in initTestCase().
    return Config(QString());
}

} // namespace

class TestConsole : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("PAYFAST_MERCHANT_ID", MerchantId.toUtf8());
        qputenv("PAYFAST_PASSPHRASE", Passphrase.toUtf8());
        qputenv("IMALI_ITN_LISTEN", "127.0.0.1:0");
        qputenv("IMALI_ITN_ALLOWED_SOURCES", "127.0.0.1/32");
        qunsetenv("IMALI_PUBLIC_URL");
    }

    void invoiceTotalsAreExact_data() { testdb::addBackendRows(); }
    void invoiceTotalsAreExact()
    {
        OPEN_OR_FAIL(books);
        QVERIFY(BusinessSettings(books.ledger())
                    .set(QStringLiteral("vat_registered"), QStringLiteral("true"))
                    .ok());
        const Customer thandi = addCustomer(books.ledger(), QStringLiteral("Thandi Mokoena"),
                                            QStringLiteral("thandi@example.co.za"));
        ConsoleContext context(books.ledger(), testConfig());
        InvoicesView view(context);
        InvoiceEditorDialog dialog(context);
        auto* customer = dialog.findChild<QComboBox*>(QStringLiteral("customerBox"));
        auto* lines = dialog.findChild<QTableWidget*>(QStringLiteral("linesTable"));
        auto* totals = dialog.findChild<QLabel*>(QStringLiteral("totalsLabel"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveAndIssue"));
        QVERIFY(customer && lines && totals && save);
        customer->setCurrentIndex(customer->findData(thandi.id));
        // 3 × R 333.33 at 15 % → net 999.99, VAT 150.00 (149.9985 rounded once, half up); 1 × R 0.01 at 15 %
        // → VAT 0.00.
        typeCell(lines, 0, 0, QStringLiteral("Consulting hours"));
        typeCell(lines, 0, 1, QStringLiteral("3"));
        typeCell(lines, 0, 2, QStringLiteral("R 333,33"));
        QCOMPARE(lines->rowCount(), 2); // a fresh row opened for the next line
        typeCell(lines, 1, 0, QStringLiteral("Rounding probe"));
        typeCell(lines, 1, 1, QStringLiteral("1"));
        typeCell(lines, 1, 2, QStringLiteral("0.01"));
        QCOMPARE(totals->text(), QStringLiteral("Subtotal R 1000.00 · VAT R 150.00 · Total R 1150.00"));
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto stored = Invoices(books.ledger()).get(dialog.savedInvoiceId());
        QVERIFY(stored);
        QCOMPARE(stored->total.cents(), 115000);
        QCOMPARE(stored->vat.cents(), 15000);
        QCOMPARE(toString(stored->status), QStringLiteral("open"));
        // The list picked it up through booksChanged: newest number first, open, balance R 1150.00.
        QCOMPARE(view.model()->rowCount(), 1);
        const QModelIndex first = view.model()->index(0, int(InvoiceColumn::Number));
        QCOMPARE(first.data().toString(), stored->number);
        QCOMPARE(view.model()->index(0, int(InvoiceColumn::Balance)).data().toString(),
                 QStringLiteral("1150.00"));
        QCOMPARE(view.model()->index(0, int(InvoiceColumn::State)).data().toString(), QStringLiteral("Open"));
    }

    void validationIsShownAndBlocksSaving_data() { testdb::addBackendRows(); }
    void validationIsShownAndBlocksSaving()
    {
        OPEN_OR_FAIL(books);
        QVERIFY(BusinessSettings(books.ledger())
                    .set(QStringLiteral("vat_registered"), QStringLiteral("false"))
                    .ok());
        const Customer c =
            addCustomer(books.ledger(), QStringLiteral("Pieter"), QStringLiteral("pieter@example.co.za"));
        ConsoleContext context(books.ledger(), testConfig());
        InvoiceEditorDialog dialog(context);
        auto* customer = dialog.findChild<QComboBox*>(QStringLiteral("customerBox"));
        auto* lines = dialog.findChild<QTableWidget*>(QStringLiteral("linesTable"));
        auto* save = dialog.findChild<QPushButton*>(QStringLiteral("saveDraft"));
        customer->setCurrentIndex(customer->findData(c.id));
        QVERIFY(dialog.validationMessage().contains(QLatin1String("at least one line")));
        QVERIFY(!save->isEnabled());
        typeCell(lines, 0, 0, QStringLiteral("Widget"));
        typeCell(lines, 0, 2,
                 QStringLiteral("1,234")); // three digits after a comma: a thousands group or cents?
        QVERIFY2(dialog.validationMessage().startsWith(QLatin1String("Line 1: ")),
                 qPrintable(dialog.validationMessage()));
        QVERIFY(!save->isEnabled());
        typeCell(lines, 0, 2, QStringLiteral("12.50"));
        typeCell(lines, 0, 3, QStringLiteral("15")); // not VAT-registered: VAT must be zero
        QVERIFY2(!dialog.validationMessage().isEmpty(), "VAT on a business that is not VAT-registered");
        QVERIFY(!save->isEnabled());
        typeCell(lines, 0, 3, QString());
        QCOMPARE(dialog.validationMessage(), QString());
        QVERIFY(save->isEnabled());
        auto listed = Invoices(books.ledger()).list();
        QVERIFY(listed);
        QVERIFY(listed->isEmpty()); // nothing was written while the lines were wrong
    }

    void keyboardOnlyCreation_data() { testdb::addBackendRows(); }
    void keyboardOnlyCreation()
    {
        OPEN_OR_FAIL(books);
        addCustomer(books.ledger(), QStringLiteral("Aisha Patel"), QStringLiteral("aisha@example.co.za"));
        ConsoleContext context(books.ledger(), testConfig());
        InvoiceEditorDialog dialog(context);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* customer = dialog.findChild<QComboBox*>(QStringLiteral("customerBox"));
        auto* lines = dialog.findChild<QTableWidget*>(QStringLiteral("linesTable"));
        customer->setFocus();
        QTest::keyClicks(customer, QStringLiteral("Aisha"));
        QTest::keyClick(customer, Qt::Key_Return);
        QVERIFY(customer->currentIndex() >= 0);
        // Tab through the due date and the VAT box into the lines, then type a line cell by cell.
        // (Tab also steps through the date's year, month and day before leaving it, as in every Qt date
        // field.)
        for (int i = 0; i < 8 && !lines->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QVERIFY2(lines->hasFocus() || lines->isAncestorOf(QApplication::focusWidget()),
                 "Tab reaches the lines");
        lines->setCurrentCell(0, 0);
        for (const QString& cell :
             {QStringLiteral("Logo design"), QStringLiteral("2"), QStringLiteral("450")}) {
            QTest::keyClicks(QApplication::focusWidget(), cell);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        }
        QCOMPARE(dialog.validationMessage(), QString());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto saved = Invoices(books.ledger()).get(dialog.savedInvoiceId());
        QVERIFY(saved);
        QCOMPARE(toString(saved->status), QStringLiteral("draft"));
        QCOMPARE(saved->lines.size(), 1);
        QCOMPARE(saved->lines.first().description, QStringLiteral("Logo design"));
        QCOMPARE(saved->total.cents(), 103500); // 2 × R 450 + 15 % VAT
    }

    void requestPaymentAsksForThePublicUrlThenShowsLinkAndQr_data() { testdb::addBackendRows(); }
    void requestPaymentAsksForThePublicUrlThenShowsLinkAndQr()
    {
        OPEN_OR_FAIL(books);
        const Customer c = addCustomer(books.ledger(), QStringLiteral("Sipho Dlamini"),
                                       QStringLiteral("sipho@example.co.za"), QStringLiteral("082 123 4567"));
        auto invoice =
            Invoices(books.ledger())
                .create({c.id,
                         {{QStringLiteral("Catering"), QStringLiteral("1"), QStringLiteral("1500"), {}}},
                         false,
                         {},
                         true});
        QVERIFY(invoice);
        ConsoleContext context(books.ledger(), testConfig());
        RequestPaymentDialog dialog(context, invoice->id);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        // No public URL yet: the dialog asks for one, and refuses one PayFast can't reach.
        auto* url = dialog.findChild<QLineEdit*>(QStringLiteral("publicUrlEdit"));
        auto* use = dialog.findChild<QPushButton*>(QStringLiteral("savePublicUrl"));
        QVERIFY(url && use);
        QVERIFY(url->isVisibleTo(&dialog));
        QVERIFY(dialog.paymentLink().isEmpty());
        url->setText(QStringLiteral("http://localhost:8000"));
        QTest::mouseClick(use, Qt::LeftButton);
        QVERIFY(dialog.paymentLink().isEmpty());
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("publicUrlError"))->text().isEmpty());
        url->setText(QStringLiteral("https://shop.example.co.za"));
        QTest::mouseClick(use, Qt::LeftButton);

        const QString link = dialog.paymentLink();
        QVERIFY2(link.startsWith(QLatin1String("https://shop.example.co.za/pay/")),
                 qPrintable(link + dialog.problem()));
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("paymentLink"))->text(), link);
        QCOMPARE(testqr::decode(dialog.qrCode()), link); // the QR code opens exactly the link
        QVERIFY(
            dialog.emailUrl().toString().startsWith(QLatin1String("mailto:sipho@example.co.za?subject=")));
        QVERIFY(QUrlQuery(dialog.emailUrl())
                    .queryItemValue(QStringLiteral("body"), QUrl::FullyDecoded)
                    .contains(link));
        QCOMPARE(dialog.whatsAppUrl().host(), QStringLiteral("wa.me"));
        QCOMPARE(dialog.whatsAppUrl().path(), QStringLiteral("/27821234567"));
        QVERIFY(QUrlQuery(dialog.whatsAppUrl())
                    .queryItemValue(QStringLiteral("text"), QUrl::FullyDecoded)
                    .contains(link));
        // The link is a real checkout: opening its token finds the invoice payable for its balance.
        auto opened = Checkouts(books.ledger(), PayFastProvider(*context.payFastSettings()))
                          .openLink(link.section(QLatin1Char('/'), -1));
        QVERIFY(opened);
        QVERIFY(opened->state == LinkState::Payable);
        QCOMPARE(opened->checkout.amount.cents(), 172500); // R 1500 + 15 % VAT
    }

    void anItnTurnsTheInvoicePaidOnScreen_data() { testdb::addBackendRows(); }
    void anItnTurnsTheInvoicePaidOnScreen()
    {
        OPEN_OR_FAIL(books);
        PayFastSimulator sim(MerchantId, Passphrase);
        QVERIFY(sim.start());
        qputenv("PAYFAST_VALIDATE_URL", sim.validateUrl().toString().toUtf8());
        qputenv("IMALI_PUBLIC_URL", "https://shop.example.co.za");
        const auto restore = qScopeGuard([] {
            qunsetenv("PAYFAST_VALIDATE_URL");
            qunsetenv("IMALI_PUBLIC_URL");
        });
        const Customer c =
            addCustomer(books.ledger(), QStringLiteral("Lerato"), QStringLiteral("lerato@example.co.za"));
        auto invoice =
            Invoices(books.ledger())
                .create({c.id,
                         {{QStringLiteral("Cake"), QStringLiteral("1"), QStringLiteral("250"), {}}},
                         false,
                         {},
                         true});
        QVERIFY(invoice);

        ConsoleContext context(books.ledger(), testConfig());
        MainWindow window(context);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto port = context.startListener();
        QVERIFY2(port, qPrintable(port ? QString() : port.error().message));
        InvoicesView* view = window.invoicesView();
        QCOMPARE(view->model()->index(0, int(InvoiceColumn::State)).data().toString(),
                 QStringLiteral("Open"));
        view->selectInvoice(invoice->id);
        RequestPaymentDialog dialog(context, invoice->id, &window);
        QVERIFY2(!dialog.paymentLink().isEmpty(), qPrintable(dialog.problem()));
        auto checkout = Checkouts(books.ledger(), PayFastProvider(*context.payFastSettings()))
                            .byToken(dialog.paymentLink().section(QLatin1Char('/'), -1));
        QVERIFY(checkout);

        QUrl itnUrl(QStringLiteral("http://127.0.0.1/api/payments/itn"));
        itnUrl.setPort(*port);
        QCOMPARE(checkout->amount.cents(), 28750); // R 250 + 15 % VAT
        QCOMPARE(
            sim.post(itnUrl,
                     sim.itn(checkout->mPaymentId, QStringLiteral("9100001"), QStringLiteral("COMPLETE"),
                             QStringLiteral("287.50"), QStringLiteral("-7.25"), QStringLiteral("280.25"))),
            200);
        // The listener books in its own thread; the screen follows within a moment, without a refresh.
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->index(0, int(InvoiceColumn::State)).data().toString(),
                                  QStringLiteral("Paid"), 10000);
        QCOMPARE(view->model()->index(0, int(InvoiceColumn::Balance)).data().toString(),
                 QStringLiteral("0.00"));
        QVERIFY(dialog.isPaid());
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("paymentState"))
                    ->text()
                    .startsWith(QLatin1String("Paid")));
        context.stopListener();
    }

    void searchFilterAndSortRunInSql_data() { testdb::addBackendRows(); }
    void searchFilterAndSortRunInSql()
    {
        OPEN_OR_FAIL(books);
        const Customer a =
            addCustomer(books.ledger(), QStringLiteral("Anele Zulu"), QStringLiteral("anele@zulu.example"));
        const Customer b = addCustomer(books.ledger(), QStringLiteral("Bongani Khumalo"),
                                       QStringLiteral("bk@example.co.za"));
        // 450 invoices: more than two pages, so paging and keyset resumption are exercised.
        for (int i = 1; i <= 450; ++i) {
            const bool issue = i % 3 != 0;
            auto inv =
                Invoices(books.ledger())
                    .create(
                        {i % 2 ? a.id : b.id,
                         {{QStringLiteral("Item %1").arg(i), QStringLiteral("1"), QString::number(i), {}}},
                         false,
                         {},
                         issue});
            QVERIFY(inv);
        }
        ConsoleContext context(books.ledger(), testConfig());
        InvoiceTableModel model(books.db());
        model.reload();
        QCOMPARE(model.rowCount(), InvoiceTableModel::PageSize);
        QCOMPARE(model.matchCount(), 450);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        // Sorted by total descending: strictly ordered, every invoice once, across the page joins.
        model.sort(int(InvoiceColumn::Total), Qt::DescendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        QSet<qint64> seen;
        for (int r = 0; r < model.rowCount(); ++r) {
            seen.insert(model.invoiceIdAt(r));
            if (r > 0)
                QVERIFY(
                    Money::parse(model.index(r - 1, int(InvoiceColumn::Total)).data().toString())->cents()
                    >= Money::parse(model.index(r, int(InvoiceColumn::Total)).data().toString())->cents());
        }
        QCOMPARE(seen.size(), 450);
        QCOMPARE(model.index(0, int(InvoiceColumn::Total)).data().toString(),
                 QStringLiteral("517.50")); // R 450 + 15 % VAT
        // By customer name, ascending: every Anele row before every Bongani row.
        model.sort(int(InvoiceColumn::Customer), Qt::AscendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.index(0, int(InvoiceColumn::Customer)).data().toString(), a.name);
        QCOMPARE(model.index(449, int(InvoiceColumn::Customer)).data().toString(), b.name);

        InvoiceFilter f = model.filter();
        f.search = QStringLiteral("KHUMALO"); // part of a name, any case
        model.setFilter(f);
        QCOMPARE(model.matchCount(), 225);
        f.search = QStringLiteral("zulu.example"); // part of an email
        model.setFilter(f);
        QCOMPARE(model.matchCount(), 225);
        f.search = QStringLiteral("7"); // a bare number means INV-000007
        model.setFilter(f);
        QCOMPARE(model.matchCount(), 1);
        QCOMPARE(model.index(0, int(InvoiceColumn::Number)).data().toString(), QStringLiteral("INV-000007"));
        f.search.clear();
        f.status = QStringLiteral("draft");
        model.setFilter(f);
        QCOMPARE(model.matchCount(), 150);
        f.status = QStringLiteral("nonsense");
        QSignalSpy failed(&model, &InvoiceTableModel::queryFailed);
        model.setFilter(f);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(model.filter().status, QStringLiteral("draft")); // the bad filter changed nothing
    }
};

QTEST_MAIN(TestConsole)
#include "tst_console.moc"
