// SPDX-License-Identifier: GPL-3.0-or-later
// The Payments page on real ledgers, driven like a person would: dialogs, filters, the detail pane.
#include "ConsoleFixtures.h"
#include "ManualPaymentDialog.h"
#include "PaymentsView.h"
#include "RefundDialog.h"
#include "listener/NotificationStore.h"
#include "models/PaymentsModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSet>
#include <QTableView>
#include <QTreeWidget>

using namespace imali;

class tst_PaymentsView : public QObject
{
    Q_OBJECT

private slots:
    void recordsManualPaymentsThroughTheDialog_data() { testdb::addBackendRows(); }
    void recordsManualPaymentsThroughTheDialog();
    void recordsARefundOfTheSelectedPayment_data() { testdb::addBackendRows(); }
    void recordsARefundOfTheSelectedPayment();
    void filtersNarrowTheRows_data() { testdb::addBackendRows(); }
    void filtersNarrowTheRows();
    void detailShowsNotificationsWithSecretsHidden_data() { testdb::addBackendRows(); }
    void detailShowsNotificationsWithSecretsHidden();
    void pagesFollowTheOrderWithoutGapsOrRepeats_data() { testdb::addBackendRows(); }
    void pagesFollowTheOrderWithoutGapsOrRepeats();
};

namespace
{

/// Fills and submits the manual payment dialog the page opened.
void recordThroughDialog(PaymentsView& view, const QString& invoiceNumber, const QString& amount,
                         const QString& method, const QString& writeOffReason = QString())
{
    QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("recordPaymentButton")), Qt::LeftButton);
    QPointer<ManualPaymentDialog> dialog = fixtures::openDialog<ManualPaymentDialog>(view);
    QVERIFY(dialog);
    QVERIFY(!fixtures::okButton(dialog)->isEnabled()); // nothing typed yet
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("invoiceSearch")), invoiceNumber);
    QCOMPARE(dialog->findChild<QTreeWidget*>(QStringLiteral("invoiceList"))->topLevelItemCount(), 1);
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("amountEdit")), amount);
    auto* methods = dialog->findChild<QComboBox*>(QStringLiteral("methodCombo"));
    methods->setCurrentIndex(methods->findData(method));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("referenceEdit")),
                     QStringLiteral("counter slip 7"));
    if (!writeOffReason.isEmpty()) {
        QTest::mouseClick(dialog->findChild<QCheckBox*>(QStringLiteral("writeOffCheck")), Qt::LeftButton);
        QVERIFY2(!fixtures::okButton(dialog)->isEnabled(), "a write-off needs its reason");
        QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("writeOffReasonEdit")), writeOffReason);
    }
    QVERIFY(fixtures::okButton(dialog)->isEnabled());
    QTest::mouseClick(fixtures::okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog); // closed and deleted: the books took it
}

QString label(QWidget& view, const char* name)
{
    auto* l = view.findChild<QLabel*>(QLatin1String(name));
    return l ? l->text() : QStringLiteral("<no %1>").arg(QLatin1String(name));
}

} // namespace

void tst_PaymentsView::recordsManualPaymentsThroughTheDialog()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto c = fixtures::customer(t.ledger(), QStringLiteral("Thandi Mokoena"));
    QVERIFY_OK(c);
    auto inv = fixtures::invoice(t.ledger(), c->id, QStringLiteral("100.00"));
    QVERIFY_OK(inv);

    PaymentsView view(t.ledger());
    view.resize(1200, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableView*>(QStringLiteral("paymentsTable"));
    QCOMPARE(table->model()->rowCount(), 0);
    QSignalSpy changed(&view, &PaymentsView::booksChanged);

    recordThroughDialog(view, inv->number, QStringLiteral("40.00"), QStringLiteral("eft"));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(label(view, "grossLabel"), fixtures::shown(4000));
    QCOMPARE(label(view, "netLabel"), fixtures::shown(4000));
    QVERIFY(label(view, "invoiceLabel").contains(inv->number));
    QCOMPARE(table->model()->index(0, PaymentsModel::MethodColumn).data().toString(), QStringLiteral("eft"));
    auto after = Invoices(t.ledger()).get(inv->id);
    QVERIFY_OK(after);
    QCOMPARE(after->balance(), Money::fromCents(6000));

    // The rest: R 50.00 in cash and R 10.00 written off settle the invoice.
    recordThroughDialog(view, inv->number, QStringLiteral("50"), QStringLiteral("cash"),
                        QStringLiteral("loyal customer"));
    QCOMPARE(table->model()->rowCount(), 2);
    after = Invoices(t.ledger()).get(inv->id);
    QCOMPARE(after->balance(), Money());
    QCOMPARE(toString(after->status), toString(InvoiceStatus::Paid));
    QCOMPARE(after->amountWrittenOff, Money::fromCents(1000));
    QCOMPARE(label(view, "countLabel"), QStringLiteral("2 transactions"));
}

void tst_PaymentsView::recordsARefundOfTheSelectedPayment()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto c = fixtures::customer(t.ledger(), QStringLiteral("Pieter Botha"));
    QVERIFY_OK(c);
    auto inv = fixtures::invoice(t.ledger(), c->id, QStringLiteral("80.00"));
    QVERIFY_OK(inv);
    PaymentsView view(t.ledger());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    recordThroughDialog(view, inv->number, QStringLiteral("80.00"), QStringLiteral("card"));
    auto* refundButton = view.findChild<QPushButton*>(QStringLiteral("recordRefundButton"));
    QVERIFY2(refundButton->isEnabled(), "the new manual payment is selected and refundable");

    QTest::mouseClick(refundButton, Qt::LeftButton);
    QPointer<RefundDialog> dialog = fixtures::openDialog<RefundDialog>(view);
    QVERIFY(dialog);
    auto* amount = dialog->findChild<QLineEdit*>(QStringLiteral("refundAmountEdit"));
    QCOMPARE(amount->text(), QStringLiteral("80.00"));
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("90.00"));
    QTest::keyClicks(dialog->findChild<QLineEdit*>(QStringLiteral("refundReasonEdit")),
                     QStringLiteral("wrong size"));
    QVERIFY2(!fixtures::okButton(dialog)->isEnabled(), "more than was paid");
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("30.00"));
    QVERIFY(fixtures::okButton(dialog)->isEnabled());
    QTest::mouseClick(fixtures::okButton(dialog), Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    auto* table = view.findChild<QTableView*>(QStringLiteral("paymentsTable"));
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->currentIndex().siblingAtColumn(PaymentsModel::KindColumn).data().toString(),
             QStringLiteral("Refund"));
    auto after = Invoices(t.ledger()).get(inv->id);
    QVERIFY_OK(after);
    QCOMPARE(after->amountRefunded, Money::fromCents(3000));
    QCOMPARE(toString(after->status), toString(InvoiceStatus::PartiallyRefunded));
    QCOMPARE(after->creditNotes.size(), 1);
}

void tst_PaymentsView::filtersNarrowTheRows()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto c = fixtures::customer(t.ledger(), QStringLiteral("Lerato Dlamini"));
    QVERIFY_OK(c);
    auto inv = fixtures::invoice(t.ledger(), c->id, QStringLiteral("500.00"));
    QVERIFY_OK(inv);
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({inv->number, QStringLiteral("10.00"), QStringLiteral("cash"), {}, {}}));
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({inv->number, QStringLiteral("20.00"), QStringLiteral("eft"), {}, {}}));
    QVERIFY_OK(fixtures::unallocatedPayment(t.ledger(), QStringLiteral("1001"), 5000, 290));

    PaymentsView view(t.ledger());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableView*>(QStringLiteral("paymentsTable"));
    QCOMPARE(table->model()->rowCount(), 3);
    auto* provider = view.findChild<QComboBox*>(QStringLiteral("providerFilter"));
    auto* method = view.findChild<QComboBox*>(QStringLiteral("methodFilter"));

    provider->setCurrentIndex(provider->findData(QStringLiteral("manual")));
    QCOMPARE(table->model()->rowCount(), 2);
    method->setCurrentIndex(method->findData(QStringLiteral("eft")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, PaymentsModel::GrossColumn).data().toString(), fixtures::shown(2000));
    QCOMPARE(label(view, "countLabel"), QStringLiteral("1 transaction"));

    method->setCurrentIndex(0);
    provider->setCurrentIndex(provider->findData(QStringLiteral("payfast")));
    QCOMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, PaymentsModel::FeeColumn).data().toString(), fixtures::shown(290));
    QCOMPARE(table->model()->index(0, PaymentsModel::InvoiceColumn).data().toString(),
             QStringLiteral("unallocated"));

    // Everything happened today (Johannesburg): from tomorrow leaves nothing, from today all of it.
    provider->setCurrentIndex(0);
    auto* from = view.findChild<QDateEdit*>(QStringLiteral("fromDate"));
    from->setDate(Clock::today().addDays(1));
    QCOMPARE(table->model()->rowCount(), 0);
    from->setDate(Clock::today());
    QCOMPARE(table->model()->rowCount(), 3);
    view.findChild<QDateEdit*>(QStringLiteral("toDate"))->setDate(Clock::today().addDays(-1));
    QCOMPARE(table->model()->rowCount(), 3); // a range that ends before it starts is refused, rows stay
    QVERIFY(label(view, "errorLabel").contains(QLatin1String("ends before it starts")));

    auto* status = view.findChild<QComboBox*>(QStringLiteral("statusFilter"));
    view.findChild<QDateEdit*>(QStringLiteral("toDate"))->setDate(Clock::today());
    status->setCurrentIndex(status->findData(QStringLiteral("pending")));
    QCOMPARE(table->model()->rowCount(), 0);
}

void tst_PaymentsView::detailShowsNotificationsWithSecretsHidden()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    ReceivedNotification n;
    n.providerId = QStringLiteral("77001");
    n.status = QStringLiteral("COMPLETE");
    n.mPaymentId = QStringLiteral("not-ours-77001");
    n.rawBody = QByteArrayLiteral(
        "m_payment_id=not-ours-77001&pf_payment_id=77001&payment_status=COMPLETE"
        "&amount_gross=120.00&amount_fee=-4.20&amount_net=115.80"
        "&token=5b2a8c1e-7d4f-4e21-9c3b-2f6a1d0e8b47&signature=0123456789abcdef0123456789abcdef");
    n.sender = QHostAddress(QStringLiteral("197.97.145.144"));
    n.peer = QHostAddress(QHostAddress::LocalHost);
    n.checks = QJsonObject {{QStringLiteral("signature"), QStringLiteral("ok")}};
    QVERIFY_OK(NotificationStore(t.ledger()).store(n));
    QVERIFY_OK(fixtures::unallocatedPayment(t.ledger(), QStringLiteral("77001"), 12000, 420));

    PaymentsView view(t.ledger());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto* table = view.findChild<QTableView*>(QStringLiteral("paymentsTable"));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(table->model()->index(0, PaymentsModel::GrossColumn)).center());
    QCOMPARE(label(view, "grossLabel"), fixtures::shown(12000));
    QCOMPARE(label(view, "feeLabel"), fixtures::shown(420));
    QCOMPARE(label(view, "netLabel"), fixtures::shown(11580));
    auto* notifications = view.findChild<QTreeWidget*>(QStringLiteral("paymentNotifications"));
    QCOMPARE(notifications->topLevelItemCount(), 1);
    QCOMPARE(notifications->topLevelItem(0)->text(1), QStringLiteral("COMPLETE"));
    notifications->setCurrentItem(notifications->topLevelItem(0));
    auto* fields = view.findChild<QTreeWidget*>(QStringLiteral("notificationFields"));
    QMap<QString, QString> shown;
    for (int i = 0; i < fields->topLevelItemCount(); ++i)
        shown.insert(fields->topLevelItem(i)->text(0), fields->topLevelItem(i)->text(1));
    QCOMPARE(shown.value(QStringLiteral("amount_gross")), QStringLiteral("120.00"));
    QCOMPARE(shown.value(QStringLiteral("signature")), QStringLiteral("***"));
    QCOMPARE(shown.value(QStringLiteral("token")), QStringLiteral("***"));
    const QString everything = QStringList(shown.values()).join(QLatin1Char(' '));
    QVERIFY(!everything.contains(QLatin1String("0123456789abcdef")));
    QVERIFY(!everything.contains(QLatin1String("5b2a8c1e")));
}

void tst_PaymentsView::pagesFollowTheOrderWithoutGapsOrRepeats()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    // 450 rows straight into the table (the page reads; how they were booked does not matter here),
    // with many equal amounts so the keyset has to break ties by id.
    constexpr int Rows = 450;
    QVERIFY_OK(t.db().write([&]() -> Status {
        auto insert = PreparedInsert::prepare(
            t.db(),
            QStringLiteral(
                "INSERT INTO transactions (kind, provider, provider_id, environment, status, gross, fee, "
                "net, created_at, updated_at) VALUES ('payment', 'payfast', ?, 'sandbox', 'complete', "
                "?, 0, ?, ?, ?)"));
        for (int i = 0; i < Rows; ++i) {
            const qint64 gross = 100 * (i % 7 + 1);
            const QString at = QStringLiteral("2026-03-01T10:%1:%2.000Z")
                                   .arg(i / 60, 2, 10, QLatin1Char('0'))
                                   .arg(i % 60, 2, 10, QLatin1Char('0'));
            insert->bindText(QString::number(500000 + i))
                .bindInt(gross)
                .bindInt(gross)
                .bindText(at)
                .bindText(at);
            if (Status s = insert->exec(); !s)
                return s;
        }
        return {};
    }));

    // No QAbstractItemModelTester here: on modelReset it calls fetchMore before it clears its own
    // reset-in-flight state, and then reports the insert as overlapping the reset.
    PaymentsModel model(t.ledger());
    QVERIFY_OK(model.reload());
    QCOMPARE(model.rowCount(), PaymentsModel::PageSize);
    QCOMPARE(model.totalCount(), Rows);
    auto readAll = [&model]() {
        while (model.canFetchMore({}))
            model.fetchMore({});
    };
    readAll();
    QCOMPARE(model.rowCount(), Rows);
    QVERIFY(model.lastError().isEmpty());
    QSet<qint64> seen;
    for (int i = 0; i < model.rowCount(); ++i) {
        seen.insert(model.rowAt(i)->id);
        if (i > 0)
            QVERIFY(model.rowAt(i - 1)->createdAt > model.rowAt(i)->createdAt); // newest first
    }
    QCOMPARE(seen.size(), Rows);

    model.sort(PaymentsModel::GrossColumn, Qt::AscendingOrder);
    QCOMPARE(model.rowCount(), PaymentsModel::PageSize);
    readAll();
    QCOMPARE(model.rowCount(), Rows);
    seen.clear();
    for (int i = 0; i < model.rowCount(); ++i) {
        seen.insert(model.rowAt(i)->id);
        if (i > 0) {
            const PaymentRow* a = model.rowAt(i - 1);
            const PaymentRow* b = model.rowAt(i);
            QVERIFY(a->gross < b->gross || (a->gross == b->gross && a->id < b->id));
        }
    }
    QCOMPARE(seen.size(), Rows);
}

QTEST_MAIN(tst_PaymentsView)
#include "tst_paymentsview.moc"
