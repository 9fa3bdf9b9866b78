// SPDX-License-Identifier: GPL-3.0-or-later
// Durability of `imalictl serve` as a process (SPEC §6 step 4, §7): an ITN answered 200 is never lost,
// whether the process is killed mid-burst, PostgreSQL stops taking connections, or another process
// holds SQLite's write lock; and however often PayFast retries, each payment is booked once.
#include "DatabaseUrl.h"
#include "ServeProcess.h"
#include "TestDatabases.h"
#include "payfast/FormEncoding.h"
#include "payfast/PayFastSigner.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include <csignal>
#include <functional>
#include <memory>

namespace {

using testcli::freePort;
using testcli::Serve;

QString imalictl()
{
    return QStringLiteral(IMALI_BIN_DIR) + QStringLiteral("/imalictl");
}

QString passphrase()
{
    return QStringLiteral("jt7NOE43FZPn");
}

QString merchantId()
{
    return QStringLiteral("10000100");
}


QList<int> paymentIds(int first, int last)
{
    QList<int> ids;
    for (int id = first; id <= last; ++id)
        ids.append(id);
    return ids;
}

QString joined(const QList<int>& ids, int max = 20)
{
    QStringList parts;
    for (int id : ids.mid(0, max))
        parts.append(QString::number(id));
    if (ids.size() > max)
        parts.append(QStringLiteral("… (%1 in all)").arg(ids.size()));
    return parts.join(QStringLiteral(", "));
}

/**
 * A COMPLETE for R 883.33 as PayFast posts it (fields in PayFast's order, empty ones included,
 * signed with the passphrase), for a payment whose m_payment_id is no checkout of ours: the
 * processor books it as unallocated money.
 */
QByteArray signedItn(int pfPaymentId)
{
    imali::FormFields f{{QStringLiteral("m_payment_id"), QStringLiteral("c0ffee00-not-one-of-ours")},
                        {QStringLiteral("pf_payment_id"), QString::number(pfPaymentId)},
                        {QStringLiteral("payment_status"), QStringLiteral("COMPLETE")},
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
    f.append({QStringLiteral("signature"), QString::fromLatin1(imali::signItn(f, passphrase()).signature)});
    return imali::encodeForm(f);
}

QByteArray itnRequest(int pfPaymentId)
{
    const QByteArray body = signedItn(pfPaymentId);
    return "POST /api/payments/itn HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded\r\n"
           "Content-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// The status of the response that starts \a bytes (0 before a whole status line arrived).
int statusOf(const QByteArray& bytes)
{
    if (!bytes.startsWith("HTTP/1.1 ") || bytes.size() < 12)
        return 0;
    return bytes.mid(9, 3).toInt();
}

/// True when \a bytes hold a whole response (head and Content-Length bytes of body).
bool isComplete(const QByteArray& bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    for (const QByteArray& line : bytes.left(end).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            return bytes.size() - end - 4 >= line.mid(15).trimmed().toLongLong();
    return true;
}

/**
 * PayFast delivering ITNs over several connections at once, one request per connection on raw
 * sockets, so that it is known exactly what each pf_payment_id got: the status of its answer, or 0
 * when none came (connection refused or reset, or no answer within the deadline). A status line
 * that arrived counts as that answer, even if the rest was cut off: the server had committed to it.
 */
class Burst
{
public:
    Burst(quint16 port, QList<int> ids, int connections)
        : m_port(port)
        , m_ids(std::move(ids))
        , m_connections(connections)
    {
    }
    ~Burst()
    {
        // Sockets still in flight (a run that timed out) go quietly: nothing may call back into this.
        const QObjectList sockets = m_context.children();
        for (QObject* socket : sockets)
            QObject::disconnect(socket, nullptr, nullptr, nullptr);
        qDeleteAll(sockets);
    }
    Burst(const Burst&) = delete;
    Burst& operator=(const Burst&) = delete;

    /// Hears each answer as it arrives (status 0 too), in arrival order.
    std::function<void(int id, int status)> onAnswer;

    /// Sends every ITN; true when every exchange ended within \a timeoutMs.
    bool run(int timeoutMs)
    {
        QEventLoop loop;
        m_loop = &loop;
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        launch();
        if (m_ended < m_ids.size())
            loop.exec();
        m_loop = nullptr;
        return m_ended == m_ids.size();
    }

    QList<int> idsWith(int status) const
    {
        QList<int> ids;
        for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
            if (it.value() == status)
                ids.append(it.key());
        return ids;
    }
    int count(int status) const { return static_cast<int>(idsWith(status).size()); }
    qint64 slowestMs() const { return m_slowestMs; }

    QString summary() const
    {
        QMap<int, int> byStatus;
        for (int status : m_statuses)
            ++byStatus[status];
        QStringList parts;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it)
            parts.append(QStringLiteral("%1: %2").arg(it.key() == 0 ? QStringLiteral("no answer") : QString::number(it.key()))
                             .arg(it.value()));
        return parts.join(QStringLiteral(", "));
    }

private:
    void launch()
    {
        while (m_inFlight < m_connections && m_next < m_ids.size()) {
            const int id = m_ids.at(m_next++);
            ++m_inFlight;
            auto* socket = new QTcpSocket(&m_context);
            auto received = std::make_shared<QByteArray>();
            auto ended = std::make_shared<bool>(false);
            auto clock = std::make_shared<QElapsedTimer>();
            clock->start();
            const auto end = [this, socket, received, ended, clock, id] {
                if (*ended)
                    return;
                *ended = true;
                *received += socket->readAll();
                QObject::disconnect(socket, nullptr, nullptr, nullptr);
                socket->abort();
                socket->deleteLater();
                const int status = statusOf(*received);
                m_statuses.insert(id, status);
                m_slowestMs = std::max(m_slowestMs, clock->elapsed());
                --m_inFlight;
                ++m_ended;
                if (onAnswer)
                    onAnswer(id, status);
                launch();
                if (m_ended == m_ids.size() && m_loop)
                    m_loop->quit();
            };
            QObject::connect(socket, &QTcpSocket::connected, socket, [socket, id] { socket->write(itnRequest(id)); });
            QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket, received, end] {
                *received += socket->readAll();
                if (isComplete(*received))
                    end();
            });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, end);
            QObject::connect(socket, &QTcpSocket::errorOccurred, socket, end);
            QTimer::singleShot(AnswerDeadlineMs, socket, end);
            socket->connectToHost(QHostAddress::LocalHost, m_port);
        }
    }

    static constexpr int AnswerDeadlineMs = 20000; // the listener's SQLite busy timeout is 10 s
    quint16 m_port;
    QList<int> m_ids;
    int m_connections;
    QObject m_context; // owns the sockets in flight
    QEventLoop* m_loop = nullptr;
    qsizetype m_next = 0;
    int m_inFlight = 0;
    qsizetype m_ended = 0;
    QMap<int, int> m_statuses;
    qint64 m_slowestMs = 0;
};

/// A GET on a fresh connection; the status, or 0.
int getStatus(quint16 port, const QByteArray& path)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    if (!socket.waitForConnected(5000))
        return 0;
    socket.write("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n");
    QByteArray bytes;
    [[maybe_unused]] const bool answered = QTest::qWaitFor(
        [&] {
            bytes += socket.readAll();
            return isComplete(bytes) || socket.state() == QAbstractSocket::UnconnectedState;
        },
        15000);
    return statusOf(bytes);
}

/**
 * The test's own look into a ledger: a fresh connection for each question, since a PostgreSQL
 * session may have been terminated in between. Empty result and \a error set when it fails.
 */
class LedgerPeek
{
public:
    explicit LedgerPeek(const QString& url)
        : m_url(url)
    {
    }

    /// Rows of \a table (notifications or transactions) per PayFast pf_payment_id.
    QHash<int, int> rowsPerPayment(const QString& table, QString* error) const
    {
        QHash<int, int> rows;
        query(QStringLiteral("SELECT provider_id, COUNT(*) FROM %1 WHERE provider = 'payfast' GROUP BY provider_id").arg(table),
              error, [&rows](QSqlQuery& q) { rows.insert(q.value(0).toString().toInt(), q.value(1).toInt()); });
        return rows;
    }

    qint64 scalar(const QString& statement, QString* error) const
    {
        qint64 value = -1;
        query(statement, error, [&value](QSqlQuery& q) { value = q.value(0).toLongLong(); });
        return value;
    }

    /// Waits until no stored notification is pending; empty, or what was still pending.
    QString waitUntilProcessed(int timeoutMs) const
    {
        QString error;
        qint64 pending = -1;
        const bool done = QTest::qWaitFor(
            [&] {
                error.clear();
                pending = scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE processing = 'pending'"), &error);
                return error.isEmpty() && pending == 0;
            },
            timeoutMs);
        if (done) {
            const qint64 other = scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE processing <> 'processed'"), &error);
            if (!error.isEmpty())
                return error;
            return other == 0 ? QString() : QStringLiteral("%1 notifications were rejected or flagged").arg(other);
        }
        if (!error.isEmpty())
            return error;
        QStringList rows;
        query(QStringLiteral("SELECT id, provider_id, attempts, outcome FROM notifications WHERE processing = 'pending' ORDER BY id LIMIT 5"),
              &error, [&rows](QSqlQuery& q) {
                  rows.append(QStringLiteral("notification %1 (pf_payment_id %2, %3 attempts: \"%4\")")
                                  .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString()));
              });
        return QStringLiteral("%1 notifications still pending after %2 ms: %3").arg(pending).arg(timeoutMs).arg(rows.join(QStringLiteral("; ")));
    }

    /**
     * Every id in \a ids has exactly one stored notification and one transaction, and no
     * pf_payment_id has more than one of either; empty, or what is wrong.
     */
    QString eachStoredAndBookedOnce(const QList<int>& ids) const
    {
        QString error;
        const QHash<int, int> stored = rowsPerPayment(QStringLiteral("notifications"), &error);
        if (!error.isEmpty())
            return error;
        const QHash<int, int> booked = rowsPerPayment(QStringLiteral("transactions"), &error);
        if (!error.isEmpty())
            return error;
        QList<int> notStored, notBooked, storedTwice, bookedTwice;
        for (int id : ids) {
            if (stored.value(id) == 0)
                notStored.append(id);
            if (booked.value(id) == 0)
                notBooked.append(id);
        }
        for (auto it = stored.cbegin(); it != stored.cend(); ++it)
            if (it.value() > 1)
                storedTwice.append(it.key());
        for (auto it = booked.cbegin(); it != booked.cend(); ++it)
            if (it.value() > 1)
                bookedTwice.append(it.key());
        QStringList wrong;
        if (!notStored.isEmpty())
            wrong.append(QStringLiteral("not stored: %1").arg(joined(notStored)));
        if (!notBooked.isEmpty())
            wrong.append(QStringLiteral("not booked: %1").arg(joined(notBooked)));
        if (!storedTwice.isEmpty())
            wrong.append(QStringLiteral("stored twice: %1").arg(joined(storedTwice)));
        if (!bookedTwice.isEmpty())
            wrong.append(QStringLiteral("booked twice: %1").arg(joined(bookedTwice)));
        return wrong.join(QStringLiteral("; "));
    }

private:
    void query(const QString& statement, QString* error, const std::function<void(QSqlQuery&)>& row) const
    {
        const QString name = QStringLiteral("tst-durability-peek");
        {
            QSqlDatabase db = open(m_url, name, error);
            if (error->isEmpty()) {
                QSqlQuery q(db);
                if (!q.exec(statement))
                    *error = q.lastError().text();
                while (error->isEmpty() && q.next())
                    row(q);
            }
        }
        QSqlDatabase::removeDatabase(name);
    }

public:
    /// A connection to the ledger at \a url under \a name (the caller removes it).
    static QSqlDatabase open(const QString& url, const QString& name, QString* error)
    {
        auto parsed = imali::DatabaseUrl::parse(url);
        if (!parsed) {
            *error = parsed.error().message;
            return {};
        }
        QSqlDatabase db;
        if (parsed->isPostgres()) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(parsed->host);
            db.setPort(parsed->port);
            db.setUserName(parsed->user);
            db.setDatabaseName(parsed->database);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(parsed->path);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        if (!db.open())
            *error = db.lastError().text();
        return db;
    }

private:
    QString m_url;
};

/// Runs statements on the test cluster's `postgres` database, outside any ledger; empty or the error.
QString adminExec(const QStringList& statements)
{
    auto server = imali::DatabaseUrl::parse(qEnvironmentVariable("IMALI_TEST_POSTGRES_URL"));
    if (!server)
        return server.error().message;
    QString error;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("tst-durability-admin"));
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
    QSqlDatabase::removeDatabase(QStringLiteral("tst-durability-admin"));
    return error;
}

/// What an `imalictl` command did.
struct CtlResult {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

/**
 * One scratch ledger (SQLite file or PostgreSQL database), initialised by `imalictl ledger init`,
 * and the environment every `imalictl` run on it gets: SPEC §4 names, XDG folders and key file
 * in a temporary folder, a free loopback port for the listener.
 */
class Rig
{
public:
    explicit Rig(const QString& backend)
        : m_scratch(backend)
        , m_port(freePort())
    {
    }

    /// Empty on success, else what went wrong.
    QString setUp()
    {
        if (!m_scratch.error().isEmpty())
            return m_scratch.error();
        if (!m_dir.isValid())
            return QStringLiteral("could not create a temporary folder");
        m_env = QProcessEnvironment::systemEnvironment();
        for (const QString& name : m_env.keys())
            if (name.startsWith(QLatin1String("PAYFAST_")) || name.startsWith(QLatin1String("IMALI_")))
                m_env.remove(name);
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        m_env.insert(QStringLiteral("IMALI_KEY_FILE"), m_dir.filePath(QStringLiteral("key")));
        m_env.insert(QStringLiteral("IMALI_DATABASE_URL"), m_scratch.url());
        m_env.insert(QStringLiteral("IMALI_ITN_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(m_port));
        m_env.insert(QStringLiteral("IMALI_ITN_ALLOWED_SOURCES"), QStringLiteral("127.0.0.1/32"));
        m_env.insert(QStringLiteral("PAYFAST_MERCHANT_ID"), merchantId());
        m_env.insert(QStringLiteral("PAYFAST_PASSPHRASE"), passphrase());
        m_env.insert(QStringLiteral("PAYFAST_SERVER_CONFIRMATION"), QStringLiteral("false"));
        const CtlResult init = ctl({QStringLiteral("ledger"), QStringLiteral("init")});
        if (init.exitCode != 0)
            return QStringLiteral("ledger init exited %1: %2").arg(init.exitCode).arg(QString::fromUtf8(init.err));
        return {};
    }

    CtlResult ctl(const QStringList& arguments) const
    {
        CtlResult result;
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.start(imalictl(), arguments);
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished(5000);
            result.err = "did not finish within 60 s";
            return result;
        }
        result.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        result.out = p.readAllStandardOutput();
        result.err = p.readAllStandardError();
        return result;
    }

    /// `imalictl audit verify`: empty when it exits 0, else what it said.
    QString auditVerify() const
    {
        const CtlResult r = ctl({QStringLiteral("audit"), QStringLiteral("verify")});
        return r.exitCode == 0 ? QString() : QStringLiteral("exit %1: %2%3").arg(r.exitCode).arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
    }

    QProcessEnvironment environment() const { return m_env; }
    quint16 port() const { return m_port; }
    QString url() const { return m_scratch.url(); }
    LedgerPeek peek() const { return LedgerPeek(m_scratch.url()); }

private:
    testdb::Scratch m_scratch; // first: the PostgreSQL database is dropped after everything else
    QTemporaryDir m_dir;
    quint16 m_port;
    QProcessEnvironment m_env;
};

#define SET_UP_OR_FAIL(rig)                                                                                      \
    do {                                                                                                         \
        const QString setUpError_ = (rig).setUp();                                                               \
        QVERIFY2(setUpError_.isEmpty(), qPrintable(setUpError_));                                                \
    } while (false)

#define EMPTY_OR_FAIL(expression)                                                                                \
    do {                                                                                                         \
        const QString problem_ = (expression);                                                                   \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                      \
    } while (false)

} // namespace

/** An ITN answered 200 by `imalictl serve` is never lost, and no payment is ever booked twice. */
class tst_Durability : public QObject
{
    Q_OBJECT

private slots:
    void killedMidBurstLosesNoAnsweredItn_data() { testdb::addBackendRows(); }
    void killedMidBurstLosesNoAnsweredItn();
    void postgresRefusingConnectionsIsAnswered503UntilItIsBack_data();
    void postgresRefusingConnectionsIsAnswered503UntilItIsBack();
    void sqliteWriteLockHeldElsewhereDelaysAnswersButLosesNothing_data();
    void sqliteWriteLockHeldElsewhereDelaysAnswersButLosesNothing();
};

void tst_Durability::killedMidBurstLosesNoAnsweredItn()
{
    QFETCH(QString, backend);
    Rig rig(backend);
    SET_UP_OR_FAIL(rig);
    Serve serve(rig.environment());
    EMPTY_OR_FAIL(serve.start());

    // 300 distinct payments over 8 connections; SIGKILL a few milliseconds after the 100th 200, while
    // the listener is busy with the next ones (some stored, some booked, their answers not yet sent).
    const QList<int> all = paymentIds(1, 300);
    Burst burst(rig.port(), all, 8);
    int okBeforeKill = 0;
    bool killScheduled = false;
    bool killed = false;
    QObject killer; // the kill is cancelled if this case ends first
    burst.onAnswer = [&](int, int status) {
        if (status == 200 && !killScheduled && ++okBeforeKill == 100) {
            killScheduled = true;
            QTimer::singleShot(3, &killer, [&] { killed = serve.killHard(); });
        }
    };
    QVERIFY2(burst.run(60000), qPrintable(burst.summary()));
    QTRY_VERIFY2_WITH_TIMEOUT(killed, qPrintable(burst.summary()), 15000);
    const QList<int> answered = burst.idsWith(200);
    // Nothing else is possible: a 200, or no answer from a process that is gone.
    QVERIFY2(burst.count(200) + burst.count(0) == all.size(), qPrintable(burst.summary()));
    QVERIFY2(answered.size() >= 100 && answered.size() < all.size(), qPrintable(burst.summary()));

    // Before anything restarts, every 200 is already on disk.
    const LedgerPeek peek = rig.peek();
    QString error;
    const QHash<int, int> storedAtKill = peek.rowsPerPayment(QStringLiteral("notifications"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QHash<int, int> bookedAtKill = peek.rowsPerPayment(QStringLiteral("transactions"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const qint64 pendingAtKill = peek.scalar(QStringLiteral("SELECT COUNT(*) FROM notifications WHERE processing = 'pending'"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<int> lost;
    for (int id : answered)
        if (!storedAtKill.contains(id))
            lost.append(id);
    qInfo("%s: killed after %d answers of 200 (%s); at the kill %d stored, %d booked, %lld still pending", qPrintable(backend),
          int(answered.size()), qPrintable(burst.summary()), int(storedAtKill.size()), int(bookedAtKill.size()), pendingAtKill);
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("answered 200 but not stored: %1").arg(joined(lost))));

    // The same ledger again: what was stored but not booked yet is picked up on start.
    EMPTY_OR_FAIL(serve.start());
    {
        const QString problem = peek.waitUntilProcessed(20000);
        QVERIFY2(problem.isEmpty(), qPrintable(problem + QStringLiteral("\n") + serve.log()));
    }
    EMPTY_OR_FAIL(peek.eachStoredAndBookedOnce(answered));
    // Everything stored (answered or not) is booked once, and nothing else is.
    const QList<int> storedAfterRestart = peek.rowsPerPayment(QStringLiteral("notifications"), &error).keys();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    EMPTY_OR_FAIL(peek.eachStoredAndBookedOnce(storedAfterRestart));
    QCOMPARE_EQ(peek.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions"), &error), qint64(storedAfterRestart.size()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    EMPTY_OR_FAIL(rig.auditVerify());

    // PayFast retries what got no 200; here all 300 come again. Each is 200, none booked twice.
    Burst retry(rig.port(), all, 8);
    QVERIFY2(retry.run(60000), qPrintable(retry.summary()));
    QVERIFY2(retry.count(200) == all.size(), qPrintable(retry.summary()));
    EMPTY_OR_FAIL(peek.waitUntilProcessed(20000));
    EMPTY_OR_FAIL(peek.eachStoredAndBookedOnce(all));
    QCOMPARE_EQ(peek.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions"), &error), qint64(all.size()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    EMPTY_OR_FAIL(rig.auditVerify());
    EMPTY_OR_FAIL(serve.stop());
}

void tst_Durability::postgresRefusingConnectionsIsAnswered503UntilItIsBack_data()
{
    QTest::addColumn<QString>("backend");
    if (testdb::backends().contains(QStringLiteral("postgres")))
        QTest::newRow("on postgres: the ledger's database refuses connections mid-burst") << QStringLiteral("postgres");
}

void tst_Durability::postgresRefusingConnectionsIsAnswered503UntilItIsBack()
{
    if (!QTest::currentDataTag())
        return; // IMALI_TEST_NO_POSTGRES=1: there is no PostgreSQL server to take away
    QFETCH(QString, backend);
    Rig rig(backend);
    SET_UP_OR_FAIL(rig);
    auto url = imali::DatabaseUrl::parse(rig.url());
    QVERIFY(url.ok());
    const QString database = url->database;
    Serve serve(rig.environment());
    EMPTY_OR_FAIL(serve.start());
    const qint64 pid = serve.pid();

    // 200 payments over 4 connections; after 50 answers of 200 the database takes no connections
    // and its sessions (the listener's among them) are terminated. The cluster itself stays up.
    const QList<int> all = paymentIds(1, 200);
    Burst burst(rig.port(), all, 4);
    int ok = 0;
    bool away = false;
    QString adminError;
    int healthWhileAway = 0;
    burst.onAnswer = [&](int, int status) {
        if (status == 200 && !away && ++ok == 50) {
            away = true;
            adminError = adminExec({QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS false").arg(database),
                                    QStringLiteral("SELECT pg_terminate_backend(pid, 5000) FROM pg_stat_activity "
                                                   "WHERE datname = '%1' AND pid <> pg_backend_pid()").arg(database)});
        }
    };
    const bool ended = burst.run(60000);
    healthWhileAway = getStatus(rig.port(), QByteArrayLiteral("/healthz"));
    const QString allowError = adminExec({QStringLiteral("ALTER DATABASE %1 ALLOW_CONNECTIONS true").arg(database)});
    QVERIFY2(adminError.isEmpty(), qPrintable(adminError));
    QVERIFY2(allowError.isEmpty(), qPrintable(allowError));
    QVERIFY2(ended && away, qPrintable(burst.summary()));
    // Every request was answered (the listener stayed up), each with 200 or 503.
    QVERIFY2(burst.count(200) + burst.count(503) == all.size(), qPrintable(burst.summary()));
    const QList<int> refused = burst.idsWith(503);
    QVERIFY2(!refused.isEmpty(), qPrintable(burst.summary()));
    QCOMPARE_EQ(healthWhileAway, 503);
    QVERIFY(serve.isRunning());

    // No 200 for something not stored.
    const LedgerPeek peek = rig.peek();
    QString error;
    const QHash<int, int> stored = peek.rowsPerPayment(QStringLiteral("notifications"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QList<int> lost;
    for (int id : burst.idsWith(200))
        if (!stored.contains(id))
            lost.append(id);
    qInfo("postgres: %s while the database was away; %d stored", qPrintable(burst.summary()), int(stored.size()));
    QVERIFY2(lost.isEmpty(), qPrintable(QStringLiteral("answered 200 but not stored: %1").arg(joined(lost))));

    // PayFast retries the 503s once the database is back: 200, with the same process.
    Burst retry(rig.port(), refused, 4);
    QVERIFY2(retry.run(60000), qPrintable(retry.summary()));
    QVERIFY2(retry.count(200) == refused.size(), qPrintable(retry.summary()));
    EMPTY_OR_FAIL(peek.waitUntilProcessed(20000));
    EMPTY_OR_FAIL(peek.eachStoredAndBookedOnce(all));
    QCOMPARE_EQ(peek.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions"), &error), qint64(all.size()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE_EQ(getStatus(rig.port(), QByteArrayLiteral("/healthz")), 200);
    QVERIFY(serve.isRunning());
    QCOMPARE_EQ(serve.pid(), pid);
    QCOMPARE_EQ(serve.starts(), 1);
    EMPTY_OR_FAIL(rig.auditVerify());
    EMPTY_OR_FAIL(serve.stop());
}

void tst_Durability::sqliteWriteLockHeldElsewhereDelaysAnswersButLosesNothing_data()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("on sqlite: another process holds the write lock for 3 s") << QStringLiteral("sqlite");
}

void tst_Durability::sqliteWriteLockHeldElsewhereDelaysAnswersButLosesNothing()
{
    QFETCH(QString, backend);
    Rig rig(backend);
    SET_UP_OR_FAIL(rig);
    Serve serve(rig.environment());
    EMPTY_OR_FAIL(serve.start());

    const QString holder = QStringLiteral("tst-durability-lock-holder");
    const QList<int> all = paymentIds(1, 60);
    Burst burst(rig.port(), all, 4);
    bool released = false;
    int answeredWhileLocked = 0;
    QString lockError;
    qint64 heldMs = 0;
    {
        QSqlDatabase db = LedgerPeek::open(rig.url(), holder, &lockError);
        QVERIFY2(lockError.isEmpty(), qPrintable(lockError));
        QSqlQuery begin(db);
        QVERIFY2(begin.exec(QStringLiteral("BEGIN IMMEDIATE")), qPrintable(begin.lastError().text()));
        QElapsedTimer held;
        held.start();
        QObject releaser; // the COMMIT is cancelled if this case ends first
        QTimer::singleShot(3000, Qt::PreciseTimer, &releaser, [&] {
            QSqlQuery commit(db);
            if (!commit.exec(QStringLiteral("COMMIT")))
                lockError = commit.lastError().text();
            heldMs = held.elapsed();
            released = true;
        });
        burst.onAnswer = [&](int, int status) {
            if (status == 200 && !released)
                ++answeredWhileLocked;
        };
        QVERIFY2(burst.run(60000), qPrintable(burst.summary()));
        QTRY_VERIFY_WITH_TIMEOUT(released, 5000);
    }
    QSqlDatabase::removeDatabase(holder);
    QVERIFY2(lockError.isEmpty(), qPrintable(lockError));
    qInfo("sqlite: lock held %lld ms; %s; slowest answer %lld ms", heldMs, qPrintable(burst.summary()), burst.slowestMs());
    // Nothing could be stored while the lock was held, so no 200 came before it went.
    QCOMPARE_EQ(answeredWhileLocked, 0);
    QVERIFY2(burst.count(200) + burst.count(503) == all.size(), qPrintable(burst.summary()));

    // A 503 (the busy timeout ran out) is retried by PayFast: 200 now.
    const QList<int> refused = burst.idsWith(503);
    if (!refused.isEmpty()) {
        Burst retry(rig.port(), refused, 4);
        QVERIFY2(retry.run(60000), qPrintable(retry.summary()));
        QVERIFY2(retry.count(200) == refused.size(), qPrintable(retry.summary()));
    }
    const LedgerPeek peek = rig.peek();
    EMPTY_OR_FAIL(peek.waitUntilProcessed(20000));
    EMPTY_OR_FAIL(peek.eachStoredAndBookedOnce(all));
    QString error;
    QCOMPARE_EQ(peek.scalar(QStringLiteral("SELECT COUNT(*) FROM transactions"), &error), qint64(all.size()));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    EMPTY_OR_FAIL(rig.auditVerify());
    EMPTY_OR_FAIL(serve.stop());
}

QTEST_GUILESS_MAIN(tst_Durability)
#include "tst_durability.moc"
