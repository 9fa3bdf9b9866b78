// SPDX-License-Identifier: GPL-3.0-or-later
// The console's Reports page and invoice PDF action, on real ledgers: the preview's totals are the
// ledger's, exports land as CSV and PDF with the same figures, and a bad period writes nothing.
#include "BusinessSettings.h"
#include "Clock.h"
#include "ConsoleContext.h"
#include "Customers.h"
#include "Invoices.h"
#include "InvoicesView.h"
#include "Payments.h"
#include "ReportsView.h"
#include "TestLedger.h"
#include "reports/ReportPreviewModel.h"

#include <QDateEdit>
#include <QProcess>
#include <QtTest>

using namespace imali;

#define OPEN_OR_FAIL(var)                                                                                    \
    QFETCH(QString, backend);                                                                                \
    testdb::TestLedger var(backend);                                                                         \
    do {                                                                                                     \
        const QString openError_ = var.open();                                                               \
        QVERIFY2(openError_.isEmpty(), qPrintable(openError_));                                              \
    } while (false)

namespace
{

QString pdfText(const QString& file)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), file, QStringLiteral("-")});
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportsView : public QObject
{
    Q_OBJECT

private slots:
    void previewAndExportAgreeWithTheLedger_data() { testdb::addBackendRows(); }
    void previewAndExportAgreeWithTheLedger()
    {
        OPEN_OR_FAIL(books);
        auto customer =
            Customers(books.ledger())
                .add({QStringLiteral("Nomsa Dube"), QStringLiteral("nomsa@example.co.za"), {}, {}, {}});
        QVERIFY(customer);
        for (const QString& price : {QStringLiteral("100"), QStringLiteral("250.50")}) {
            auto inv = Invoices(books.ledger())
                           .create({customer->id,
                                    {{QStringLiteral("Work"), QStringLiteral("1"), price, {}}},
                                    false,
                                    {},
                                    true});
            QVERIFY(inv);
            auto paid =
                Payments(books.ledger())
                    .recordManual({inv->number, inv->total.toString(), QStringLiteral("eft"), {}, {}});
            QVERIFY2(paid, qPrintable(paid ? QString() : paid.error().message));
        }
        // 115.00 + 288.08 (250.50 + 15 % VAT, rounded half up) = 403.08 gross, no fees on EFT.
        ConsoleContext context(books.ledger(), Config(QString()));
        ReportsView view(context);
        view.findChild<QDateEdit*>(QStringLiteral("reportFrom"))->setDate(Clock::today().addDays(-1));
        view.findChild<QDateEdit*>(QStringLiteral("reportTo"))->setDate(Clock::today());
        view.preview();
        ReportPreviewModel* model = view.model();
        QCOMPARE(model->rowCount(), 3); // two payments and the totals
        QVERIFY(model->isTotalsRow(2));
        QStringList totals;
        for (int c = 0; c < model->columnCount(); ++c)
            totals << model->index(2, c).data().toString();
        QVERIFY2(totals.contains(QStringLiteral("403.08")), qPrintable(totals.join(QLatin1Char('|'))));

        QTemporaryDir out;
        const QString csv = out.filePath(QStringLiteral("transactions.csv"));
        QVERIFY2(view.exportTo(csv, QStringLiteral("csv")), qPrintable(view.message()));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        QVERIFY(text.contains(QLatin1String("115.00")));
        QVERIFY(text.contains(QLatin1String("288.08")));
        QVERIFY(QFile::exists(csv + QStringLiteral(".anchor")));
        const QString pdf = out.filePath(QStringLiteral("transactions.pdf"));
        QVERIFY2(view.exportTo(pdf, QStringLiteral("pdf")), qPrintable(view.message()));
        QVERIFY(pdfText(pdf).contains(QLatin1String("403.08")));

        // A period that ends before it starts: a plain message, and no file.
        view.findChild<QDateEdit*>(QStringLiteral("reportFrom"))->setDate(Clock::today());
        view.findChild<QDateEdit*>(QStringLiteral("reportTo"))->setDate(Clock::today().addDays(-3));
        const QString bad = out.filePath(QStringLiteral("bad.csv"));
        QVERIFY(!view.exportTo(bad, QStringLiteral("csv")));
        QVERIFY(!view.message().isEmpty());
        QVERIFY(!QFile::exists(bad));
    }

    void invoicePdfFromTheInvoicesPage_data() { testdb::addBackendRows(); }
    void invoicePdfFromTheInvoicesPage()
    {
        OPEN_OR_FAIL(books);
        auto customer = Customers(books.ledger())
                            .add({QStringLiteral("Kagiso"),
                                  QStringLiteral("k@example.co.za"),
                                  {},
                                  QStringLiteral("2 Main Rd, Durban"),
                                  {}});
        QVERIFY(customer);
        auto inv = Invoices(books.ledger())
                       .create({customer->id,
                                {{QStringLiteral("Tiles"), QStringLiteral("4"), QStringLiteral("99.99"), {}}},
                                false,
                                {},
                                true});
        QVERIFY(inv);
        BusinessSettings settings(books.ledger());
        for (const auto& [name, value] :
             {std::pair {QStringLiteral("trading_name"), QStringLiteral("Umuzi Tiles")},
              std::pair {QStringLiteral("address"), QStringLiteral("9 Quay St, Durban")},
              std::pair {QStringLiteral("vat_number"), QStringLiteral("4123456789")}})
            QVERIFY2(settings.set(name, value).ok(), qPrintable(name));
        ConsoleContext context(books.ledger(), Config(QString()));
        InvoicesView view(context);
        view.selectInvoice(inv->id);
        QTemporaryDir out;
        const QString pdf = out.filePath(QStringLiteral("invoice.pdf"));
        QString problem;
        QVERIFY2(view.writeInvoicePdf(pdf, &problem), qPrintable(problem));
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(QLatin1String("Tax Invoice")));
        QVERIFY(text.contains(inv->number));
        QVERIFY(text.contains(inv->total.toString()) || text.contains(inv->total.toDisplayString()));

        // Without the business's address a tax invoice can't be made: the page says why and writes nothing.
        QVERIFY(settings.set(QStringLiteral("address"), QString()).ok());
        const QString refused = out.filePath(QStringLiteral("refused.pdf"));
        QVERIFY(!view.writeInvoicePdf(refused, &problem));
        QVERIFY(!problem.isEmpty());
        QVERIFY(!QFile::exists(refused));
    }
};

QTEST_MAIN(TestReportsView)
#include "tst_reportsview.moc"
