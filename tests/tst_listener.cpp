// SPDX-License-Identifier: GPL-3.0-or-later
// The ITN listener over real loopback, as PayFast and as a hostile client see it (SPEC §6 steps 0–4).
#include "Checkouts.h"
#include "Customers.h"
#include "Invoices.h"
#include "Ledger.h"
#include "TestDatabases.h"
#include "crypto/Crypto.h"
#include "listener/Listener.h"
#include "listener/SenderPolicy.h"
#include "payfast/FormEncoding.h"
#include "payfast/PayFastProvider.h"
#include "payfast/PayFastSettings.h"
#include "payfast/PayFastSigner.h"
#include "security/KeyStore.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <algorithm>
#include <functional>
#include <memory>
#include <utility>
#include <vector>

using namespace imali;

namespace {

QString merchantId()
{
    return QStringLiteral("10000100");
}

QString passphrase()
{
    return QStringLiteral("jt7NOE43FZPn");
}

QString itnPath()
{
    return QStringLiteral("/api/payments/itn");
}

QByteArray formType()
{
    return QByteArrayLiteral("application/x-www-form-urlencoded");
}

/// An address inside PayFast's published 41.74.179.192/27.
QString payFastAddress()
{
    return QStringLiteral("41.74.179.200");
}

QString loopback4()
{
    return QStringLiteral("127.0.0.1/32");
}

/**
 * Where the listener's processor asks PayFast to confirm ITNs: a loopback port
 * nobody listens on, so confirmation fails at once and is retried later. The
 * listener's answers never wait for it, and no test reaches the Internet.
 */
QString refusingValidateUrl()
{
    // Port 1: nobody listens there, and unlike a port probed and closed it can never be handed to
    // one of our own listeners (which would then see the processor's request as a 404).
    return QStringLiteral("http://127.0.0.1:1/eng/query/validate");
}

/// The settings of a sandbox ledger with a public URL: what the listener and the checkout provider use.
PayFastSettings payFastSettings()
{
    PayFastSettings s;
    s.environment = Environment::Sandbox;
    s.merchantId = merchantId();
    s.merchantKey = QStringLiteral("46f0cd694581a");
    s.passphrase = passphrase();
    s.publicUrl = QStringLiteral("https://pay.example.co.za");
    s.notifyUrl = s.publicUrl + itnPath();
    s.processUrl = QStringLiteral("https://sandbox.payfast.co.za/eng/process");
    s.validateUrl = refusingValidateUrl();
    s.apiUrl = QStringLiteral("https://api.payfast.co.za");
    return s;
}

CidrList cidr(const QString& text)
{
    auto list = CidrList::parse(text);
    if (!list)
        qFatal("a test's CIDR list does not parse: %s", qPrintable(list.error().message));
    return *list;
}

/// A listener on \a address, port 0 (the kernel picks), with the given sender lists.
ListenerConfig listenerConfig(const QString& allowed, const QString& trusted = QString(),
                              const QHostAddress& address = QHostAddress(QHostAddress::LocalHost))
{
    ListenerConfig c;
    c.address = address;
    c.port = 0;
    c.allowedSources = cidr(allowed);
    c.trustedProxies = cidr(trusted);
    c.payfast = payFastSettings();
    return c;
}

/**
 * PayFast's side of the wire: an ITN's fields in the order PayFast posts
 * them (payfast-protocol.md §4.2: custom_str before custom_int, merchant_id
 * and then signature last, empty fields included), signed as PayFast signs.
 */
class PayFastSender
{
public:
    static FormFields itn(const QString& pfPaymentId, const QString& status = QStringLiteral("COMPLETE"),
                          const QString& mPaymentId = QStringLiteral("c0ffee00-not-one-of-ours"))
    {
        FormFields f{{QStringLiteral("m_payment_id"), mPaymentId},
                     {QStringLiteral("pf_payment_id"), pfPaymentId},
                     {QStringLiteral("payment_status"), status},
                     {QStringLiteral("item_name"), QStringLiteral("Invoice INV-000001")},
                     {QStringLiteral("item_description"), QString()},
                     {QStringLiteral("amount_gross"), QStringLiteral("883.33")},
                     {QStringLiteral("amount_fee"), QStringLiteral("-20.32")},
                     {QStringLiteral("amount_net"), QStringLiteral("863.01")}};
        for (int i = 1; i <= 5; ++i)
            f.append({QStringLiteral("custom_str%1").arg(i), QString()});
        for (int i = 1; i <= 5; ++i)
            f.append({QStringLiteral("custom_int%1").arg(i), QString()});
        f.append({QStringLiteral("name_first"), QStringLiteral("Zoë")});
        f.append({QStringLiteral("name_last"), QStringLiteral("O'Brien & Sons")});
        f.append({QStringLiteral("email_address"), QStringLiteral("zoe.obrien@example.co.za")});
        f.append({QStringLiteral("merchant_id"), merchantId()});
        return f;
    }

    /// The body PayFast would post: the fields, then their signature.
    static QByteArray sign(const FormFields& fields, const QString& withPassphrase = passphrase())
    {
        FormFields posted = fields;
        posted.append({QStringLiteral("signature"), QString::fromLatin1(signItn(fields, withPassphrase).signature)});
        return encodeForm(posted);
    }

    /// \a fields with \a key set to \a value (appended when absent).
    static FormFields with(FormFields fields, const QString& key, const QString& value)
    {
        for (auto& field : fields) {
            if (field.first == key) {
                field.second = value;
                return fields;
            }
        }
        fields.append({key, value});
        return fields;
    }

    static FormFields without(FormFields fields, const QString& key)
    {
        fields.removeIf([&key](const QPair<QString, QString>& field) { return field.first == key; });
        return fields;
    }
};

/// A complete HTTP/1.1 POST of \a body to the ITN endpoint, with \a extraHeaders before Content-Length.
QByteArray itnRequest(const QByteArray& body, const QByteArray& extraHeaders = QByteArray())
{
    return "POST /api/payments/itn HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
        + extraHeaders + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// What an HTTP client saw.
struct HttpAnswer {
    bool finished = false;
    int status = 0;
    QByteArray contentType;
    QByteArray body;
    QString error;
    qint64 elapsedMs = 0;
};

/** A well-behaved client (PayFast's, a monitor's): QNetworkAccessManager, as Qt tests QHttpServer. */
class Client
{
public:
    Client(const QHostAddress& host, quint16 port)
        : m_host(host)
        , m_port(port)
    {
        m_nam.setProxy(QNetworkProxy::NoProxy);
    }

    HttpAnswer post(const QString& path, const QByteArray& body, const QByteArray& contentType = formType(),
                    const QByteArray& forwardedFor = QByteArray())
    {
        QNetworkRequest request(url(path));
        request.setRawHeader(QByteArrayLiteral("Content-Type"), contentType);
        if (!forwardedFor.isEmpty())
            request.setRawHeader(QByteArrayLiteral("X-Forwarded-For"), forwardedFor);
        return finish(m_nam.post(request, body));
    }

    HttpAnswer send(const QByteArray& method, const QString& path, const QByteArray& body = QByteArray())
    {
        QNetworkRequest request(url(path));
        if (!body.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Content-Type"), formType());
        return finish(m_nam.sendCustomRequest(request, method, body));
    }

    HttpAnswer get(const QString& path) { return finish(m_nam.get(QNetworkRequest(url(path)))); }

private:
    QUrl url(const QString& path) const
    {
        QUrl u;
        u.setScheme(QStringLiteral("http"));
        u.setHost(m_host.toString());
        u.setPort(m_port);
        u.setPath(path);
        return u;
    }

    static HttpAnswer finish(QNetworkReply* reply)
    {
        HttpAnswer answer;
        QElapsedTimer timer;
        timer.start();
        answer.finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        answer.elapsedMs = timer.elapsed();
        if (!answer.finished)
            reply->abort();
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.contentType = reply->rawHeader(QByteArrayLiteral("Content-Type"));
        answer.body = reply->readAll();
        answer.error = reply->errorString();
        reply->deleteLater();
        return answer;
    }

    QNetworkAccessManager m_nam;
    QHostAddress m_host;
    quint16 m_port;
};

/// What a raw socket got back, and whether the server closed the connection.
struct RawAnswer {
    QByteArray bytes;
    bool closedByServer = false;

    int responses() const { return static_cast<int>(bytes.count(QByteArrayView("HTTP/1.1 "))); }
    int status() const { return bytes.startsWith("HTTP/1.1 ") ? bytes.mid(9, 3).toInt() : 0; }
};

/// Writes \a request as it is on a fresh connection and reads until the server closes it (or \a timeoutMs).
RawAnswer rawExchange(const QHostAddress& host, quint16 port, const QByteArray& request, int timeoutMs = 5000)
{
    RawAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(5000))
        return answer;
    socket.write(request);
    answer.closedByServer = QTest::qWaitFor(
        [&] {
            answer.bytes += socket.readAll();
            return socket.state() == QAbstractSocket::UnconnectedState;
        },
        timeoutMs);
    answer.bytes += socket.readAll();
    return answer;
}

/// Writes \a request on a fresh connection and reads one complete answer (the connection may stay open).
RawAnswer rawRequest(const QHostAddress& host, quint16 port, const QByteArray& request, int timeoutMs = 5000)
{
    RawAnswer answer;
    QTcpSocket socket;
    socket.connectToHost(host, port);
    if (!socket.waitForConnected(5000))
        return answer;
    socket.write(request);
    const auto complete = [&answer] {
        const qsizetype end = answer.bytes.indexOf("\r\n\r\n");
        if (end < 0)
            return false;
        for (const QByteArray& line : answer.bytes.left(end).split('\n'))
            if (line.toLower().startsWith("content-length:"))
                return answer.bytes.size() - end - 4 >= line.mid(15).trimmed().toLongLong();
        return true;
    };
    // On a timeout the answer is what arrived: the caller's checks say what was missing.
    [[maybe_unused]] const bool answered = QTest::qWaitFor(
        [&] {
            answer.bytes += socket.readAll();
            answer.closedByServer = socket.state() == QAbstractSocket::UnconnectedState;
            return answer.closedByServer || complete();
        },
        timeoutMs);
    return answer;
}

QByteArray describe(const RawAnswer& answer)
{
    return "got " + QByteArray::number(answer.responses()) + " response(s)" + (answer.closedByServer ? "" : ", still open")
        + ": " + answer.bytes.left(300);
}

/// Resident memory of this process (listener thread included), in KiB.
qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    return -1;
}

/// A checkout of ours: what PayFast echoes back as m_payment_id, and whose customer it is.
struct OurCheckout {
    QString mPaymentId;
    qint64 customerId = 0;
};

/**
 * One scratch ledger (SQLite file or PostgreSQL database) and the real
 * Listener started on it in-process, as `imalictl serve` starts it. The
 * listener is stopped before the ledger closes and the scratch store goes.
 */
class ListenerFixture
{
public:
    explicit ListenerFixture(const QString& backend)
        : m_scratch(backend)
    {
    }

    /// Opens the ledger and starts the listener; empty on success, else what went wrong.
    QString start(const ListenerConfig& config)
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
        location.configDir = m_dir.filePath(QStringLiteral("xdg/imali"));
        location.connectionName = QStringLiteral("tst-listener");
        auto ledger = Ledger::open(location, std::make_unique<FileKeyStore>(m_dir.filePath(QStringLiteral("keys"))));
        if (!ledger)
            return ledger.error().message;
        m_ledger = std::move(ledger).value();
        if (!m_ledger->isInitialised()) {
            auto code = m_ledger->initialise(Environment::Sandbox);
            if (!code)
                return code.error().message;
        }
        if (Status s = m_ledger->unlock(); !s)
            return s.error().message;
        auto port = m_listener.start(*m_ledger, config);
        if (!port)
            return port.error().message;
        m_port = *port;
        m_address = config.address;
        return {};
    }

    quint16 port() const { return m_port; }
    QHostAddress address() const { return m_address; }
    Ledger& ledger() { return *m_ledger; }
    Database& db() { return m_ledger->db(); }
    QString url() const { return m_scratch.url(); }
    void stop() { m_listener.stop(); }

    int count(const QString& table) { return static_cast<int>(scalar(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table))); }

    qint64 scalar(const QString& statement)
    {
        Sql q(db(), statement);
        if (!q.exec() || !q.next())
            return -1;
        return q.int64(0);
    }

    /// An open invoice for a new customer, and a PayFast checkout for it.
    Result<OurCheckout> createCheckout()
    {
        auto customer = Customers(*m_ledger).add({QStringLiteral("Zoë O'Brien"), QStringLiteral("zoe.obrien@example.co.za"),
                                                  QString(), QString(), QString()});
        if (!customer)
            return customer.error();
        NewInvoice input;
        input.customerId = customer->id;
        input.issue = true;
        input.lines = {{QStringLiteral("Consulting"), QStringLiteral("1"), QStringLiteral("768.12"), QString()}};
        auto invoice = Invoices(*m_ledger).create(input);
        if (!invoice)
            return invoice.error();
        const PayFastProvider provider(payFastSettings());
        auto created = Checkouts(*m_ledger, provider).createForInvoice(QString::number(invoice->id), false);
        if (!created)
            return created.error();
        return OurCheckout{created->checkout.mPaymentId, customer->id};
    }

private:
    testdb::Scratch m_scratch; // first: dropped after the ledger and the listener are gone
    QTemporaryDir m_dir;
    std::unique_ptr<Ledger> m_ledger;
    Listener m_listener; // last: stopped first
    quint16 m_port = 0;
    QHostAddress m_address;
};

#define START_LISTENER_OR_FAIL(var, backend, config)                                                         \
    ListenerFixture var(backend);                                                                            \
    do {                                                                                                     \
        const QString startError_ = var.start(config);                                                       \
        QVERIFY2(startError_.isEmpty(), qPrintable(startError_));                                            \
    } while (false)

/// Runs statements on the test cluster's `postgres` database, outside any ledger; empty or the error.
QString adminExec(const QStringList& statements)
{
    auto server = DatabaseUrl::parse(qEnvironmentVariable("IMALI_TEST_POSTGRES_URL"));
    if (!server)
        return server.error().message;
    QString error;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tst-listener-admin"));
        admin.setHostName(server->host);
        admin.setPort(server->port);
        admin.setUserName(server->user);
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.open()) {
            error = admin.lastError().text();
        } else {
            QSqlQuery q(admin);
            for (const QString& statement : statements) {
                if (!q.exec(statement)) {
                    error = q.lastError().text();
                    break;
                }
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tst-listener-admin"));
    return error;
}

/**
 * One ITN scenario for itnIsAnswered() and itnThroughATunnel(): what PayFast
 * (or someone else) posts, from where, and what must follow: the answer and
 * what the database holds afterwards.
 */
struct ItnCase {
    // What is sent
    FormFields fields = PayFastSender::itn(QStringLiteral("1089250"));
    bool signature = true;
    QString signWith = passphrase();
    QPair<QString, QString> changedAfterSigning;
    QByteArray rawBody; ///< posted instead of the signed fields when set
    QByteArray contentType = formType();
    QByteArray forwardedFor;
    bool forOurCheckout = false; ///< m_payment_id replaced by a checkout made in the ledger
    int posts = 1;
    // Where the listener runs, and whom it believes
    QString listenOn = QStringLiteral("127.0.0.1");
    QString allowed = loopback4();
    QString trusted;
    // What must follow
    int status = 200;
    int stored = 0;
    QString sender = QStringLiteral("127.0.0.1"); ///< recorded for a stored notification
    int refused = 0;
    int refusedSigned = 0;
};

QByteArray bodyOf(const ItnCase& c, const FormFields& fields)
{
    if (!c.rawBody.isEmpty())
        return c.rawBody;
    FormFields posted = fields;
    if (c.signature)
        posted.append({QStringLiteral("signature"), QString::fromLatin1(signItn(fields, c.signWith).signature)});
    if (!c.changedAfterSigning.first.isEmpty())
        posted = PayFastSender::with(posted, c.changedAfterSigning.first, c.changedAfterSigning.second);
    return encodeForm(posted);
}

} // namespace

Q_DECLARE_METATYPE(ItnCase)

class tst_Listener : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // Who is sending, without a socket
    void cidrListMatches_data();
    void cidrListMatches();
    void cidrListRefusesNonsense_data();
    void cidrListRefusesNonsense();
    void senderIsWorkedOut_data();
    void senderIsWorkedOut();
    void floodLimitCountsRefusedSendersOnly_data();
    void floodLimitCountsRefusedSendersOnly();

    // Steps 1–4 over loopback
    void itnIsAnswered_data();
    void itnIsAnswered();
    void itnThroughATunnel_data();
    void itnThroughATunnel();
    void repeatedForwardedForHeadersAreOneList_data();
    void repeatedForwardedForHeadersAreOneList();
    void eachStatusOfAPaymentIsKeptOnce_data() { testdb::addBackendRows(); }
    void eachStatusOfAPaymentIsKeptOnce();
    void itnsArrivingTogetherAreEachKeptOnce_data() { testdb::addBackendRows(); }
    void itnsArrivingTogetherAreEachKeptOnce();
    void itnWhoseSenderHangsUpIsStillKept_data() { testdb::addBackendRows(); }
    void itnWhoseSenderHangsUpIsStillKept();
    void requestPipelinedBehindAnItnIsNeverAnsweredFirst();
    void signedItnFromARefusedSenderIsRaisedOnce_data() { testdb::addBackendRows(); }
    void signedItnFromARefusedSenderIsRaisedOnce();
    void bodySizeIsCheckedBeforeTheBodyIsRead_data();
    void bodySizeIsCheckedBeforeTheBodyIsRead();
    void healthzReportsTheDatabase_data() { testdb::addBackendRows(); }
    void healthzReportsTheDatabase();
    void unknownRoutesAre404_data();
    void unknownRoutesAre404();
    void databaseDownIsAnswered503_data();
    void databaseDownIsAnswered503();

    // Step 0 and the hostile shapes QHttpServer 6.4 mishandles on its own
    void floodingSenderIsThrottled_data();
    void floodingSenderIsThrottled();
    void refusalsAtTheDoorCountTowardTheFloodLimit();
    void smugglingShapesGetOneAnswer_data();
    void smugglingShapesGetOneAnswer();
    void tricklingClientDoesNotStallOthers_data();
    void tricklingClientDoesNotStallOthers();
    void idleConnectionsDoNotStopTheListener();
    void connectionsOverTheCapAreTurnedAway();
    void declaredHugeBodiesDoNotGrowMemory();

private:
    void runItnCase(const QString& backend, const ItnCase& c);
    void addItnRow(const char* sentence, const std::function<void(ItnCase&)>& change);
};

void tst_Listener::initTestCase()
{
    // One line per refusal would bury the test log; warnings (a 503's reason) still show.
    QLoggingCategory::setFilterRules(QStringLiteral("imali.itn.info=false"));
}

// ---- Who is sending -----------------------------------------------------------------------------------

void tst_Listener::cidrListMatches_data()
{
    QTest::addColumn<QString>("list");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("contains");

    const QString payFast = SenderPolicy::payFastRanges();
    const QString loopback = SenderPolicy::loopbackProxies();
    QTest::newRow("an address inside PayFast's /27 is PayFast's") << payFast << payFastAddress() << true;
    QTest::newRow("the first address past that /27 is not") << payFast << QStringLiteral("41.74.179.224") << false;
    QTest::newRow("the last address of PayFast's 197.97.145.144/28 is PayFast's") << payFast << QStringLiteral("197.97.145.159") << true;
    QTest::newRow("PayFast's single host is PayFast's") << payFast << QStringLiteral("144.126.193.139") << true;
    QTest::newRow("its neighbour is not") << payFast << QStringLiteral("144.126.193.140") << false;
    QTest::newRow("a bare IPv4 address is a network of one host") << QStringLiteral("10.1.2.3") << QStringLiteral("10.1.2.3") << true;
    QTest::newRow("the host next to a bare IPv4 address is outside") << QStringLiteral("10.1.2.3") << QStringLiteral("10.1.2.4") << false;
    QTest::newRow("IPv4 loopback is a loopback proxy") << loopback << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("IPv6 loopback is a loopback proxy") << loopback << QStringLiteral("::1") << true;
    QTest::newRow("another 127/8 address is not a loopback proxy") << loopback << QStringLiteral("127.0.0.2") << false;
    QTest::newRow("IPv6 loopback is not 127.0.0.1") << loopback4() << QStringLiteral("::1") << false;
    QTest::newRow("an IPv4-mapped IPv6 address matches its IPv4 network") << QStringLiteral("41.74.179.192/27")
                                                                       << QStringLiteral("::ffff:41.74.179.200") << true;
    QTest::newRow("an IPv4-mapped loopback matches 127.0.0.1") << loopback4() << QStringLiteral("::ffff:127.0.0.1") << true;
    QTest::newRow("an address inside an IPv6 /32 matches") << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db8:1::5") << true;
    QTest::newRow("an address outside that IPv6 /32 does not") << QStringLiteral("2001:db8::/32") << QStringLiteral("2001:db9::1") << false;
    QTest::newRow("a bare IPv6 address is a network of one host") << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::1") << true;
    QTest::newRow("the host next to a bare IPv6 address is outside") << QStringLiteral("2001:db8::1") << QStringLiteral("2001:db8::2") << false;
    QTest::newRow("every IPv4 address is not every IPv6 address") << QStringLiteral("0.0.0.0/0") << QStringLiteral("2001:db8::1") << false;
    QTest::newRow("an empty list holds nothing") << QString() << QStringLiteral("127.0.0.1") << false;
}

void tst_Listener::cidrListMatches()
{
    QFETCH(QString, list);
    QFETCH(QString, address);
    QFETCH(bool, contains);
    auto parsed = CidrList::parse(list);
    QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message));
    QCOMPARE_EQ(parsed->contains(QHostAddress(address)), contains);
}

void tst_Listener::cidrListRefusesNonsense_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::newRow("PayFast's ranges parse") << SenderPolicy::payFastRanges() << true;
    QTest::newRow("IPv4 and IPv6 networks mix, with spaces") << QStringLiteral(" 10.0.0.0/8 , ::1/128, 2001:db8::/32 ") << true;
    QTest::newRow("an empty list is allowed") << QString() << true;
    QTest::newRow("a host name is refused") << QStringLiteral("www.payfast.co.za") << false;
    QTest::newRow("an IPv4 prefix over 32 is refused") << QStringLiteral("10.0.0.0/33") << false;
    QTest::newRow("an IPv6 prefix over 128 is refused") << QStringLiteral("2001:db8::/129") << false;
    QTest::newRow("semicolons are not separators") << QStringLiteral("10.0.0.0/8;192.168.0.0/16") << false;
    QTest::newRow("one bad item spoils the list") << QStringLiteral("10.0.0.0/8,nonsense") << false;
}

void tst_Listener::cidrListRefusesNonsense()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QCOMPARE_EQ(CidrList::parse(text).ok(), ok);
}

void tst_Listener::senderIsWorkedOut_data()
{
    QTest::addColumn<QString>("peer");
    QTest::addColumn<QByteArray>("forwardedFor");
    QTest::addColumn<QString>("trusted");
    QTest::addColumn<QString>("sender");

    const QString loopback = SenderPolicy::loopbackProxies();
    const QByteArray payFast = payFastAddress().toLatin1();
    const QString localhost = QStringLiteral("127.0.0.1");
    QTest::newRow("without a header the sender is the peer") << payFastAddress() << QByteArray() << loopback << payFastAddress();
    QTest::newRow("our tunnel's header names the sender") << localhost << payFast << loopback << payFastAddress();
    QTest::newRow("a header from a peer that is not our proxy is ignored")
        << QStringLiteral("203.0.113.9") << payFast << loopback << QStringLiteral("203.0.113.9");
    QTest::newRow("with no trusted proxy every header is ignored") << localhost << payFast << QString() << localhost;
    QTest::newRow("the right-most hop that is not a trusted proxy wins")
        << localhost << QByteArray("41.74.179.200, 10.0.0.1") << QStringLiteral("127.0.0.1/32,10.0.0.0/8") << payFastAddress();
    QTest::newRow("a PayFast address the client put before its own is not believed")
        << localhost << QByteArray("41.74.179.200, 203.0.113.9") << loopback << QStringLiteral("203.0.113.9");
    QTest::newRow("a malformed hop leaves the peer as the sender") << localhost << QByteArray("41.74.179.200, nonsense") << loopback << localhost;
    QTest::newRow("a chain of our own proxies only names no outside sender")
        << localhost << QByteArray("10.0.0.1") << QStringLiteral("127.0.0.1/32,10.0.0.0/8") << localhost;
    QTest::newRow("a tunnel on IPv6 loopback forwards an IPv4 sender") << QStringLiteral("::1") << payFast << loopback << payFastAddress();
    QTest::newRow("the tunnel forwards an IPv6 sender") << localhost << QByteArray("2001:db8::7") << loopback << QStringLiteral("2001:db8::7");
    QTest::newRow("an IPv4-mapped peer is its IPv4 address") << QStringLiteral("::ffff:127.0.0.1") << payFast << loopback4() << payFastAddress();
    QTest::newRow("an IPv4-mapped hop is its IPv4 address") << localhost << QByteArray("::ffff:41.74.179.200") << loopback << payFastAddress();
    QTest::newRow("an IPv6 peer outside the proxies keeps its own address")
        << QStringLiteral("2001:db8::9") << payFast << loopback << QStringLiteral("2001:db8::9");
}

void tst_Listener::senderIsWorkedOut()
{
    QFETCH(QString, peer);
    QFETCH(QByteArray, forwardedFor);
    QFETCH(QString, trusted);
    QFETCH(QString, sender);
    const SenderPolicy policy(cidr(SenderPolicy::payFastRanges()), cidr(trusted));
    QCOMPARE_EQ(policy.senderOf(QHostAddress(peer), forwardedFor).toString(), QHostAddress(sender).toString());
}

void tst_Listener::floodLimitCountsRefusedSendersOnly_data()
{
    QTest::addColumn<QString>("sender");
    QTest::addColumn<int>("refusals");
    QTest::addColumn<bool>("throttled");
    QTest::newRow("20 refusals in 10 s are tolerated") << QStringLiteral("203.0.113.9") << 20 << false;
    QTest::newRow("the 21st refusal in 10 s throttles") << QStringLiteral("203.0.113.9") << 21 << true;
    QTest::newRow("an IPv6 sender is counted too") << QStringLiteral("2001:db8::9") << 21 << true;
    QTest::newRow("an allowed sender is never throttled") << payFastAddress() << 100 << false;
}

void tst_Listener::floodLimitCountsRefusedSendersOnly()
{
    QFETCH(QString, sender);
    QFETCH(int, refusals);
    QFETCH(bool, throttled);
    SenderPolicy policy(cidr(SenderPolicy::payFastRanges()), cidr(SenderPolicy::loopbackProxies()));
    const QHostAddress from(sender);
    for (int i = 0; i < refusals; ++i)
        policy.recordRefusal(from);
    QCOMPARE_EQ(policy.isThrottled(from), throttled);
    QVERIFY2(!policy.isThrottled(QHostAddress(QStringLiteral("198.51.100.1"))), "another sender paid for this one's refusals");
}

// ---- Steps 1–4 over loopback --------------------------------------------------------------------------

void tst_Listener::addItnRow(const char* sentence, const std::function<void(ItnCase&)>& change)
{
    ItnCase c;
    change(c);
    for (const QString& backend : testdb::backends())
        QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(backend, QString::fromUtf8(sentence)))) << backend << c;
}

void tst_Listener::runItnCase(const QString& backend, const ItnCase& c)
{
    ListenerConfig config = listenerConfig(c.allowed, c.trusted, QHostAddress(c.listenOn));
    START_LISTENER_OR_FAIL(f, backend, config);
    FormFields fields = c.fields;
    QString sealedWith = QStringLiteral("ledger");
    if (c.forOurCheckout) {
        auto checkout = f.createCheckout();
        QVERIFY2(checkout.ok(), qPrintable(checkout.ok() ? QString() : checkout.error().message));
        fields = PayFastSender::with(fields, QStringLiteral("m_payment_id"), checkout->mPaymentId);
        sealedWith = QStringLiteral("customer:%1").arg(checkout->customerId);
    }
    const QByteArray body = bodyOf(c, fields);

    Client client(f.address(), f.port());
    for (int i = 0; i < c.posts; ++i) {
        const HttpAnswer answer = client.post(itnPath(), body, c.contentType, c.forwardedFor);
        QVERIFY2(answer.finished, "no answer within 10 s");
        QCOMPARE_EQ(answer.status, c.status);
        QCOMPARE_EQ(answer.contentType, QByteArray("text/plain"));
    }

    // The notification is committed before the answer. Refusals are written in batches (every second);
    // stopping the listener, as `imalictl serve` does on SIGTERM, writes what is still queued.
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), c.stored);
    f.stop();
    QCOMPARE_EQ(f.count(QStringLiteral("refused_requests")), c.refused);
    QCOMPARE_EQ(f.count(QStringLiteral("refused_signed")), c.refusedSigned);
    if (c.stored == 0)
        return;

    Sql row(f.db(), QStringLiteral("SELECT id, provider, provider_id, status, m_payment_id, sender, peer, sealed_body, "
                                   "sealed_with FROM notifications"));
    QVERIFY(row.exec().ok());
    QVERIFY(row.next());
    const qint64 id = row.int64(0);
    QCOMPARE_EQ(row.text(1), QStringLiteral("payfast"));
    QCOMPARE_EQ(row.text(2), QStringLiteral("1089250"));
    QCOMPARE_EQ(row.text(3), QStringLiteral("COMPLETE"));
    QCOMPARE_EQ(row.text(5), QHostAddress(c.sender).toString());
    QCOMPARE_EQ(row.text(6), QHostAddress(c.listenOn).toString());
    QCOMPARE_EQ(row.text(8), sealedWith);
    // Sealed: nothing of the buyer's readable at rest, and it opens to exactly what PayFast posted.
    const QByteArray sealed = row.value(7).toByteArray();
    QVERIFY2(!sealed.isEmpty(), "the raw notification was not kept");
    QVERIFY2(!sealed.contains(body), "the raw body is stored in plain text");
    QVERIFY2(!sealed.contains("zoe.obrien"), "the buyer's email address is readable at rest");
    QVERIFY2(!sealed.contains("pf_payment_id"), "the form is readable at rest");
    const QByteArray associated = QByteArrayLiteral("notification:") + QByteArray::number(id);
    Result<QByteArray> opened = Error::runtime(QString());
    if (c.forOurCheckout) {
        auto key = f.ledger().customerKey(row.text(8).section(QLatin1Char(':'), 1).toLongLong());
        QVERIFY(key.ok());
        opened = imali::open(*key, sealed, associated);
    } else {
        opened = f.ledger().openWithLedgerKey(sealed, associated);
    }
    QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
    QCOMPARE_EQ(*opened, body);
    if (c.forOurCheckout)
        QCOMPARE_EQ(row.text(4), fields.first().second);
}

void tst_Listener::itnIsAnswered_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<ItnCase>("c");

    const QString payFast = SenderPolicy::payFastRanges();
    // 200: stored (step 4)
    addItnRow("a signed ITN from an allowed sender is stored sealed and answered 200", [](ItnCase& c) { c.stored = 1; });
    addItnRow("an ITN for one of our checkouts is sealed under its customer's key", [](ItnCase& c) {
        c.forOurCheckout = true;
        c.stored = 1;
    });
    addItnRow("a repeat of a stored ITN is answered 200 and kept once", [](ItnCase& c) {
        c.posts = 3;
        c.stored = 1;
    });
    addItnRow("a form content type with charset=utf-8 is accepted", [](ItnCase& c) {
        c.contentType = "application/x-www-form-urlencoded; charset=utf-8";
        c.stored = 1;
    });
    addItnRow("a form content type in capitals is accepted", [](ItnCase& c) {
        c.contentType = "Application/X-WWW-Form-URLEncoded";
        c.stored = 1;
    });
    addItnRow("fields in an order of PayFast's choosing are verified as received", [](ItnCase& c) {
        FormFields reordered = c.fields;
        std::reverse(reordered.begin(), reordered.end());
        c.fields = reordered;
        c.stored = 1;
    });
    // 415 and 400: transport (step 1)
    addItnRow("a text/plain body is refused with 415", [](ItnCase& c) {
        c.contentType = "text/plain";
        c.status = 415;
        c.refused = 1;
    });
    addItnRow("a JSON body is refused with 415", [](ItnCase& c) {
        c.contentType = "application/json";
        c.rawBody = R"({"pf_payment_id":"1089250","payment_status":"COMPLETE"})";
        c.status = 415;
        c.refused = 1;
    });
    addItnRow("multipart form data is refused with 415", [](ItnCase& c) {
        c.contentType = "multipart/form-data; boundary=x";
        c.status = 415;
        c.refused = 1;
    });
    addItnRow("a content type that only starts like a form is refused with 415", [](ItnCase& c) {
        c.contentType = "application/x-www-form-urlencodedish";
        c.status = 415;
        c.refused = 1;
    });
    addItnRow("the transport is checked before the sender: 415 for a refused sender's JSON", [payFast](ItnCase& c) {
        c.allowed = payFast;
        c.contentType = "application/json";
        c.rawBody = "{}";
        c.status = 415;
        c.refused = 1;
    });
    addItnRow("a malformed percent escape is refused with 400", [](ItnCase& c) {
        c.rawBody = "m_payment_id=1&pf_payment_id=%ZZ&payment_status=COMPLETE";
        c.status = 400;
        c.refused = 1;
    });
    addItnRow("a form that is not UTF-8 is refused with 400", [](ItnCase& c) {
        c.rawBody = "pf_payment_id=1&name_first=%FF%FE";
        c.status = 400;
        c.refused = 1;
    });
    // 403: sender (step 2)
    addItnRow("a signed ITN from a sender outside the list is refused with 403 and raised", [payFast](ItnCase& c) {
        c.allowed = payFast;
        c.status = 403;
        c.refused = 1;
        c.refusedSigned = 1;
    });
    addItnRow("a badly signed ITN from a sender outside the list is refused with 403 and not raised", [payFast](ItnCase& c) {
        c.allowed = payFast;
        c.signWith = QStringLiteral("not-the-passphrase");
        c.status = 403;
        c.refused = 1;
    });
    // 400: signature and merchant (step 3)
    addItnRow("an ITN signed without the passphrase is refused with 400", [](ItnCase& c) {
        c.signWith = QString();
        c.status = 400;
        c.refused = 1;
    });
    addItnRow("an ITN whose amount changed after signing is refused with 400", [](ItnCase& c) {
        c.changedAfterSigning = {QStringLiteral("amount_gross"), QStringLiteral("8833.30")};
        c.status = 400;
        c.refused = 1;
    });
    addItnRow("an ITN without a signature is refused with 400", [](ItnCase& c) {
        c.signature = false;
        c.status = 400;
        c.refused = 1;
    });
    addItnRow("another merchant's validly signed ITN is refused with 400", [](ItnCase& c) {
        c.fields = PayFastSender::with(c.fields, QStringLiteral("merchant_id"), QStringLiteral("10000101"));
        c.status = 400;
        c.refused = 1;
    });
    addItnRow("a validly signed ITN without pf_payment_id is refused with 400", [](ItnCase& c) {
        c.fields = PayFastSender::without(c.fields, QStringLiteral("pf_payment_id"));
        c.status = 400;
        c.refused = 1;
    });
}

void tst_Listener::itnIsAnswered()
{
    QFETCH(QString, backend);
    QFETCH(ItnCase, c);
    runItnCase(backend, c);
}

void tst_Listener::itnThroughATunnel_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<ItnCase>("c");

    const QString payFast = SenderPolicy::payFastRanges();
    const QByteArray payFastHop = payFastAddress().toLatin1();
    addItnRow("a PayFast address forwarded by our tunnel is allowed", [&](ItnCase& c) {
        c.allowed = payFast;
        c.trusted = loopback4();
        c.forwardedFor = payFastHop;
        c.stored = 1;
        c.sender = payFastAddress();
    });
    addItnRow("a forwarded PayFast address is ignored when no proxy is trusted", [&](ItnCase& c) {
        c.allowed = payFast;
        c.forwardedFor = payFastHop;
        c.status = 403;
        c.refused = 1;
        c.refusedSigned = 1;
    });
    addItnRow("with no proxy trusted an allowed peer is the sender whatever it forwards", [&](ItnCase& c) {
        c.allowed = payFast + QLatin1Char(',') + loopback4();
        c.forwardedFor = "203.0.113.9";
        c.stored = 1;
    });
    addItnRow("the right-most hop that is not a trusted proxy is the sender", [&](ItnCase& c) {
        c.allowed = payFast;
        c.trusted = QStringLiteral("127.0.0.1/32,10.0.0.0/8");
        c.forwardedFor = "41.74.179.200, 10.0.0.1";
        c.stored = 1;
        c.sender = payFastAddress();
    });
    addItnRow("a PayFast address the client put before its own is not believed", [&](ItnCase& c) {
        c.allowed = payFast;
        c.trusted = loopback4();
        c.forwardedFor = "41.74.179.200, 203.0.113.9";
        c.status = 403;
        c.refused = 1;
        c.refusedSigned = 1;
    });
    addItnRow("a malformed hop leaves the tunnel itself as the sender", [&](ItnCase& c) {
        c.allowed = payFast;
        c.trusted = loopback4();
        c.forwardedFor = "41.74.179.200, not-an-address";
        c.status = 403;
        c.refused = 1;
        c.refusedSigned = 1;
    });
    addItnRow("a tunnel on [::1] forwards a PayFast address", [&](ItnCase& c) {
        c.listenOn = QStringLiteral("::1");
        c.allowed = payFast;
        c.trusted = SenderPolicy::loopbackProxies();
        c.forwardedFor = payFastHop;
        c.stored = 1;
        c.sender = payFastAddress();
    });
    addItnRow("an allowed IPv6 peer on [::1] is the sender", [&](ItnCase& c) {
        c.listenOn = QStringLiteral("::1");
        c.allowed = QStringLiteral("::1/128");
        c.stored = 1;
        c.sender = QStringLiteral("::1");
    });
    addItnRow("an IPv6 peer outside the list is refused with 403", [&](ItnCase& c) {
        c.listenOn = QStringLiteral("::1");
        c.allowed = payFast;
        c.status = 403;
        c.refused = 1;
        c.refusedSigned = 1;
    });
    addItnRow("a forwarded IPv6 sender inside an allowed IPv6 network is allowed", [&](ItnCase& c) {
        c.allowed = QStringLiteral("2001:db8::/32");
        c.trusted = loopback4();
        c.forwardedFor = "2001:db8::7";
        c.stored = 1;
        c.sender = QStringLiteral("2001:db8::7");
    });
}

void tst_Listener::itnThroughATunnel()
{
    QFETCH(QString, backend);
    QFETCH(ItnCase, c);
    runItnCase(backend, c);
}

void tst_Listener::repeatedForwardedForHeadersAreOneList_data()
{
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("sender");
    // A proxy may add its own X-Forwarded-For line instead of appending to the client's: the lines are one list, in order.
    QTest::newRow("PayFast's address in the line our tunnel added is the sender")
        << QByteArray("X-Forwarded-For: 203.0.113.9\r\nX-Forwarded-For: 41.74.179.200\r\n") << 200 << payFastAddress();
    QTest::newRow("a PayFast address in the client's own first line is not believed")
        << QByteArray("X-Forwarded-For: 41.74.179.200\r\nX-Forwarded-For: 203.0.113.9\r\n") << 403 << QString();
}

void tst_Listener::repeatedForwardedForHeadersAreOneList()
{
    QFETCH(QByteArray, headers);
    QFETCH(int, status);
    QFETCH(QString, sender);
    START_LISTENER_OR_FAIL(f, QStringLiteral("sqlite"), listenerConfig(SenderPolicy::payFastRanges(), loopback4()));
    const RawAnswer answer = rawRequest(f.address(), f.port(), itnRequest(PayFastSender::sign(PayFastSender::itn(QStringLiteral("1501"))), headers));
    QVERIFY2(answer.responses() == 1, describe(answer).constData());
    QCOMPARE_EQ(answer.status(), status);
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), status == 200 ? 1 : 0);
    if (status == 200)
        QCOMPARE_EQ(f.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE sender = '%1'").arg(sender)), 1);
}

void tst_Listener::eachStatusOfAPaymentIsKeptOnce()
{
    QFETCH(QString, backend);
    START_LISTENER_OR_FAIL(f, backend, listenerConfig(loopback4()));
    Client client(f.address(), f.port());
    const QString pending = QStringLiteral("PENDING");
    const QString complete = QStringLiteral("COMPLETE");
    // PayFast retries until it gets a 200, and sends a COMPLETE after a PENDING for the same payment.
    const QList<QPair<QString, QString>> deliveries{{QStringLiteral("2001"), pending},  {QStringLiteral("2001"), complete},
                                                    {QStringLiteral("2001"), complete}, {QStringLiteral("2001"), pending},
                                                    {QStringLiteral("2002"), complete}, {QStringLiteral("2002"), complete}};
    for (const auto& [pfPaymentId, status] : deliveries) {
        const HttpAnswer answer = client.post(itnPath(), PayFastSender::sign(PayFastSender::itn(pfPaymentId, status)));
        QCOMPARE_EQ(answer.status, 200);
    }
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 3);
    QCOMPARE_EQ(f.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE provider_id = '2001'")), 2);
}

void tst_Listener::itnsArrivingTogetherAreEachKeptOnce()
{
    QFETCH(QString, backend);
    START_LISTENER_OR_FAIL(f, backend, listenerConfig(loopback4()));
    // A backlog arriving at once (PayFast catching up): the listener commits what waits together, yet
    // each ITN gets its own 200 only once it is kept, and repeats within one commit are kept once.
    constexpr int Distinct = 60;
    constexpr int Repeats = 12;
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < Distinct + Repeats; ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(f.address(), f.port());
        QVERIFY(sockets.back()->waitForConnected(5000));
    }
    for (int i = 0; i < Distinct + Repeats; ++i) {
        const QString pfPaymentId = QString::number(3000 + i % Distinct);
        sockets[static_cast<size_t>(i)]->write(itnRequest(PayFastSender::sign(PayFastSender::itn(pfPaymentId))));
    }
    std::vector<QByteArray> answers(sockets.size());
    const bool allAnswered = QTest::qWaitFor(
        [&] {
            bool all = true;
            for (size_t i = 0; i < sockets.size(); ++i) {
                answers[i] += sockets[i]->readAll();
                all = all && answers[i].contains("\r\n\r\n") && answers[i].endsWith('\n');
            }
            return all;
        },
        15000);
    QVERIFY2(allAnswered, "not every ITN was answered");
    for (const QByteArray& answer : answers)
        QVERIFY2(answer.startsWith("HTTP/1.1 200 "), answer.left(200).constData());
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), Distinct);
}

void tst_Listener::itnWhoseSenderHangsUpIsStillKept()
{
    QFETCH(QString, backend);
    START_LISTENER_OR_FAIL(f, backend, listenerConfig(loopback4()));
    // The answer waits for the commit; a sender gone by then is not written to (QHttpServer 6.4 may
    // have freed its socket), but what it sent in full is kept, and its retry is answered as a repeat.
    constexpr int Gone = 20;
    for (int i = 0; i < Gone; ++i) {
        QTcpSocket socket;
        socket.connectToHost(f.address(), f.port());
        QVERIFY(socket.waitForConnected(5000));
        socket.write(itnRequest(PayFastSender::sign(PayFastSender::itn(QString::number(3500 + i)))));
        socket.disconnectFromHost(); // sends everything, then hangs up without reading
        if (socket.state() != QAbstractSocket::UnconnectedState)
            QVERIFY(socket.waitForDisconnected(5000));
    }
    QTRY_COMPARE_WITH_TIMEOUT(f.count(QStringLiteral("notifications")), Gone, 10000);
    Client client(f.address(), f.port());
    QCOMPARE_EQ(client.post(itnPath(), PayFastSender::sign(PayFastSender::itn(QStringLiteral("3500")))).status, 200);
    QCOMPARE_EQ(client.post(itnPath(), PayFastSender::sign(PayFastSender::itn(QStringLiteral("3599")))).status, 200);
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), Gone + 1);
}

void tst_Listener::requestPipelinedBehindAnItnIsNeverAnsweredFirst()
{
    START_LISTENER_OR_FAIL(f, QStringLiteral("sqlite"), listenerConfig(loopback4()));
    // The ITN's answer waits for its commit; a request pipelined behind it must not overtake it.
    // Either both are answered in order, or the connection closes (PayFast sends one request per
    // connection and retries an unanswered ITN); the ITN is kept either way.
    for (int i = 0; i < 5; ++i) {
        const QByteArray itn = itnRequest(PayFastSender::sign(PayFastSender::itn(QString::number(3700 + i))));
        const RawAnswer raw = rawExchange(f.address(), f.port(), itn + "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n", 1000);
        if (raw.responses() > 0) {
            QVERIFY2(raw.bytes.startsWith("HTTP/1.1 200 OK\r\n"), describe(raw).constData());
            QVERIFY2(raw.bytes.indexOf("OK\n") < raw.bytes.indexOf("application/json") || raw.responses() == 1, describe(raw).constData());
        }
    }
    QTRY_COMPARE_WITH_TIMEOUT(f.count(QStringLiteral("notifications")), 5, 5000);
}

void tst_Listener::signedItnFromARefusedSenderIsRaisedOnce()
{
    QFETCH(QString, backend);
    START_LISTENER_OR_FAIL(f, backend, listenerConfig(SenderPolicy::payFastRanges()));
    Client client(f.address(), f.port());
    const QByteArray complete = PayFastSender::sign(PayFastSender::itn(QStringLiteral("3001")));
    for (int i = 0; i < 3; ++i)
        QCOMPARE_EQ(client.post(itnPath(), complete).status, 403);
    QCOMPARE_EQ(client.post(itnPath(), PayFastSender::sign(PayFastSender::itn(QStringLiteral("3001"), QStringLiteral("PENDING")))).status, 403);
    QCOMPARE_EQ(client.post(itnPath(), PayFastSender::sign(PayFastSender::itn(QStringLiteral("3002")), QStringLiteral("forged"))).status, 403);

    QTRY_COMPARE_WITH_TIMEOUT(f.count(QStringLiteral("refused_requests")), 5, 5000);
    // Raised once per (pf_payment_id, status), counting repeats; the forged one is not raised at all.
    QCOMPARE_EQ(f.count(QStringLiteral("refused_signed")), 2);
    QCOMPARE_EQ(f.scalar(QStringLiteral("SELECT times FROM refused_signed WHERE provider_id = '3001' AND status = 'COMPLETE'")), 3);
    QCOMPARE_EQ(f.scalar(QStringLiteral("SELECT COUNT(*) FROM refused_signed WHERE sender = '127.0.0.1'")), 2);
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 0);
}

void tst_Listener::bodySizeIsCheckedBeforeTheBodyIsRead_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<qint64>("length");
    QTest::addColumn<int>("status");
    for (const QString& backend : testdb::backends()) {
        const auto row = [&backend](const char* sentence) -> QTestData& {
            return QTest::newRow(qPrintable(QStringLiteral("on %1: %2").arg(backend, QString::fromUtf8(sentence)))) << backend;
        };
        row("a signed ITN of exactly 64 KiB is read and stored") << qint64(64 * 1024) << 200;
        row("one byte over 64 KiB is refused with 413 before the body is sent") << qint64(64 * 1024 + 1) << 413;
        row("a declared 70000 bytes are refused with 413 before the body is sent") << qint64(70000) << 413;
    }
}

void tst_Listener::bodySizeIsCheckedBeforeTheBodyIsRead()
{
    QFETCH(QString, backend);
    QFETCH(qint64, length);
    QFETCH(int, status);
    START_LISTENER_OR_FAIL(f, backend, listenerConfig(loopback4()));
    if (status == 200) {
        // Pad an otherwise ordinary ITN to the limit exactly (custom_str1 is free text; 'x' encodes as itself).
        const FormFields plain = PayFastSender::itn(QStringLiteral("4001"));
        const qint64 padding = length - PayFastSender::sign(plain).size();
        const QByteArray body = PayFastSender::sign(
            PayFastSender::with(plain, QStringLiteral("custom_str1"), QString(padding, QLatin1Char('x'))));
        QCOMPARE_EQ(body.size(), length);
        Client client(f.address(), f.port());
        QCOMPARE_EQ(client.post(itnPath(), body).status, 200);
        QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 1);
        return;
    }
    // Only the head goes out: the answer must come without the body ever being sent.
    const QByteArray head = "POST /api/payments/itn HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: "
        + QByteArray::number(length) + "\r\n\r\n";
    const RawAnswer answer = rawExchange(f.address(), f.port(), head);
    QVERIFY2(answer.closedByServer, describe(answer).constData());
    QCOMPARE_EQ(answer.responses(), 1);
    QCOMPARE_EQ(answer.status(), status);
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 0);
}

void tst_Listener::healthzReportsTheDatabase()
{
    QFETCH(QString, backend);
    START_LISTENER_OR_FAIL(f, backend, listenerConfig(loopback4()));
    Client client(f.address(), f.port());
    const HttpAnswer answer = client.get(QStringLiteral("/healthz"));
    QCOMPARE_EQ(answer.status, 200);
    QCOMPARE_EQ(answer.contentType, QByteArray("application/json"));
    const QJsonObject expected{{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("database"), QStringLiteral("ok")}};
    QCOMPARE_EQ(QJsonDocument::fromJson(answer.body).object(), expected);
}

void tst_Listener::unknownRoutesAre404_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::newRow("a signed ITN posted next to the ITN endpoint") << QByteArray("POST") << QStringLiteral("/api/payments/itnx");
    QTest::newRow("a signed ITN posted with a trailing slash") << QByteArray("POST") << QStringLiteral("/api/payments/itn/");
    QTest::newRow("the Stripe webhook while Stripe is off") << QByteArray("POST") << QStringLiteral("/api/payments/stripe/webhook");
    QTest::newRow("a GET of the ITN endpoint") << QByteArray("GET") << itnPath();
    QTest::newRow("a GET of the site root") << QByteArray("GET") << QStringLiteral("/");
    QTest::newRow("a GET of a path that climbs out") << QByteArray("GET") << QStringLiteral("/../../etc/passwd");
}

void tst_Listener::unknownRoutesAre404()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    START_LISTENER_OR_FAIL(f, QStringLiteral("sqlite"), listenerConfig(loopback4()));
    Client client(f.address(), f.port());
    const QByteArray body = method == "POST" ? PayFastSender::sign(PayFastSender::itn(QStringLiteral("5001"))) : QByteArray();
    const HttpAnswer answer = client.send(method, path, body);
    QCOMPARE_EQ(answer.status, 404);
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 0);
}

void tst_Listener::databaseDownIsAnswered503_data()
{
    QTest::addColumn<QString>("backend");
    // SQLite can only be made to refuse by a lock held past its 10 s busy timeout: too slow for this suite.
    if (testdb::backends().contains(QStringLiteral("postgres")))
        QTest::newRow("on postgres: a database that refuses connections") << QStringLiteral("postgres");
}

void tst_Listener::databaseDownIsAnswered503()
{
    if (!QTest::currentDataTag())
        return; // IMALI_TEST_NO_POSTGRES=1: there is no PostgreSQL server to take away
    QFETCH(QString, backend);
    START_LISTENER_OR_FAIL(f, backend, listenerConfig(loopback4()));
    auto url = DatabaseUrl::parse(f.url());
    QVERIFY(url.ok());
    const QString database = url->database;
    Client client(f.address(), f.port());
    QCOMPARE_EQ(client.get(QStringLiteral("/healthz")).status, 200);

    // The server still runs, but this database takes no connections and its sessions are gone.
    QString error = adminExec({QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(database),
                               QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                                              "WHERE datname = '%1' AND pid <> pg_backend_pid()").arg(database)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray itn = PayFastSender::sign(PayFastSender::itn(QStringLiteral("6001")));
    const HttpAnswer down = client.post(itnPath(), itn);
    QCOMPARE_EQ(down.status, 503); // PayFast retries anything but 200
    const HttpAnswer health = client.get(QStringLiteral("/healthz"));
    QCOMPARE_EQ(health.status, 503);
    QCOMPARE_NE(QJsonDocument::fromJson(health.body).object().value(QStringLiteral("status")).toString(), QStringLiteral("ok"));

    // PayFast's retry after the database is back is stored, once.
    error = adminExec({QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database)});
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE_EQ(client.post(itnPath(), itn).status, 200);
    QCOMPARE_EQ(client.post(itnPath(), itn).status, 200);
    QVERIFY(f.db().reconnect()); // the test's own session was terminated too
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 1);
    QCOMPARE_EQ(client.get(QStringLiteral("/healthz")).status, 200);
}

// ---- Step 0 and hostile shapes ------------------------------------------------------------------------

void tst_Listener::floodingSenderIsThrottled_data()
{
    QTest::addColumn<QString>("backend");
    QTest::addColumn<bool>("senderAllowed");
    for (const QString& backend : testdb::backends()) {
        QTest::newRow(qPrintable(QStringLiteral("on %1: a sender outside the list gets 429 after 21 refusals in 10 s").arg(backend)))
            << backend << false;
        QTest::newRow(qPrintable(QStringLiteral("on %1: an allowed sender is never throttled").arg(backend))) << backend << true;
    }
}

void tst_Listener::floodingSenderIsThrottled()
{
    QFETCH(QString, backend);
    QFETCH(bool, senderAllowed);
    START_LISTENER_OR_FAIL(f, backend, listenerConfig(senderAllowed ? loopback4() : SenderPolicy::payFastRanges()));
    Client client(f.address(), f.port());
    const QByteArray forged = PayFastSender::sign(PayFastSender::itn(QStringLiteral("7001")), QStringLiteral("forged"));
    const int refusedStatus = senderAllowed ? 400 : 403;
    const int refusals = senderAllowed ? 30 : 21;
    for (int i = 0; i < refusals; ++i)
        QCOMPARE_EQ(client.post(itnPath(), forged).status, refusedStatus);
    if (senderAllowed) {
        QTRY_COMPARE_WITH_TIMEOUT(f.count(QStringLiteral("refused_requests")), refusals, 5000);
        return;
    }
    // Answered at the head: a raw request with its body gets 429 and a closed connection, and so does PayFast's client.
    const RawAnswer raw = rawExchange(f.address(), f.port(), itnRequest(forged));
    QVERIFY2(raw.closedByServer, describe(raw).constData());
    QCOMPARE_EQ(raw.responses(), 1);
    QCOMPARE_EQ(raw.status(), 429);
    QCOMPARE_EQ(client.post(itnPath(), PayFastSender::sign(PayFastSender::itn(QStringLiteral("7002")))).status, 429);
    QTRY_COMPARE_WITH_TIMEOUT(f.count(QStringLiteral("refused_requests")), refusals + 2, 5000);
    QCOMPARE_EQ(f.scalar(QStringLiteral("SELECT COUNT(*) FROM refused_requests WHERE http_status = 429")), 2);
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 0);
    QCOMPARE_EQ(f.count(QStringLiteral("refused_signed")), 0);
}

void tst_Listener::refusalsAtTheDoorCountTowardTheFloodLimit()
{
    // Refused before the body is read (413 here), through the tunnel: logged, and counted against the
    // forwarded sender, but never against the tunnel itself.
    START_LISTENER_OR_FAIL(f, QStringLiteral("sqlite"), listenerConfig(SenderPolicy::payFastRanges(), loopback4()));
    const auto oversized = [](const QByteArray& forwardedFor) {
        return QByteArrayLiteral("POST /api/payments/itn HTTP/1.1\r\nHost: pay.example\r\n") + forwardedFor
            + QByteArrayLiteral("Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 70000\r\n\r\n");
    };
    for (int i = 0; i < 25; ++i)
        QCOMPARE_EQ(rawExchange(f.address(), f.port(), oversized(QByteArray())).status(), 413);
    QCOMPARE_EQ(rawExchange(f.address(), f.port(), oversized(QByteArray())).status(), 413); // the tunnel is not throttled
    const QByteArray attacker = QByteArrayLiteral("X-Forwarded-For: 203.0.113.9\r\n");
    for (int i = 0; i < 21; ++i)
        QCOMPARE_EQ(rawExchange(f.address(), f.port(), oversized(attacker)).status(), 413);
    QCOMPARE_EQ(rawExchange(f.address(), f.port(), oversized(attacker)).status(), 429);
    const QByteArray payfast = QByteArrayLiteral("X-Forwarded-For: 41.74.179.200\r\n");
    QCOMPARE_EQ(rawExchange(f.address(), f.port(), oversized(payfast)).status(), 413); // others are not affected
    QTRY_COMPARE_WITH_TIMEOUT(f.scalar(QStringLiteral("SELECT COUNT(*) FROM refused_requests WHERE http_status = 413")), 48, 5000);
    QCOMPARE_EQ(f.scalar(QStringLiteral("SELECT COUNT(*) FROM refused_requests WHERE sender = '203.0.113.9'")), 22);
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 0);
}

void tst_Listener::smugglingShapesGetOneAnswer_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");

    // What each shape hides: a complete, validly signed ITN that would be stored if it were parsed as a request.
    const QByteArray smuggled = itnRequest(PayFastSender::sign(PayFastSender::itn(QStringLiteral("8001"))));
    const QByteArray length = QByteArray::number(smuggled.size());
    const QByteArray start = "POST /api/payments/itn HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n";
    const auto fillers = [](int count) {
        QByteArray lines;
        for (int i = 0; i < count; ++i)
            lines += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        return lines;
    };

    QTest::newRow("a header line without a colon, then a second request as the body")
        << start + "X-Note this line has no colon\r\nContent-Length: " + length + "\r\n\r\n" + smuggled << 400;
    QTest::newRow("Content-Length: -5") << start + "Content-Length: -5\r\n\r\n" + smuggled << 400;
    QTest::newRow("Content-Length: abc") << start + "Content-Length: abc\r\n\r\n" + smuggled << 400;
    QTest::newRow("Content-Length: 2^64-1") << start + "Content-Length: 18446744073709551615\r\n\r\n" + smuggled << 400;
    QTest::newRow("Content-Length: +N") << start + "Content-Length: +" + length + "\r\n\r\n" + smuggled << 400;
    QTest::newRow("Content-Length given twice, 0 first")
        << start + "Content-Length: 0\r\nContent-Length: " + length + "\r\n\r\n" + smuggled << 400;
    QTest::newRow("Content-Length with a space before its colon") << start + "Content-Length : 0\r\n\r\n" + smuggled << 400;
    QTest::newRow("Transfer-Encoding: chunked") << start + "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled << 400;
    QTest::newRow("Transfer-Encoding beside Content-Length")
        << start + "Content-Length: 5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + smuggled << 400;
    // 65 fields: one over the guard's 64. QHttpServer 6.4 would drop them all past 100; the guard answers 431.
    QTest::newRow("65 header fields") << start + fillers(62) + "Content-Length: 0\r\n\r\n" + smuggled << 431;
    QTest::newRow("101 header fields, Content-Length last") << start + fillers(98) + "Content-Length: 0\r\n\r\n" + smuggled << 431;
    QTest::newRow("a request line without a version") << "GET /healthz\r\n\r\n" + smuggled << 400;
    QTest::newRow("a request line of garbage") << "GARBAGE\r\n\r\n" + smuggled << 400;
    QTest::newRow("a request line of HTTP/9.9") << "GET /healthz HTTP/9.9\r\n\r\n" + smuggled << 400;
    QTest::newRow("a request target that is not a path") << "POST api/payments/itn HTTP/1.1\r\nContent-Length: 0\r\n\r\n" + smuggled << 400;
}

void tst_Listener::smugglingShapesGetOneAnswer()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    START_LISTENER_OR_FAIL(f, QStringLiteral("sqlite"), listenerConfig(loopback4()));
    const RawAnswer answer = rawExchange(f.address(), f.port(), request);
    QVERIFY2(answer.closedByServer, describe(answer).constData());
    QVERIFY2(answer.responses() == 1, describe(answer).constData());
    QCOMPARE_EQ(answer.status(), status);
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 0); // the hidden ITN was never parsed
    // And the listener is none the worse for it.
    Client client(f.address(), f.port());
    QCOMPARE_EQ(client.get(QStringLiteral("/healthz")).status, 200);
}

void tst_Listener::tricklingClientDoesNotStallOthers_data()
{
    QTest::addColumn<bool>("headFirst");
    QTest::newRow("a head trickled a few bytes every 500 ms") << false;
    QTest::newRow("a complete head, then a body trickled a few bytes every 500 ms") << true;
}

void tst_Listener::tricklingClientDoesNotStallOthers()
{
    QFETCH(bool, headFirst);
    ListenerConfig config = listenerConfig(loopback4());
    config.limits.requestDeadlineMs = 1500;
    START_LISTENER_OR_FAIL(f, QStringLiteral("sqlite"), config);

    const QByteArray slow = itnRequest(PayFastSender::sign(PayFastSender::itn(QStringLiteral("9001"))));
    QTcpSocket trickler;
    trickler.connectToHost(f.address(), f.port());
    QVERIFY(trickler.waitForConnected(5000));
    QElapsedTimer sinceConnected;
    sinceConnected.start();
    qsizetype sent = headFirst ? slow.indexOf("\r\n\r\n") + 4 : 3;
    trickler.write(slow.left(sent));
    QTimer drip;
    drip.setInterval(500);
    QObject::connect(&drip, &QTimer::timeout, &trickler, [&] {
        if (trickler.state() == QAbstractSocket::ConnectedState && sent < slow.size()) {
            trickler.write(slow.mid(sent, 3));
            sent += 3;
        }
    });
    drip.start();

    // Meanwhile PayFast's ITN goes straight through.
    Client client(f.address(), f.port());
    const HttpAnswer answer = client.post(itnPath(), PayFastSender::sign(PayFastSender::itn(QStringLiteral("9002"))));
    QCOMPARE_EQ(answer.status, 200);
    QCOMPARE_LT(answer.elapsedMs, 2000);

    // The trickler is cut off at its deadline, counted from its first byte, however often it sends more.
    QByteArray got;
    const bool cut = QTest::qWaitFor(
        [&] {
            got += trickler.readAll();
            return trickler.state() == QAbstractSocket::UnconnectedState;
        },
        6000);
    const qint64 cutAfterMs = sinceConnected.elapsed();
    got += trickler.readAll();
    drip.stop();
    QVERIFY2(cut, qPrintable(QStringLiteral("still connected after %1 ms, %2 of %3 bytes sent").arg(cutAfterMs).arg(sent).arg(slow.size())));
    QCOMPARE_GE(cutAfterMs, 1000);
    QCOMPARE_LE(cutAfterMs, 4000);
    QVERIFY2(got.isEmpty() || got.startsWith("HTTP/1.1 408"), got.constData());
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 1); // PayFast's, not the trickler's
}

void tst_Listener::idleConnectionsDoNotStopTheListener()
{
    START_LISTENER_OR_FAIL(f, QStringLiteral("sqlite"), listenerConfig(loopback4()));
    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 300; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(f.address(), f.port());
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(idle.cbegin(), idle.cend(),
                               [](const auto& s) { return s->state() == QAbstractSocket::ConnectedState; });
        },
        10000));

    Client client(f.address(), f.port());
    const HttpAnswer health = client.get(QStringLiteral("/healthz"));
    QCOMPARE_EQ(health.status, 200);
    QCOMPARE_LT(health.elapsedMs, 2000);
    const HttpAnswer itn = client.post(itnPath(), PayFastSender::sign(PayFastSender::itn(QStringLiteral("10001"))));
    QCOMPARE_EQ(itn.status, 200);
    QCOMPARE_LT(itn.elapsedMs, 2000);
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 1);
    // Answered beside the idle ones, not by dropping them (their deadline is the default 10 s).
    QVERIFY(std::all_of(idle.cbegin(), idle.cend(), [](const auto& s) { return s->state() == QAbstractSocket::ConnectedState; }));
}

void tst_Listener::connectionsOverTheCapAreTurnedAway()
{
    ListenerConfig config = listenerConfig(loopback4());
    config.limits.maxConnections = 50;
    config.limits.requestDeadlineMs = 2000;
    config.limits.idleTimeoutMs = 1000;
    START_LISTENER_OR_FAIL(f, QStringLiteral("sqlite"), config);

    std::vector<std::unique_ptr<QTcpSocket>> idle;
    for (int i = 0; i < 50; ++i) {
        idle.push_back(std::make_unique<QTcpSocket>());
        idle.back()->connectToHost(f.address(), f.port());
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(idle.cbegin(), idle.cend(),
                               [](const auto& s) { return s->state() == QAbstractSocket::ConnectedState; });
        },
        5000));

    // The 51st is accepted after the first 50 (the backlog is first in, first out) and turned away at once.
    QElapsedTimer timer;
    timer.start();
    const RawAnswer extra = rawExchange(f.address(), f.port(), QByteArray(), 3000);
    QVERIFY2(extra.closedByServer, describe(extra).constData());
    QVERIFY2(extra.bytes.isEmpty() || extra.status() == 503, describe(extra).constData());
    QCOMPARE_LT(timer.elapsed(), 1500); // before any idle one timed out: it was the cap, not a deadline

    // Connections that never send a request are dropped after the deadline, and room opens up again.
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(idle.cbegin(), idle.cend(),
                               [](const auto& s) { return s->state() == QAbstractSocket::UnconnectedState; });
        },
        5000));
    Client client(f.address(), f.port());
    QTRY_COMPARE_WITH_TIMEOUT(client.get(QStringLiteral("/healthz")).status, 200, 3000);
    // A kept-alive connection that goes quiet after its answer is dropped after the idle timeout too.
    QTcpSocket keptAlive;
    keptAlive.connectToHost(f.address(), f.port());
    QVERIFY(keptAlive.waitForConnected(5000));
    keptAlive.write("GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QVERIFY(QTest::qWaitFor([&] { return keptAlive.bytesAvailable() > 0; }, 3000));
    QVERIFY(keptAlive.readAll().startsWith("HTTP/1.1 200"));
    QElapsedTimer quiet;
    quiet.start();
    QVERIFY(QTest::qWaitFor([&] { return keptAlive.state() == QAbstractSocket::UnconnectedState; }, 5000));
    QCOMPARE_GE(quiet.elapsed(), 700);
}

void tst_Listener::declaredHugeBodiesDoNotGrowMemory()
{
    START_LISTENER_OR_FAIL(f, QStringLiteral("sqlite"), listenerConfig(loopback4()));
    const QByteArray head = "POST /api/payments/itn HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 60000000\r\n\r\n";
    // Warm up (first connection, first allocations) before measuring.
    QCOMPARE_EQ(rawExchange(f.address(), f.port(), head).status(), 413);
    const qint64 before = residentKiB();
    QVERIFY(before > 0);

    std::vector<std::unique_ptr<QTcpSocket>> clients;
    for (int i = 0; i < 50; ++i) {
        clients.push_back(std::make_unique<QTcpSocket>());
        clients.back()->connectToHost(f.address(), f.port());
    }
    for (const auto& socket : clients) {
        QVERIFY(socket->waitForConnected(5000));
        socket->write(head);
    }
    QVERIFY(QTest::qWaitFor(
        [&] {
            return std::all_of(clients.cbegin(), clients.cend(),
                               [](const auto& s) { return s->state() == QAbstractSocket::UnconnectedState; });
        },
        10000));
    for (const auto& socket : clients)
        QVERIFY2(socket->readAll().startsWith("HTTP/1.1 413"), "a 60 MB declaration was not answered 413");
    const qint64 grownKiB = residentKiB() - before;
    QVERIFY2(grownKiB < 20 * 1024, qPrintable(QStringLiteral("resident memory grew by %1 KiB").arg(grownKiB)));
    QCOMPARE_EQ(f.count(QStringLiteral("notifications")), 0);
}

QTEST_GUILESS_MAIN(tst_Listener)
#include "tst_listener.moc"
