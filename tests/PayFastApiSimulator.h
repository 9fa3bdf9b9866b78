// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payfast/FormEncoding.h"
#include "payfast/PayFastSigner.h"

#include <QDate>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

/**
 * PayFast's merchant API for tests (payfast-protocol.md §5), over loopback
 * HTTP: it checks the merchant-id, version, timestamp and signature headers
 * exactly (the alphabetical signature over headers, query without `testing`
 * and form body, with the passphrase) and answers a bad one as PayFast does
 * (400 when the header is missing, 401 "Merchant authorization failed." when
 * it differs, 401 "Merchant not found" for another merchant id). It keeps
 * payments (refundable balance, refunds made), tokens (cancel, ad hoc charges)
 * and a transaction history served as CSV with offset and limit. Modes play
 * an IP not on the allow-list, the rate limit, sandbox's refusal of refunds,
 * and a server that accepts connections and never answers (recording the
 * request lines it got, so a test can count POSTs that were sent). Every
 * answered request is recorded. Runs in the test's thread.
 */
class PayFastApiSimulator : public QObject
{
public:
    enum class Mode { Normal, WrongOrigin, RateLimited, RefundsUnavailable, Silent };

    /// One request as the simulator received it.
    struct Request {
        QByteArray method;
        QString path;
        imali::FormFields query;
        imali::FormFields body;
        QMap<QByteArray, QByteArray> headers; ///< names lowercased
        int status = 0; ///< what it was answered
    };

    struct Payment {
        QString pfPaymentId;
        QString mPaymentId;
        qint64 gross = 0; ///< cents
        qint64 fee = 0; ///< cents, positive
        QDate date;
        QList<qint64> refunds; ///< cents, in order
        QString name = QStringLiteral("Zoë O'Brien-Nkosi");
    };

    PayFastApiSimulator(const QString& merchantId, const QString& passphrase, QObject* parent = nullptr)
        : QObject(parent)
        , m_merchantId(merchantId)
        , m_passphrase(passphrase)
        , m_http(new QHttpServer(this))
        , m_httpTcp(new QTcpServer(this))
        , m_silent(new QTcpServer(this))
    {
        m_http->setMissingHandler([this](const QHttpServerRequest& request,
                                         QHttpServerResponder&& responder) { answer(request, responder); });
        connect(m_silent, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_silent->nextPendingConnection()) {
                m_silentSockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] {
                    const QByteArray data = socket->readAll();
                    for (const QByteArray& line : data.split('\n'))
                        if (line.contains(" HTTP/1.1"))
                            m_silentRequestLines.append(line.trimmed());
                });
            }
        });
    }

    bool start()
    {
        if (!m_httpTcp->listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = m_httpTcp->serverPort();
        m_http->bind(m_httpTcp);
        return true;
    }

    /// What PAYFAST_API_URL points at.
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    /// Switches behaviour on the same port; Silent closes the HTTP server and drops its connections.
    bool setMode(Mode mode)
    {
        if (mode == Mode::Silent && m_httpTcp->isListening()) {
            m_httpTcp->close();
            for (const QPointer<QTcpSocket>& s : std::as_const(m_httpSockets))
                if (s)
                    s->abort();
            m_httpSockets.clear();
            if (!m_silent->listen(QHostAddress::LocalHost, m_port))
                return false;
        } else if (mode != Mode::Silent && !m_httpTcp->isListening()) {
            m_silent->close();
            for (const QPointer<QTcpSocket>& s : std::as_const(m_silentSockets))
                if (s)
                    s->abort();
            m_silentSockets.clear();
            if (!m_httpTcp->listen(QHostAddress::LocalHost, m_port))
                return false;
        }
        m_mode = mode;
        return true;
    }

    void addPayment(const Payment& p) { m_payments.append(p); }
    /// A row of the history that is not a payment (a payout, PayFast's own fee...), gross negative.
    void addOtherRow(const Payment& p) { m_other.append(p); }
    Payment* payment(const QString& pfPaymentId)
    {
        for (Payment& p : m_payments)
            if (p.pfPaymentId == pfPaymentId)
                return &p;
        return nullptr;
    }
    void addToken(const QString& token) { m_tokens.insert(token, true); }
    bool tokenActive(const QString& token) const { return m_tokens.value(token, false); }
    /// Serves \a csv as the history instead of the payments (a layout a test invents).
    void setHistoryOverride(const QByteArray& csv) { m_historyOverride = csv; }

    QList<Request> requests() const { return m_requests; }
    int count(const QByteArray& method, const QString& pathPrefix) const
    {
        return static_cast<int>(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request& r) {
            return r.method == method && r.path.startsWith(pathPrefix);
        }));
    }
    /// Request lines ("POST /refunds/… HTTP/1.1") the silent server received.
    QList<QByteArray> silentRequestLines() const { return m_silentRequestLines; }
    int badSignatures() const { return m_badSignatures; }

    /// What PayFast keeps of a card payment in these tests: R 2.00 plus 3.5 %.
    static qint64 feeFor(qint64 gross) { return 200 + gross * 35 / 1000; }

private:
    static QByteArray methodName(QHttpServerRequest::Method m)
    {
        switch (m) {
        case QHttpServerRequest::Method::Get:
            return QByteArrayLiteral("GET");
        case QHttpServerRequest::Method::Post:
            return QByteArrayLiteral("POST");
        case QHttpServerRequest::Method::Put:
            return QByteArrayLiteral("PUT");
        case QHttpServerRequest::Method::Patch:
            return QByteArrayLiteral("PATCH");
        case QHttpServerRequest::Method::Delete:
            return QByteArrayLiteral("DELETE");
        default:
            return QByteArrayLiteral("OTHER");
        }
    }

    static QByteArray envelope(int code, bool success, const QJsonValue& response,
                               const QJsonValue& message = false, const QJsonObject& extra = {})
    {
        QJsonObject data {{QStringLiteral("response"), response}, {QStringLiteral("message"), message}};
        for (auto it = extra.constBegin(); it != extra.constEnd(); ++it)
            data.insert(it.key(), it.value());
        return QJsonDocument(QJsonObject {{QStringLiteral("code"), code},
                                          {QStringLiteral("status"),
                                           success ? QStringLiteral("success") : QStringLiteral("failed")},
                                          {QStringLiteral("data"), data}})
            .toJson(QJsonDocument::Compact);
    }

    void reply(Request& r, QHttpServerResponder& responder, int status, const QByteArray& body,
               const QByteArray& type = QByteArrayLiteral("application/json"))
    {
        r.status = status;
        m_requests.append(r);
        responder.write(body, type, static_cast<QHttpServerResponder::StatusCode>(status));
    }

    static QString field(const imali::FormFields& fields, const QString& name)
    {
        for (const auto& [k, v] : fields)
            if (k == name)
                return v;
        return {};
    }

    static QString money(qint64 cents)
    {
        const QString sign = cents < 0 ? QStringLiteral("-") : QString();
        const qint64 a = cents < 0 ? -cents : cents;
        return sign + QStringLiteral("%1.%2").arg(a / 100).arg(a % 100, 2, 10, QLatin1Char('0'));
    }

    QByteArray historyCsv(const QDate& from, const QDate& to, int offset, int limit) const
    {
        if (!m_historyOverride.isEmpty())
            return m_historyOverride;
        QList<QStringList> rows;
        auto add = [&](const Payment& p, bool isPayment) {
            if (p.date < from || p.date > to)
                return;
            rows.append({p.date.toString(Qt::ISODate) + QStringLiteral(" 10:15:00"),
                         isPayment ? QStringLiteral("FUNDS_RECEIVED") : QStringLiteral("PAYOUT"),
                         QStringLiteral("CREDIT"), QStringLiteral("Buyer"), p.name,
                         QStringLiteral("Invoice payment, \"thanks\""), QStringLiteral("ZAR"),
                         QStringLiteral("CC"), money(p.gross), money(-p.fee), money(p.gross - p.fee),
                         QStringLiteral("0.00"), p.mPaymentId, p.pfPaymentId});
        };
        for (const Payment& p : m_payments)
            add(p, true);
        for (const Payment& p : m_other)
            add(p, false);
        QByteArray csv =
            "\"Date\",\"Type\",\"Sign\",\"Party\",\"Name\",\"Description\",\"Currency\",\"Funding Type\","
            "\"Gross\",\"Fee\",\"Net\",\"Balance\",\"M Payment ID\",\"PF Payment ID\"\r\n";
        for (qsizetype i = offset; i < rows.size() && i < offset + limit; ++i) {
            QStringList quoted;
            for (QString cell : rows.at(i))
                quoted << QLatin1Char('"') + cell.replace(QLatin1Char('"'), QStringLiteral("\"\""))
                        + QLatin1Char('"');
            csv += quoted.join(QLatin1Char(',')).toUtf8() + "\r\n";
        }
        return csv;
    }

    void answer(const QHttpServerRequest& request, QHttpServerResponder& responder)
    {
        m_httpSockets.append(responder.socket());
        Request r;
        r.method = methodName(request.method());
        r.path = request.url().path();
        r.query = imali::decodeForm(request.url().query(QUrl::FullyEncoded).toLatin1()).value();
        if (!request.body().isEmpty())
            r.body = imali::decodeForm(request.body()).value();
        for (const auto& [name, value] : request.headers())
            r.headers.insert(name.toLower(), value);

        // Authentication first, as PayFast does.
        if (!r.headers.contains("signature") || !r.headers.contains("merchant-id")
            || !r.headers.contains("timestamp") || r.headers.value("version") != "v1")
            return reply(r, responder, 400,
                         envelope(400, false, QStringLiteral("Required headers missing or version not v1")));
        if (QString::fromUtf8(r.headers.value("merchant-id")) != m_merchantId)
            return reply(r, responder, 401, envelope(401, false, QStringLiteral("Merchant not found")));
        const imali::FormFields headers {
            {QStringLiteral("merchant-id"), QString::fromUtf8(r.headers.value("merchant-id"))},
            {QStringLiteral("version"), QString::fromUtf8(r.headers.value("version"))},
            {QStringLiteral("timestamp"), QString::fromUtf8(r.headers.value("timestamp"))}};
        const QByteArray expected = imali::signApi(headers, r.query, r.body, m_passphrase).signature;
        if (!imali::signaturesEqual(expected, r.headers.value("signature"))) {
            ++m_badSignatures;
            return reply(r, responder, 401,
                         envelope(401, false, QStringLiteral("Merchant authorization failed.")));
        }
        if (m_mode == Mode::WrongOrigin)
            return reply(r, responder, 401,
                         envelope(401, false, QStringLiteral("Request origin could not be verified")));
        if (m_mode == Mode::RateLimited)
            return reply(r, responder, 429,
                         envelope(429, false, QStringLiteral("Too many requests: signature rate limit")));

        const QStringList parts = r.path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
        if (r.method == "GET" && parts == QStringList {QStringLiteral("ping")})
            return reply(r, responder, 200, QByteArrayLiteral("\"API V1\""));
        if (r.method == "GET" && parts.size() == 3 && parts.at(0) == QLatin1String("refunds")
            && parts.at(1) == QLatin1String("query")) {
            const Payment* p = payment(parts.at(2));
            if (!p)
                return reply(r, responder, 404,
                             envelope(404, false, QStringLiteral("Transaction not found")));
            qint64 refunded = 0;
            for (qint64 c : p->refunds)
                refunded += c;
            return reply(r, responder, 200,
                         envelope(200, true,
                                  QJsonObject {{QStringLiteral("method"), QStringLiteral("PAYMENT_SOURCE")},
                                               {QStringLiteral("amount_available"), p->gross - refunded},
                                               {QStringLiteral("banks"), QJsonArray()}}));
        }
        if (parts.size() == 2 && parts.at(0) == QLatin1String("refunds")) {
            Payment* p = payment(parts.at(1));
            if (!p)
                return reply(r, responder, 404,
                             envelope(404, false, QStringLiteral("Transaction not found")));
            if (r.method == "GET") {
                QJsonArray list;
                for (qint64 c : p->refunds)
                    list.append(QJsonObject {{QStringLiteral("amount"), c},
                                             {QStringLiteral("status"), QStringLiteral("COMPLETE")}});
                return reply(r, responder, 200,
                             envelope(200, true, QJsonObject {{QStringLiteral("refunds"), list}}));
            }
            if (r.method == "POST") {
                if (m_mode == Mode::RefundsUnavailable)
                    return reply(
                        r, responder, 400,
                        envelope(400, false, QStringLiteral("Refunds are not available in sandbox mode")));
                bool ok = false;
                const qint64 amount = field(r.body, QStringLiteral("amount")).toLongLong(&ok);
                const QString reason = field(r.body, QStringLiteral("reason"));
                const QString notify = field(r.body, QStringLiteral("notify_buyer"));
                if (!ok || amount <= 0 || reason.size() < 3 || reason.size() > 255
                    || (notify != QLatin1String("0") && notify != QLatin1String("1")))
                    return reply(
                        r, responder, 400,
                        envelope(400, false, QStringLiteral("Required variables missing or invalid")));
                qint64 refunded = 0;
                for (qint64 c : p->refunds)
                    refunded += c;
                if (refunded + amount > p->gross)
                    return reply(
                        r, responder, 400,
                        envelope(400, false, QStringLiteral("Refund amount exceeds the available balance")));
                p->refunds.append(amount);
                return reply(r, responder, 200, envelope(200, true, true, QStringLiteral("Refund created")));
            }
        }
        if (parts.size() == 3 && parts.at(0) == QLatin1String("subscriptions")) {
            const QString token = parts.at(1);
            if (!m_tokens.value(token, false))
                return reply(r, responder, 404,
                             envelope(404, false, QStringLiteral("Subscription not found")));
            if (r.method == "PUT" && parts.at(2) == QLatin1String("cancel")) {
                m_tokens.insert(token, false);
                return reply(r, responder, 200,
                             envelope(200, true, true, QStringLiteral("Subscription cancelled")));
            }
            if (r.method == "POST" && parts.at(2) == QLatin1String("adhoc")) {
                bool ok = false;
                const qint64 amount = field(r.body, QStringLiteral("amount")).toLongLong(&ok);
                if (!ok || amount <= 0 || field(r.body, QStringLiteral("item_name")).isEmpty())
                    return reply(
                        r, responder, 400,
                        envelope(400, false, QStringLiteral("Required variables missing or invalid")));
                Payment p;
                p.pfPaymentId = QString::number(m_nextPfPaymentId++);
                p.mPaymentId = field(r.body, QStringLiteral("m_payment_id"));
                p.gross = amount;
                p.fee = feeFor(amount);
                p.date = QDate::currentDate();
                m_payments.append(p);
                return reply(
                    r, responder, 200,
                    envelope(200, true, true, QStringLiteral("Transaction was successful(00)"),
                             QJsonObject {{QStringLiteral("pf_payment_id"), p.pfPaymentId.toLongLong()}}));
            }
        }
        if (r.method == "GET"
            && parts == QStringList {QStringLiteral("transactions"), QStringLiteral("history")}) {
            const QDate from = QDate::fromString(field(r.query, QStringLiteral("from")), Qt::ISODate);
            const QDate to = QDate::fromString(field(r.query, QStringLiteral("to")), Qt::ISODate);
            const int offset = field(r.query, QStringLiteral("offset")).toInt();
            const int limit = field(r.query, QStringLiteral("limit")).isEmpty()
                ? 1000
                : field(r.query, QStringLiteral("limit")).toInt();
            if (!from.isValid() || !to.isValid())
                return reply(r, responder, 400,
                             envelope(400, false, QStringLiteral("from and to are required")));
            return reply(r, responder, 200, historyCsv(from, to, offset, limit),
                         QByteArrayLiteral("text/csv"));
        }
        return reply(r, responder, 404, envelope(404, false, QStringLiteral("Endpoint not found")));
    }

    QString m_merchantId;
    QString m_passphrase;
    QHttpServer* m_http;
    QTcpServer* m_httpTcp;
    QTcpServer* m_silent;
    quint16 m_port = 0;
    Mode m_mode = Mode::Normal;
    QList<QPointer<QTcpSocket>> m_httpSockets;
    QList<QPointer<QTcpSocket>> m_silentSockets;
    QList<QByteArray> m_silentRequestLines;
    QList<Payment> m_payments;
    QList<Payment> m_other;
    QMap<QString, bool> m_tokens;
    QByteArray m_historyOverride;
    QList<Request> m_requests;
    int m_badSignatures = 0;
    qint64 m_nextPfPaymentId = 7100001;
};
