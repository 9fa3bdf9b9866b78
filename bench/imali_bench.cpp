// SPDX-License-Identifier: GPL-3.0-or-later
// imali-bench: the load generator and stand-ins behind bench/listener.sh and bench/signing.sh.
//
//   imali-bench payfast PORT MERCHANT_ID      PayFast's validate endpoint: VALID for a well-formed ITN of
//                                              that merchant; GET /count says how many it confirmed
//   imali-bench ceiling PORT                   a bare QHttpServer route answering every ITN 200 (the ceiling)
//   imali-bench load PORT OPTIONS              posts distinct signed ITNs and measures the answers
//       --rate R          open loop: R ITNs a second on a schedule, each on a new connection (as PayFast);
//                         latency counts from the scheduled moment, so a stall is not hidden
//       --connections C   closed loop without --rate: C kept-alive connections, each posting as soon as it
//                         has its answer; with --rate: the most connections open at once
//       --seconds S, --first-id N (pf_payment_id of the first ITN), --passphrase P, --merchant-id M
//       --payfast-port Q  after the last answer, wait until the stand-in confirmed every ITN and say how long
//   imali-bench sign [--seconds S]             signatures a second (ITN, checkout, ITN verification)
//
// Output is one line of key=value pairs per run, for the scripts to collect.
#include "payfast/FormEncoding.h"
#include "payfast/PayFastSigner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <functional>
#include <memory>
#include <vector>

using namespace imali;

namespace
{

void print(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

/// An ITN as PayFast posts it (fields in PayFast's order, signed) for money that matches no checkout:
/// the listener stores it, PayFast confirms it and it is booked as unallocated, like any real payment.
QByteArray itnBody(qint64 pfPaymentId, const QString& merchantId, const QString& passphrase)
{
    FormFields f {{QStringLiteral("m_payment_id"), QStringLiteral("bench-%1").arg(pfPaymentId)},
                  {QStringLiteral("pf_payment_id"), QString::number(pfPaymentId)},
                  {QStringLiteral("payment_status"), QStringLiteral("COMPLETE")},
                  {QStringLiteral("item_name"), QStringLiteral("Invoice INV-%1").arg(pfPaymentId)},
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
    f.append({QStringLiteral("merchant_id"), merchantId});
    f.append({QStringLiteral("signature"), QString::fromLatin1(signItn(f, passphrase).signature)});
    return encodeForm(f);
}

QByteArray itnRequest(const QByteArray& body, bool keepAlive)
{
    return "POST /api/payments/itn HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: imali-bench\r\n"
           "Content-Type: application/x-www-form-urlencoded\r\nConnection: "
        + QByteArray(keepAlive ? "keep-alive" : "close")
        + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

/// Bytes of the first whole response in \a bytes (head and Content-Length body), or 0 when incomplete.
qsizetype completeResponse(const QByteArray& bytes)
{
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return 0;
    qint64 length = 0;
    for (const QByteArray& line : bytes.left(end).split('\n'))
        if (line.toLower().startsWith("content-length:"))
            length = line.mid(15).trimmed().toLongLong();
    return bytes.size() - end - 4 >= length ? end + 4 + length : 0;
}

int statusOf(const QByteArray& bytes)
{
    return bytes.startsWith("HTTP/1.") && bytes.size() >= 12 ? bytes.mid(9, 3).toInt() : 0;
}

double percentile(std::vector<double> sorted, double p)
{
    if (sorted.empty())
        return 0;
    std::sort(sorted.begin(), sorted.end());
    const auto at = static_cast<std::size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(at, sorted.size() - 1)];
}

struct LoadOptions {
    quint16 port = 0;
    double rate = 0;
    int connections = 1;
    int seconds = 10;
    qint64 firstId = 1;
    QString passphrase;
    QString merchantId = QStringLiteral("10000100");
    quint16 payfastPort = 0;
};

/** The load generator: one thread, raw sockets, every answer timed. */
class Load : public QObject
{
public:
    explicit Load(const LoadOptions& o) : m_o(o), m_nextId(o.firstId) { }

    void start()
    {
        m_clock.start();
        if (m_o.rate > 0) {
            m_tick = new QTimer(this);
            m_tick->setTimerType(Qt::PreciseTimer);
            connect(m_tick, &QTimer::timeout, this, &Load::schedule);
            m_tick->start(1);
        } else {
            for (int i = 0; i < m_o.connections; ++i)
                openKeptAlive();
        }
    }

private:
    struct Exchange {
        QTcpSocket* socket = nullptr;
        QByteArray received;
        double dueUs = 0; ///< when the request was due (open loop) or sent (closed loop)
        bool ended = false;
        bool inFlight = false; ///< a request was sent and its answer has not arrived
    };

    double nowUs() const { return static_cast<double>(m_clock.nsecsElapsed()) / 1000.0; }
    bool sending() const { return nowUs() < m_o.seconds * 1e6; }

    // Open loop: every ITN has its moment; one that cannot go yet (all connections busy) waits its turn.
    void schedule()
    {
        const double now = nowUs();
        const auto total = static_cast<qint64>(m_o.rate * m_o.seconds);
        while (m_scheduled < total && m_dueUs <= now) {
            m_queue.push_back(m_dueUs);
            ++m_scheduled;
            m_dueUs = static_cast<double>(m_scheduled) * 1e6 / m_o.rate;
        }
        while (!m_queue.empty() && m_open < m_o.connections) {
            sendOnNewConnection(m_queue.front());
            m_queue.pop_front();
        }
        if (m_scheduled >= total && m_queue.empty()) {
            m_tick->stop();
            maybeFinish();
        }
    }

    void sendOnNewConnection(double dueUs)
    {
        auto* socket = new QTcpSocket(this);
        auto exchange = std::make_shared<Exchange>();
        exchange->socket = socket;
        exchange->dueUs = dueUs;
        const QByteArray request = itnRequest(itnBody(m_nextId++, m_o.merchantId, m_o.passphrase), false);
        ++m_open;
        ++m_sent;
        m_peak = std::max(m_peak, m_open);
        connect(socket, &QTcpSocket::connected, socket, [socket, request] { socket->write(request); });
        connect(socket, &QTcpSocket::readyRead, socket, [this, exchange] {
            exchange->received += exchange->socket->readAll();
            if (completeResponse(exchange->received) > 0)
                endOneShot(exchange);
        });
        connect(socket, &QTcpSocket::disconnected, socket, [this, exchange] { endOneShot(exchange); });
        connect(socket, &QTcpSocket::errorOccurred, socket, [this, exchange] { endOneShot(exchange); });
        socket->connectToHost(QHostAddress::LocalHost, m_o.port);
    }

    void endOneShot(const std::shared_ptr<Exchange>& exchange)
    {
        if (exchange->ended)
            return;
        exchange->ended = true;
        exchange->received += exchange->socket->readAll();
        record(statusOf(exchange->received), nowUs() - exchange->dueUs);
        disconnect(exchange->socket, nullptr, this, nullptr);
        exchange->socket->disconnect();
        exchange->socket->abort();
        exchange->socket->deleteLater();
        --m_open;
        schedule();
    }

    // Closed loop: a kept-alive connection posts the next ITN as soon as it has its answer.
    void openKeptAlive()
    {
        auto* socket = new QTcpSocket(this);
        auto exchange = std::make_shared<Exchange>();
        exchange->socket = socket;
        ++m_open;
        m_peak = std::max(m_peak, m_open);
        const auto sendNext = [this, exchange] {
            if (!sending()) {
                closeKeptAlive(exchange);
                return;
            }
            exchange->received.clear();
            exchange->dueUs = nowUs();
            exchange->inFlight = true;
            ++m_sent;
            exchange->socket->write(itnRequest(itnBody(m_nextId++, m_o.merchantId, m_o.passphrase), true));
        };
        connect(socket, &QTcpSocket::connected, socket, sendNext);
        connect(socket, &QTcpSocket::readyRead, socket, [this, exchange, sendNext] {
            exchange->received += exchange->socket->readAll();
            const qsizetype whole = completeResponse(exchange->received);
            if (whole == 0)
                return;
            const int status = statusOf(exchange->received);
            exchange->inFlight = false;
            record(status, nowUs() - exchange->dueUs);
            exchange->received.remove(0, whole);
            if (status != 200) { // refused (the connection cap answers 503 and closes): not retried
                ++m_refusedConnections;
                closeKeptAlive(exchange);
                return;
            }
            sendNext();
        });
        const auto lost = [this, exchange] {
            // Dropped by the server: the request in flight got no whole answer.
            if (exchange->ended)
                return;
            if (exchange->inFlight)
                record(statusOf(exchange->received + exchange->socket->readAll()), nowUs() - exchange->dueUs);
            ++m_refusedConnections;
            closeKeptAlive(exchange);
        };
        connect(socket, &QTcpSocket::disconnected, socket, lost);
        connect(socket, &QTcpSocket::errorOccurred, socket, lost);
        socket->connectToHost(QHostAddress::LocalHost, m_o.port);
    }

    void closeKeptAlive(const std::shared_ptr<Exchange>& exchange)
    {
        if (exchange->ended)
            return;
        exchange->ended = true;
        exchange->socket->disconnect();
        exchange->socket->abort();
        exchange->socket->deleteLater();
        --m_open;
        maybeFinish();
    }

    void record(int status, double latencyUs)
    {
        ++m_statuses[status];
        if (status != 0)
            m_latenciesUs.push_back(latencyUs);
        m_lastAnswerUs = nowUs();
    }

    void maybeFinish()
    {
        if (m_open > 0 || m_finishing || (m_tick && m_tick->isActive()))
            return;
        m_finishing = true;
        const double elapsedS = m_lastAnswerUs / 1e6;
        const qint64 ok = m_statuses.value(200);
        QStringList statuses;
        for (auto it = m_statuses.cbegin(); it != m_statuses.cend(); ++it)
            statuses.append(QStringLiteral("%1:%2")
                                .arg(it.key() == 0 ? QStringLiteral("none") : QString::number(it.key()))
                                .arg(it.value()));
        m_result = QStringLiteral(
                       "sent=%1 answered_200=%2 statuses=%3 seconds=%4 rps=%5 p50_ms=%6 p99_ms=%7 max_ms=%8 "
                       "peak_connections=%9 dropped_connections=%10")
                       .arg(m_sent)
                       .arg(ok)
                       .arg(statuses.join(QLatin1Char(',')))
                       .arg(elapsedS, 0, 'f', 2)
                       .arg(elapsedS > 0 ? static_cast<double>(ok) / elapsedS : 0.0, 0, 'f', 1)
                       .arg(percentile(m_latenciesUs, 0.50) / 1000.0, 0, 'f', 2)
                       .arg(percentile(m_latenciesUs, 0.99) / 1000.0, 0, 'f', 2)
                       .arg(percentile(m_latenciesUs, 1.0) / 1000.0, 0, 'f', 2)
                       .arg(m_peak)
                       .arg(m_refusedConnections);
        if (m_o.payfastPort == 0) {
            print(m_result);
            QCoreApplication::quit();
            return;
        }
        // How long after the last answer the listener had every answered ITN confirmed with PayFast (and
        // so booked): the backlog the answers left behind.
        QElapsedTimer drain;
        drain.start();
        qint64 confirmed = 0;
        do {
            confirmed = confirmedCount(m_o.payfastPort) - m_confirmedBefore;
            if (confirmed >= ok)
                break;
            QThread::msleep(100);
        } while (drain.elapsed() < 180000);
        print(m_result
              + QStringLiteral(" confirmed=%1 drained_s=%2")
                    .arg(confirmed)
                    .arg(drain.elapsed() / 1000.0, 0, 'f', 2));
        QCoreApplication::quit();
    }

public:
    /// How many ITNs the PayFast stand-in on \a port has confirmed so far (blocking; -1 when it does not
    /// answer).
    static qint64 confirmedCount(quint16 port)
    {
        QTcpSocket socket;
        socket.connectToHost(QHostAddress::LocalHost, port);
        if (!socket.waitForConnected(2000))
            return -1;
        socket.write("GET /count HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        QByteArray received;
        while (socket.waitForReadyRead(2000)) {
            received += socket.readAll();
            if (completeResponse(received) > 0)
                break;
        }
        return received.mid(received.indexOf("\r\n\r\n") + 4).trimmed().toLongLong();
    }
    void setConfirmedBefore(qint64 count) { m_confirmedBefore = count; }

private:
    LoadOptions m_o;
    QElapsedTimer m_clock;
    QTimer* m_tick = nullptr;
    std::deque<double> m_queue;
    double m_dueUs = 0;
    qint64 m_scheduled = 0;
    qint64 m_nextId;
    int m_open = 0;
    int m_peak = 0;
    int m_refusedConnections = 0;
    qint64 m_sent = 0;
    QMap<int, qint64> m_statuses;
    std::vector<double> m_latenciesUs;
    double m_lastAnswerUs = 0;
    bool m_finishing = false;
    qint64 m_confirmedBefore = 0;
    QString m_result;
};

} // namespace

namespace
{

int runPayFastStandIn(quint16 port, const QString& merchantId)
{
    QHttpServer http;
    qint64 confirmed = 0;
    http.route(QStringLiteral("/eng/query/validate"), QHttpServerRequest::Method::Post,
               [&](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                   // PayFast says VALID for an ITN it sent; this stand-in for any well-formed ITN of the
                   // merchant.
                   const std::optional<FormFields> fields = parseForm(request.body());
                   bool valid = false;
                   if (fields)
                       for (const auto& [key, value] : *fields)
                           valid = valid || (key == QLatin1String("merchant_id") && value == merchantId);
                   confirmed += valid ? 1 : 0;
                   responder.write(valid ? QByteArrayLiteral("VALID") : QByteArrayLiteral("INVALID"),
                                   QByteArrayLiteral("text/plain"));
               });
    http.route(QStringLiteral("/count"), QHttpServerRequest::Method::Get,
               [&](const QHttpServerRequest&, QHttpServerResponder&& responder) {
                   responder.write(QByteArray::number(confirmed), QByteArrayLiteral("text/plain"));
               });
    if (http.listen(QHostAddress::LocalHost, port) != port) {
        std::fprintf(stderr, "imali-bench payfast: cannot listen on %u\n", port);
        return 1;
    }
    return QCoreApplication::exec();
}

int runCeiling(quint16 port)
{
    QHttpServer http;
    http.route(QStringLiteral("/api/payments/itn"), QHttpServerRequest::Method::Post,
               [](const QHttpServerRequest&, QHttpServerResponder&& responder) {
                   responder.write(QByteArrayLiteral("OK"), QByteArrayLiteral("text/plain"));
               });
    if (http.listen(QHostAddress::LocalHost, port) != port) {
        std::fprintf(stderr, "imali-bench ceiling: cannot listen on %u\n", port);
        return 1;
    }
    return QCoreApplication::exec();
}

int runSign(int seconds)
{
    const QString passphrase = QStringLiteral("jt7NOE43FZPn");
    const auto fields = parseForm(itnBody(1234567, QStringLiteral("10000100"), passphrase));
    FormFields unsignedFields = *fields;
    unsignedFields.removeLast();
    FormFields checkout {
        {QStringLiteral("merchant_id"), QStringLiteral("10000100")},
        {QStringLiteral("merchant_key"), QStringLiteral("46f0cd694581a")},
        {QStringLiteral("return_url"), QStringLiteral("https://pay.example.co.za/pay/return")},
        {QStringLiteral("notify_url"), QStringLiteral("https://pay.example.co.za/api/payments/itn")},
        {QStringLiteral("name_first"), QStringLiteral("Zoë")},
        {QStringLiteral("email_address"), QStringLiteral("zoe.obrien@example.co.za")},
        {QStringLiteral("m_payment_id"), QStringLiteral("INV-000123-0123456789")},
        {QStringLiteral("amount"), QStringLiteral("883.33")},
        {QStringLiteral("item_name"), QStringLiteral("Invoice INV-000123")}};
    const auto measure = [seconds](const char* what, const std::function<bool()>& once) {
        QElapsedTimer clock;
        clock.start();
        qint64 n = 0;
        bool ok = true;
        while (clock.elapsed() < seconds * 1000) {
            for (int i = 0; i < 1000; ++i)
                ok = once() && ok;
            n += 1000;
        }
        print(QStringLiteral("%1=%2")
                  .arg(QLatin1String(what))
                  .arg(static_cast<double>(n) * 1000.0 / static_cast<double>(clock.elapsed()), 0, 'f', 0));
        return ok;
    };
    bool ok = measure("itn_signatures_per_s",
                      [&] { return !signItn(unsignedFields, passphrase).signature.isEmpty(); });
    ok = measure("itn_verifications_per_s", [&] { return verifyItn(*fields, passphrase); }) && ok;
    ok = measure("checkout_signatures_per_s",
                 [&] { return !signCheckout(checkout, passphrase).signature.isEmpty(); })
        && ok;
    ok = measure("parse_and_verify_per_s",
                 [&] {
                     static const QByteArray body = itnBody(7654321, QStringLiteral("10000100"), passphrase);
                     const auto parsed = parseForm(body);
                     return parsed && verifyItn(*parsed, passphrase);
                 })
        && ok;
    return ok ? 0 : 1;
}

int usage()
{
    std::fputs("usage: imali-bench payfast PORT MERCHANT_ID | ceiling PORT | sign [--seconds S] |\n"
               "       load PORT [--rate R] [--connections C] [--seconds S] [--first-id N] [--passphrase P]\n"
               "                 [--merchant-id M] [--payfast-port Q]\n",
               stderr);
    return 2;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    const QString mode = args.value(0);
    const auto option = [&args](const QString& name, const QString& fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 && at + 1 < args.size() ? args.at(at + 1) : fallback;
    };
    if (mode == QLatin1String("payfast") && args.size() == 3)
        return runPayFastStandIn(static_cast<quint16>(args.at(1).toUInt()), args.at(2));
    if (mode == QLatin1String("ceiling") && args.size() == 2)
        return runCeiling(static_cast<quint16>(args.at(1).toUInt()));
    if (mode == QLatin1String("sign"))
        return runSign(option(QStringLiteral("--seconds"), QStringLiteral("3")).toInt());
    if (mode != QLatin1String("load") || args.size() < 2)
        return usage();
    LoadOptions o;
    o.port = static_cast<quint16>(args.at(1).toUInt());
    o.rate = option(QStringLiteral("--rate"), QStringLiteral("0")).toDouble();
    o.connections =
        option(QStringLiteral("--connections"), o.rate > 0 ? QStringLiteral("512") : QStringLiteral("1"))
            .toInt();
    o.seconds = option(QStringLiteral("--seconds"), QStringLiteral("10")).toInt();
    o.firstId = option(QStringLiteral("--first-id"), QStringLiteral("1")).toLongLong();
    o.passphrase = option(QStringLiteral("--passphrase"), QString());
    o.merchantId = option(QStringLiteral("--merchant-id"), o.merchantId);
    o.payfastPort =
        static_cast<quint16>(option(QStringLiteral("--payfast-port"), QStringLiteral("0")).toUInt());
    if (o.port == 0 || o.connections < 1 || o.seconds < 1)
        return usage();
    Load load(o);
    if (o.payfastPort != 0)
        load.setConfirmedBefore(Load::confirmedCount(o.payfastPort));
    QTimer::singleShot(0, &load, &Load::start);
    return QCoreApplication::exec();
}
