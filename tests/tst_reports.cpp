// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"
#include "PaymentBooking.h"
#include "Payments.h"
#include "ImalictlRun.h"
#include "TestDatabases.h"
#include "reports/CsvWriter.h"
#include "reports/Reports.h"
#include "security/KeyStore.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QtTest>

#include <memory>
#include <optional>

using namespace imali;

// A Result that should have succeeded; its message is the failure text when it did not.
#define QVERIFY_OK(expr)                                                                                     \
    do {                                                                                                     \
        const auto& result_ = (expr);                                                                        \
        QVERIFY2(result_.ok(), qPrintable(result_.ok() ? QString() : result_.error().message));              \
    } while (false)

namespace
{

/**
 * One throwaway ledger on a backend, sandbox or live: the store, a folder for
 * the anchors and key file, and a folder for the exports, all removed at the end.
 */
class TestLedger
{
public:
    explicit TestLedger(const QString& backend) : m_scratch(backend) { }

    /// Opens and initialises the ledger; empty on success, else what went wrong.
    QString open(Environment environment = Environment::Sandbox)
    {
        if (!m_scratch.error().isEmpty())
            return m_scratch.error();
        if (!m_dir.isValid())
            return QStringLiteral("could not create a temporary folder");
        auto url = DatabaseUrl::parse(m_scratch.url());
        if (!url)
            return url.error().message;
        LedgerLocation location;
        location.url = *url;
        location.configDir = m_dir.filePath(QStringLiteral("config"));
        auto ledger =
            Ledger::open(location, std::make_unique<FileKeyStore>(m_dir.filePath(QStringLiteral("key"))));
        if (!ledger)
            return ledger.error().message;
        m_ledger = std::move(ledger).value();
        if (!m_ledger->isInitialised()) {
            auto code = m_ledger->initialise(environment);
            if (!code)
                return code.error().message;
        }
        if (Status s = m_ledger->unlock(); !s)
            return s.error().message;
        QDir().mkpath(exportDir());
        return {};
    }

    Ledger& ledger() { return *m_ledger; }
    Database& db() { return m_ledger->db(); }
    QString url() const { return m_scratch.url(); }
    QString exportDir() const { return m_dir.filePath(QStringLiteral("exports")); }
    QString file(const QString& name) const { return QDir(exportDir()).filePath(name); }

private:
    testdb::Scratch m_scratch; // declared first: dropped after the ledger has closed
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
};

#define OPEN_LEDGER_OR_FAIL(var, backend, environment)                                                       \
    TestLedger var(backend);                                                                                 \
    do {                                                                                                     \
        const QString openError_ = var.open(environment);                                                    \
        QVERIFY2(openError_.isEmpty(), qPrintable(openError_));                                              \
    } while (false)

/** A CSV read back by the test's own RFC 4180 parser. */
struct CsvTable {
    QStringList header;
    QList<QStringList> rows;
    QString error; ///< empty when the bytes were valid RFC 4180 as we promise it

    QString cell(qsizetype row, const QString& column) const
    {
        return rows.at(row).value(header.indexOf(column));
    }
    /// The first row whose \a column is \a value, or -1.
    qsizetype find(const QString& column, const QString& value) const
    {
        const qsizetype c = header.indexOf(column);
        for (qsizetype r = 0; r < rows.size(); ++r)
            if (rows.at(r).value(c) == value)
                return r;
        return -1;
    }
};

/**
 * Parses strict RFC 4180 as the writer promises it: UTF-8 without a BOM, every
 * record ended by CRLF, a quoted field may hold commas, CR, LF and doubled
 * quotes; a bare CR or LF outside quotes, or a quote inside an unquoted field,
 * is an error. The first record is the header; every record has its width.
 */
CsvTable parseCsv(const QByteArray& bytes)
{
    CsvTable t;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return {{}, {}, QStringLiteral("the file starts with a BOM")};
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString decoded = utf8.decode(bytes);
    if (utf8.hasError())
        return {{}, {}, QStringLiteral("the file is not valid UTF-8")};
    Q_UNUSED(decoded);
    QList<QStringList> records;
    QStringList record;
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    const auto fail = [&t](const QString& why, qsizetype at) {
        t.error = QStringLiteral("%1 at byte %2").arg(why).arg(at);
        return t;
    };
    while (i < n) {
        QByteArray field;
        if (bytes.at(i) == '"') {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quoted field"), i);
                if (bytes.at(i) == '"') {
                    if (i + 1 < n && bytes.at(i + 1) == '"') {
                        field += '"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += bytes.at(i++);
            }
        } else {
            while (i < n && bytes.at(i) != ',' && bytes.at(i) != '\r' && bytes.at(i) != '\n') {
                if (bytes.at(i) == '"')
                    return fail(QStringLiteral("a quote inside an unquoted field"), i);
                field += bytes.at(i++);
            }
        }
        record << QString::fromUtf8(field);
        if (i >= n)
            return fail(QStringLiteral("the last record does not end with CRLF"), i);
        if (bytes.at(i) == ',') {
            ++i;
            if (i >= n)
                return fail(QStringLiteral("a comma ends the file"), i);
            continue;
        }
        if (bytes.at(i) == '\r' && i + 1 < n && bytes.at(i + 1) == '\n') {
            i += 2;
            records << record;
            record.clear();
            continue;
        }
        return fail(QStringLiteral("a bare CR or LF, or text after a closing quote"), i);
    }
    if (records.isEmpty())
        return fail(QStringLiteral("no header row"), 0);
    t.header = records.takeFirst();
    for (qsizetype r = 0; r < records.size(); ++r)
        if (records.at(r).size() != t.header.size())
            return fail(QStringLiteral("row %1 has %2 fields, the header %3")
                            .arg(r + 1)
                            .arg(records.at(r).size())
                            .arg(t.header.size()),
                        0);
    t.rows = records;
    return t;
}

/// "-1234.50" as cents, only in the form the reports write amounts; nullopt otherwise.
std::optional<qint64> cents(const QString& text)
{
    static const QRegularExpression amount(QStringLiteral("^(-?)(\\d+)\\.(\\d\\d)$"));
    const auto m = amount.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const qint64 c = m.captured(2).toLongLong() * 100 + m.captured(3).toLongLong();
    return m.captured(1).isEmpty() ? c : -c;
}

qint64 sumColumn(const CsvTable& t, const QString& column, const std::function<bool(qsizetype)>& take = {})
{
    qint64 sum = 0;
    for (qsizetype r = 0; r < t.rows.size(); ++r)
        if (!take || take(r))
            sum += cents(t.cell(r, column)).value_or(Q_INT64_C(1) << 50); // a malformed amount spoils the sum
    return sum;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

/// Runs an export and reads the CSV back; the table's error says what failed.
CsvTable exportTable(Ledger& ledger, const ReportRequest& request, const QString& file,
                     ExportSummary* summary = nullptr)
{
    ExportSummary s;
    if (Status st = exportCsv(ledger, request, file, {}, &s); !st)
        return {{}, {}, QStringLiteral("export failed: ") + st.error().message};
    if (summary)
        *summary = s;
    CsvTable t = parseCsv(readAll(file));
    if (t.error.isEmpty() && t.header != reportColumns(request.kind))
        t.error = QStringLiteral("unexpected header: ") + t.header.join(QLatin1Char(','));
    if (t.error.isEmpty() && t.rows.size() != s.rows)
        t.error = QStringLiteral("the summary says %1 rows, the file has %2").arg(s.rows).arg(t.rows.size());
    return t;
}

ReportRequest range(ReportKind kind, QDate from, QDate to)
{
    ReportRequest r;
    r.kind = kind;
    r.from = from;
    r.to = to;
    return r;
}

ReportRequest agingAsOf(QDate day)
{
    ReportRequest r;
    r.kind = ReportKind::Aging;
    r.asOf = day;
    return r;
}

/// Pins the clock to \a utcTime on \a day (UTC).
void at(QDate day, QTime utcTime)
{
    Clock::setFixedNow(QDateTime(day, utcTime, Qt::UTC));
}

Result<qint64> addCustomer(Ledger& ledger, const QString& name)
{
    auto c = Customers(ledger).add({name, QString(), QString(), QString(), QString()});
    if (!c)
        return c.error();
    return c->id;
}

Result<Invoice> issueInvoice(Ledger& ledger, qint64 customerId, const QStringList& specs, QDate dueDate = {})
{
    NewInvoice input;
    input.customerId = customerId;
    input.issue = true;
    input.dueDate = dueDate;
    for (const QString& spec : specs) {
        auto line = Invoices::parseLineSpec(spec);
        if (!line)
            return line.error();
        input.lines.append(*line);
    }
    return Invoices(ledger).create(input);
}

Result<Transaction> payByHand(Ledger& ledger, const QString& invoice, const QString& amount,
                              const QString& reference = {})
{
    return Payments(ledger).recordManual({invoice, amount, QStringLiteral("eft"), reference, QString()});
}

/// A PayFast checkout for \a invoice in the ledger's environment, as a payment link would make.
Status addCheckout(Ledger& ledger, qint64 invoiceId, const QString& mPaymentId, Money amount)
{
    const QString now = Clock::toStorage(Clock::nowUtc());
    Sql q(ledger.db(),
          QStringLiteral("INSERT INTO checkouts (invoice_id, provider, m_payment_id, link_token, amount, "
                         "environment, status, created_at, expires_at, updated_at) VALUES (:inv, "
                         "'payfast', :m, :token, :amount, :env, 'pending', :now, :now, :now)"));
    q.bind(QStringLiteral(":inv"), invoiceId)
        .bind(QStringLiteral(":m"), mPaymentId)
        .bind(QStringLiteral(":token"), QStringLiteral("token-") + mPaymentId)
        .bind(QStringLiteral(":amount"), amount.cents())
        .bind(QStringLiteral(":env"), toString(ledger.environment()))
        .bind(QStringLiteral(":now"), now);
    return q.exec();
}

/// What PayFast confirmed, booked as the ITN processor books it: gross, the fee it kept and the net.
Result<BookingOutcome> bookPayFast(Ledger& ledger, const QString& pfPaymentId, const QString& mPaymentId,
                                   const QString& status, qint64 grossCents, qint64 feeCents)
{
    ConfirmedPayment p;
    p.providerId = pfPaymentId;
    p.status = status;
    p.mPaymentId = mPaymentId;
    p.gross = Money::fromCents(grossCents);
    p.fee = Money::fromCents(feeCents);
    p.net = Money::fromCents(grossCents - feeCents);
    return PaymentBooking(ledger).book(p);
}

/// A completed transaction written straight into the store, as another environment or PayFast's text could
/// leave it.
Status insertTransaction(Database& db, const QString& environment, const QString& providerId,
                         qint64 grossCents, qint64 feeCents, const QString& reference)
{
    const QString now = Clock::toStorage(Clock::nowUtc());
    Sql q(db,
          QStringLiteral(
              "INSERT INTO transactions (kind, provider, provider_id, environment, status, gross, fee, "
              "net, reference, created_at, updated_at) VALUES ('payment', 'payfast', :pid, :env, "
              "'complete', :gross, :fee, :net, :ref, :now, :now)"));
    q.bind(QStringLiteral(":pid"), providerId)
        .bind(QStringLiteral(":env"), environment)
        .bind(QStringLiteral(":gross"), grossCents)
        .bind(QStringLiteral(":fee"), feeCents)
        .bind(QStringLiteral(":net"), grossCents - feeCents)
        .bind(QStringLiteral(":ref"), reference)
        .bind(QStringLiteral(":now"), now);
    return q.exec();
}

/// The ledger's own figures for completed transactions in [start, end): count and signed gross, fee, net.
struct LedgerSums {
    qint64 count = -1;
    qint64 gross = 0;
    qint64 fee = 0;
    qint64 net = 0;
};

LedgerSums ledgerSums(Ledger& ledger, QDate from, QDate to)
{
    Sql q(
        ledger.db(),
        QStringLiteral("SELECT COUNT(*), CAST(COALESCE(SUM(CASE WHEN kind = 'refund' THEN -gross ELSE gross "
                       "END), 0) AS BIGINT), "
                       "CAST(COALESCE(SUM(CASE WHEN kind = 'refund' THEN -fee ELSE fee END), 0) AS BIGINT), "
                       "CAST(COALESCE(SUM(CASE WHEN kind = 'refund' THEN -net ELSE net END), 0) AS BIGINT) "
                       "FROM transactions "
                       "WHERE status = 'complete' AND environment = :env AND created_at >= :start AND "
                       "created_at < :end"));
    q.bind(QStringLiteral(":env"), toString(ledger.environment()))
        .bind(QStringLiteral(":start"), Clock::toStorage(Clock::startOfDayUtc(from)))
        .bind(QStringLiteral(":end"), Clock::toStorage(Clock::startOfDayUtc(to.addDays(1))));
    LedgerSums s;
    if (q.exec() && q.next())
        s = {q.int64(0), q.int64(1), q.int64(2), q.int64(3)};
    return s;
}

/**
 * March 2026's books, for the transactions and summary reports: PayFast payments
 * with fees (settled and unallocated), manual payments, a refund with its
 * credit note, a pending payment (no money yet), and payments either side of
 * both Johannesburg midnights that bound the month.
 */
struct MarchBooks {
    qint64 expectedRows = 0;
    qint64 expectedGross = 0; // signed: refunds negative
    qint64 expectedFee = 0;
    qint64 expectedNet = 0;
    QString settledPfId = QStringLiteral("1000001");
    QString refundedInvoice;
    QString refundAmount = QStringLiteral("75.00");
};

QString buildMarchBooks(Ledger& ledger, MarchBooks& books)
{
    const auto count = [&books](qint64 gross, qint64 fee) {
        ++books.expectedRows;
        books.expectedGross += gross;
        books.expectedFee += fee;
        books.expectedNet += gross - fee;
    };
    at(QDate(2026, 2, 20), QTime(8, 0));
    auto sipho = addCustomer(ledger, QStringLiteral("Sipho Dlamini"));
    auto thandi = addCustomer(ledger, QStringLiteral("Thandi & Co, \"The Best\" Ltd"));
    if (!sipho || !thandi)
        return QStringLiteral("could not add the customers");
    QList<Invoice> inv;
    for (const QString& spec : {QStringLiteral("Consulting;1;1000.00"), QStringLiteral("Design;2;250.00"),
                                QStringLiteral("Hosting;1;99.99"), QStringLiteral("Before;1;100.00"),
                                QStringLiteral("Edge;1;100.00"), QStringLiteral("Edge;1;200.00"),
                                QStringLiteral("Edge;1;300.00"), QStringLiteral("Edge;1;400.00")}) {
        auto i = issueInvoice(ledger, inv.size() % 2 ? *thandi : *sipho, {spec});
        if (!i)
            return i.error().message;
        inv << *i;
    }
    // 21:59:59 UTC on 28 February is still February in Johannesburg; 22:00 is 1 March.
    at(QDate(2026, 2, 28), QTime(21, 59, 59));
    if (auto p = payByHand(ledger, inv[3].number, QStringLiteral("115.00")); !p)
        return p.error().message;
    at(QDate(2026, 2, 28), QTime(22, 0));
    if (auto p = payByHand(ledger, inv[4].number, QStringLiteral("115.00")); !p)
        return p.error().message;
    count(11500, 0);

    at(QDate(2026, 3, 10), QTime(8, 0));
    if (Status s = addCheckout(ledger, inv[0].id, QStringLiteral("m-1"), inv[0].total); !s)
        return s.error().message;
    auto settled = bookPayFast(ledger, books.settledPfId, QStringLiteral("m-1"), QStringLiteral("COMPLETE"),
                               115000, 4168);
    if (!settled || !settled->settledInvoice)
        return QStringLiteral("the PayFast payment did not settle its invoice");
    count(115000, 4168);
    // Money for no checkout of ours: booked, unallocated, and reported all the same.
    if (auto u = bookPayFast(ledger, QStringLiteral("1000002"), QStringLiteral("unknown-1"),
                             QStringLiteral("COMPLETE"), 20000, 690);
        !u)
        return u.error().message;
    count(20000, 690);
    // PENDING is no money yet: not in the report.
    if (auto p = bookPayFast(ledger, QStringLiteral("1000003"), QStringLiteral("pending-1"),
                             QStringLiteral("PENDING"), 5000, 0);
        !p)
        return p.error().message;

    at(QDate(2026, 3, 11), QTime(9, 30));
    auto eft = payByHand(ledger, inv[1].number, QStringLiteral("575.00"), QStringLiteral("EFT 123"));
    if (!eft)
        return eft.error().message;
    count(57500, 0);
    if (auto p = payByHand(ledger, inv[2].number, QStringLiteral("100.00")); !p)
        return p.error().message;
    count(10000, 0);

    at(QDate(2026, 3, 20), QTime(12, 0));
    auto refund =
        Payments(ledger).refundManual({eft->id, books.refundAmount, QStringLiteral("Returned one item")});
    if (!refund || !refund->creditNote)
        return QStringLiteral("the refund did not issue a credit note");
    books.refundedInvoice = inv[1].number;
    count(-7500, 0);

    // 21:59:59 UTC on 31 March is still 31 March in Johannesburg; 22:00 is April.
    at(QDate(2026, 3, 31), QTime(21, 59, 59));
    if (auto p = payByHand(ledger, inv[5].number, QStringLiteral("230.00")); !p)
        return p.error().message;
    count(23000, 0);
    at(QDate(2026, 3, 31), QTime(22, 0));
    if (auto p = payByHand(ledger, inv[6].number, QStringLiteral("345.00")); !p)
        return p.error().message;
    return {};
}

/// Everything imalictl needs to run against a scratch ledger without touching the user's files.
QProcessEnvironment cliEnvironment(const QString& dir)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("IMALI_KEY_FILE"), dir + QStringLiteral("/key"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), dir + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), dir + QStringLiteral("/data"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("IMALI_DATABASE_URL"));
    return env;
}

using testcli::CliRun;
using testcli::imalictlPath;
using testcli::runImalictl;

/// Every file under \a dir, relative to it.
QStringList filesUnder(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(dir).relativeFilePath(it.next());
    files.sort();
    return files;
}

} // namespace

/**
 * Reports for the bookkeeper, on SQLite and PostgreSQL: the CSV writer's
 * quoting and formula neutralisation, each report's figures reconciled to the
 * cent with the ledger, Johannesburg day boundaries, sandbox money kept out of
 * a live ledger's reports, the anchor beside each export, cancelling that
 * leaves nothing behind, and `imalictl export` end to end.
 */
class tst_Reports : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void csvCells_data();
    void csvCells();
    void csvRowsRoundTrip();
    void requestValidation_data();
    void requestValidation();

    void transactionsReconcile_data() { testdb::addBackendRows(); }
    void transactionsReconcile();
    void summaryByDayAndMonth_data() { testdb::addBackendRows(); }
    void summaryByDayAndMonth();
    void injectionNeutralised_data() { testdb::addBackendRows(); }
    void injectionNeutralised();
    void sandboxNeverInLiveReports_data() { testdb::addBackendRows(); }
    void sandboxNeverInLiveReports();
    void agingBuckets_data() { testdb::addBackendRows(); }
    void agingBuckets();
    void vatNetsCreditNotes_data() { testdb::addBackendRows(); }
    void vatNetsCreditNotes();
    void invoicesReport_data() { testdb::addBackendRows(); }
    void invoicesReport();
    void cancelLeavesNothing_data() { testdb::addBackendRows(); }
    void cancelLeavesNothing();
    void anchorVouchesForTheFile_data() { testdb::addBackendRows(); }
    void anchorVouchesForTheFile();

    void cliEndToEnd_data() { testdb::addBackendRows(); }
    void cliEndToEnd();
    void cliRefusesBadRequests_data();
    void cliRefusesBadRequests();
};

void tst_Reports::cleanup()
{
    Clock::setFixedNow(QDateTime());
}

void tst_Reports::csvCells_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("field"); // exactly as written, before the CRLF

    const int text = int(CsvWriter::Cell::Text);
    QTest::newRow("plain text is written as it is")
        << text << QStringLiteral("Sipho Dlamini") << QByteArray("Sipho Dlamini");
    QTest::newRow("an empty cell is empty") << text << QString() << QByteArray();
    QTest::newRow("a formula gets a leading quote")
        << text << QStringLiteral("=SUM(A1)") << QByteArray("'=SUM(A1)");
    QTest::newRow("a lone equals sign gets a leading quote")
        << text << QStringLiteral("=") << QByteArray("'=");
    QTest::newRow("a plus command gets a leading quote")
        << text << QStringLiteral("+cmd") << QByteArray("'+cmd");
    QTest::newRow("minus arithmetic with a plus gets a leading quote")
        << text << QStringLiteral("-2+3") << QByteArray("'-2+3");
    QTest::newRow("an at sign gets a leading quote") << text << QStringLiteral("@x") << QByteArray("'@x");
    QTest::newRow("a leading tab gets a leading quote")
        << text << QStringLiteral("\tx") << QByteArray("'\tx");
    QTest::newRow("a leading CR gets a leading quote and quoting")
        << text << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
    QTest::newRow("a lone minus in text gets a leading quote")
        << text << QStringLiteral("-") << QByteArray("'-");
    QTest::newRow("a lone plus gets a leading quote") << text << QStringLiteral("+") << QByteArray("'+");
    QTest::newRow("a negative number typed as text gets a leading quote")
        << text << QStringLiteral("-150.00") << QByteArray("'-150.00");
    QTest::newRow("a phone number stays readable")
        << text << QStringLiteral("+27 82 123 4567") << QByteArray("+27 82 123 4567");
    QTest::newRow("a phone number with brackets and dashes stays readable")
        << text << QStringLiteral("+27 (0)82 123-4567") << QByteArray("+27 (0)82 123-4567");
    QTest::newRow("a phone number with letters after it is neutralised")
        << text << QStringLiteral("+27 82 123 4567 ext 5") << QByteArray("'+27 82 123 4567 ext 5");
    QTest::newRow("a formula with a comma is neutralised, then quoted")
        << text << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
        << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("an equals sign inside text is left alone")
        << text << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("a comma is quoted")
        << text << QStringLiteral("Smit, Jones") << QByteArray("\"Smit, Jones\"");
    QTest::newRow("quotes are doubled inside quotes")
        << text << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("a line feed is quoted") << text << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("a CRLF inside is quoted") << text << QStringLiteral("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("UTF-8, no BOM") << text << QStringLiteral("Ñandú Ŝ € \U0001F9A4")
                                   << QStringLiteral("Ñandú Ŝ € \U0001F9A4").toUtf8();
    QTest::newRow("a broken surrogate becomes a replacement character")
        << text << QString(QChar(0xD800)) << QByteArray("\xEF\xBF\xBD");
    QTest::newRow("a negative amount stays as it is")
        << int(CsvWriter::Cell::Amount) << QStringLiteral("-150.00") << QByteArray("-150.00");
    QTest::newRow("a date stays as it is")
        << int(CsvWriter::Cell::Date) << QStringLiteral("2026-03-01") << QByteArray("2026-03-01");
    QTest::newRow("a negative number stays as it is")
        << int(CsvWriter::Cell::Number) << QStringLiteral("-5") << QByteArray("-5");
}

void tst_Reports::csvCells()
{
    QFETCH(int, type);
    QFETCH(QString, value);
    QFETCH(QByteArray, field);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter csv(&buffer);
    csv.cell(CsvWriter::Cell(type), value);
    QVERIFY_OK(csv.endRow());
    QVERIFY_OK(csv.finish());
    QCOMPARE_EQ(buffer.data(), field + "\r\n");
    if (type == int(CsvWriter::Cell::Text))
        QCOMPARE_EQ(CsvWriter::needsNeutralising(value), field.startsWith('\'') || field.startsWith("\"'"));
}

void tst_Reports::csvRowsRoundTrip()
{
    // Enough rows to cross several 64 KiB chunks: the hash and the bytes must still agree.
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter csv(&buffer);
    QVERIFY_OK(csv.header(
        {QStringLiteral("n"), QStringLiteral("text"), QStringLiteral("amount"), QStringLiteral("date")}));
    const QStringList texts {QStringLiteral("plain"),         QStringLiteral("with, comma"),
                             QStringLiteral("multi\r\nline"), QStringLiteral("\"quoted\""),
                             QStringLiteral("=1+1"),          QString()};
    for (int i = 0; i < 20000; ++i) {
        csv.number(i)
            .text(texts.at(i % texts.size()))
            .amount(Money::fromCents(i % 2 ? -i : i))
            .date(QDate(2026, 1, 1).addDays(i % 365));
        QVERIFY_OK(csv.endRow());
    }
    QVERIFY_OK(csv.finish());
    QCOMPARE_EQ(csv.rows(), 20001);
    QCOMPARE_EQ(
        csv.sha256Hex(),
        QString::fromLatin1(QCryptographicHash::hash(buffer.data(), QCryptographicHash::Sha256).toHex()));
    const CsvTable t = parseCsv(buffer.data());
    QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
    QCOMPARE_EQ(t.rows.size(), 20000);
    for (int i = 0; i < 20000; i += 997) {
        QCOMPARE_EQ(t.cell(i, QStringLiteral("n")), QString::number(i));
        QCOMPARE_EQ(t.cell(i, QStringLiteral("text")), CsvWriter::neutralised(texts.at(i % texts.size())));
        QCOMPARE_EQ(t.cell(i, QStringLiteral("amount")), Money::fromCents(i % 2 ? -i : i).toString());
        QCOMPARE_EQ(t.cell(i, QStringLiteral("date")),
                    QDate(2026, 1, 1).addDays(i % 365).toString(Qt::ISODate));
    }
}

void tst_Reports::requestValidation_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<QDate>("asOf");
    QTest::addColumn<bool>("valid");
    const QDate d(2026, 3, 1);
    QTest::newRow("a range of days is a valid request")
        << int(ReportKind::Transactions) << d << d.addDays(30) << QDate() << true;
    QTest::newRow("one day is a valid range") << int(ReportKind::Summary) << d << d << QDate() << true;
    QTest::newRow("a range backwards is refused")
        << int(ReportKind::Vat) << d << d.addDays(-1) << QDate() << false;
    QTest::newRow("a range without an end is refused")
        << int(ReportKind::Invoices) << d << QDate() << QDate() << false;
    QTest::newRow("aging as of a day is valid") << int(ReportKind::Aging) << QDate() << QDate() << d << true;
    QTest::newRow("aging without its day is refused") << int(ReportKind::Aging) << d << d << QDate() << false;
}

void tst_Reports::requestValidation()
{
    QFETCH(int, kind);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(QDate, asOf);
    QFETCH(bool, valid);
    ReportRequest r {ReportKind(kind), from, to, asOf};
    const Status s = r.validate();
    QCOMPARE_EQ(s.ok(), valid);
    if (!valid)
        QCOMPARE_EQ(s.error().kind, ErrorKind::Validation);
}

void tst_Reports::transactionsReconcile()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    MarchBooks books;
    const QString built = buildMarchBooks(t.ledger(), books);
    QVERIFY2(built.isEmpty(), qPrintable(built));

    const QDate from(2026, 3, 1);
    const QDate to(2026, 3, 31);
    const CsvTable csv =
        exportTable(t.ledger(), range(ReportKind::Transactions, from, to), t.file(QStringLiteral("tx.csv")));
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QCOMPARE_EQ(csv.header.first(), QStringLiteral("date"));

    // To the cent, against the figures booked and against the ledger's own sums.
    const LedgerSums ledger = ledgerSums(t.ledger(), from, to);
    QCOMPARE_EQ(qint64(csv.rows.size()), books.expectedRows);
    QCOMPARE_EQ(qint64(csv.rows.size()), ledger.count);
    QCOMPARE_EQ(sumColumn(csv, QStringLiteral("gross")), books.expectedGross);
    QCOMPARE_EQ(sumColumn(csv, QStringLiteral("fee")), books.expectedFee);
    QCOMPARE_EQ(sumColumn(csv, QStringLiteral("net")), books.expectedNet);
    QCOMPARE_EQ(sumColumn(csv, QStringLiteral("gross")), ledger.gross);
    QCOMPARE_EQ(sumColumn(csv, QStringLiteral("fee")), ledger.fee);
    QCOMPARE_EQ(sumColumn(csv, QStringLiteral("net")), ledger.net);
    for (qsizetype r = 0; r < csv.rows.size(); ++r)
        QCOMPARE_EQ(*cents(csv.cell(r, QStringLiteral("gross"))) - *cents(csv.cell(r, QStringLiteral("fee"))),
                    *cents(csv.cell(r, QStringLiteral("net"))));

    // The PayFast payment as PayFast reported it, with its invoice and customer.
    const qsizetype pf = csv.find(QStringLiteral("provider_id"), books.settledPfId);
    QVERIFY(pf >= 0);
    QCOMPARE_EQ(csv.cell(pf, QStringLiteral("provider")), QStringLiteral("payfast"));
    QCOMPARE_EQ(csv.cell(pf, QStringLiteral("m_payment_id")), QStringLiteral("m-1"));
    QCOMPARE_EQ(csv.cell(pf, QStringLiteral("invoice")), QStringLiteral("INV-000001"));
    QCOMPARE_EQ(csv.cell(pf, QStringLiteral("customer")), QStringLiteral("Sipho Dlamini"));
    QCOMPARE_EQ(csv.cell(pf, QStringLiteral("gross")), QStringLiteral("1150.00"));
    QCOMPARE_EQ(csv.cell(pf, QStringLiteral("fee")), QStringLiteral("41.68"));
    QCOMPARE_EQ(csv.cell(pf, QStringLiteral("net")), QStringLiteral("1108.32"));
    QCOMPARE_EQ(csv.cell(pf, QStringLiteral("date")), QStringLiteral("2026-03-10"));
    QCOMPARE_EQ(csv.cell(pf, QStringLiteral("created_at_utc")), QStringLiteral("2026-03-10T08:00:00.000Z"));
    // Unallocated money is reported with its reason.
    const qsizetype unknown = csv.find(QStringLiteral("provider_id"), QStringLiteral("1000002"));
    QVERIFY(unknown >= 0);
    QVERIFY(csv.cell(unknown, QStringLiteral("invoice")).isEmpty());
    QVERIFY(!csv.cell(unknown, QStringLiteral("unallocated_reason")).isEmpty());
    QCOMPARE_EQ(csv.find(QStringLiteral("provider_id"), QStringLiteral("1000003")),
                -1); // pending: no money yet

    // The refund: money out, negative, with "-" kept as it is; a customer name with a comma and quotes
    // intact.
    const qsizetype refund = csv.find(QStringLiteral("kind"), QStringLiteral("refund"));
    QVERIFY(refund >= 0);
    QCOMPARE_EQ(csv.cell(refund, QStringLiteral("gross")), QLatin1Char('-') + books.refundAmount);
    QCOMPARE_EQ(csv.cell(refund, QStringLiteral("net")), QLatin1Char('-') + books.refundAmount);
    QCOMPARE_EQ(csv.cell(refund, QStringLiteral("invoice")), books.refundedInvoice);
    QCOMPARE_EQ(csv.cell(refund, QStringLiteral("customer")),
                QStringLiteral("Thandi & Co, \"The Best\" Ltd"));
    QCOMPARE_EQ(csv.cell(refund, QStringLiteral("reason")), QStringLiteral("Returned one item"));
    QVERIFY(!csv.cell(refund, QStringLiteral("refund_of")).isEmpty());

    // Johannesburg days, inclusive: 22:00 UTC on 28 February is 1 March; 21:59:59 UTC on 31 March is still
    // March.
    QCOMPARE_EQ(csv.cell(0, QStringLiteral("date")), QStringLiteral("2026-03-01"));
    QCOMPARE_EQ(csv.cell(0, QStringLiteral("created_at_utc")), QStringLiteral("2026-02-28T22:00:00.000Z"));
    QCOMPARE_EQ(csv.cell(csv.rows.size() - 1, QStringLiteral("date")), QStringLiteral("2026-03-31"));
    QCOMPARE_EQ(csv.cell(csv.rows.size() - 1, QStringLiteral("created_at_utc")),
                QStringLiteral("2026-03-31T21:59:59.000Z"));

    // The whole year holds the two payments either side as well; an empty period holds only the header.
    const CsvTable year =
        exportTable(t.ledger(), range(ReportKind::Transactions, QDate(2026, 1, 1), QDate(2026, 12, 31)),
                    t.file(QStringLiteral("year.csv")));
    QVERIFY2(year.error.isEmpty(), qPrintable(year.error));
    QCOMPARE_EQ(qint64(year.rows.size()), books.expectedRows + 2);
    const CsvTable empty =
        exportTable(t.ledger(), range(ReportKind::Transactions, QDate(2025, 1, 1), QDate(2025, 1, 31)),
                    t.file(QStringLiteral("empty.csv")));
    QVERIFY2(empty.error.isEmpty(), qPrintable(empty.error));
    QCOMPARE_EQ(empty.rows.size(), 0);
}

void tst_Reports::summaryByDayAndMonth()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    MarchBooks books;
    const QString built = buildMarchBooks(t.ledger(), books);
    QVERIFY2(built.isEmpty(), qPrintable(built));

    const QDate from(2026, 2, 1);
    const QDate to(2026, 4, 30);
    const CsvTable tx =
        exportTable(t.ledger(), range(ReportKind::Transactions, from, to), t.file(QStringLiteral("tx.csv")));
    QVERIFY2(tx.error.isEmpty(), qPrintable(tx.error));
    const CsvTable sum =
        exportTable(t.ledger(), range(ReportKind::Summary, from, to), t.file(QStringLiteral("summary.csv")));
    QVERIFY2(sum.error.isEmpty(), qPrintable(sum.error));

    // Each day's row adds up that day's transactions as the transactions report lists them.
    QStringList days;
    for (qsizetype r = 0; r < tx.rows.size(); ++r)
        if (!days.contains(tx.cell(r, QStringLiteral("date"))))
            days << tx.cell(r, QStringLiteral("date"));
    QStringList dayRows;
    QStringList monthRows;
    for (qsizetype r = 0; r < sum.rows.size(); ++r)
        (sum.cell(r, QStringLiteral("level")) == QLatin1String("day") ? dayRows : monthRows)
            << sum.cell(r, QStringLiteral("period"));
    QCOMPARE_EQ(dayRows, days);
    QCOMPARE_EQ(
        monthRows,
        (QStringList {QStringLiteral("2026-02"), QStringLiteral("2026-03"), QStringLiteral("2026-04")}));
    // The Johannesburg day of 22:00 UTC is the next day.
    QVERIFY(days.contains(QStringLiteral("2026-02-28")));
    QVERIFY(days.contains(QStringLiteral("2026-03-01")));
    QVERIFY(days.contains(QStringLiteral("2026-04-01")));

    for (qsizetype r = 0; r < sum.rows.size(); ++r) {
        const QString level = sum.cell(r, QStringLiteral("level"));
        const QString period = sum.cell(r, QStringLiteral("period"));
        const auto inPeriod = [&](qsizetype row) {
            return tx.cell(row, QStringLiteral("date")).startsWith(period);
        };
        const auto payment = [&](qsizetype row) {
            return inPeriod(row) && tx.cell(row, QStringLiteral("kind")) == QLatin1String("payment");
        };
        const auto refund = [&](qsizetype row) {
            return inPeriod(row) && tx.cell(row, QStringLiteral("kind")) == QLatin1String("refund");
        };
        qint64 payments = 0;
        qint64 refunds = 0;
        for (qsizetype row = 0; row < tx.rows.size(); ++row) {
            payments += payment(row) ? 1 : 0;
            refunds += refund(row) ? 1 : 0;
        }
        const QByteArray where = (level + QLatin1Char(' ') + period).toUtf8();
        QVERIFY2(sum.cell(r, QStringLiteral("payments")) == QString::number(payments), where.constData());
        QVERIFY2(sum.cell(r, QStringLiteral("refunds")) == QString::number(refunds), where.constData());
        QVERIFY2(*cents(sum.cell(r, QStringLiteral("gross")))
                     == sumColumn(tx, QStringLiteral("gross"), payment),
                 where.constData());
        QVERIFY2(*cents(sum.cell(r, QStringLiteral("fee"))) == sumColumn(tx, QStringLiteral("fee"), payment),
                 where.constData());
        QVERIFY2(*cents(sum.cell(r, QStringLiteral("net"))) == sumColumn(tx, QStringLiteral("net"), payment),
                 where.constData());
        QVERIFY2(*cents(sum.cell(r, QStringLiteral("refunded")))
                     == -sumColumn(tx, QStringLiteral("gross"), refund),
                 where.constData());
        QVERIFY2(*cents(sum.cell(r, QStringLiteral("net_after_refunds")))
                     == sumColumn(tx, QStringLiteral("net"), inPeriod),
                 where.constData());
    }
    // The months' net after refunds is the ledger's net for the whole range.
    const auto isMonth = [&sum](qsizetype r) {
        return sum.cell(r, QStringLiteral("level")) == QLatin1String("month");
    };
    QCOMPARE_EQ(sumColumn(sum, QStringLiteral("net_after_refunds"), isMonth),
                ledgerSums(t.ledger(), from, to).net);
    const qsizetype march = sum.find(QStringLiteral("period"), QStringLiteral("2026-03"));
    QVERIFY(march >= 0);
    QCOMPARE_EQ(*cents(sum.cell(march, QStringLiteral("net_after_refunds"))), books.expectedNet);
    QCOMPARE_EQ(sum.cell(march, QStringLiteral("refunded")), books.refundAmount);
}

void tst_Reports::injectionNeutralised()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    at(QDate(2026, 5, 4), QTime(9, 0));
    // Text reaches the report from people (names, references) and from PayFast (ids): all of it is
    // neutralised.
    const QList<std::pair<QString, QString>> cases {
        {QStringLiteral("=SUM(A1)"), QStringLiteral("'=SUM(A1)")},
        {QStringLiteral("+cmd"), QStringLiteral("'+cmd")},
        {QStringLiteral("-2+3"), QStringLiteral("'-2+3")},
        {QStringLiteral("@x"), QStringLiteral("'@x")},
        {QStringLiteral("\tTAB"), QStringLiteral("'\tTAB")},
        {QStringLiteral("\rCR"), QStringLiteral("'\rCR")},
        {QStringLiteral("=HYPERLINK(\"http://evil.example\",\"click\")"),
         QStringLiteral("'=HYPERLINK(\"http://evil.example\",\"click\")")},
        {QStringLiteral("+27 82 123 4567"), QStringLiteral("+27 82 123 4567")},
        {QStringLiteral("Plain, with \"quotes\"\r\nand lines"),
         QStringLiteral("Plain, with \"quotes\"\r\nand lines")},
    };
    for (qsizetype i = 0; i < cases.size(); ++i)
        QVERIFY_OK(insertTransaction(t.db(), QStringLiteral("sandbox"), QStringLiteral("inj-%1").arg(i),
                                     1000 + i, 50, cases.at(i).first));
    // A customer named like a formula, paid and partly refunded: its amounts carry a "-" that stays.
    auto customer = addCustomer(t.ledger(), QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0"));
    QVERIFY_OK(customer);
    auto invoice = issueInvoice(t.ledger(), *customer, {QStringLiteral("Item;1;100.00")});
    QVERIFY_OK(invoice);
    auto paid = payByHand(t.ledger(), invoice->number, QStringLiteral("115.00"), QStringLiteral("-"));
    QVERIFY_OK(paid);
    QVERIFY_OK(
        Payments(t.ledger()).refundManual({paid->id, QStringLiteral("15.00"), QStringLiteral("=cmd()")}));

    const CsvTable csv =
        exportTable(t.ledger(), range(ReportKind::Transactions, QDate(2026, 5, 4), QDate(2026, 5, 4)),
                    t.file(QStringLiteral("tx.csv")));
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    for (qsizetype i = 0; i < cases.size(); ++i) {
        const qsizetype row = csv.find(QStringLiteral("provider_id"), QStringLiteral("inj-%1").arg(i));
        QVERIFY(row >= 0);
        QCOMPARE_EQ(csv.cell(row, QStringLiteral("reference")), cases.at(i).second);
    }
    const qsizetype payment = csv.find(QStringLiteral("transaction_id"), QString::number(paid->id));
    QVERIFY(payment >= 0);
    QCOMPARE_EQ(csv.cell(payment, QStringLiteral("customer")),
                QStringLiteral("'@SUM(1+1)*cmd|' /C calc'!A0"));
    QCOMPARE_EQ(csv.cell(payment, QStringLiteral("reference")), QStringLiteral("'-"));
    const qsizetype refund = csv.find(QStringLiteral("kind"), QStringLiteral("refund"));
    QVERIFY(refund >= 0);
    QCOMPARE_EQ(csv.cell(refund, QStringLiteral("gross")), QStringLiteral("-15.00"));
    QCOMPARE_EQ(csv.cell(refund, QStringLiteral("reason")), QStringLiteral("'=cmd()"));
    // No amount or date cell is ever altered: each is exactly an amount or a date.
    static const QRegularExpression day(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    for (qsizetype r = 0; r < csv.rows.size(); ++r) {
        for (const QString& column : {QStringLiteral("gross"), QStringLiteral("fee"), QStringLiteral("net"),
                                      QStringLiteral("written_off")})
            QVERIFY2(cents(csv.cell(r, column)).has_value(), qPrintable(csv.cell(r, column)));
        QVERIFY(day.match(csv.cell(r, QStringLiteral("date"))).hasMatch());
    }
    // And in the bytes: the CR case is quoted, the formula prefixed, the phone number as typed.
    const QByteArray bytes = readAll(t.file(QStringLiteral("tx.csv")));
    QVERIFY(bytes.contains(",\"'\rCR\","));
    QVERIFY(bytes.contains(",'=SUM(A1),"));
    QVERIFY(bytes.contains(",+27 82 123 4567,"));
    QVERIFY(!bytes.contains(",=SUM(A1)"));
}

void tst_Reports::sandboxNeverInLiveReports()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Live);
    QCOMPARE_EQ(t.ledger().environment(), Environment::Live);
    at(QDate(2026, 6, 1), QTime(9, 0));
    auto customer = addCustomer(t.ledger(), QStringLiteral("Live Customer"));
    QVERIFY_OK(customer);
    auto live = issueInvoice(t.ledger(), *customer, {QStringLiteral("Live work;1;100.00")});
    QVERIFY_OK(live);
    QVERIFY_OK(payByHand(t.ledger(), live->number, QStringLiteral("50.00")));
    auto unpaid =
        issueInvoice(t.ledger(), *customer, {QStringLiteral("Live work;1;200.00")}, QDate(2026, 6, 2));
    QVERIFY_OK(unpaid);

    // Sandbox rows that found their way into the store (a restored test ledger, a bug elsewhere) stay out.
    QVERIFY_OK(insertTransaction(t.db(), QStringLiteral("sandbox"), QStringLiteral("sandbox-1"), 999900, 100,
                                 QStringLiteral("test")));
    const QString now = Clock::toStorage(Clock::nowUtc());
    Sql inv(t.db(),
            QStringLiteral(
                "INSERT INTO invoices (number, customer_id, status, environment, issue_date, due_date, "
                "subtotal, vat, total, created_at, issued_at, updated_at) VALUES ('SANDBOX-1', :c, "
                "'open', 'sandbox', '2026-06-01', '2026-06-01', 100000, 15000, 115000, :now, :now, :now)")
                + t.db().returningId());
    inv.bind(QStringLiteral(":c"), *customer).bind(QStringLiteral(":now"), now);
    QVERIFY_OK(inv.exec());
    const qint64 sandboxInvoice = inv.insertedId();
    Sql line(t.db(),
             QStringLiteral(
                 "INSERT INTO invoice_lines (invoice_id, position, description, quantity_milli, unit_price, "
                 "vat_rate_bp, net, vat, gross) VALUES (:i, 1, 'Sandbox', 1000, 100000, 1500, 100000, "
                 "15000, 115000)"));
    line.bind(QStringLiteral(":i"), sandboxInvoice);
    QVERIFY_OK(line.exec());

    const QDate june1(2026, 6, 1);
    const QDate june30(2026, 6, 30);
    const CsvTable tx = exportTable(t.ledger(), range(ReportKind::Transactions, june1, june30),
                                    t.file(QStringLiteral("tx.csv")));
    QVERIFY2(tx.error.isEmpty(), qPrintable(tx.error));
    QCOMPARE_EQ(tx.rows.size(), 1);
    QCOMPARE_EQ(tx.cell(0, QStringLiteral("gross")), QStringLiteral("50.00"));
    QCOMPARE_EQ(tx.find(QStringLiteral("provider_id"), QStringLiteral("sandbox-1")), -1);

    const CsvTable summary =
        exportTable(t.ledger(), range(ReportKind::Summary, june1, june30), t.file(QStringLiteral("s.csv")));
    QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
    QCOMPARE_EQ(summary.rows.size(), 2); // one day, one month
    QCOMPARE_EQ(summary.cell(1, QStringLiteral("gross")), QStringLiteral("50.00"));

    const CsvTable invoices =
        exportTable(t.ledger(), range(ReportKind::Invoices, june1, june30), t.file(QStringLiteral("i.csv")));
    QVERIFY2(invoices.error.isEmpty(), qPrintable(invoices.error));
    QCOMPARE_EQ(invoices.rows.size(), 2);
    QCOMPARE_EQ(invoices.find(QStringLiteral("invoice"), QStringLiteral("SANDBOX-1")), -1);

    const CsvTable aging = exportTable(t.ledger(), agingAsOf(june30), t.file(QStringLiteral("a.csv")));
    QVERIFY2(aging.error.isEmpty(), qPrintable(aging.error));
    QCOMPARE_EQ(aging.rows.size(), 2);
    QCOMPARE_EQ(aging.find(QStringLiteral("invoice"), QStringLiteral("SANDBOX-1")), -1);

    const CsvTable vat =
        exportTable(t.ledger(), range(ReportKind::Vat, june1, june30), t.file(QStringLiteral("v.csv")));
    QVERIFY2(vat.error.isEmpty(), qPrintable(vat.error));
    QCOMPARE_EQ(vat.rows.size(), 1);
    QCOMPARE_EQ(vat.cell(0, QStringLiteral("invoices")), QStringLiteral("2"));
    QCOMPARE_EQ(vat.cell(0, QStringLiteral("output_vat")), QStringLiteral("45.00"));
}

void tst_Reports::agingBuckets()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    at(QDate(2026, 1, 5), QTime(8, 0));
    auto customer = addCustomer(t.ledger(), QStringLiteral("Aging Test (Pty) Ltd"));
    QVERIFY_OK(customer);
    const QStringList line {QStringLiteral("Item;1;100.00")}; // 115.00 each
    QMap<QString, QString> numberOf;
    const auto issue = [&](const QString& name, QDate due) -> bool {
        auto i = issueInvoice(t.ledger(), *customer, line, due);
        if (!i)
            return false;
        numberOf.insert(name, i->number);
        return true;
    };
    QVERIFY(issue(QStringLiteral("due on the day"), QDate(2026, 6, 30)));
    QVERIFY(issue(QStringLiteral("1 day"), QDate(2026, 6, 29)));
    QVERIFY(issue(QStringLiteral("30 days"), QDate(2026, 5, 31)));
    QVERIFY(issue(QStringLiteral("31 days"), QDate(2026, 5, 30)));
    QVERIFY(issue(QStringLiteral("60 days"), QDate(2026, 5, 1)));
    QVERIFY(issue(QStringLiteral("61 days"), QDate(2026, 4, 30)));
    QVERIFY(issue(QStringLiteral("90 days"), QDate(2026, 4, 1)));
    QVERIFY(issue(QStringLiteral("91 days"), QDate(2026, 3, 31)));
    QVERIFY(issue(QStringLiteral("paid after the day"), QDate(2026, 3, 1)));
    QVERIFY(issue(QStringLiteral("partly paid"), QDate(2026, 6, 15)));
    QVERIFY(issue(QStringLiteral("paid before the day"), QDate(2026, 6, 1)));
    QVERIFY(issue(QStringLiteral("paid in the day's last second"), QDate(2026, 6, 1)));
    QVERIFY(issue(QStringLiteral("paid at the next midnight"), QDate(2026, 6, 1)));
    QVERIFY(issue(QStringLiteral("refunded in full before the day"), QDate(2026, 6, 1)));
    QVERIFY(issue(QStringLiteral("void"), QDate(2026, 6, 1)));
    QVERIFY_OK(Invoices(t.ledger()).voidInvoice(numberOf.value(QStringLiteral("void"))));

    at(QDate(2026, 6, 10), QTime(8, 0));
    QVERIFY_OK(payByHand(t.ledger(), numberOf.value(QStringLiteral("partly paid")), QStringLiteral("40.00")));
    QVERIFY_OK(payByHand(t.ledger(), numberOf.value(QStringLiteral("paid before the day")),
                         QStringLiteral("115.00")));
    auto refunded = payByHand(t.ledger(), numberOf.value(QStringLiteral("refunded in full before the day")),
                              QStringLiteral("115.00"));
    QVERIFY_OK(refunded);
    QVERIFY_OK(
        Payments(t.ledger())
            .refundManual({refunded->id, QStringLiteral("115.00"), QStringLiteral("cancelled order")}));
    // 21:59:59 UTC is 23:59:59 on 30 June in Johannesburg: paid by the end of the day.
    at(QDate(2026, 6, 30), QTime(21, 59, 59));
    QVERIFY_OK(payByHand(t.ledger(), numberOf.value(QStringLiteral("paid in the day's last second")),
                         QStringLiteral("115.00")));
    at(QDate(2026, 6, 30), QTime(22, 0));
    QVERIFY_OK(payByHand(t.ledger(), numberOf.value(QStringLiteral("paid at the next midnight")),
                         QStringLiteral("115.00")));
    at(QDate(2026, 7, 2), QTime(8, 0));
    QVERIFY_OK(payByHand(t.ledger(), numberOf.value(QStringLiteral("paid after the day")),
                         QStringLiteral("115.00")));
    QVERIFY(issue(QStringLiteral("issued after the day"), QDate(2026, 7, 2)));

    const CsvTable csv =
        exportTable(t.ledger(), agingAsOf(QDate(2026, 6, 30)), t.file(QStringLiteral("aging.csv")));
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    struct Expected {
        QString name;
        int days;
        QString bucket;
        QString balance;
    };
    const QList<Expected> expected {
        {QStringLiteral("due on the day"), 0, QStringLiteral("current"), QStringLiteral("115.00")},
        {QStringLiteral("1 day"), 1, QStringLiteral("days_1_30"), QStringLiteral("115.00")},
        {QStringLiteral("30 days"), 30, QStringLiteral("days_1_30"), QStringLiteral("115.00")},
        {QStringLiteral("31 days"), 31, QStringLiteral("days_31_60"), QStringLiteral("115.00")},
        {QStringLiteral("60 days"), 60, QStringLiteral("days_31_60"), QStringLiteral("115.00")},
        {QStringLiteral("61 days"), 61, QStringLiteral("days_61_90"), QStringLiteral("115.00")},
        {QStringLiteral("90 days"), 90, QStringLiteral("days_61_90"), QStringLiteral("115.00")},
        {QStringLiteral("91 days"), 91, QStringLiteral("days_91_plus"), QStringLiteral("115.00")},
        {QStringLiteral("paid after the day"), 121, QStringLiteral("days_91_plus"), QStringLiteral("115.00")},
        {QStringLiteral("partly paid"), 15, QStringLiteral("days_1_30"), QStringLiteral("75.00")},
        {QStringLiteral("paid at the next midnight"), 29, QStringLiteral("days_1_30"),
         QStringLiteral("115.00")},
    };
    QCOMPARE_EQ(csv.rows.size(), expected.size());
    const QStringList buckets {QStringLiteral("current"), QStringLiteral("days_1_30"),
                               QStringLiteral("days_31_60"), QStringLiteral("days_61_90"),
                               QStringLiteral("days_91_plus")};
    for (const Expected& e : expected) {
        const qsizetype row = csv.find(QStringLiteral("invoice"), numberOf.value(e.name));
        QVERIFY2(row >= 0, qPrintable(e.name));
        QVERIFY2(csv.cell(row, QStringLiteral("days_overdue")) == QString::number(e.days),
                 qPrintable(e.name));
        QVERIFY2(csv.cell(row, QStringLiteral("balance")) == e.balance, qPrintable(e.name));
        QCOMPARE_EQ(csv.cell(row, QStringLiteral("total")), QStringLiteral("115.00"));
        QCOMPARE_EQ(csv.cell(row, QStringLiteral("customer")), QStringLiteral("Aging Test (Pty) Ltd"));
        for (const QString& b : buckets)
            QVERIFY2(csv.cell(row, b) == (b == e.bucket ? e.balance : QStringLiteral("0.00")),
                     qPrintable(e.name + QStringLiteral(": ") + b));
    }
    // Oldest due date first; the buckets add up to the balances.
    QCOMPARE_EQ(csv.cell(0, QStringLiteral("invoice")), numberOf.value(QStringLiteral("paid after the day")));
    qint64 bucketSum = 0;
    for (const QString& b : buckets)
        bucketSum += sumColumn(csv, b);
    QCOMPARE_EQ(bucketSum, sumColumn(csv, QStringLiteral("balance")));

    // As of a later day, the late payments count and the new invoice is there.
    const CsvTable later =
        exportTable(t.ledger(), agingAsOf(QDate(2026, 7, 2)), t.file(QStringLiteral("later.csv")));
    QVERIFY2(later.error.isEmpty(), qPrintable(later.error));
    QCOMPARE_EQ(later.find(QStringLiteral("invoice"), numberOf.value(QStringLiteral("paid after the day"))),
                -1);
    QCOMPARE_EQ(
        later.find(QStringLiteral("invoice"), numberOf.value(QStringLiteral("paid at the next midnight"))),
        -1);
    const qsizetype fresh =
        later.find(QStringLiteral("invoice"), numberOf.value(QStringLiteral("issued after the day")));
    QVERIFY(fresh >= 0);
    QCOMPARE_EQ(later.cell(fresh, QStringLiteral("current")), QStringLiteral("115.00"));
}

void tst_Reports::vatNetsCreditNotes()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    at(QDate(2026, 3, 10), QTime(8, 0));
    auto customer = addCustomer(t.ledger(), QStringLiteral("VAT Test CC"));
    QVERIFY_OK(customer);
    // March: a standard-rated and a zero-rated line on one invoice, paid.
    auto mixed = issueInvoice(t.ledger(), *customer,
                              {QStringLiteral("Consulting;1;1000.00"), QStringLiteral("Books;1;200.00;0")});
    QVERIFY_OK(mixed);
    QCOMPARE_EQ(mixed->total.toString(), QStringLiteral("1350.00"));
    auto paid = payByHand(t.ledger(), mixed->number, QStringLiteral("1350.00"));
    QVERIFY_OK(paid);
    // 21:30 UTC on 31 March is 23:30 in Johannesburg: issued in March.
    at(QDate(2026, 3, 31), QTime(21, 30));
    auto lateMarch = issueInvoice(t.ledger(), *customer, {QStringLiteral("Service;2;100.00")});
    QVERIFY_OK(lateMarch);
    QCOMPARE_EQ(lateMarch->issueDate, QDate(2026, 3, 31));
    // 22:30 UTC on 31 March is April in Johannesburg: the credit note belongs to April.
    at(QDate(2026, 3, 31), QTime(22, 30));
    auto refund = Payments(t.ledger())
                      .refundManual({paid->id, QStringLiteral("270.00"), QStringLiteral("Partial return")});
    QVERIFY_OK(refund);
    QVERIFY(refund->creditNote.has_value());
    const CreditNote note = *refund->creditNote;
    QCOMPARE_EQ(note.total.toString(), QStringLiteral("270.00"));
    at(QDate(2026, 4, 15), QTime(8, 0));
    auto april = issueInvoice(t.ledger(), *customer, {QStringLiteral("Service;1;500.00")});
    QVERIFY_OK(april);
    auto voided = issueInvoice(t.ledger(), *customer, {QStringLiteral("Mistake;1;999.00")});
    QVERIFY_OK(voided);
    QVERIFY_OK(Invoices(t.ledger()).voidInvoice(voided->number));
    NewInvoice draft;
    draft.customerId = *customer;
    draft.lines.append(*Invoices::parseLineSpec(QStringLiteral("Draft;1;777.00")));
    QVERIFY_OK(Invoices(t.ledger()).create(draft));

    const CsvTable csv =
        exportTable(t.ledger(), range(ReportKind::Vat, QDate(2026, 3, 1), QDate(2026, 4, 30)),
                    t.file(QStringLiteral("vat.csv")));
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    const auto row = [&csv](const QString& period, const QString& rate) -> qsizetype {
        for (qsizetype r = 0; r < csv.rows.size(); ++r)
            if (csv.cell(r, QStringLiteral("period")) == period
                && csv.cell(r, QStringLiteral("vat_rate")) == rate)
                return r;
        return -1;
    };
    QCOMPARE_EQ(csv.rows.size(), 4);
    for (qsizetype r = 0; r < csv.rows.size(); ++r)
        QVERIFY(csv.cell(r, QStringLiteral("basis")).startsWith(QLatin1String("invoice basis")));

    const qsizetype marchStd = row(QStringLiteral("2026-03"), QStringLiteral("15"));
    const qsizetype marchZero = row(QStringLiteral("2026-03"), QStringLiteral("0"));
    const qsizetype aprilStd = row(QStringLiteral("2026-04"), QStringLiteral("15"));
    const qsizetype aprilZero = row(QStringLiteral("2026-04"), QStringLiteral("0"));
    QVERIFY(marchStd >= 0 && marchZero >= 0 && aprilStd >= 0 && aprilZero >= 0);
    QCOMPARE_EQ(csv.cell(marchStd, QStringLiteral("period_from")), QStringLiteral("2026-03-01"));
    QCOMPARE_EQ(csv.cell(marchStd, QStringLiteral("period_to")), QStringLiteral("2026-03-31"));
    QCOMPARE_EQ(csv.cell(marchStd, QStringLiteral("invoices")), QStringLiteral("2"));
    QCOMPARE_EQ(csv.cell(marchStd, QStringLiteral("invoices_net")), QStringLiteral("1200.00"));
    QCOMPARE_EQ(csv.cell(marchStd, QStringLiteral("invoices_vat")), QStringLiteral("180.00"));
    QCOMPARE_EQ(csv.cell(marchStd, QStringLiteral("credit_notes")), QStringLiteral("0"));
    QCOMPARE_EQ(csv.cell(marchStd, QStringLiteral("output_vat")), QStringLiteral("180.00"));
    QCOMPARE_EQ(csv.cell(marchZero, QStringLiteral("invoices_net")), QStringLiteral("200.00"));
    QCOMPARE_EQ(csv.cell(marchZero, QStringLiteral("output_vat")), QStringLiteral("0.00"));

    // April nets the credit note (dated April in Johannesburg) against April's invoice; void and draft make
    // no supply.
    QCOMPARE_EQ(csv.cell(aprilStd, QStringLiteral("invoices")), QStringLiteral("1"));
    QCOMPARE_EQ(csv.cell(aprilStd, QStringLiteral("invoices_vat")), QStringLiteral("75.00"));
    QCOMPARE_EQ(csv.cell(aprilStd, QStringLiteral("credit_notes")), QStringLiteral("1"));
    QCOMPARE_EQ(csv.cell(aprilStd, QStringLiteral("credit_notes_vat")), note.vat.toString());
    QCOMPARE_EQ(note.vat.toString(),
                QStringLiteral("30.00")); // 270.00 of 1350.00: 230.00 at 15 %, 40.00 at 0 %
    QCOMPARE_EQ(csv.cell(aprilStd, QStringLiteral("output_vat")), QStringLiteral("45.00"));
    QCOMPARE_EQ(csv.cell(aprilStd, QStringLiteral("net_supplies")), QStringLiteral("300.00"));
    QCOMPARE_EQ(csv.cell(aprilZero, QStringLiteral("invoices")), QStringLiteral("0"));
    QCOMPARE_EQ(csv.cell(aprilZero, QStringLiteral("credit_notes_net")), QStringLiteral("40.00"));
    QCOMPARE_EQ(csv.cell(aprilZero, QStringLiteral("net_supplies")), QStringLiteral("-40.00"));
    // The credit notes' columns add up to the note; the whole range's output VAT is invoices' less notes'.
    QCOMPARE_EQ(sumColumn(csv, QStringLiteral("credit_notes_gross")), note.total.cents());
    QCOMPARE_EQ(sumColumn(csv, QStringLiteral("credit_notes_net")), note.subtotal.cents());
    QCOMPARE_EQ(sumColumn(csv, QStringLiteral("output_vat")),
                mixed->vat.cents() + lateMarch->vat.cents() + april->vat.cents() - note.vat.cents());

    // A period cut mid-month reports only its own days.
    const CsvTable cut =
        exportTable(t.ledger(), range(ReportKind::Vat, QDate(2026, 3, 15), QDate(2026, 4, 10)),
                    t.file(QStringLiteral("cut.csv")));
    QVERIFY2(cut.error.isEmpty(), qPrintable(cut.error));
    QCOMPARE_EQ(cut.rows.size(), 3); // late March at 15 %; the note's two rates on 1 April
    QCOMPARE_EQ(cut.cell(0, QStringLiteral("period_from")), QStringLiteral("2026-03-15"));
    QCOMPARE_EQ(cut.cell(0, QStringLiteral("invoices_vat")), QStringLiteral("30.00"));
    QCOMPARE_EQ(cut.cell(cut.rows.size() - 1, QStringLiteral("period_to")), QStringLiteral("2026-04-10"));
}

void tst_Reports::invoicesReport()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    MarchBooks books;
    const QString built = buildMarchBooks(t.ledger(), books);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    at(QDate(2026, 4, 2), QTime(8, 0)); // "today", for what is overdue
    const CsvTable csv =
        exportTable(t.ledger(), range(ReportKind::Invoices, QDate(2026, 2, 1), QDate(2026, 2, 28)),
                    t.file(QStringLiteral("invoices.csv")));
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QCOMPARE_EQ(csv.rows.size(), 8);
    // Each row's balance is total − credited − paid − written off + refunded, to the cent.
    for (qsizetype r = 0; r < csv.rows.size(); ++r) {
        const auto v = [&](const char* column) { return *cents(csv.cell(r, QString::fromLatin1(column))); };
        QCOMPARE_EQ(v("balance"), v("total") - v("credited") - v("paid") - v("written_off") + v("refunded"));
        QCOMPARE_EQ(v("subtotal") + v("vat"), v("total"));
        auto inv = Invoices(t.ledger()).get(csv.cell(r, QStringLiteral("invoice")));
        QVERIFY_OK(inv);
        QCOMPARE_EQ(csv.cell(r, QStringLiteral("balance")), inv->balance().toString());
        QCOMPARE_EQ(csv.cell(r, QStringLiteral("paid")), inv->amountPaid.toString());
    }
    const qsizetype refunded = csv.find(QStringLiteral("invoice"), books.refundedInvoice);
    QVERIFY(refunded >= 0);
    QCOMPARE_EQ(csv.cell(refunded, QStringLiteral("status")), QStringLiteral("partially_refunded"));
    QCOMPARE_EQ(csv.cell(refunded, QStringLiteral("credited")), books.refundAmount);
    // Unpaid and due 30 days after 20 February: overdue on 2 April.
    const qsizetype unpaid = csv.find(QStringLiteral("invoice"), QStringLiteral("INV-000008"));
    QVERIFY(unpaid >= 0);
    QCOMPARE_EQ(csv.cell(unpaid, QStringLiteral("status")), QStringLiteral("overdue"));
    QCOMPARE_EQ(csv.cell(unpaid, QStringLiteral("due_date")), QStringLiteral("2026-03-22"));
}

void tst_Reports::cancelLeavesNothing()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    at(QDate(2026, 8, 3), QTime(9, 0));
    QVERIFY_OK(t.db().write([&]() -> Status {
        for (int i = 0; i < 2500; ++i)
            if (Status s = insertTransaction(t.db(), QStringLiteral("sandbox"),
                                             QStringLiteral("bulk-%1").arg(i), 10000 + i, 100, {});
                !s)
                return s;
        return {};
    }));
    const ReportRequest request = range(ReportKind::Transactions, QDate(2026, 8, 1), QDate(2026, 8, 31));
    const QString file = t.file(QStringLiteral("tx.csv"));
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly));
    old.write("an earlier export\r\n");
    old.close();

    // Cancelled midway through the rows.
    QList<qint64> calls;
    Status s = exportCsv(t.ledger(), request, file, [&calls](qint64 rows) {
        calls << rows;
        return rows < 2000;
    });
    QVERIFY(!s.ok());
    QCOMPARE_EQ(s.error().kind, ErrorKind::Conflict);
    QCOMPARE_EQ(calls, (QList<qint64> {1000, 2000}));
    QCOMPARE_EQ(readAll(file), QByteArray("an earlier export\r\n")); // untouched
    QCOMPARE_EQ(filesUnder(t.exportDir()),
                QStringList {QStringLiteral("tx.csv")}); // no temporary file, no anchor

    // Cancelled at the very end, after the last row but before anything was committed.
    calls.clear();
    s = exportCsv(t.ledger(), request, file, [&calls](qint64 rows) {
        calls << rows;
        return rows < 2500;
    });
    QVERIFY(!s.ok());
    QCOMPARE_EQ(calls, (QList<qint64> {1000, 2000, 2500}));
    QCOMPARE_EQ(readAll(file), QByteArray("an earlier export\r\n"));
    QCOMPARE_EQ(filesUnder(t.exportDir()), QStringList {QStringLiteral("tx.csv")});

    // A file that can't be written fails cleanly, and the connection is fine afterwards.
    QVERIFY(!exportCsv(t.ledger(), request, t.file(QStringLiteral("no-such-folder/tx.csv")), {}).ok());
    QVERIFY(!QFileInfo::exists(t.file(QStringLiteral("no-such-folder"))));
    ExportSummary done;
    QVERIFY_OK(exportCsv(
        t.ledger(), request, file, [](qint64) { return true; }, &done));
    QCOMPARE_EQ(done.rows, 2500);
    QCOMPARE_EQ(filesUnder(t.exportDir()),
                (QStringList {QStringLiteral("tx.csv"), QStringLiteral("tx.csv.anchor")}));
}

void tst_Reports::anchorVouchesForTheFile()
{
    QFETCH(QString, backend);
    OPEN_LEDGER_OR_FAIL(t, backend, Environment::Sandbox);
    MarchBooks books;
    const QString built = buildMarchBooks(t.ledger(), books);
    QVERIFY2(built.isEmpty(), qPrintable(built));
    const ReportRequest request = range(ReportKind::Transactions, QDate(2026, 3, 1), QDate(2026, 3, 31));
    const QString file = t.file(QStringLiteral("march.csv"));

    const auto check = [&](const QString& label) -> std::optional<ChainHead> {
        ExportSummary summary;
        const Status s = exportCsv(t.ledger(), request, file, {}, &summary);
        if (!s) {
            qWarning("%s: %s", qPrintable(label), qPrintable(s.error().message));
            return std::nullopt;
        }
        const QByteArray bytes = readAll(file);
        const QJsonObject anchor = QJsonDocument::fromJson(readAll(anchorPathFor(file))).object();
        const auto head = t.ledger().audit().head();
        const QString sha =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        const QJsonObject auditHead = anchor.value(QStringLiteral("audit_head")).toObject();
        const bool ok = head.ok() && summary.anchorFile == anchorPathFor(QFileInfo(file).absoluteFilePath())
            && anchor.value(QStringLiteral("sha256")).toString() == sha && summary.sha256 == sha
            && anchor.value(QStringLiteral("ledger_id")).toString() == t.ledger().ledgerId()
            && auditHead.value(QStringLiteral("seq")).toInteger() == head->seq
            && auditHead.value(QStringLiteral("mac")).toString() == head->mac && !head->mac.isEmpty()
            && anchor.value(QStringLiteral("file")).toString() == QStringLiteral("march.csv")
            && anchor.value(QStringLiteral("report")).toString() == QStringLiteral("transactions")
            && anchor.value(QStringLiteral("environment")).toString() == QStringLiteral("sandbox")
            && anchor.value(QStringLiteral("rows")).toInteger() == summary.rows
            && anchor.value(QStringLiteral("from")).toString() == QStringLiteral("2026-03-01")
            && anchor.value(QStringLiteral("to")).toString() == QStringLiteral("2026-03-31");
        if (!ok) {
            qWarning("%s: anchor %s does not match (file sha %s)", qPrintable(label),
                     QJsonDocument(anchor).toJson(QJsonDocument::Compact).constData(), qPrintable(sha));
            return std::nullopt;
        }
        return *head;
    };
    const auto first = check(QStringLiteral("first export"));
    QVERIFY(first.has_value());
    // The ledger moves on: the next export's anchor names the new head.
    QVERIFY_OK(addCustomer(t.ledger(), QStringLiteral("Later Customer")));
    const auto second = check(QStringLiteral("second export"));
    QVERIFY(second.has_value());
    QCOMPARE_GT(second->seq, first->seq);
    QCOMPARE_NE(second->mac, first->mac);
    // Exporting is not a change: it writes no audit entry.
    QCOMPARE_EQ(t.ledger().audit().head()->seq, second->seq);
}

void tst_Reports::cliEndToEnd()
{
    QFETCH(QString, backend);
    SCRATCH_OR_FAIL(scratch, backend);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY2(QFileInfo::exists(imalictlPath()),
             qPrintable(imalictlPath() + QStringLiteral(" was not built")));
    const QProcessEnvironment env = cliEnvironment(dir.path());
    const QStringList db {QStringLiteral("--db"), scratch.url()};
    const auto run = [&](const QStringList& args) { return runImalictl(args + db, env); };

    CliRun init = run({QStringLiteral("ledger"), QStringLiteral("init")});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    CliRun customer = run({QStringLiteral("customer"), QStringLiteral("add"), QStringLiteral("--name"),
                           QStringLiteral("=HYPERLINK(\"http://x\")"), QStringLiteral("--json")});
    QVERIFY2(customer.exitCode == 0, qPrintable(customer.err));
    const qint64 customerId =
        QJsonDocument::fromJson(customer.out.toUtf8()).object().value(QStringLiteral("id")).toInteger();
    CliRun invoice =
        run({QStringLiteral("invoice"), QStringLiteral("create"), QStringLiteral("--customer"),
             QString::number(customerId), QStringLiteral("--line"), QStringLiteral("Consulting;1;1000.00"),
             QStringLiteral("--issue"), QStringLiteral("--json")});
    QVERIFY2(invoice.exitCode == 0, qPrintable(invoice.err));
    const QString number =
        QJsonDocument::fromJson(invoice.out.toUtf8()).object().value(QStringLiteral("number")).toString();
    CliRun payment =
        run({QStringLiteral("payment"), QStringLiteral("record"), number, QStringLiteral("--amount"),
             QStringLiteral("1150.00"), QStringLiteral("--method"), QStringLiteral("eft"),
             QStringLiteral("--reference"), QStringLiteral("+27 82 123 4567")});
    QVERIFY2(payment.exitCode == 0, qPrintable(payment.err));

    const QString today = Clock::today().toString(Qt::ISODate);
    const QString yesterday = Clock::today().addDays(-1).toString(Qt::ISODate);
    const QString out = dir.filePath(QStringLiteral("tx.csv"));
    CliRun exported =
        run({QStringLiteral("export"), QStringLiteral("--report"), QStringLiteral("transactions"),
             QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--from"), yesterday,
             QStringLiteral("--to"), today, QStringLiteral("--out"), out, QStringLiteral("--json")});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    const QJsonObject o = QJsonDocument::fromJson(exported.out.toUtf8()).object();
    QCOMPARE_EQ(o.value(QStringLiteral("file")).toString(), out);
    QCOMPARE_EQ(o.value(QStringLiteral("anchor")).toString(), out + QStringLiteral(".anchor"));
    QCOMPARE_EQ(o.value(QStringLiteral("rows")).toInteger(), 1);
    const QByteArray bytes = readAll(out);
    const CsvTable csv = parseCsv(bytes);
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QCOMPARE_EQ(csv.header, reportColumns(ReportKind::Transactions));
    QCOMPARE_EQ(csv.rows.size(), 1);
    QCOMPARE_EQ(csv.cell(0, QStringLiteral("invoice")), number);
    QCOMPARE_EQ(csv.cell(0, QStringLiteral("gross")), QStringLiteral("1150.00"));
    QCOMPARE_EQ(csv.cell(0, QStringLiteral("customer")), QStringLiteral("'=HYPERLINK(\"http://x\")"));
    QCOMPARE_EQ(csv.cell(0, QStringLiteral("reference")), QStringLiteral("+27 82 123 4567"));
    const QJsonObject anchor = QJsonDocument::fromJson(readAll(out + QStringLiteral(".anchor"))).object();
    QCOMPARE_EQ(anchor.value(QStringLiteral("sha256")).toString(),
                QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    // The anchor names the chain head that `audit verify` checks: exporting added no entry.
    CliRun entries = run({QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
    QVERIFY2(entries.exitCode == 0, qPrintable(entries.err));
    QCOMPARE_EQ(
        anchor.value(QStringLiteral("audit_head")).toObject().value(QStringLiteral("seq")).toInteger(),
        QJsonDocument::fromJson(entries.out.toUtf8()).object().value(QStringLiteral("entries")).toInteger());

    // The other reports through the command line, text output this time.
    const QList<QStringList> others {
        {QStringLiteral("--report"), QStringLiteral("invoices"), QStringLiteral("--from"), yesterday,
         QStringLiteral("--to"), today},
        {QStringLiteral("--report"), QStringLiteral("summary"), QStringLiteral("--from"), yesterday,
         QStringLiteral("--to"), today},
        {QStringLiteral("--report"), QStringLiteral("vat"), QStringLiteral("--from"), yesterday,
         QStringLiteral("--to"), today},
        {QStringLiteral("--report"), QStringLiteral("aging"), QStringLiteral("--as-of"), today},
    };
    const QList<int> rows {1, 2, 1, 0}; // the invoice; a day and a month; one rate; nothing owed
    for (qsizetype i = 0; i < others.size(); ++i) {
        const QString file = dir.filePath(QStringLiteral("report-%1.csv").arg(i));
        CliRun r = run(QStringList {QStringLiteral("export"), QStringLiteral("--format"),
                                    QStringLiteral("csv"), QStringLiteral("--out"), file}
                       + others.at(i));
        QVERIFY2(r.exitCode == 0,
                 qPrintable(others.at(i).join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Wrote %1 rows").arg(rows.at(i))), qPrintable(r.out));
        const CsvTable t = parseCsv(readAll(file));
        QVERIFY2(t.error.isEmpty(), qPrintable(t.error));
        QCOMPARE_EQ(t.rows.size(), rows.at(i));
        QVERIFY(QFileInfo::exists(file + QStringLiteral(".anchor")));
    }
    CliRun verify = run({QStringLiteral("audit"), QStringLiteral("verify")});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.err + verify.out));
}

void tst_Reports::cliRefusesBadRequests_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    const QString out = QStringLiteral("OUT");
    const auto tx = [&out](const QStringList& more) {
        return QStringList {QStringLiteral("export"), QStringLiteral("--report"),
                            QStringLiteral("transactions"), QStringLiteral("--out"), out}
        + more;
    };
    const QStringList csv {QStringLiteral("--format"), QStringLiteral("csv")};
    const QStringList days {QStringLiteral("--from"), QStringLiteral("2026-03-01"), QStringLiteral("--to"),
                            QStringLiteral("2026-03-31")};
    QTest::newRow("an unknown format is refused")
        << tx(QStringList {QStringLiteral("--format"), QStringLiteral("xlsx")} + days)
        << QStringLiteral("--format must be csv or pdf");
    QTest::newRow("a missing format is refused") << tx(days) << QStringLiteral("--format");
    QTest::newRow("an unknown report is refused")
        << QStringList {QStringLiteral("export"), QStringLiteral("--report"), QStringLiteral("ledger"),
                        QStringLiteral("--out"), out}
            + csv + days
        << QStringLiteral("there is no report");
    QTest::newRow("a missing report is refused")
        << QStringList {QStringLiteral("export"), QStringLiteral("--out"), out} + csv + days
        << QStringLiteral("usage: imalictl export");
    QTest::newRow("a day not as YYYY-MM-DD is refused")
        << tx(csv
              + QStringList {QStringLiteral("--from"), QStringLiteral("1/3/2026"), QStringLiteral("--to"),
                             QStringLiteral("2026-03-31")})
        << QStringLiteral("--from must be a day");
    QTest::newRow("an impossible day is refused")
        << tx(csv
              + QStringList {QStringLiteral("--from"), QStringLiteral("2026-02-30"), QStringLiteral("--to"),
                             QStringLiteral("2026-03-31")})
        << QStringLiteral("--from must be a day");
    QTest::newRow("a range backwards is refused")
        << tx(csv
              + QStringList {QStringLiteral("--from"), QStringLiteral("2026-04-01"), QStringLiteral("--to"),
                             QStringLiteral("2026-03-31")})
        << QStringLiteral("is after the last");
    QTest::newRow("a range without --to is refused")
        << tx(csv + QStringList {QStringLiteral("--from"), QStringLiteral("2026-04-01")})
        << QStringLiteral("needs --from YYYY-MM-DD and --to");
    QTest::newRow("--as-of is for aging only")
        << tx(csv + days + QStringList {QStringLiteral("--as-of"), QStringLiteral("2026-03-31")})
        << QStringLiteral("--as-of is for the aging report");
    QTest::newRow("aging without --as-of is refused")
        << QStringList {QStringLiteral("export"), QStringLiteral("--report"), QStringLiteral("aging"),
                        QStringLiteral("--out"), out}
            + csv
        << QStringLiteral("needs --as-of");
    QTest::newRow("aging with a range is refused")
        << QStringList {QStringLiteral("export"), QStringLiteral("--report"), QStringLiteral("aging"),
                        QStringLiteral("--out"), out}
            + csv + days
        << QStringLiteral("give --as-of, not --from/--to");
    QTest::newRow("a missing --out is refused")
        << QStringList {QStringLiteral("export"), QStringLiteral("--report"), QStringLiteral("vat")} + csv
            + days
        << QStringLiteral("--out FILE");
    QTest::newRow("--out naming a folder is refused")
        << QStringList {QStringLiteral("export"), QStringLiteral("--report"), QStringLiteral("vat"),
                        QStringLiteral("--out"), QStringLiteral("DIR")}
            + csv + days
        << QStringLiteral("is a folder");
    QTest::newRow("--out in a missing folder is refused")
        << QStringList {QStringLiteral("export"), QStringLiteral("--report"), QStringLiteral("vat"),
                        QStringLiteral("--out"), QStringLiteral("DIR/missing/x.csv")}
            + csv + days
        << QStringLiteral("does not exist");
    QTest::newRow("an unknown option is refused")
        << tx(csv + days + QStringList {QStringLiteral("--sheet"), QStringLiteral("1")})
        << QStringLiteral("unknown option --sheet");
}

void tst_Reports::cliRefusesBadRequests()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString state = dir.filePath(QStringLiteral("state"));
    const QString exports = dir.filePath(QStringLiteral("exports"));
    QVERIFY(QDir().mkpath(exports));
    const QString out = QDir(exports).filePath(QStringLiteral("report.csv"));
    for (QString& a : args) {
        if (a == QLatin1String("OUT"))
            a = out;
        else if (a.startsWith(QLatin1String("DIR")))
            a.replace(0, 3, exports);
    }
    CliRun r = runImalictl(args, cliEnvironment(state));
    QVERIFY2(r.exitCode == 2, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    // Nothing written: no report, no anchor, not even a ledger created on the way.
    QCOMPARE_EQ(filesUnder(exports), QStringList());
    QCOMPARE_EQ(filesUnder(state), QStringList());
}

QTEST_GUILESS_MAIN(tst_Reports)
#include "tst_reports.moc"
