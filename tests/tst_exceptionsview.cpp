// SPDX-License-Identifier: GPL-3.0-or-later
// The Exceptions page on real ledgers: allocate unallocated money to an invoice, or mark it for refund.
#include "AllocateDialog.h"
#include "ConsoleFixtures.h"
#include "ExceptionsView.h"
#include "ReasonDialog.h"
#include "RefundMarks.h"
#include "models/ExceptionsModel.h"

#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QTableView>
#include <QTreeWidget>

using namespace imali;

class tst_ExceptionsView : public QObject
{
    Q_OBJECT

private slots:
    void allocatingPaysTheInvoiceAndLeavesTheList_data() { testdb::addBackendRows(); }
    void allocatingPaysTheInvoiceAndLeavesTheList();
    void markedForRefundCannotBeAllocated_data() { testdb::addBackendRows(); }
    void markedForRefundCannotBeAllocated();
};

void tst_ExceptionsView::allocatingPaysTheInvoiceAndLeavesTheList()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto c = fixtures::customer(t.ledger(), QStringLiteral("Sipho Ndlovu"));
    QVERIFY_OK(c);
    auto small = fixtures::invoice(t.ledger(), c->id, QStringLiteral("50.00"));
    QVERIFY_OK(small);
    auto exact = fixtures::invoice(t.ledger(), c->id, QStringLiteral("150.00"));
    QVERIFY_OK(exact);
    QVERIFY_OK(fixtures::unallocatedPayment(t.ledger(), QStringLiteral("88001"), 15000));

    ExceptionsView view(t.ledger());
    QSignalSpy count(&view, &ExceptionsView::countChanged);
    QSignalSpy changed(&view, &ExceptionsView::booksChanged);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableView*>(QStringLiteral("exceptionsTable"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, ExceptionsModel::ReasonColumn).data().toString(),
             QStringLiteral("unknown m_payment_id"));

    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("allocateButton")), Qt::LeftButton);
    QPointer<AllocateDialog> dialog = fixtures::openDialog<AllocateDialog>(view);
    QVERIFY(dialog);
    auto* search = dialog->findChild<QLineEdit*>(QStringLiteral("invoiceSearch"));
    auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("invoiceList"));
    QCOMPARE(list->topLevelItemCount(), 2);
    // Too small an invoice: the dialog says why and will not allocate.
    QTest::keyClicks(search, small->number);
    QCOMPARE(list->topLevelItemCount(), 1);
    QVERIFY(!fixtures::okButton(dialog)->isEnabled());
    QVERIFY(dialog->findChild<QLabel*>(QStringLiteral("errorLabel"))
                ->text()
                .contains(QLatin1String("more than the balance")));
    // By customer name: both invoices; pick the one that matches.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("sipho"));
    QCOMPARE(list->topLevelItemCount(), 2);
    search->clear();
    QTest::keyClicks(search, exact->number);
    QVERIFY(fixtures::okButton(dialog)->isEnabled());
    QTest::mouseClick(fixtures::okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    QCOMPARE(table->model()->rowCount(), 0);
    QCOMPARE(count.last().at(0).toInt(), 0);
    QCOMPARE(changed.count(), 1);
    auto paid = Invoices(t.ledger()).get(exact->id);
    QVERIFY_OK(paid);
    QCOMPARE(toString(paid->status), toString(InvoiceStatus::Paid));
    QCOMPARE(paid->amountPaid, Money::fromCents(15000));
}

void tst_ExceptionsView::markedForRefundCannotBeAllocated()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto c = fixtures::customer(t.ledger(), QStringLiteral("Naledi Khumalo"));
    QVERIFY_OK(c);
    auto inv = fixtures::invoice(t.ledger(), c->id, QStringLiteral("300.00"));
    QVERIFY_OK(inv);
    auto booked = fixtures::unallocatedPayment(t.ledger(), QStringLiteral("88002"), 2500);
    QVERIFY_OK(booked);
    const qint64 txId = *booked->transactionId;

    ExceptionsView view(t.ledger());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableView*>(QStringLiteral("exceptionsTable"));
    auto* allocate = view.findChild<QPushButton*>(QStringLiteral("allocateButton"));
    auto* mark = view.findChild<QPushButton*>(QStringLiteral("markRefundButton"));
    auto* clear = view.findChild<QPushButton*>(QStringLiteral("clearRefundMarkButton"));
    QVERIFY(allocate->isEnabled());
    QVERIFY(!clear->isEnabled());

    QTest::mouseClick(mark, Qt::LeftButton);
    QPointer<ReasonDialog> dialog = fixtures::openDialog<ReasonDialog>(view);
    QVERIFY(dialog);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit")), QStringLiteral("no"));
    QVERIFY2(!fixtures::okButton(dialog)->isEnabled(), "a reason of at least 3 characters");
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("reasonEdit")),
                     QStringLiteral("t ours: paid twice"));
    QTest::mouseClick(fixtures::okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    QCOMPARE(table->model()->rowCount(), 1); // still money waiting, now to be given back
    QCOMPARE(table->model()->index(0, ExceptionsModel::StateColumn).data().toString(),
             QStringLiteral("To refund: not ours: paid twice"));
    QVERIFY(!allocate->isEnabled());
    QVERIFY(clear->isEnabled());
    auto refused = PaymentBooking(t.ledger()).allocate(txId, inv->number);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QLatin1String("marked for refund")));
    Sql audit(
        t.db(),
        QStringLiteral(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'payment.marked_for_refund' AND entity_id = :id"));
    audit.bind(QStringLiteral(":id"), QString::number(txId));
    QVERIFY_OK(audit.exec());
    QVERIFY(audit.next());
    QCOMPARE(audit.int64(0), 1);

    QTest::mouseClick(clear, Qt::LeftButton);
    QVERIFY(allocate->isEnabled());
    QCOMPARE(table->model()->index(0, ExceptionsModel::StateColumn).data().toString(),
             QStringLiteral("Awaiting allocation"));
    QVERIFY_OK(PaymentBooking(t.ledger()).allocate(txId, inv->number));
}

QTEST_MAIN(tst_ExceptionsView)
#include "tst_exceptionsview.moc"
