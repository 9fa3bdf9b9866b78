// SPDX-License-Identifier: GPL-3.0-or-later
// The Customers page on real ledgers: search, checks as you type, anonymising, what a customer owes.
#include "ConsoleFixtures.h"
#include "CustomerDialog.h"
#include "CustomersView.h"
#include "Payments.h"
#include "models/CustomersModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTableView>
#include <QTreeWidget>

using namespace imali;

class tst_CustomersView : public QObject
{
    Q_OBJECT

private slots:
    void addingShowsProblemsNextToTheField_data() { testdb::addBackendRows(); }
    void addingShowsProblemsNextToTheField();
    void searchNarrowsByNameOrEmail_data() { testdb::addBackendRows(); }
    void searchNarrowsByNameOrEmail();
    void showsTheSelectedCustomersInvoicesAndBalance_data() { testdb::addBackendRows(); }
    void showsTheSelectedCustomersInvoicesAndBalance();
    void anonymisingAsksFirstAndLeavesNoName_data() { testdb::addBackendRows(); }
    void anonymisingAsksFirstAndLeavesNoName();
};

namespace
{
QStringList namesShown(QTableView* table)
{
    QStringList names;
    for (int i = 0; i < table->model()->rowCount(); ++i)
        names << table->model()->index(i, CustomersModel::NameColumn).data().toString();
    return names;
}
} // namespace

void tst_CustomersView::addingShowsProblemsNextToTheField()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    CustomersView view(t.ledger());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("newCustomerButton")), Qt::LeftButton);
    QPointer<CustomerDialog> dialog = fixtures::openDialog<CustomerDialog>(view);
    QVERIFY(dialog);
    QPushButton* ok = fixtures::okButton(dialog);
    auto* emailError = dialog->findChild<QLabel*>(QStringLiteral("emailError"));
    QVERIFY(!ok->isEnabled()); // no name yet
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("nameEdit")),
                     QStringLiteral("Ayanda Zulu"));
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")),
                     QStringLiteral("ayanda@example"));
    QVERIFY(emailError->isVisible());
    QVERIFY(emailError->text().contains(QLatin1String("is not an email address")));
    QVERIFY(!ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("emailEdit")), QStringLiteral(".co.za"));
    QVERIFY(!emailError->isVisible());
    QVERIFY(ok->isEnabled());
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("vatEdit")), QStringLiteral("123"));
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("vatError"))->isVisible());
    QVERIFY(!ok->isEnabled());
    dialog->findChild<QLineEdit*>(QStringLiteral("vatEdit"))->clear();
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("vatEdit")), QStringLiteral("4123456789"));
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    auto* table = view.findChild<QTableView*>(QStringLiteral("customersTable"));
    QCOMPARE(namesShown(table), QStringList {QStringLiteral("Ayanda Zulu")});
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("customerNameLabel"))
                ->text()
                .contains(QLatin1String("ayanda@example.co.za")));
}

void tst_CustomersView::searchNarrowsByNameOrEmail()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    QVERIFY_OK(fixtures::customer(t.ledger(), QStringLiteral("Bongani Shabalala"),
                                  QStringLiteral("bongani@shop.co.za")));
    QVERIFY_OK(fixtures::customer(t.ledger(), QStringLiteral("Karabo Molefe"),
                                  QStringLiteral("accounts@molefe.co.za")));
    QVERIFY_OK(
        fixtures::customer(t.ledger(), QStringLiteral("100% Braai"), QStringLiteral("info@braai.co.za")));
    CustomersView view(t.ledger());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableView*>(QStringLiteral("customersTable"));
    auto* search = view.findChild<QLineEdit*>(QStringLiteral("customerSearch"));
    QCOMPARE(table->model()->rowCount(), 3);
    QTest::keyClicks(search, QStringLiteral("MOLEFE"));
    QCOMPARE(namesShown(table), QStringList {QStringLiteral("Karabo Molefe")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("shop.co"));
    QCOMPARE(namesShown(table), QStringList {QStringLiteral("Bongani Shabalala")});
    search->clear();
    QTest::keyClicks(search, QStringLiteral("0%"));
    QCOMPARE(namesShown(table),
             QStringList {QStringLiteral("100% Braai")}); // % is a character, not a wildcard
    search->clear();
    QCOMPARE(table->model()->rowCount(), 3);
}

void tst_CustomersView::showsTheSelectedCustomersInvoicesAndBalance()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto c = fixtures::customer(t.ledger(), QStringLiteral("Zanele Mahlangu"));
    QVERIFY_OK(c);
    auto first = fixtures::invoice(t.ledger(), c->id, QStringLiteral("100.00"));
    QVERIFY_OK(first);
    auto second = fixtures::invoice(t.ledger(), c->id, QStringLiteral("50.00"));
    QVERIFY_OK(second);
    auto settled = fixtures::invoice(t.ledger(), c->id, QStringLiteral("20.00"));
    QVERIFY_OK(settled);
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({first->number, QStringLiteral("30.00"), QStringLiteral("cash"), {}, {}}));
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({settled->number, QStringLiteral("20.00"), QStringLiteral("cash"), {}, {}}));
    QVERIFY_OK(fixtures::customer(t.ledger(), QStringLiteral("Another Customer")));

    CustomersView view(t.ledger());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTest::keyClicks(view.findChild<QLineEdit*>(QStringLiteral("customerSearch")), QStringLiteral("zanele"));
    auto* invoices = view.findChild<QTreeWidget*>(QStringLiteral("customerInvoices"));
    QCOMPARE(invoices->topLevelItemCount(), 3);
    QCOMPARE(invoices->topLevelItem(2)->text(0), first->number); // newest first
    QCOMPARE(invoices->topLevelItem(2)->text(5), fixtures::shown(7000));
    // 70.00 + 50.00 open; the paid invoice owes nothing.
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("balanceLabel"))->text(),
             QStringLiteral("Owes %1 on 2 open invoices").arg(fixtures::shown(12000)));

    // A payment booked elsewhere (the listener) shows after refresh().
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({second->number, QStringLiteral("50.00"), QStringLiteral("eft"), {}, {}}));
    view.refresh();
    QCOMPARE(view.findChild<QLabel*>(QStringLiteral("balanceLabel"))->text(),
             QStringLiteral("Owes %1 on 1 open invoice").arg(fixtures::shown(7000)));
}

void tst_CustomersView::anonymisingAsksFirstAndLeavesNoName()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto c = fixtures::customer(t.ledger(), QStringLiteral("Johan van der Merwe"),
                                QStringLiteral("johan@vdm.co.za"));
    QVERIFY_OK(c);
    CustomersView view(t.ledger());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableView*>(QStringLiteral("customersTable"));
    auto* anonymise = view.findChild<QPushButton*>(QStringLiteral("anonymiseCustomerButton"));

    // No: nothing changes.
    QTest::mouseClick(anonymise, Qt::LeftButton);
    QPointer<QMessageBox> box = view.findChild<QMessageBox*>(QStringLiteral("anonymiseConfirmation"));
    QVERIFY(box);
    QVERIFY(box->text().contains(QLatin1String("cannot be undone")));
    QTest::mouseClick(box->button(QMessageBox::No), Qt::LeftButton);
    QTRY_VERIFY(!box);
    QCOMPARE(namesShown(table), QStringList {QStringLiteral("Johan van der Merwe")});

    QTest::mouseClick(anonymise, Qt::LeftButton);
    box = view.findChild<QMessageBox*>(QStringLiteral("anonymiseConfirmation"));
    QVERIFY(box);
    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    QTRY_VERIFY(!box);
    QCOMPARE(table->model()->rowCount(), 1);
    const QString shown = namesShown(table).join(QLatin1Char(' '))
        + view.findChild<QLabel*>(QStringLiteral("customerNameLabel"))->text();
    QVERIFY2(!shown.contains(QLatin1String("Johan")), qPrintable(shown));
    QVERIFY(!shown.contains(QLatin1String("johan@vdm.co.za")));
    QCOMPARE(table->model()->index(0, CustomersModel::StateColumn).data().toString(),
             QStringLiteral("Anonymised"));
    QVERIFY(!anonymise->isEnabled());
    QVERIFY(!view.findChild<QPushButton*>(QStringLiteral("editCustomerButton"))->isEnabled());
    auto stored = Customers(t.ledger()).get(c->id);
    QVERIFY_OK(stored);
    QVERIFY(stored->isAnonymised());
}

QTEST_MAIN(tst_CustomersView)
#include "tst_customersview.moc"
