// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessSettings.h"
#include "Clock.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"
#include "Payments.h"
#include "ImalictlRun.h"
#include "TestDatabases.h"
#include "TestLedger.h"
#include "security/KeyStore.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QtTest>

#include <algorithm>
#include <memory>
#include <utility>
#include <vector>

using namespace imali;

// A Result that should have succeeded; its message is the failure text when it did not.
#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));              \
    } while (false)

// A Result that should have failed with \a errorKind.
#define QVERIFY_FAILS(expr, errorKind)                                                                       \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        QVERIFY2(!result_.ok(), "expected a refusal, but it succeeded");                                     \
        QCOMPARE_EQ(result_.error().kind, errorKind);                                                        \
    } while (false)

namespace
{

using testdb::TestLedger;

#define OPEN_LEDGER_OR_FAIL(var, backend)                                                                    \
    TestLedger var(backend);                                                                                 \
    do {                                                                                                     \
        const QString openError_ = var.open();                                                               \
        QVERIFY2(openError_.isEmpty(), qPrintable(openError_));                                              \
    } while (false)

/// The first column of the first row of \a statement, or -1 when it fails.
qint64 scalar(Database& db, const QString& statement)
{
    Sql q(db, statement);
    if (!q.exec() || !q.next())
        return -1;
    return q.int64(0);
}

qint64 countRows(Database& db, const QString& table)
{
    return scalar(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
}

QString lastAuditAction(Database& db)
{
    Sql q(db, QStringLiteral("SELECT action FROM audit_log ORDER BY seq DESC LIMIT 1"));
    if (!q.exec() || !q.next())
        return {};
    return q.text(0);
}

/// A new invoice from command-line style line specs ("DESC;QTY;UNIT_PRICE[;VAT%]").
Result<Invoice> makeInvoice(Ledger& ledger, qint64 customerId, const QStringList& specs, bool issue,
                            bool pricesIncludeVat = false, QDate dueDate = {})
{
    NewInvoice input;
    input.customerId = customerId;
    input.pricesIncludeVat = pricesIncludeVat;
    input.issue = issue;
    input.dueDate = dueDate;
    for (const QString& spec : specs) {
        auto line = Invoices::parseLineSpec(spec);
        if (!line)
            return line.error();
        input.lines.append(*line);
    }
    return Invoices(ledger).create(input);
}

Result<qint64> addCustomer(Ledger& ledger, const QString& name)
{
    auto c = Customers(ledger).add({name, QString(), QString(), QString(), QString()});
    if (!c)
        return c.error();
    return c->id;
}

Status insertPendingCheckout(Database& db, qint64 invoiceId, const QString& mPaymentId, qint64 amountCents)
{
    const QString now = Clock::toStorage(Clock::nowUtc());
    Sql q(db,
          QStringLiteral(
              "INSERT INTO checkouts (invoice_id, provider, m_payment_id, link_token, amount, "
              "environment, status, created_at, expires_at, updated_at) VALUES (:inv, 'payfast', :m, "
              ":token, :amount, 'sandbox', 'pending', :now, :now, :now)"));
    q.bind(QStringLiteral(":inv"), invoiceId)
        .bind(QStringLiteral(":m"), mPaymentId)
        .bind(QStringLiteral(":token"), QStringLiteral("token-") + mPaymentId)
        .bind(QStringLiteral(":amount"), amountCents)
        .bind(QStringLiteral(":now"), now);
    return q.exec();
}

QString checkoutStatus(Database& db, const QString& mPaymentId)
{
    Sql q(db, QStringLiteral("SELECT status FROM checkouts WHERE m_payment_id = :m"));
    q.bind(QStringLiteral(":m"), mPaymentId);
    if (!q.exec() || !q.next())
        return {};
    return q.text(0);
}

using testcli::CliRun;
using testcli::imalictlPath;
using testcli::runImalictl;

} // namespace

/**
 * The books through the core services, on SQLite and PostgreSQL: invoice
 * amounts to the cent, gap-free numbers, voiding, manual payments and
 * write-offs, refunds with pro-rata credit notes, customers and POPIA,
 * derived overdue, unique transactions and an audit entry for every change.
 */
class tst_Ledger : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void invoiceTotals_data();
    void invoiceTotals();
    void notVatRegisteredRefusesVat_data() { testdb::addBackendRows(); }
    void notVatRegisteredRefusesVat();
    void issuingNumbersInOrder_data() { testdb::addBackendRows(); }
    void issuingNumbersInOrder();
    void voiding_data() { testdb::addBackendRows(); }
    void voiding();
    void manualPayments_data() { testdb::addBackendRows(); }
    void manualPayments();
    void writeOffSettlesTheRest_data() { testdb::addBackendRows(); }
    void writeOffSettlesTheRest();
    void refundsIssueCreditNotes_data() { testdb::addBackendRows(); }
    void refundsIssueCreditNotes();
    void customerLifecycle_data() { testdb::addBackendRows(); }
    void customerLifecycle();
    void customerValidation_data();
    void customerValidation();
    void overdueIsDerived_data() { testdb::addBackendRows(); }
    void overdueIsDerived();
    void oneTransactionPerProviderId_data() { testdb::addBackendRows(); }
    void oneTransactionPerProviderId();
    void everyChangeIsAudited_data();
    void everyChangeIsAudited();
    void concurrentNumberingFromTwoProcesses();
};

void tst_Ledger::cleanup()
{
    Clock::setFixedNow(QDateTime());
}

void tst_Ledger::invoiceTotals_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("vatRegistered");
    QTest::addColumn<bool>("pricesIncludeVat");
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QStringList>("lineVat"); // each line's VAT, in order
    QTest::addColumn<QString>("subtotal");
    QTest::addColumn<QString>("vat");
    QTest::addColumn<QString>("total");

    for (const QString& b : testdb::backends()) {
        const auto row = [&b](const char* name) -> QTestData& {
            return QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QLatin1String(name)))) << b;
        };
        // 1.5 × 850.00 = 1275.00, VAT 191.25; 99.99 × 15 % = 14.9985, rounded half-up to 15.00.
        row("prices excluding VAT add 15 % per line")
            << true << false
            << QStringList {QStringLiteral("Consulting;1.5;850.00"), QStringLiteral("Travel;1;99.99")}
            << QStringList {QStringLiteral("191.25"), QStringLiteral("15.00")} << QStringLiteral("1374.99")
            << QStringLiteral("206.25") << QStringLiteral("1581.24");
        // 2.5 × 33.33 = 83.325 → 83.33; 83.33 × 15 % = 12.4995 → 12.50.
        row("a half cent is rounded up, then VAT is taken on the rounded net")
            << true << false << QStringList {QStringLiteral("Hours;2.5;33.33")}
            << QStringList {QStringLiteral("12.50")} << QStringLiteral("83.33") << QStringLiteral("12.50")
            << QStringLiteral("95.83");
        // 345.00 × 15/115 = 45.00; 10.00 × 15/115 = 1.3043 → 1.30.
        row("prices including VAT take VAT out of the gross")
            << true << true
            << QStringList {QStringLiteral("Widget;3;115.00"), QStringLiteral("Gadget;1;10.00")}
            << QStringList {QStringLiteral("45.00"), QStringLiteral("1.30")} << QStringLiteral("308.70")
            << QStringLiteral("46.30") << QStringLiteral("355.00");
        row("a zero-rated line beside a standard-rated one")
            << true << false
            << QStringList {QStringLiteral("Bread;2;20.00;0"), QStringLiteral("Service;1;100;15")}
            << QStringList {QStringLiteral("0.00"), QStringLiteral("15.00")} << QStringLiteral("140.00")
            << QStringLiteral("15.00") << QStringLiteral("155.00");
        row("a business that is not VAT-registered charges no VAT")
            << false << false
            << QStringList {QStringLiteral("Service;2;100.00"), QStringLiteral("Parts;3;0.99")}
            << QStringList {QStringLiteral("0.00"), QStringLiteral("0.00")} << QStringLiteral("202.97")
            << QStringLiteral("0.00") << QStringLiteral("202.97");
        row("a business that is not VAT-registered may enter VAT-inclusive prices")
            << false << true << QStringList {QStringLiteral("Service;1;115.00")}
            << QStringList {QStringLiteral("0.00")} << QStringLiteral("115.00") << QStringLiteral("0.00")
            << QStringLiteral("115.00");
    }
}

void tst_Ledger::invoiceTotals()
{
    QFETCH(QString, backend);
    QFETCH(bool, vatRegistered);
    QFETCH(bool, pricesIncludeVat);
    QFETCH(QStringList, lines);
    QFETCH(QStringList, lineVat);
    QFETCH(QString, subtotal);
    QFETCH(QString, vat);
    QFETCH(QString, total);
    OPEN_LEDGER_OR_FAIL(t, backend);
    if (!vatRegistered)
        QVERIFY_OK(
            BusinessSettings(t.ledger()).set(QStringLiteral("vat_registered"), QStringLiteral("false")));
    auto customer = addCustomer(t.ledger(), QStringLiteral("Sipho Dlamini"));
    QVERIFY_OK(customer);

    auto draft = makeInvoice(t.ledger(), *customer, lines, false, pricesIncludeVat);
    QVERIFY_OK(draft);
    // Read back from the store, as the console would show it.
    auto inv = Invoices(t.ledger()).get(draft->id);
    QVERIFY_OK(inv);
    QCOMPARE_EQ(inv->subtotal.toString(), subtotal);
    QCOMPARE_EQ(inv->vat.toString(), vat);
    QCOMPARE_EQ(inv->total.toString(), total);
    QCOMPARE_EQ(inv->pricesIncludeVat, pricesIncludeVat);
    QCOMPARE_EQ(inv->taxInvoice, vatRegistered);
    QCOMPARE_EQ(inv->lines.size(), lines.size());
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const InvoiceLine& l = inv->lines.at(i);
        QCOMPARE_EQ(l.amounts.vat.toString(), lineVat.at(i));
        QCOMPARE_EQ((l.amounts.net + l.amounts.vat).toString(), l.amounts.gross.toString());
    }

    // Issuing doesn't change the amounts.
    auto issued = Invoices(t.ledger()).issue(QString::number(draft->id));
    QVERIFY_OK(issued);
    QCOMPARE_EQ(issued->total.toString(), total);
    QCOMPARE_EQ(issued->balance().toString(), total);
}

void tst_Ledger::notVatRegisteredRefusesVat()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto customer = addCustomer(t.ledger(), QStringLiteral("Lerato Nkosi"));
    QVERIFY_OK(customer);
    QVERIFY_OK(BusinessSettings(t.ledger()).set(QStringLiteral("vat_registered"), QStringLiteral("false")));
    const qint64 invoicesBefore = countRows(t.db(), QStringLiteral("invoices"));
    const qint64 linesBefore = countRows(t.db(), QStringLiteral("invoice_lines"));
    const qint64 auditBefore = countRows(t.db(), QStringLiteral("audit_log"));

    QVERIFY_FAILS(makeInvoice(t.ledger(), *customer, {QStringLiteral("Service;1;100.00;15")}, false),
                  ErrorKind::Validation);
    QVERIFY_FAILS(makeInvoice(t.ledger(), *customer,
                              {QStringLiteral("Free;1;10.00;0"), QStringLiteral("Taxed;1;10.00;7.5")}, true),
                  ErrorKind::Validation);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("invoices")), invoicesBefore);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("invoice_lines")), linesBefore);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("audit_log")), auditBefore);

    // An explicit zero rate is fine.
    auto zero = makeInvoice(t.ledger(), *customer, {QStringLiteral("Service;1;100.00;0")}, true);
    QVERIFY_OK(zero);
    QCOMPARE_EQ(zero->vat.toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(zero->total.toString(), QStringLiteral("100.00"));
    QVERIFY(!zero->taxInvoice);
}

void tst_Ledger::issuingNumbersInOrder()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto customer = addCustomer(t.ledger(), QStringLiteral("Naledi Khumalo"));
    QVERIFY_OK(customer);
    Invoices invoices(t.ledger());
    const QStringList line {QStringLiteral("Design work;1;500.00")};

    auto a = makeInvoice(t.ledger(), *customer, line, false);
    auto b = makeInvoice(t.ledger(), *customer, line, false);
    auto c = makeInvoice(t.ledger(), *customer, line, false);
    QVERIFY_OK(a);
    QVERIFY_OK(b);
    QVERIFY_OK(c);
    for (const Invoice& draft : {*a, *b, *c}) {
        QVERIFY2(draft.number.isEmpty(), qPrintable(draft.number));
        QCOMPARE_EQ(imali::toString(draft.status), QStringLiteral("draft"));
    }
    QCOMPARE_EQ(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM invoices WHERE number IS NOT NULL")), 0);

    // Numbers follow the order of issuing, not of creating.
    auto first = invoices.issue(QString::number(b->id));
    QVERIFY_OK(first);
    QCOMPARE_EQ(first->number, QStringLiteral("INV-000001"));
    QCOMPARE_EQ(imali::toString(first->status), QStringLiteral("open"));
    QCOMPARE_EQ(first->issueDate, Clock::today());
    QCOMPARE_EQ(first->dueDate, Clock::today().addDays(30));

    // A draft made in between takes no number.
    auto d = makeInvoice(t.ledger(), *customer, line, false);
    QVERIFY_OK(d);
    QVERIFY(d->number.isEmpty());

    auto second = invoices.issue(QString::number(a->id));
    QVERIFY_OK(second);
    QCOMPARE_EQ(second->number, QStringLiteral("INV-000002"));

    // Issuing once more is refused and changes nothing.
    const qint64 auditBefore = countRows(t.db(), QStringLiteral("audit_log"));
    QVERIFY_FAILS(invoices.issue(QStringLiteral("INV-000001")), ErrorKind::Conflict);
    QVERIFY_FAILS(invoices.issue(QString::number(a->id)), ErrorKind::Conflict);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("audit_log")), auditBefore);
    auto again = invoices.get(QStringLiteral("INV-000001"));
    QVERIFY_OK(again);
    QCOMPARE_EQ(again->id, b->id);

    // Creating and issuing at once takes the next number; the two drafts never consumed any.
    auto third = makeInvoice(t.ledger(), *customer, line, true);
    QVERIFY_OK(third);
    QCOMPARE_EQ(third->number, QStringLiteral("INV-000003"));
    auto fourth = invoices.issue(QString::number(d->id));
    QVERIFY_OK(fourth);
    QCOMPARE_EQ(fourth->number, QStringLiteral("INV-000004"));
    auto stillDraft = invoices.get(c->id);
    QVERIFY_OK(stillDraft);
    QVERIFY(stillDraft->number.isEmpty());
    QCOMPARE_EQ(imali::toString(stillDraft->status), QStringLiteral("draft"));

    // References are case-insensitive numbers or internal ids.
    auto byLower = invoices.get(QStringLiteral("inv-000004"));
    QVERIFY_OK(byLower);
    QCOMPARE_EQ(byLower->id, d->id);
    QVERIFY_FAILS(invoices.get(QStringLiteral("INV-000005")), ErrorKind::NotFound);
}

void tst_Ledger::voiding()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto customer = addCustomer(t.ledger(), QStringLiteral("Pieter van der Merwe"));
    QVERIFY_OK(customer);
    Invoices invoices(t.ledger());
    const QStringList line {QStringLiteral("Plumbing;1;100.00")};

    auto open = makeInvoice(t.ledger(), *customer, line, true);
    QVERIFY_OK(open);
    QCOMPARE_EQ(open->number, QStringLiteral("INV-000001"));
    auto voided = invoices.voidInvoice(QStringLiteral("INV-000001"));
    QVERIFY_OK(voided);
    QCOMPARE_EQ(imali::toString(voided->status), QStringLiteral("void"));
    QCOMPARE_EQ(voided->number, QStringLiteral("INV-000001"));
    QCOMPARE_EQ(voided->total.toString(), QStringLiteral("115.00"));
    QVERIFY_FAILS(invoices.voidInvoice(QStringLiteral("INV-000001")), ErrorKind::Conflict);
    QVERIFY_FAILS(Payments(t.ledger())
                      .recordManual({QStringLiteral("INV-000001"), QStringLiteral("10.00"),
                                     QStringLiteral("cash"), QString(), QString()}),
                  ErrorKind::Conflict);

    // The voided invoice keeps its number: the next one is not a reuse.
    auto paidSome = makeInvoice(t.ledger(), *customer, line, true);
    QVERIFY_OK(paidSome);
    QCOMPARE_EQ(paidSome->number, QStringLiteral("INV-000002"));
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({paidSome->number, QStringLiteral("10.00"), QStringLiteral("cash"),
                                  QString(), QString()}));
    const qint64 auditBefore = countRows(t.db(), QStringLiteral("audit_log"));
    QVERIFY_FAILS(invoices.voidInvoice(paidSome->number), ErrorKind::Conflict);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("audit_log")), auditBefore);
    auto unchanged = invoices.get(paidSome->id);
    QVERIFY_OK(unchanged);
    QCOMPARE_EQ(imali::toString(unchanged->status), QStringLiteral("open"));
    QCOMPARE_EQ(unchanged->amountPaid.toString(), QStringLiteral("10.00"));

    // A draft may be voided too; it never gets a number.
    auto draft = makeInvoice(t.ledger(), *customer, line, false);
    QVERIFY_OK(draft);
    auto voidedDraft = invoices.voidInvoice(QString::number(draft->id));
    QVERIFY_OK(voidedDraft);
    QCOMPARE_EQ(imali::toString(voidedDraft->status), QStringLiteral("void"));
    QVERIFY(voidedDraft->number.isEmpty());
    QVERIFY_FAILS(invoices.issue(QString::number(draft->id)), ErrorKind::Conflict);

    auto next = makeInvoice(t.ledger(), *customer, line, true);
    QVERIFY_OK(next);
    QCOMPARE_EQ(next->number, QStringLiteral("INV-000003"));
    auto listedVoid = invoices.list(QStringLiteral("void"));
    QVERIFY_OK(listedVoid);
    QCOMPARE_EQ(listedVoid->size(), 2);
}

void tst_Ledger::manualPayments()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto customer = addCustomer(t.ledger(), QStringLiteral("Ayanda Zulu"));
    QVERIFY_OK(customer);
    Invoices invoices(t.ledger());
    Payments payments(t.ledger());
    auto inv = makeInvoice(t.ledger(), *customer, {QStringLiteral("Service;1;100.00")}, true);
    QVERIFY_OK(inv);
    auto other = makeInvoice(t.ledger(), *customer, {QStringLiteral("Other;1;10.00")}, true);
    QVERIFY_OK(other);
    QCOMPARE_EQ(inv->total.toString(), QStringLiteral("115.00"));

    // Two payment links for this invoice and one for another, all waiting.
    QVERIFY_OK(insertPendingCheckout(t.db(), inv->id, QStringLiteral("m-1"), 11500));
    QVERIFY_OK(insertPendingCheckout(t.db(), inv->id, QStringLiteral("m-2"), 11500));
    QVERIFY_OK(insertPendingCheckout(t.db(), other->id, QStringLiteral("m-3"), 1150));

    auto partial = payments.recordManual({inv->number, QStringLiteral("R50"), QStringLiteral("cash"),
                                          QStringLiteral("till slip 17"), QString()});
    QVERIFY_OK(partial);
    QCOMPARE_EQ(partial->gross.toString(), QStringLiteral("50.00"));
    QCOMPARE_EQ(partial->provider, QStringLiteral("manual"));
    QCOMPARE_EQ(partial->status, QStringLiteral("complete"));
    QCOMPARE_EQ(partial->method, QStringLiteral("cash"));
    auto afterPartial = invoices.get(inv->id);
    QVERIFY_OK(afterPartial);
    QCOMPARE_EQ(imali::toString(afterPartial->status), QStringLiteral("open"));
    QCOMPARE_EQ(afterPartial->amountPaid.toString(), QStringLiteral("50.00"));
    QCOMPARE_EQ(afterPartial->balance().toString(), QStringLiteral("65.00"));
    QCOMPARE_EQ(checkoutStatus(t.db(), QStringLiteral("m-1")), QStringLiteral("pending"));

    // One cent too much is refused, and nothing is written.
    const qint64 transactionsBefore = countRows(t.db(), QStringLiteral("transactions"));
    const qint64 eventsBefore = countRows(t.db(), QStringLiteral("transaction_events"));
    const qint64 auditBefore = countRows(t.db(), QStringLiteral("audit_log"));
    QVERIFY_FAILS(payments.recordManual(
                      {inv->number, QStringLiteral("65.01"), QStringLiteral("eft"), QString(), QString()}),
                  ErrorKind::Validation);
    QVERIFY_FAILS(payments.recordManual(
                      {inv->number, QStringLiteral("0.00"), QStringLiteral("eft"), QString(), QString()}),
                  ErrorKind::Validation);
    QVERIFY_FAILS(payments.recordManual(
                      {inv->number, QStringLiteral("10.00"), QStringLiteral("cheque"), QString(), QString()}),
                  ErrorKind::Validation);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("transactions")), transactionsBefore);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("transaction_events")), eventsBefore);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("audit_log")), auditBefore);
    auto afterRefusal = invoices.get(inv->id);
    QVERIFY_OK(afterRefusal);
    QCOMPARE_EQ(afterRefusal->balance().toString(), QStringLiteral("65.00"));
    QCOMPARE_EQ(afterRefusal->amountPaid.toString(), QStringLiteral("50.00"));

    // The rest settles it: paid, nothing owed, and the other links for it close.
    QVERIFY_OK(payments.recordManual({inv->number, QStringLiteral("65,00"), QStringLiteral("eft"),
                                      QStringLiteral("EFT ref 991"), QString()}));
    auto paid = invoices.get(inv->id);
    QVERIFY_OK(paid);
    QCOMPARE_EQ(imali::toString(paid->status), QStringLiteral("paid"));
    QCOMPARE_EQ(paid->amountPaid.toString(), QStringLiteral("115.00"));
    QCOMPARE_EQ(paid->amountWrittenOff.toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(paid->balance().toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(paid->transactions.size(), 2);
    QCOMPARE_EQ(checkoutStatus(t.db(), QStringLiteral("m-1")), QStringLiteral("closed"));
    QCOMPARE_EQ(checkoutStatus(t.db(), QStringLiteral("m-2")), QStringLiteral("closed"));
    QCOMPARE_EQ(checkoutStatus(t.db(), QStringLiteral("m-3")), QStringLiteral("pending"));

    // A paid invoice takes no more money.
    QVERIFY_FAILS(payments.recordManual(
                      {inv->number, QStringLiteral("1.00"), QStringLiteral("cash"), QString(), QString()}),
                  ErrorKind::Conflict);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("transactions")), transactionsBefore + 1);
}

void tst_Ledger::writeOffSettlesTheRest()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto customer = addCustomer(t.ledger(), QStringLiteral("Spaza Shop"));
    QVERIFY_OK(customer);
    Payments payments(t.ledger());
    // 99.96 + 14.99 VAT (14.994) = 114.95; the customer pays 114.90 in cash.
    auto inv = makeInvoice(t.ledger(), *customer, {QStringLiteral("Groceries;1;99.96")}, true);
    QVERIFY_OK(inv);
    QCOMPARE_EQ(inv->total.toString(), QStringLiteral("114.95"));
    QVERIFY_OK(insertPendingCheckout(t.db(), inv->id, QStringLiteral("m-w"), 11495));

    // Nothing to write off when the payment settles exactly.
    QVERIFY_FAILS(payments.recordManual({inv->number, QStringLiteral("114.95"), QStringLiteral("cash"),
                                         QString(), QStringLiteral("cash rounding")}),
                  ErrorKind::Validation);

    auto payment = payments.recordManual({inv->number, QStringLiteral("114.90"), QStringLiteral("cash"),
                                          QString(), QStringLiteral("cash rounding")});
    QVERIFY_OK(payment);
    QCOMPARE_EQ(payment->gross.toString(), QStringLiteral("114.90"));
    QCOMPARE_EQ(payment->writtenOff.toString(), QStringLiteral("0.05"));
    QCOMPARE_EQ(payment->reason, QStringLiteral("cash rounding"));
    auto paid = Invoices(t.ledger()).get(inv->id);
    QVERIFY_OK(paid);
    QCOMPARE_EQ(imali::toString(paid->status), QStringLiteral("paid"));
    QCOMPARE_EQ(paid->amountPaid.toString(), QStringLiteral("114.90"));
    QCOMPARE_EQ(paid->amountWrittenOff.toString(), QStringLiteral("0.05"));
    QCOMPARE_EQ(paid->balance().toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(checkoutStatus(t.db(), QStringLiteral("m-w")), QStringLiteral("closed"));
    Sql events(t.db(),
               QStringLiteral("SELECT event, detail FROM transaction_events WHERE transaction_id = :id "
                              "ORDER BY id"));
    events.bind(QStringLiteral(":id"), payment->id);
    QVERIFY_OK(events.exec());
    QStringList seen;
    while (events.next())
        seen << events.text(0) + QLatin1Char(':') + events.text(1);
    QCOMPARE_EQ(seen.size(), 2);
    QCOMPARE_EQ(seen.at(1), QStringLiteral("written_off:cash rounding"));
}

void tst_Ledger::refundsIssueCreditNotes()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto customer = addCustomer(t.ledger(), QStringLiteral("Bongani Mthembu"));
    QVERIFY_OK(customer);
    Payments payments(t.ledger());
    Invoices invoices(t.ledger());
    // 115.00 (VAT 15.00) + 85.00 zero-rated = 200.00 with 15.00 VAT.
    auto inv = makeInvoice(t.ledger(), *customer,
                           {QStringLiteral("Service;1;100.00;15"), QStringLiteral("Book;1;85.00;0")}, true);
    QVERIFY_OK(inv);
    QCOMPARE_EQ(inv->total.toString(), QStringLiteral("200.00"));
    QCOMPARE_EQ(inv->vat.toString(), QStringLiteral("15.00"));
    auto payment = payments.recordManual(
        {inv->number, QStringLiteral("200.00"), QStringLiteral("cash"), QString(), QString()});
    QVERIFY_OK(payment);

    // R50 back: 50 × 115/200 = 28.75 of the service (VAT 28.75 × 15/115 = 3.75) and 21.25 of the book.
    auto first =
        payments.refundManual({payment->id, QStringLiteral("50.00"), QStringLiteral("returned the book")});
    QVERIFY_OK(first);
    QCOMPARE_EQ(first->refund.kind, QStringLiteral("refund"));
    QCOMPARE_EQ(first->refund.gross.toString(), QStringLiteral("50.00"));
    QVERIFY(first->refund.refundOf.has_value());
    QCOMPARE_EQ(*first->refund.refundOf, payment->id);
    QVERIFY(first->creditNote.has_value());
    QCOMPARE_EQ(first->creditNote->number, QStringLiteral("CN-000001"));
    QCOMPARE_EQ(first->creditNote->subtotal.toString(), QStringLiteral("46.25"));
    QCOMPARE_EQ(first->creditNote->vat.toString(), QStringLiteral("3.75"));
    QCOMPARE_EQ(first->creditNote->total.toString(), QStringLiteral("50.00"));

    auto partly = invoices.get(inv->id);
    QVERIFY_OK(partly);
    QCOMPARE_EQ(imali::toString(partly->status), QStringLiteral("partially_refunded"));
    QCOMPARE_EQ(partly->total.toString(), QStringLiteral("200.00")); // stays as issued
    QCOMPARE_EQ(partly->amountPaid.toString(), QStringLiteral("200.00"));
    QCOMPARE_EQ(partly->amountRefunded.toString(), QStringLiteral("50.00"));
    QCOMPARE_EQ(partly->amountCredited.toString(), QStringLiteral("50.00"));
    const Money identity = partly->total - partly->amountCredited - partly->amountPaid
        - partly->amountWrittenOff + partly->amountRefunded;
    QCOMPARE_EQ(identity.toString(), QStringLiteral("0.00"));
    QCOMPARE_EQ(partly->balance().toString(), identity.toString());
    QCOMPARE_EQ(partly->creditNotes.size(), 1);
    QCOMPARE_EQ(scalar(t.db(), QStringLiteral("SELECT SUM(vat) FROM credit_note_lines")), 375);

    // Refunding more than remains is refused, and nothing is written.
    const qint64 transactionsBefore = countRows(t.db(), QStringLiteral("transactions"));
    const qint64 notesBefore = countRows(t.db(), QStringLiteral("credit_notes"));
    const qint64 auditBefore = countRows(t.db(), QStringLiteral("audit_log"));
    QVERIFY_FAILS(payments.refundManual({payment->id, QStringLiteral("150.01"), QStringLiteral("too much")}),
                  ErrorKind::Validation);
    QVERIFY_FAILS(payments.refundManual({payment->id, QStringLiteral("10.00"), QStringLiteral("x")}),
                  ErrorKind::Validation); // a reason is required
    QVERIFY_FAILS(
        payments.refundManual({first->refund.id, QStringLiteral("1.00"), QStringLiteral("a refund")}),
        ErrorKind::Conflict); // a refund is not a payment
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("transactions")), transactionsBefore);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("credit_notes")), notesBefore);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("audit_log")), auditBefore);

    // The rest: 150 × 115/200 = 86.25 (VAT 11.25) and 63.75.
    auto rest =
        payments.refundManual({payment->id, QStringLiteral("150.00"), QStringLiteral("cancelled the job")});
    QVERIFY_OK(rest);
    QVERIFY(rest->creditNote.has_value());
    QCOMPARE_EQ(rest->creditNote->number, QStringLiteral("CN-000002"));
    QCOMPARE_EQ(rest->creditNote->subtotal.toString(), QStringLiteral("138.75"));
    QCOMPARE_EQ(rest->creditNote->vat.toString(), QStringLiteral("11.25"));
    QCOMPARE_EQ(rest->creditNote->total.toString(), QStringLiteral("150.00"));
    auto refunded = invoices.get(inv->id);
    QVERIFY_OK(refunded);
    QCOMPARE_EQ(imali::toString(refunded->status), QStringLiteral("refunded"));
    QCOMPARE_EQ(refunded->amountRefunded.toString(), QStringLiteral("200.00"));
    QCOMPARE_EQ(refunded->amountCredited.toString(), QStringLiteral("200.00"));
    QCOMPARE_EQ(refunded->balance().toString(), QStringLiteral("0.00"));
    // Fully credited: the notes' VAT adds up to the invoice's.
    Money creditedVat;
    for (const CreditNote& n : refunded->creditNotes)
        creditedVat += n.vat;
    QCOMPARE_EQ(creditedVat.toString(), refunded->vat.toString());

    QVERIFY_FAILS(
        payments.refundManual({payment->id, QStringLiteral("0.01"), QStringLiteral("one cent more")}),
        ErrorKind::Validation);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("credit_notes")), 2);
}

void tst_Ledger::customerLifecycle()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    Customers customers(t.ledger());
    const QString email = QStringLiteral("thandi@example.co.za");
    auto added = customers.add({QStringLiteral("  Thandi Mokoena "), email, QStringLiteral("+27 82 555 0101"),
                                QStringLiteral("12 Long St, Cape Town"), QStringLiteral("4123456789")});
    QVERIFY_OK(added);
    QCOMPARE_EQ(added->name, QStringLiteral("Thandi Mokoena"));
    QCOMPARE_EQ(added->email, email);
    QCOMPARE_EQ(added->vatNumber, QStringLiteral("4123456789"));
    QVERIFY(!added->isArchived());
    const qint64 id = added->id;

    // Personal data in the audit log is sealed under the customer's key.
    Sql entry(t.db(),
              QStringLiteral(
                  "SELECT after_data FROM audit_log WHERE action = 'customer.added' AND entity_id = :id"));
    entry.bind(QStringLiteral(":id"), QString::number(id));
    QVERIFY_OK(entry.exec());
    QVERIFY(entry.next());
    QVERIFY2(entry.text(0).startsWith(QLatin1String("enc:")), qPrintable(entry.text(0)));
    QVERIFY(!entry.text(0).contains(email));
    QVERIFY(!entry.text(0).contains(QLatin1String("Thandi")));

    auto edited = customers.edit(id,
                                 {QStringLiteral("Thandi Mokoena-Dube"), QStringLiteral("td@example.co.za"),
                                  QString(), QStringLiteral("12 Long St, Cape Town"), QString()});
    QVERIFY_OK(edited);
    QCOMPARE_EQ(edited->name, QStringLiteral("Thandi Mokoena-Dube"));
    QCOMPARE_EQ(edited->email, QStringLiteral("td@example.co.za"));
    QCOMPARE_EQ(edited->phone, QString());
    QCOMPARE_EQ(edited->vatNumber, QString());

    auto inv = makeInvoice(t.ledger(), id, {QStringLiteral("Catering;10;45.50")}, true);
    QVERIFY_OK(inv);
    QCOMPARE_EQ(inv->total.toString(), QStringLiteral("523.25"));
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual(
                       {inv->number, QStringLiteral("100.00"), QStringLiteral("eft"), QString(), QString()}));

    QVERIFY_OK(customers.archive(id));
    QVERIFY_FAILS(customers.archive(id), ErrorKind::Conflict);
    auto archived = customers.get(id);
    QVERIFY_OK(archived);
    QVERIFY(archived->isArchived());
    auto active = customers.list();
    QVERIFY_OK(active);
    QVERIFY(std::none_of(active->cbegin(), active->cend(), [id](const Customer& c) { return c.id == id; }));
    auto all = customers.list(true);
    QVERIFY_OK(all);
    QVERIFY(std::any_of(all->cbegin(), all->cend(), [id](const Customer& c) { return c.id == id; }));

    // No new invoices for an archived customer.
    const qint64 invoicesBefore = countRows(t.db(), QStringLiteral("invoices"));
    QVERIFY_FAILS(makeInvoice(t.ledger(), id, {QStringLiteral("More;1;1.00")}, false), ErrorKind::Conflict);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("invoices")), invoicesBefore);

    // Anonymising (POPIA): personal data gone, the key destroyed, the money kept.
    QCOMPARE_EQ(
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM customer_keys WHERE customer_id = %1").arg(id)),
        1);
    QVERIFY_OK(customers.anonymise(id));
    auto anon = customers.get(id);
    QVERIFY_OK(anon);
    QVERIFY(anon->isAnonymised());
    QCOMPARE_EQ(anon->name, QStringLiteral("Anonymised customer %1").arg(id));
    QCOMPARE_EQ(anon->email, QString());
    QCOMPARE_EQ(anon->phone, QString());
    QCOMPARE_EQ(anon->address, QString());
    QCOMPARE_EQ(anon->vatNumber, QString());
    QCOMPARE_EQ(
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM customer_keys WHERE customer_id = %1").arg(id)),
        0);
    QCOMPARE_EQ(scalar(t.db(),
                       QStringLiteral("SELECT COUNT(*) FROM customers WHERE email = 'td@example.co.za' "
                                      "OR name LIKE '%Thandi%'")),
                0);
    auto kept = Invoices(t.ledger()).get(inv->id);
    QVERIFY_OK(kept);
    QCOMPARE_EQ(kept->number, inv->number);
    QCOMPARE_EQ(kept->customerName, anon->name);
    QCOMPARE_EQ(kept->total.toString(), QStringLiteral("523.25"));
    QCOMPARE_EQ(kept->amountPaid.toString(), QStringLiteral("100.00"));
    QCOMPARE_EQ(kept->balance().toString(), QStringLiteral("423.25"));
    QCOMPARE_EQ(imali::toString(kept->status), QStringLiteral("open"));
    QVERIFY_FAILS(customers.anonymise(id), ErrorKind::Conflict);
    QVERIFY_FAILS(customers.edit(id, {QStringLiteral("Thandi"), QString(), QString(), QString(), QString()}),
                  ErrorKind::Conflict);

    // The chain still verifies: sealed entries are checked without being opened.
    auto verified = t.ledger().audit().verify(t.ledger().anchor().read());
    QVERIFY_OK(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
}

void tst_Ledger::customerValidation_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("vatNumber");
    for (const QString& b : testdb::backends()) {
        const auto row = [&b](const char* what) -> QTestData& {
            return QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QLatin1String(what)))) << b;
        };
        row("an email without an at sign is refused")
            << QStringLiteral("A") << QStringLiteral("a.example.co.za") << QString() << QString();
        row("an email with two at signs is refused")
            << QStringLiteral("A") << QStringLiteral("a@b@example.com") << QString() << QString();
        row("an email without a domain is refused")
            << QStringLiteral("A") << QStringLiteral("a@example") << QString() << QString();
        row("a VAT number of nine digits is refused")
            << QStringLiteral("A") << QString() << QString() << QStringLiteral("412345678");
        row("a VAT number not starting with 4 is refused")
            << QStringLiteral("A") << QString() << QString() << QStringLiteral("5123456789");
        row("a VAT number with letters is refused")
            << QStringLiteral("A") << QString() << QString() << QStringLiteral("4A23456789");
        row("a phone number with letters is refused")
            << QStringLiteral("A") << QString() << QStringLiteral("call me") << QString();
        row("a blank name is refused") << QStringLiteral("   ") << QString() << QString() << QString();
    }
}

void tst_Ledger::customerValidation()
{
    QFETCH(QString, backend);
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QString, vatNumber);
    OPEN_LEDGER_OR_FAIL(t, backend);
    Customers customers(t.ledger());
    auto existing = customers.add({QStringLiteral("Existing Customer"), QStringLiteral("ok@example.com"),
                                   QString(), QString(), QStringLiteral("4000000001")});
    QVERIFY_OK(existing);
    const qint64 customersBefore = countRows(t.db(), QStringLiteral("customers"));
    const qint64 keysBefore = countRows(t.db(), QStringLiteral("customer_keys"));
    const qint64 auditBefore = countRows(t.db(), QStringLiteral("audit_log"));
    const CustomerDetails bad {name, email, phone, QString(), vatNumber};

    QVERIFY_FAILS(customers.add(bad), ErrorKind::Validation);
    QVERIFY_FAILS(customers.edit(existing->id, bad), ErrorKind::Validation);

    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("customers")), customersBefore);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("customer_keys")), keysBefore);
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("audit_log")), auditBefore);
    auto unchanged = customers.get(existing->id);
    QVERIFY_OK(unchanged);
    QCOMPARE_EQ(unchanged->name, QStringLiteral("Existing Customer"));
    QCOMPARE_EQ(unchanged->email, QStringLiteral("ok@example.com"));
    QCOMPARE_EQ(unchanged->vatNumber, QStringLiteral("4000000001"));
}

void tst_Ledger::overdueIsDerived()
{
    QFETCH(QString, backend);
    // 08:00 UTC is 10:00 in Johannesburg on 2 March 2026.
    Clock::setFixedNow(QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC));
    OPEN_LEDGER_OR_FAIL(t, backend);
    auto customer = addCustomer(t.ledger(), QStringLiteral("Late Payer (Pty) Ltd"));
    QVERIFY_OK(customer);
    Invoices invoices(t.ledger());
    const QStringList line {QStringLiteral("Rent;1;1000.00")};
    auto late = makeInvoice(t.ledger(), *customer, line, true);
    QVERIFY_OK(late);
    QCOMPARE_EQ(late->issueDate, QDate(2026, 3, 2));
    QCOMPARE_EQ(late->dueDate, QDate(2026, 4, 1)); // 30 days' terms
    auto paid = makeInvoice(t.ledger(), *customer, line, true);
    QVERIFY_OK(paid);
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({paid->number, QStringLiteral("1150.00"), QStringLiteral("eft"), QString(),
                                  QString()}));
    auto draft = makeInvoice(t.ledger(), *customer, line, false, false, QDate(2026, 3, 10));
    QVERIFY_OK(draft);

    const auto overdueNumbers = [&invoices]() {
        QStringList numbers;
        auto list = invoices.list(QStringLiteral("overdue"));
        if (list)
            for (const Invoice& inv : *list)
                numbers << inv.number;
        else
            numbers << QStringLiteral("error: ") + list.error().message;
        return numbers;
    };
    QCOMPARE_EQ(overdueNumbers(), QStringList());

    // 21:59:59 UTC on 1 April is still the due day in Johannesburg.
    Clock::setFixedNow(QDateTime(QDate(2026, 4, 1), QTime(21, 59, 59), Qt::UTC));
    QCOMPARE_EQ(overdueNumbers(), QStringList());
    // Midnight in Johannesburg: past due.
    Clock::setFixedNow(QDateTime(QDate(2026, 4, 1), QTime(22, 0), Qt::UTC));
    QCOMPARE_EQ(overdueNumbers(), QStringList {late->number});
    auto stored = invoices.get(late->id);
    QVERIFY_OK(stored);
    QCOMPARE_EQ(imali::toString(stored->status), QStringLiteral("open")); // never stored as overdue
    QVERIFY(stored->isOverdue(Clock::today()));
    auto open = invoices.list(QStringLiteral("open"));
    QVERIFY_OK(open);
    QCOMPARE_EQ(open->size(), 1);
    QCOMPARE_EQ(open->first().id, late->id);
    QCOMPARE_EQ(scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'overdue'")), 0);

    // A due date given in the past makes an issued invoice overdue at once.
    auto backdated = makeInvoice(t.ledger(), *customer, line, true, false, Clock::today().addDays(-3));
    QVERIFY_OK(backdated);
    QCOMPARE_EQ(backdated->dueDate, QDate(2026, 3, 30));
    QCOMPARE_EQ(overdueNumbers(), (QStringList {backdated->number, late->number}));

    // Paying it takes it off the list.
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({late->number, QStringLiteral("1150.00"), QStringLiteral("cash"), QString(),
                                  QString()}));
    QCOMPARE_EQ(overdueNumbers(), QStringList {backdated->number});
}

void tst_Ledger::oneTransactionPerProviderId()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    const auto insert = [&t](const QString& provider, const QString& providerId) {
        Sql q(t.db(),
              QStringLiteral("INSERT INTO transactions (kind, provider, provider_id, environment, status, "
                             "gross, fee, net, created_at, updated_at) VALUES ('payment', :provider, :pid, "
                             "'sandbox', 'complete', 10000, 230, 9770, :now, :now)"));
        q.bind(QStringLiteral(":provider"), provider)
            .bind(QStringLiteral(":pid"), providerId)
            .bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()));
        const Status s = q.exec();
        return std::make_pair(s, q.lastError());
    };
    const auto first = insert(QStringLiteral("payfast"), QStringLiteral("1124148"));
    QVERIFY_OK(first.first);
    const auto duplicate = insert(QStringLiteral("payfast"), QStringLiteral("1124148"));
    QVERIFY2(!duplicate.first.ok(), "a second row for the same PayFast payment must be refused");
    QVERIFY2(t.db().isUniqueViolation(duplicate.second), qPrintable(duplicate.second.text()));
    // The same id from another provider is another payment.
    QVERIFY_OK(insert(QStringLiteral("stripe"), QStringLiteral("1124148")).first);
    QCOMPARE_EQ(
        scalar(t.db(), QStringLiteral("SELECT COUNT(*) FROM transactions WHERE provider_id = '1124148'")), 2);
    // A different error is not mistaken for a duplicate.
    const auto bad = insert(QStringLiteral("paypal"), QStringLiteral("1"));
    QVERIFY(!bad.first.ok());
    QVERIFY(!t.db().isUniqueViolation(bad.second));
}

void tst_Ledger::everyChangeIsAudited_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("action"); // of the newest entry afterwards
    QTest::addColumn<int>("entries"); // how many the change writes
    for (const QString& b : testdb::backends()) {
        const auto row = [&b](const char* what, const char* change, const char* action, int entries) {
            QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(b, QLatin1String(what))))
                << b << QString::fromLatin1(change) << QString::fromLatin1(action) << entries;
        };
        row("adding a customer writes one entry", "customer.add", "customer.added", 1);
        row("editing a customer writes one entry", "customer.edit", "customer.edited", 1);
        row("archiving a customer writes one entry", "customer.archive", "customer.archived", 1);
        row("anonymising a customer writes one entry", "customer.anonymise", "customer.anonymised", 1);
        row("creating a draft writes one entry", "invoice.create", "invoice.created", 1);
        row("creating and issuing at once writes two entries", "invoice.create-issued", "invoice.issued", 2);
        row("issuing a draft writes one entry", "invoice.issue", "invoice.issued", 1);
        row("voiding an invoice writes one entry", "invoice.void", "invoice.voided", 1);
        row("recording a payment writes one entry", "payment.record", "payment.recorded", 1);
        row("a payment with a write-off writes one entry", "payment.write-off", "payment.recorded", 1);
        row("refunding a payment writes one entry", "refund", "refund.recorded", 1);
        row("changing a setting writes one entry", "settings.set", "settings.changed", 1);
        row("a refused overpayment writes nothing", "refused.overpayment", "", 0);
        row("a refused second issue writes nothing", "refused.issue", "", 0);
        row("a refused invalid setting writes nothing", "refused.setting", "", 0);
    }
}

void tst_Ledger::everyChangeIsAudited()
{
    QFETCH(QString, backend);
    QFETCH(QString, change);
    QFETCH(QString, action);
    QFETCH(int, entries);
    OPEN_LEDGER_OR_FAIL(t, backend);
    Ledger& l = t.ledger();
    // The books every change starts from: a customer, a draft, an open invoice and a paid one.
    auto customer = addCustomer(l, QStringLiteral("Audit Subject"));
    QVERIFY_OK(customer);
    auto draft = makeInvoice(l, *customer, {QStringLiteral("Draft;1;10.00")}, false);
    QVERIFY_OK(draft);
    auto open = makeInvoice(l, *customer, {QStringLiteral("Open;1;100.00")}, true);
    QVERIFY_OK(open);
    auto paid = makeInvoice(l, *customer, {QStringLiteral("Paid;1;100.00")}, true);
    QVERIFY_OK(paid);
    auto payment = Payments(l).recordManual(
        {paid->number, QStringLiteral("115.00"), QStringLiteral("cash"), QString(), QString()});
    QVERIFY_OK(payment);

    const qint64 before = countRows(t.db(), QStringLiteral("audit_log"));
    Status outcome;
    const auto keep = [&outcome](const auto& result) {
        outcome = result.ok() ? Status() : Status(result.error());
    };
    if (change == QLatin1String("customer.add"))
        keep(Customers(l).add(
            {QStringLiteral("New One"), QStringLiteral("new@example.com"), QString(), QString(), QString()}));
    else if (change == QLatin1String("customer.edit"))
        keep(Customers(l).edit(
            *customer,
            {QStringLiteral("Audit Subject Renamed"), QString(), QString(), QString(), QString()}));
    else if (change == QLatin1String("customer.archive"))
        outcome = Customers(l).archive(*customer);
    else if (change == QLatin1String("customer.anonymise"))
        outcome = Customers(l).anonymise(*customer);
    else if (change == QLatin1String("invoice.create"))
        keep(makeInvoice(l, *customer, {QStringLiteral("Another;1;5.00")}, false));
    else if (change == QLatin1String("invoice.create-issued"))
        keep(makeInvoice(l, *customer, {QStringLiteral("Another;1;5.00")}, true));
    else if (change == QLatin1String("invoice.issue"))
        keep(Invoices(l).issue(QString::number(draft->id)));
    else if (change == QLatin1String("invoice.void"))
        keep(Invoices(l).voidInvoice(open->number));
    else if (change == QLatin1String("payment.record"))
        keep(Payments(l).recordManual(
            {open->number, QStringLiteral("15.00"), QStringLiteral("card"), QString(), QString()}));
    else if (change == QLatin1String("payment.write-off"))
        keep(Payments(l).recordManual({open->number, QStringLiteral("114.99"), QStringLiteral("cash"),
                                       QString(), QStringLiteral("rounding")}));
    else if (change == QLatin1String("refund"))
        keep(Payments(l).refundManual({payment->id, QStringLiteral("15.00"), QStringLiteral("goodwill")}));
    else if (change == QLatin1String("settings.set"))
        outcome = BusinessSettings(l).set(QStringLiteral("trading_name"), QStringLiteral("Imali Traders"));
    else if (change == QLatin1String("refused.overpayment"))
        keep(Payments(l).recordManual(
            {open->number, QStringLiteral("115.01"), QStringLiteral("cash"), QString(), QString()}));
    else if (change == QLatin1String("refused.issue"))
        keep(Invoices(l).issue(open->number));
    else if (change == QLatin1String("refused.setting"))
        outcome = BusinessSettings(l).set(QStringLiteral("vat_registered"), QStringLiteral("maybe"));
    else
        QFAIL(qPrintable(QStringLiteral("unknown change %1").arg(change)));

    if (entries > 0)
        QVERIFY2(outcome.ok(), qPrintable(outcome.error().message));
    else
        QVERIFY2(!outcome.ok(), "the change should have been refused");
    QCOMPARE_EQ(countRows(t.db(), QStringLiteral("audit_log")), before + entries);
    if (!action.isEmpty())
        QCOMPARE_EQ(lastAuditAction(t.db()), action);

    // The chain verifies, and this desktop's anchor stands at its head.
    const auto anchor = l.anchor().read();
    QVERIFY(anchor.has_value());
    auto head = l.audit().head();
    QVERIFY_OK(head);
    QCOMPARE_EQ(anchor->seq, head->seq);
    QCOMPARE_EQ(anchor->mac, head->mac);
    QCOMPARE_EQ(head->seq, before + entries);
    auto verified = l.audit().verify(anchor);
    QVERIFY_OK(verified);
    QVERIFY2(verified->intact, qPrintable(verified->problem));
    QVERIFY(verified->anchored);
    QCOMPARE_EQ(verified->entries, before + entries);
}

void tst_Ledger::concurrentNumberingFromTwoProcesses()
{
    // Gap-free numbering under real concurrency needs PostgreSQL's row locks across processes.
    // A run that deliberately leaves PostgreSQL out checks the same against SQLite's file lock.
    const bool noPostgres = qEnvironmentVariable("IMALI_TEST_NO_POSTGRES") == QLatin1String("1");
    SCRATCH_OR_FAIL(scratch, noPostgres ? QStringLiteral("sqlite") : QStringLiteral("postgres"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY2(QFileInfo::exists(imalictlPath()),
             qPrintable(imalictlPath() + QStringLiteral(" was not built")));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMALI_KEY_FILE"), dir.filePath(QStringLiteral("ledger-keys")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("IMALI_DATABASE_URL"));
    const QString url = scratch.url();
    const QStringList db {QStringLiteral("--db"), url};

    CliRun init = runImalictl(QStringList {QStringLiteral("ledger"), QStringLiteral("init")} + db, env);
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    CliRun customer =
        runImalictl(QStringList {QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                                 QStringLiteral("Concurrent Co"), QStringLiteral("--json")}
                        + db,
                    env);
    QVERIFY2(customer.exitCode == 0, qPrintable(customer.err));
    const qint64 customerId =
        QJsonDocument::fromJson(customer.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
    QVERIFY(customerId > 0);

    constexpr int Workers = 2;
    constexpr int PerWorker = 15;
    QList<QStringList> idsPerWorker(Workers);
    for (int i = 0; i < Workers * PerWorker; ++i) {
        CliRun created = runImalictl(
            QStringList {QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--customer"),
                         QString::number(customerId), QStringLiteral("--line"),
                         QStringLiteral("Item %1;1;10.00").arg(i + 1), QStringLiteral("--json")}
                + db,
            env);
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QJsonObject o = QJsonDocument::fromJson(created.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("number")).isNull());
        idsPerWorker[i % Workers] << QString::number(o.value(QStringLiteral("id")).toInteger());
    }

    // Both workers start together and issue their drafts as fast as they can.
    std::vector<std::unique_ptr<QProcess>> workers;
    for (int w = 0; w < Workers; ++w) {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment workerEnv = env;
        workerEnv.insert(QStringLiteral("IMALICTL"), imalictlPath());
        workerEnv.insert(QStringLiteral("LEDGER_URL"), url);
        workerEnv.insert(QStringLiteral("INVOICE_IDS"), idsPerWorker.at(w).join(QLatin1Char(' ')));
        p->setProcessEnvironment(workerEnv);
        p->setProcessChannelMode(QProcess::MergedChannels);
        workers.push_back(std::move(p));
    }
    const QString script = QStringLiteral(
        "for i in $INVOICE_IDS; do \"$IMALICTL\" invoice issue \"$i\" --db \"$LEDGER_URL\" >/dev/null || "
        "{ echo \"issuing $i failed\"; exit 1; }; done");
    for (const auto& p : workers)
        p->start(QStringLiteral("bash"), {QStringLiteral("-c"), script});
    for (const auto& p : workers) {
        QVERIFY(p->waitForStarted(30000));
        QVERIFY2(p->waitForFinished(300000), "a worker did not finish within 5 minutes");
        const QString output = QString::fromUtf8(p->readAll());
        QVERIFY2(p->exitStatus() == QProcess::NormalExit && p->exitCode() == 0, qPrintable(output));
    }

    CliRun list = runImalictl(
        QStringList {QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--json")} + db, env);
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QStringList numbers;
    QMap<QString, int> workerOfNumber;
    for (const QJsonValue& v : QJsonDocument::fromJson(list.out.toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        QCOMPARE_EQ(o.value(QStringLiteral("status")).toString(), QStringLiteral("open"));
        numbers << o.value(QStringLiteral("number")).toString();
        const QString id = QString::number(o.value(QStringLiteral("id")).toInteger());
        workerOfNumber.insert(numbers.last(), idsPerWorker.at(0).contains(id) ? 0 : 1);
    }
    numbers.sort();
    // How interleaved the two workers' issues were (for the log: it shows the run was concurrent).
    int switches = 0;
    for (auto it = workerOfNumber.cbegin(); std::next(it) != workerOfNumber.cend(); ++it)
        switches += it.value() != std::next(it).value() ? 1 : 0;
    qInfo("the numbers passed between the two workers %d times", switches);
    QStringList expected;
    for (int n = 1; n <= Workers * PerWorker; ++n)
        expected << QStringLiteral("INV-%1").arg(n, 6, 10, QLatin1Char('0'));
    QCOMPARE_EQ(numbers, expected); // no gaps, no duplicates

    // The concurrent appends left one unbroken chain: created, customer, 30 drafts and 30 issues.
    CliRun verify = runImalictl(
        QStringList {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")} + db, env);
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));
    const QJsonObject v = QJsonDocument::fromJson(verify.out.toUtf8()).object();
    QVERIFY(v.value(QStringLiteral("intact")).toBool());
    QCOMPARE_EQ(v.value(QStringLiteral("entries")).toInteger(), 2 + 2 * Workers * PerWorker);
}

QTEST_GUILESS_MAIN(tst_Ledger)
#include "tst_ledger.moc"
