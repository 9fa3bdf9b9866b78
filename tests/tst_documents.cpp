// SPDX-License-Identifier: GPL-3.0-or-later
#include "BusinessSettings.h"
#include "Checkouts.h"
#include "Clock.h"
#include "Config.h"
#include "Customers.h"
#include "ImalictlRun.h"
#include "Invoices.h"
#include "Ledger.h"
#include "PaymentBooking.h"
#include "Payments.h"
#include "QrDecode.h"
#include "TestLedger.h"
#include "documents/InvoiceDocument.h"
#include "documents/PayNowLink.h"
#include "documents/ReportDocument.h"
#include "payfast/PayFastProvider.h"
#include "reports/ReportPreview.h"
#include "reports/ReportPreviewModel.h"
#include "reports/Reports.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFont>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtTest>

using namespace imali;

#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));              \
    } while (false)

namespace
{

const QString PublicUrl = QStringLiteral("https://pay.example.co.za");

/** The shared throwaway ledger, plus the environment imalictl needs to find it. */
class TestLedger : public testdb::TestLedger
{
public:
    using testdb::TestLedger::TestLedger;

    QProcessEnvironment cliEnvironment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("IMALI_KEY_FILE"), keyFile());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("IMALI_DATABASE_URL"));
        return env;
    }
    /// A configuration with nothing but the environment (no INI file).
    Config config() const { return Config(m_dir.filePath(QStringLiteral("none.ini"))); }
};

#define OPEN_LEDGER_OR_FAIL(var, backend)                                                                    \
    TestLedger var(backend);                                                                                 \
    do {                                                                                                     \
        const QString openError_ = var.open();                                                               \
        QVERIFY2(openError_.isEmpty(), qPrintable(openError_));                                              \
    } while (false)

/// The text of a PDF as pdftotext reads it (with -layout: one table row per line), no-break spaces as spaces.
QString pdfText(const QString& pdf, bool layout = true)
{
    QProcess p;
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << pdf << QStringLiteral("-");
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("pdftotext failed: ") + QString::fromUtf8(p.readAllStandardError());
    QString text = QString::fromUtf8(p.readAllStandardOutput());
    text.replace(QChar(0x00A0), QLatin1Char(' '));
    return text;
}

/// Renders page 1 of a PDF to PNG (pdftoppm) and reads its QR code (zbarimg); empty when none scans.
QString qrOnFirstPage(const QString& pdf)
{
    QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
            {QStringLiteral("-r"), QStringLiteral("200"), QStringLiteral("-png"), QStringLiteral("-f"),
             QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), QStringLiteral("-singlefile"),
             pdf, dir.filePath(QStringLiteral("page"))});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return QStringLiteral("pdftoppm failed");
    return testqr::decodeFile(dir.filePath(QStringLiteral("page.png")));
}

/// The whitespace-separated words of the line that starts with \a first (its first such line).
QStringList lineStartingWith(const QString& text, const QString& first)
{
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QStringList words = line.simplified().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (!words.isEmpty() && words.first() == first)
            return words;
    }
    return {};
}

/// A CSV export read back (RFC 4180 as the writer promises it): the header, then the rows.
QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QString text = QString::fromUtf8(f.readAll());
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"'))
                field += text.at(++i);
            else if (c == QLatin1Char('"'))
                quoted = false;
            else
                field += c;
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row << field;
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row << field;
            field.clear();
            rows << row;
            row.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return rows;
}

/// "-1234.50" or "12" as an integer (cents for amounts), summed by the test itself.
qint64 figure(const QString& text)
{
    QString digits = text;
    digits.remove(QLatin1Char('.'));
    return digits.toLongLong();
}

void at(QDate day, QTime utcTime)
{
    Clock::setFixedNow(QDateTime(day, utcTime, Qt::UTC));
}

Status setAll(Ledger& ledger, const QList<std::pair<QString, QString>>& settings)
{
    BusinessSettings b(ledger);
    for (const auto& [name, value] : settings)
        if (Status s = b.set(name, value); !s)
            return s;
    return {};
}

/// A VAT-registered business with every detail SARS asks for, bank details and a public URL.
Status registeredBusiness(Ledger& ledger)
{
    return setAll(ledger,
                  {{QStringLiteral("trading_name"), QStringLiteral("Zoë's Plumbing & Sons (Pty) Ltd")},
                   {QStringLiteral("address"), QStringLiteral("12 Long Street\nCape Town 8001")},
                   {QStringLiteral("vat_number"), QStringLiteral("4123456789")},
                   {QStringLiteral("vat_registered"), QStringLiteral("true")},
                   {QStringLiteral("bank_name"), QStringLiteral("First National Bank")},
                   {QStringLiteral("bank_account_holder"), QStringLiteral("Zoe Plumbing")},
                   {QStringLiteral("bank_account_number"), QStringLiteral("62000000001")},
                   {QStringLiteral("bank_branch_code"), QStringLiteral("250655")},
                   {QStringLiteral("public_url"), PublicUrl}});
}

Result<Invoice> issueInvoice(Ledger& ledger, qint64 customerId, const QStringList& specs, bool issue = true)
{
    NewInvoice input;
    input.customerId = customerId;
    input.issue = issue;
    for (const QString& spec : specs) {
        auto line = Invoices::parseLineSpec(spec);
        if (!line)
            return line.error();
        input.lines.append(*line);
    }
    return Invoices(ledger).create(input);
}

Result<qint64> addCustomer(Ledger& ledger, const QString& name, const QString& address,
                           const QString& vat = {})
{
    auto c = Customers(ledger).add({name, QStringLiteral("pay@example.co.za"), QString(), address, vat});
    if (!c)
        return c.error();
    return c->id;
}

/// A PayFast payment booked as the ITN processor books it, against a checkout of \a invoice.
Status payFast(Ledger& ledger, const Invoice& invoice, const QString& pfId, qint64 feeCents)
{
    const QString now = Clock::toStorage(Clock::nowUtc());
    const QString mPaymentId = QStringLiteral("m-") + pfId;
    Sql q(ledger.db(),
          QStringLiteral("INSERT INTO checkouts (invoice_id, provider, m_payment_id, link_token, amount, "
                         "environment, status, created_at, expires_at, updated_at) VALUES (:inv, "
                         "'payfast', :m, :token, :amount, :env, 'pending', :now, :now, :now)"));
    q.bind(QStringLiteral(":inv"), invoice.id)
        .bind(QStringLiteral(":m"), mPaymentId)
        .bind(QStringLiteral(":token"), QStringLiteral("token-") + pfId)
        .bind(QStringLiteral(":amount"), invoice.balance().cents())
        .bind(QStringLiteral(":env"), toString(ledger.environment()))
        .bind(QStringLiteral(":now"), now);
    if (Status s = q.exec(); !s)
        return s;
    ConfirmedPayment p;
    p.providerId = pfId;
    p.status = QStringLiteral("COMPLETE");
    p.mPaymentId = mPaymentId;
    p.gross = invoice.balance();
    p.fee = Money::fromCents(feeCents);
    p.net = p.gross - p.fee;
    auto booked = PaymentBooking(ledger).book(p);
    if (!booked)
        return booked.error();
    return {};
}

/**
 * March 2026's books: invoices at 15 % (one paid through PayFast with a fee,
 * one paid by EFT and partly refunded with a credit note, one open and overdue
 * by the end of April), so every report has rows and totals.
 */
QString buildBooks(Ledger& ledger)
{
    at(QDate(2026, 3, 2), QTime(8, 0));
    if (Status s = registeredBusiness(ledger); !s)
        return s.error().message;
    auto a = addCustomer(ledger, QStringLiteral("Sipho Dlamini"), QStringLiteral("1 Oak Ave, Durban"));
    auto b = addCustomer(ledger, QStringLiteral("Thandi & Co"), QStringLiteral("2 Pine Rd, Pretoria"));
    if (!a || !b)
        return QStringLiteral("could not add the customers");
    auto i1 = issueInvoice(ledger, *a, {QStringLiteral("Consulting;1;1000.00")});
    auto i2 =
        issueInvoice(ledger, *b, {QStringLiteral("Design;2;250.00"), QStringLiteral("Hosting;1;99.99")});
    auto i3 = issueInvoice(ledger, *a, {QStringLiteral("Support;3;333.33")});
    if (!i1 || !i2 || !i3)
        return QStringLiteral("could not issue the invoices");
    at(QDate(2026, 3, 10), QTime(9, 0));
    if (Status s = payFast(ledger, *i1, QStringLiteral("2000001"), 4168); !s)
        return s.error().message;
    at(QDate(2026, 3, 11), QTime(10, 0));
    auto eft = Payments(ledger).recordManual(
        {i2->number, i2->total.toString(), QStringLiteral("eft"), QStringLiteral("EFT 77"), QString()});
    if (!eft)
        return eft.error().message;
    at(QDate(2026, 3, 20), QTime(11, 0));
    auto refund =
        Payments(ledger).refundManual({eft->id, QStringLiteral("57.50"), QStringLiteral("one item back")});
    if (!refund)
        return refund.error().message;
    return {};
}

ReportRequest range(ReportKind kind, QDate from, QDate to)
{
    ReportRequest r;
    r.kind = kind;
    r.from = from;
    r.to = to;
    return r;
}

using testcli::CliRun;
using testcli::runImalictl;

} // namespace

/**
 * Documents, on SQLite and PostgreSQL: PDF reports carry the same figures as
 * the CSV, their totals and the audit chain head; the customer's invoice PDF is
 * a "Tax Invoice" with what SARS requires when the business is VAT-registered
 * (plain "Invoice" when not), and its "Pay now" QR code, rendered and scanned,
 * opens exactly the invoice's payment link; drafts are refused; a cancel or a
 * failure leaves no file; `imalictl export --format pdf` and `invoice pdf` end
 * to end. The PDFs are read back the way a person or a bookkeeper's tools would:
 * pdftotext, pdftoppm and zbarimg.
 */
class tst_Documents : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void reportPdfsMatchTheCsv_data() { testdb::addBackendRows(); }
    void reportPdfsMatchTheCsv();
    void previewHasTheCsvFigures_data() { testdb::addBackendRows(); }
    void previewHasTheCsvFigures();
    void reportPdfCancelLeavesNothing_data() { testdb::addBackendRows(); }
    void reportPdfCancelLeavesNothing();
    void taxInvoicePdf_data() { testdb::addBackendRows(); }
    void taxInvoicePdf();
    void plainInvoiceWhenNotVatRegistered_data() { testdb::addBackendRows(); }
    void plainInvoiceWhenNotVatRegistered();
    void invoicePdfRefusals_data() { testdb::addBackendRows(); }
    void invoicePdfRefusals();
    void noQrWithoutPublicUrlOrBalance_data() { testdb::addBackendRows(); }
    void noQrWithoutPublicUrlOrBalance();
    void cliEndToEnd_data() { testdb::addBackendRows(); }
    void cliEndToEnd();
};

void tst_Documents::initTestCase()
{
    // The ledger's settings decide here, not the environment of whoever runs the tests.
    for (const char* name : {"IMALI_PUBLIC_URL", "PAYFAST_NOTIFY_URL", "PAYFAST_MERCHANT_ID",
                             "PAYFAST_MERCHANT_KEY", "PAYFAST_PASSPHRASE", "ENABLE_PAYFAST"})
        qunsetenv(name);
}

void tst_Documents::cleanup()
{
    Clock::setFixedNow(QDateTime());
}

void tst_Documents::reportPdfsMatchTheCsv()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    const QString built = buildBooks(t.ledger());
    QVERIFY2(built.isEmpty(), qPrintable(built));
    at(QDate(2026, 4, 30), QTime(12, 0));

    ReportRequest aging;
    aging.kind = ReportKind::Aging;
    aging.asOf = QDate(2026, 4, 30);
    const QList<ReportRequest> requests {
        range(ReportKind::Transactions, QDate(2026, 3, 1), QDate(2026, 3, 31)),
        range(ReportKind::Invoices, QDate(2026, 3, 1), QDate(2026, 3, 31)),
        range(ReportKind::Vat, QDate(2026, 3, 1), QDate(2026, 3, 31)),
        range(ReportKind::Summary, QDate(2026, 3, 1), QDate(2026, 3, 31)), aging};
    for (const ReportRequest& r : requests) {
        const QString name = toString(r.kind);
        const QString csv = t.filePath(name + QStringLiteral(".csv"));
        const QString pdf = t.filePath(name + QStringLiteral(".pdf"));
        ExportSummary csvSummary;
        ExportSummary pdfSummary;
        QVERIFY_OK(exportCsv(t.ledger(), r, csv, {}, &csvSummary));
        QVERIFY_OK(exportPdf(t.ledger(), r, pdf, {}, &pdfSummary));
        QVERIFY2(!QFile::exists(pdf + QStringLiteral(".anchor")),
                 "a PDF prints its chain head; it gets no anchor");
        QCOMPARE_EQ(pdfSummary.rows, csvSummary.rows);
        QVERIFY2(csvSummary.rows > 0, qPrintable(name));

        // The totals line shows, in the PDF's column order, the sum of each money and count column of the
        // CSV, summed here from the CSV's text (the summary's month rows repeat its days: left out).
        const QList<QStringList> table = readCsv(csv);
        QCOMPARE_EQ(table.size(), csvSummary.rows + 1);
        QStringList expected {QStringLiteral("Total")};
        const QList<ReportColumn> columns = reportColumnSpecs(r.kind);
        for (const QString& shown : pdfReportColumns(r.kind)) {
            const qsizetype c = table.first().indexOf(shown);
            QVERIFY(c >= 0);
            if (!columns.at(c).totalled)
                continue;
            qint64 sum = 0;
            for (qsizetype row = 1; row < table.size(); ++row)
                if (table.at(row).first() != QLatin1String("month"))
                    sum += figure(table.at(row).at(c));
            expected << (columns.at(c).type == CellType::Amount ? Money::fromCents(sum).toString()
                                                                : QString::number(sum));
        }
        const QString text = pdfText(pdf);
        QCOMPARE_EQ(lineStartingWith(text, QStringLiteral("Total")), expected);
        // The audit chain head of the CSV's anchor (nothing was written between): on the first and last page.
        QCOMPARE_EQ(pdfSummary.auditSeq, csvSummary.auditSeq);
        QCOMPARE_EQ(pdfSummary.auditMac, csvSummary.auditMac);
        QCOMPARE_EQ(text.count(QStringLiteral("HMAC-SHA256 ") + csvSummary.auditMac), 2);
        QVERIFY(text.contains(QStringLiteral("Audit chain head: entry #%1").arg(csvSummary.auditSeq)));
        QVERIFY2(text.contains(QStringLiteral("environment: sandbox")), qPrintable(text));
        if (r.kind == ReportKind::Aging)
            QVERIFY(text.contains(QStringLiteral("as of 2026-04-30")));
        else
            QVERIFY(text.contains(QStringLiteral("2026-03-01 to 2026-03-31")));
        if (r.kind == ReportKind::Vat)
            QVERIFY(text.contains(vatBasis()));
    }

    // The transactions' totals reconcile to the cent with the ledger's own sums (refunds negative).
    Sql q(t.db(),
          QStringLiteral("SELECT CAST(SUM(CASE WHEN kind = 'refund' THEN -gross ELSE gross END) AS BIGINT), "
                         "CAST(SUM(CASE WHEN kind = 'refund' THEN -fee ELSE fee END) AS BIGINT), "
                         "CAST(SUM(CASE WHEN kind = 'refund' THEN -net ELSE net END) AS BIGINT) "
                         "FROM transactions WHERE status = 'complete'"));
    QVERIFY_OK(q.exec());
    QVERIFY(q.next());
    const QStringList total =
        lineStartingWith(pdfText(t.filePath(QStringLiteral("transactions.pdf"))), QStringLiteral("Total"));
    QCOMPARE_EQ(
        total.mid(1, 3),
        (QStringList {Money::fromCents(q.int64(0)).toString(), Money::fromCents(q.int64(1)).toString(),
                      Money::fromCents(q.int64(2)).toString()}));
    // Known figures: 1150.00 by PayFast (fee 41.68), 689.99 by EFT, 57.50 refunded.
    QCOMPARE_EQ(
        total.mid(1, 3),
        (QStringList {QStringLiteral("1782.49"), QStringLiteral("41.68"), QStringLiteral("1740.81")}));
}

void tst_Documents::previewHasTheCsvFigures()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    const QString built = buildBooks(t.ledger());
    QVERIFY2(built.isEmpty(), qPrintable(built));
    const ReportRequest r = range(ReportKind::Transactions, QDate(2026, 3, 1), QDate(2026, 3, 31));
    auto preview = previewReport(t.ledger(), r, 2);
    QVERIFY_OK(preview);
    QCOMPARE_EQ(preview->totalRows, 3);
    QCOMPARE_EQ(preview->rows.size(), 2);
    QVERIFY(preview->isTruncated());
    QCOMPARE_EQ(preview->context.columns.size(), reportColumns(r.kind).size());
    QCOMPARE_EQ(preview->totals.sum(QStringLiteral("gross")), 178249);
    QCOMPARE_EQ(preview->rows.at(0).at(10).display(), QStringLiteral("1150.00"));
    QCOMPARE_EQ(preview->rows.at(0).at(11).display(), QStringLiteral("41.68"));
    QVERIFY(preview->context.auditSeq > 0);

    // The console's table: the rows, then the totals; passes Qt's model checks.
    ReportPreviewModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setPreview(*preview);
    QCOMPARE_EQ(model.rowCount(), 3);
    QCOMPARE_EQ(model.columnCount(), int(reportColumns(r.kind).size()));
    QCOMPARE_EQ(model.headerData(10, Qt::Horizontal).toString(), QStringLiteral("Gross"));
    QCOMPARE_EQ(model.index(0, 10).data().toString(), QStringLiteral("1150.00"));
    QVERIFY(model.isTotalsRow(2));
    QCOMPARE_EQ(model.index(2, 0).data().toString(), QStringLiteral("Total"));
    QCOMPARE_EQ(model.index(2, 10).data().toString(), QStringLiteral("1782.49"));
    QCOMPARE_EQ(model.index(2, 11).data().toString(), QStringLiteral("41.68"));
    QCOMPARE_EQ(model.index(2, 2).data().toString(), QString()); // an id column has no total
    QVERIFY(model.index(2, 10).data(Qt::FontRole).value<QFont>().bold());
}

void tst_Documents::reportPdfCancelLeavesNothing()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    const QString built = buildBooks(t.ledger());
    QVERIFY2(built.isEmpty(), qPrintable(built));
    const ReportRequest r = range(ReportKind::Transactions, QDate(2026, 3, 1), QDate(2026, 3, 31));
    QDir dir(t.filePath(QStringLiteral("out")));
    QVERIFY(QDir().mkpath(dir.path()));
    const QString pdf = dir.filePath(QStringLiteral("report.pdf"));

    // Cancelled at the last moment: nothing at the path, no temporary file either.
    qint64 seen = -1;
    Status s = exportPdf(
        t.ledger(), r, pdf,
        [&seen](qint64 records) {
            seen = records;
            return false;
        },
        nullptr);
    QVERIFY(!s.ok());
    QCOMPARE_EQ(s.error().kind, ErrorKind::Conflict);
    QCOMPARE_EQ(seen, 3);
    QCOMPARE_EQ(dir.entryList(QDir::Files | QDir::Hidden), QStringList());

    // A file already there stays as it was when a new export is cancelled.
    {
        QFile old(pdf);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the old report");
    }
    QVERIFY(!exportPdf(t.ledger(), r, pdf, [](qint64) { return false; }).ok());
    QFile kept(pdf);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE_EQ(kept.readAll(), QByteArray("the old report"));
    QCOMPARE_EQ(dir.entryList(QDir::Files | QDir::Hidden), QStringList {QStringLiteral("report.pdf")});

    // A folder that does not exist: an error, and nothing anywhere.
    const QString nowhere = dir.filePath(QStringLiteral("missing/report.pdf"));
    s = exportPdf(t.ledger(), r, nowhere, {});
    QVERIFY(!s.ok());
    QCOMPARE_EQ(s.error().kind, ErrorKind::Runtime);
    QVERIFY(!QFile::exists(nowhere));
}

void tst_Documents::taxInvoicePdf()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    at(QDate(2026, 3, 2), QTime(8, 0));
    QVERIFY_OK(registeredBusiness(t.ledger()));
    auto customer = addCustomer(t.ledger(), QStringLiteral("Thandi <b>Nkosi</b> Holdings"),
                                QStringLiteral("5 Main Rd\nDurban 4001"), QStringLiteral("4987654321"));
    QVERIFY_OK(customer);
    // Above R5,000: a full tax invoice, with the customer's details.
    auto inv = issueInvoice(
        t.ledger(), *customer,
        {QStringLiteral("Geyser installation;4;1500.00"), QStringLiteral("Call-out fee;1;450.50")});
    QVERIFY_OK(inv);
    QVERIFY(inv->taxInvoice);
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({inv->number, QStringLiteral("1000.00"), QStringLiteral("eft"),
                                  QStringLiteral("deposit"), QString()}));
    auto now = Invoices(t.ledger()).get(inv->number);
    QVERIFY_OK(now);

    const QString pdf = t.filePath(QStringLiteral("invoice.pdf"));
    auto written = writeInvoicePdf(t.ledger(), t.config(), inv->number, pdf);
    QVERIFY_OK(written);
    QCOMPARE_EQ(written->title, QStringLiteral("Tax Invoice"));
    QCOMPARE_EQ(written->pages, 1);

    const QString text = pdfText(pdf);
    // What SARS requires on a full tax invoice (VAT Act s20(4)), and the money.
    for (const QString& expected : {QStringLiteral("Tax Invoice"),
                                    QStringLiteral("Zoë's Plumbing & Sons (Pty) Ltd"),
                                    QStringLiteral("12 Long Street"),
                                    QStringLiteral("Cape Town 8001"),
                                    QStringLiteral("VAT number: 4123456789"),
                                    QStringLiteral("Thandi <b>Nkosi</b> Holdings"),
                                    QStringLiteral("5 Main Rd"),
                                    QStringLiteral("Durban 4001"),
                                    QStringLiteral("VAT number: 4987654321"),
                                    QStringLiteral("Invoice number: ") + inv->number,
                                    QStringLiteral("Date of issue: 2026-03-02"),
                                    QStringLiteral("Geyser installation"),
                                    QStringLiteral("Call-out fee"),
                                    QStringLiteral("R 1 500.00"),
                                    QStringLiteral("R 6 000.00"),
                                    QStringLiteral("R 900.00"),
                                    QStringLiteral("R 450.50"),
                                    QStringLiteral("R 67.58"),
                                    QStringLiteral("Subtotal excl. VAT R 6 450.50"),
                                    QStringLiteral("VAT at 15% R 967.58"),
                                    QStringLiteral("Total incl. VAT R 7 418.08"),
                                    QStringLiteral("-R 1 000.00"),
                                    QStringLiteral("Balance due R 6 418.08"),
                                    QStringLiteral("First National Bank"),
                                    QStringLiteral("Account number: 62000000001"),
                                    QStringLiteral("Branch code: 250655"),
                                    QStringLiteral("Reference: ") + inv->number,
                                    QStringLiteral("Pay now")}) {
        QVERIFY2(text.simplified().contains(expected),
                 qPrintable(expected + QStringLiteral(" not in:\n") + text));
    }
    // The figures are the ledger's to the cent.
    QCOMPARE_EQ(now->total.toDisplayString().replace(QChar(0x00A0), QLatin1Char(' ')),
                QStringLiteral("R 7 418.08"));
    QCOMPARE_EQ(now->balance().cents(), 641808);

    // The QR code, rendered and scanned, opens exactly the invoice's open checkout's link.
    auto settings = PayFastSettings::resolve(t.config(), t.ledger());
    QVERIFY_OK(settings);
    const PayFastProvider payfast(*settings);
    auto open = Checkouts(t.ledger(), payfast).openForInvoice(inv->id, PayNowMinDaysLeft);
    QVERIFY_OK(open);
    QVERIFY(open->has_value());
    const QString link = PublicUrl + QStringLiteral("/pay/") + (*open)->linkToken;
    QCOMPARE_EQ(written->payNowUrl, link);
    QCOMPARE_EQ(qrOnFirstPage(pdf), link);
    QVERIFY(text.contains(link));
    // The customer's PayFast page asks for the balance.
    auto opened = Checkouts(t.ledger(), payfast).openLink((*open)->linkToken);
    QVERIFY_OK(opened);
    QCOMPARE_EQ(opened->state, LinkState::Payable);
    QCOMPARE_EQ(opened->checkout.amount.cents(), 641808);

    // A second PDF prints the same link: no new checkout for every print.
    auto again = writeInvoicePdf(t.ledger(), t.config(), inv->number, pdf);
    QVERIFY_OK(again);
    QCOMPARE_EQ(again->payNowUrl, link);
    Sql count(t.db(), QStringLiteral("SELECT COUNT(*) FROM checkouts WHERE invoice_id = :id"));
    count.bind(QStringLiteral(":id"), inv->id);
    QVERIFY_OK(count.exec());
    QVERIFY(count.next());
    QCOMPARE_EQ(count.int64(0), 1);

    // A link about to expire is not printed: a new one is made.
    at(QDate(2026, 3, 30), QTime(8, 0));
    auto later = writeInvoicePdf(t.ledger(), t.config(), inv->number, pdf);
    QVERIFY_OK(later);
    QVERIFY(later->payNowUrl != link);
    QCOMPARE_EQ(qrOnFirstPage(pdf), later->payNowUrl);
}

void tst_Documents::plainInvoiceWhenNotVatRegistered()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    at(QDate(2026, 3, 2), QTime(8, 0));
    QVERIFY_OK(registeredBusiness(t.ledger()));
    QVERIFY_OK(setAll(t.ledger(), {{QStringLiteral("vat_registered"), QStringLiteral("false")}}));
    auto customer = addCustomer(t.ledger(), QStringLiteral("Sipho Dlamini"), QStringLiteral("1 Oak Ave"));
    QVERIFY_OK(customer);
    auto inv = issueInvoice(t.ledger(), *customer, {QStringLiteral("Lessons;2;350.00")});
    QVERIFY_OK(inv);
    QVERIFY(!inv->taxInvoice);
    const QString pdf = t.filePath(QStringLiteral("invoice.pdf"));
    auto written = writeInvoicePdf(t.ledger(), t.config(), inv->number, pdf);
    QVERIFY_OK(written);
    QCOMPARE_EQ(written->title, QStringLiteral("Invoice"));
    const QString text = pdfText(pdf).simplified();
    QVERIFY2(text.startsWith(QStringLiteral("SANDBOX")) && text.contains(QStringLiteral(" Invoice ")),
             qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Tax Invoice"), Qt::CaseInsensitive), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("VAT")), qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("4123456789")));
    QVERIFY(text.contains(QStringLiteral("Total R 700.00")));
    QVERIFY(text.contains(QStringLiteral("Balance due R 700.00")));
    QCOMPARE_EQ(qrOnFirstPage(pdf), written->payNowUrl);
    QVERIFY(written->payNowUrl.startsWith(PublicUrl + QStringLiteral("/pay/")));
}

void tst_Documents::invoicePdfRefusals()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    at(QDate(2026, 3, 2), QTime(8, 0));
    QVERIFY_OK(registeredBusiness(t.ledger()));
    auto noAddress = addCustomer(t.ledger(), QStringLiteral("Lerato Mokoena"), QString());
    QVERIFY_OK(noAddress);
    const QString pdf = t.filePath(QStringLiteral("invoice.pdf"));

    // A draft has no number and can't be sent.
    auto draft = issueInvoice(t.ledger(), *noAddress, {QStringLiteral("Work;1;100.00")}, false);
    QVERIFY_OK(draft);
    auto refused = writeInvoicePdf(t.ledger(), t.config(), QString::number(draft->id), pdf);
    QVERIFY(!refused.ok());
    QCOMPARE_EQ(refused.error().kind, ErrorKind::Conflict);
    QVERIFY2(refused.error().message.contains(QStringLiteral("draft")), qPrintable(refused.error().message));

    // Above R5,000 SARS wants the buyer's address on a tax invoice; below it, an abridged one is fine.
    auto big = issueInvoice(t.ledger(), *noAddress, {QStringLiteral("Roof;1;5000.00")});
    QVERIFY_OK(big);
    refused = writeInvoicePdf(t.ledger(), t.config(), big->number, pdf);
    QVERIFY(!refused.ok());
    QCOMPARE_EQ(refused.error().kind, ErrorKind::Validation);
    QVERIFY2(refused.error().message.contains(QStringLiteral("address")),
             qPrintable(refused.error().message));
    auto small = issueInvoice(t.ledger(), *noAddress, {QStringLiteral("Tap;1;100.00")});
    QVERIFY_OK(small);
    QVERIFY_OK(writeInvoicePdf(t.ledger(), t.config(), small->number, pdf));
    QVERIFY(QFile::remove(pdf));

    // A tax invoice without the supplier's VAT number is no tax invoice.
    QVERIFY_OK(setAll(t.ledger(), {{QStringLiteral("vat_number"), QString()}}));
    refused = writeInvoicePdf(t.ledger(), t.config(), small->number, pdf);
    QVERIFY(!refused.ok());
    QCOMPARE_EQ(refused.error().kind, ErrorKind::Validation);
    QVERIFY2(refused.error().message.contains(QStringLiteral("vat_number")),
             qPrintable(refused.error().message));

    // A file that can't be written: an error, nothing left.
    QVERIFY_OK(setAll(t.ledger(), {{QStringLiteral("vat_number"), QStringLiteral("4123456789")}}));
    const QString nowhere = t.filePath(QStringLiteral("missing/invoice.pdf"));
    refused = writeInvoicePdf(t.ledger(), t.config(), small->number, nowhere);
    QVERIFY(!refused.ok());
    QCOMPARE_EQ(refused.error().kind, ErrorKind::Runtime);
    QVERIFY(!QFile::exists(nowhere));
    QVERIFY(!QFile::exists(pdf));
}

void tst_Documents::noQrWithoutPublicUrlOrBalance()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    at(QDate(2026, 3, 2), QTime(8, 0));
    QVERIFY_OK(registeredBusiness(t.ledger()));
    QVERIFY_OK(setAll(t.ledger(), {{QStringLiteral("public_url"), QString()}}));
    auto customer = addCustomer(t.ledger(), QStringLiteral("Sipho Dlamini"), QStringLiteral("1 Oak Ave"));
    QVERIFY_OK(customer);
    auto inv = issueInvoice(t.ledger(), *customer, {QStringLiteral("Work;1;100.00")});
    QVERIFY_OK(inv);
    const QString pdf = t.filePath(QStringLiteral("invoice.pdf"));

    // No public URL: no link can exist. The PDF is still written (EFT details), without a code, and says why.
    auto written = writeInvoicePdf(t.ledger(), t.config(), inv->number, pdf);
    QVERIFY_OK(written);
    QVERIFY(written->payNowUrl.isEmpty());
    QVERIFY2(written->payNowMissing.contains(QStringLiteral("public URL")),
             qPrintable(written->payNowMissing));
    QCOMPARE_EQ(qrOnFirstPage(pdf), QString());
    QVERIFY(!pdfText(pdf).contains(QStringLiteral("Pay now")));
    QVERIFY(pdfText(pdf).contains(QStringLiteral("First National Bank")));

    // Paid: nothing to pay, no code, no bank details; the page says PAID.
    QVERIFY_OK(setAll(t.ledger(), {{QStringLiteral("public_url"), PublicUrl}}));
    QVERIFY_OK(Payments(t.ledger())
                   .recordManual({inv->number, QStringLiteral("115.00"), QStringLiteral("cash"), QString(),
                                  QString()}));
    written = writeInvoicePdf(t.ledger(), t.config(), inv->number, pdf);
    QVERIFY_OK(written);
    QVERIFY(written->payNowUrl.isEmpty());
    QCOMPARE_EQ(qrOnFirstPage(pdf), QString());
    const QString text = pdfText(pdf).simplified();
    QVERIFY(text.contains(QStringLiteral("PAID")));
    QVERIFY(text.contains(QStringLiteral("Balance due R 0.00")));
    QVERIFY(!text.contains(QStringLiteral("First National Bank")));
}

void tst_Documents::cliEndToEnd()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend);
    const QString built = buildBooks(t.ledger());
    QVERIFY2(built.isEmpty(), qPrintable(built));
    Clock::setFixedNow(QDateTime());
    const QString url = t.url();
    t.close();
    const QProcessEnvironment env = t.cliEnvironment();
    const QString db = QStringLiteral("--db");

    // A PDF report of each kind.
    for (const QString& report :
         {QStringLiteral("transactions"), QStringLiteral("invoices"), QStringLiteral("vat"),
          QStringLiteral("summary"), QStringLiteral("aging")}) {
        const QString out = t.filePath(report + QStringLiteral(".pdf"));
        QStringList args {QStringLiteral("export"),
                          QStringLiteral("--report"),
                          report,
                          QStringLiteral("--format"),
                          QStringLiteral("pdf"),
                          QStringLiteral("--out"),
                          out,
                          db,
                          url,
                          QStringLiteral("--json")};
        args << (report == QLatin1String("aging")
                     ? QStringList {QStringLiteral("--as-of"), QStringLiteral("2026-04-30")}
                     : QStringList {QStringLiteral("--from"), QStringLiteral("2026-03-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-03-31")});
        const CliRun r = runImalictl(args, env);
        QVERIFY2(r.exitCode == 0, qPrintable(report + QStringLiteral(": ") + r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE_EQ(o.value(QStringLiteral("file")).toString(), out);
        QVERIFY(o.value(QStringLiteral("pages")).toInt() >= 1);
        const QString mac =
            o.value(QStringLiteral("audit_head")).toObject().value(QStringLiteral("mac")).toString();
        QCOMPARE_EQ(mac.size(), 64);
        QVERIFY(pdfText(out).contains(mac));
    }

    // The invoice PDF, with the link its QR code opens.
    const QString invoicePdf = t.filePath(QStringLiteral("INV-000003.pdf"));
    CliRun r = runImalictl({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("INV-000003"),
                            QStringLiteral("--out"), invoicePdf, db, url, QStringLiteral("--json")},
                           env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE_EQ(o.value(QStringLiteral("title")).toString(), QStringLiteral("Tax Invoice"));
    QCOMPARE_EQ(o.value(QStringLiteral("number")).toString(), QStringLiteral("INV-000003"));
    const QString link = o.value(QStringLiteral("pay_now_url")).toString();
    QVERIFY(link.startsWith(PublicUrl + QStringLiteral("/pay/")));
    QCOMPARE_EQ(qrOnFirstPage(invoicePdf), link);

    // Refusals exit 2 and write nothing.
    const QString none = t.filePath(QStringLiteral("none.pdf"));
    r = runImalictl({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("INV-000003"), db, url},
                    env);
    QCOMPARE_EQ(r.exitCode, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--out FILE")), qPrintable(r.err));
    r = runImalictl({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("INV-999999"),
                     QStringLiteral("--out"), none, db, url},
                    env);
    QCOMPARE_EQ(r.exitCode, 2);
    QVERIFY(!QFile::exists(none));
    r = runImalictl({QStringLiteral("invoice"), QStringLiteral("pdf"), QStringLiteral("INV-000003"),
                     QStringLiteral("--out"), none, QStringLiteral("--copies"), QStringLiteral("2"), db, url},
                    env);
    QCOMPARE_EQ(r.exitCode, 2);
    QVERIFY(!QFile::exists(none));
}

QTEST_MAIN(tst_Documents)
#include "tst_documents.moc"
