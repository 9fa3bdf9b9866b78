// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payfast/FormEncoding.h"
#include "payfast/PayFastSigner.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QList>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <algorithm>

/**
 * A PayFast of our own for tests, over real loopback HTTP: it builds and
 * signs ITNs exactly as PayFast does (payfast-protocol.md §4.2–4.3), posts
 * them to a listener, and answers the listener's server confirmation on
 * POST /eng/query/validate the way a test asks (VALID, INVALID, a garbage
 * body, HTTP 500, a connection that is accepted and never answered, or no
 * server at all). Like PayFast, it says VALID only for the parameter string
 * of an ITN it issued. It records every confirmation request it received, in
 * order, so a test can check what the listener sent.
 *
 * QHttpServer 6.4 crashes with deferred responders, so nothing here answers
 * late: "slow" is a plain QTcpServer on the same port that accepts and stays
 * silent, and "down" is no server at all (connections are refused). The port
 * stays the same across modes, so a listener started once keeps one URL.
 * Everything runs in the thread that made the simulator; it answers only while
 * that thread runs its event loop (QTRY_*, QTest::qWaitFor, post()).
 */
class PayFastSimulator : public QObject
{
public:
    /// How POST /eng/query/validate is answered.
    enum class Mode {
        Valid, ///< "VALID" for an ITN this simulator issued, "INVALID" for anything else (as PayFast)
        Invalid, ///< "INVALID"
        Garbage, ///< 200 "maybe"
        ServerError, ///< 500
        Slow, ///< the connection is accepted and never answered
        Down, ///< nothing listens: the connection is refused
    };

    PayFastSimulator(const QString& merchantId, const QString& passphrase, QObject* parent = nullptr)
        : QObject(parent)
        , m_merchantId(merchantId)
        , m_passphrase(passphrase)
        , m_http(new QHttpServer(this))
        , m_httpTcp(new QTcpServer(this))
        , m_silent(new QTcpServer(this))
        , m_network(new QNetworkAccessManager(this))
    {
        m_network->setProxy(QNetworkProxy::NoProxy);
        m_http->route(QStringLiteral("/eng/query/validate"), QHttpServerRequest::Method::Post,
                      [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                          answerValidate(request, responder);
                      });
        m_http->setMissingHandler([](const QHttpServerRequest&, QHttpServerResponder&& responder) {
            responder.write(QByteArrayLiteral("not found\n"), QByteArrayLiteral("text/plain"),
                            QHttpServerResponder::StatusCode::NotFound);
        });
        // The "slow" server: accepts, keeps the socket, never writes a byte.
        connect(m_silent, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* socket = m_silent->nextPendingConnection())
                m_silentSockets.append(socket);
        });
    }

    /// Listens on 127.0.0.1 at a port the kernel picks; false when it could not.
    bool start()
    {
        if (!m_httpTcp->listen(QHostAddress::LocalHost, 0))
            return false;
        m_port = m_httpTcp->serverPort();
        m_http->bind(m_httpTcp);
        m_mode = Mode::Valid;
        return true;
    }

    quint16 port() const { return m_port; }

    /// PayFast's validate endpoint, on this simulator.
    QUrl validateUrl() const
    {
        QUrl url;
        url.setScheme(QStringLiteral("http"));
        url.setHost(QStringLiteral("127.0.0.1"));
        url.setPort(m_port);
        url.setPath(QStringLiteral("/eng/query/validate"));
        return url;
    }

    Mode mode() const { return m_mode; }

    /**
     * Switches how confirmation is answered, on the same port. Going slow or
     * down also drops the connections the listener keeps alive, so its next
     * request really meets the new mode. False when the port could not be
     * taken back.
     */
    bool setMode(Mode mode)
    {
        const bool wantHttp = mode != Mode::Slow && mode != Mode::Down;
        const bool wantSilent = mode == Mode::Slow;
        if (!wantHttp && m_httpTcp->isListening()) {
            m_httpTcp->close();
            for (const QPointer<QTcpSocket>& socket : std::as_const(m_httpSockets))
                if (socket)
                    socket->abort();
            m_httpSockets.clear();
        }
        if (!wantSilent && m_silent->isListening()) {
            m_silent->close();
            for (const QPointer<QTcpSocket>& socket : std::as_const(m_silentSockets))
                if (socket)
                    socket->abort();
            m_silentSockets.clear();
        }
        if (wantHttp && !m_httpTcp->isListening() && !m_httpTcp->listen(QHostAddress::LocalHost, m_port))
            return false;
        if (wantSilent && !m_silent->isListening() && !m_silent->listen(QHostAddress::LocalHost, m_port))
            return false;
        m_mode = mode;
        return true;
    }

    /// How many confirmation requests reached the HTTP server (refused and silent ones never do).
    int validateCalls() const { return static_cast<int>(m_validateBodies.size()); }
    /// The bodies of those requests, in the order they arrived.
    QList<QByteArray> validateBodies() const { return m_validateBodies; }
    /// Their Content-Type headers, in the same order.
    QList<QByteArray> validateContentTypes() const { return m_validateContentTypes; }
    /// Confirmation requests whose body matched no ITN this simulator issued.
    int unknownValidateBodies() const { return m_unknownBodies; }
    /// Connections accepted by the silent ("slow") server so far that are still open.
    int silentConnections() const
    {
        return static_cast<int>(std::count_if(m_silentSockets.cbegin(), m_silentSockets.cend(),
                                              [](const QPointer<QTcpSocket>& s) { return !s.isNull(); }));
    }

    /**
     * An ITN's fields in the order PayFast posts them (protocol §4.2): ids and
     * status, item, amounts (\a fee as PayFast sends it: negative), custom_str1..5
     * then custom_int1..5 (empty ones included), buyer, merchant_id. Each of
     * \a extra replaces the field of the same name, or is appended after
     * merchant_id (token, billing_date) in the order given. No signature yet.
     */
    imali::FormFields itnFields(const QString& mPaymentId, const QString& pfPaymentId, const QString& status,
                         const QString& gross, const QString& fee, const QString& net, const imali::FormFields& extra = {}) const
    {
        imali::FormFields f{{QStringLiteral("m_payment_id"), mPaymentId},
                     {QStringLiteral("pf_payment_id"), pfPaymentId},
                     {QStringLiteral("payment_status"), status},
                     {QStringLiteral("item_name"), QStringLiteral("Invoice payment #%1").arg(pfPaymentId)},
                     {QStringLiteral("item_description"), QStringLiteral("Consulting & travel (50% now)")},
                     {QStringLiteral("amount_gross"), gross},
                     {QStringLiteral("amount_fee"), fee},
                     {QStringLiteral("amount_net"), net}};
        for (int i = 1; i <= 5; ++i)
            f.append({QStringLiteral("custom_str%1").arg(i), QString()});
        for (int i = 1; i <= 5; ++i)
            f.append({QStringLiteral("custom_int%1").arg(i), QString()});
        f.append({QStringLiteral("name_first"), QStringLiteral("Zoë")});
        f.append({QStringLiteral("name_last"), QStringLiteral("O'Brien-Nkosi")});
        f.append({QStringLiteral("email_address"), QStringLiteral("zoe+pay@example.co.za")});
        f.append({QStringLiteral("merchant_id"), m_merchantId});
        for (const auto& [key, value] : extra) {
            auto it = std::find_if(f.begin(), f.end(), [&key](const QPair<QString, QString>& p) { return p.first == key; });
            if (it != f.end())
                it->second = value;
            else
                f.append({key, value});
        }
        return f;
    }

    /// The body PayFast posts for \a fields: the fields, then `signature` last (signItn + passphrase).
    QByteArray sign(const imali::FormFields& fields)
    {
        imali::FormFields posted = fields;
        posted.append({QStringLiteral("signature"), QString::fromLatin1(imali::signItn(fields, m_passphrase).signature)});
        const QByteArray body = imali::encodeForm(posted);
        m_issued.insert(expectedValidateBody(body));
        return body;
    }

    /// A signed ITN body, as PayFast would post it (see itnFields()).
    QByteArray itn(const QString& mPaymentId, const QString& pfPaymentId, const QString& status, const QString& gross,
                   const QString& fee, const QString& net, const imali::FormFields& extra = {})
    {
        return sign(itnFields(mPaymentId, pfPaymentId, status, gross, fee, net, extra));
    }

    /**
     * What a correct listener posts to the validate endpoint for \a itnBody:
     * the fields as received, without `signature` (last) and without any
     * passphrase. Worked out from the raw body, not with the code under test.
     */
    static QByteArray expectedValidateBody(const QByteArray& itnBody)
    {
        const qsizetype at = itnBody.lastIndexOf(QByteArrayView("&signature="));
        return at < 0 ? itnBody : itnBody.left(at);
    }

    /// The posted signature of \a itnBody (its last field).
    static QByteArray signatureOf(const QByteArray& itnBody)
    {
        const qsizetype at = itnBody.lastIndexOf(QByteArrayView("&signature="));
        return at < 0 ? QByteArray() : itnBody.mid(at + 11);
    }

    /// Posts \a body to \a listener as PayFast does; the HTTP status, or 0 when no answer came.
    int post(const QUrl& listener, const QByteArray& body, int timeoutMs = 15000)
    {
        return postAll({{listener, body}}, timeoutMs).value(0);
    }

    /// Fires every post at once and waits for all of them; their HTTP statuses in the same order (0: no answer).
    QList<int> postAll(const QList<QPair<QUrl, QByteArray>>& posts, int timeoutMs = 30000)
    {
        QList<QNetworkReply*> replies;
        for (const auto& [url, body] : posts) {
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
            request.setRawHeader(QByteArrayLiteral("User-Agent"), QByteArrayLiteral("PayFast ITN simulator"));
            replies.append(m_network->post(request, body));
            ++m_itnPosts;
        }
        (void)QTest::qWaitFor([&replies] { return std::all_of(replies.cbegin(), replies.cend(),
                                                        [](QNetworkReply* r) { return r->isFinished(); }); },
                        timeoutMs);
        QList<int> statuses;
        for (QNetworkReply* reply : std::as_const(replies)) {
            statuses.append(reply->isFinished() ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0);
            if (!reply->isFinished())
                reply->abort();
            reply->deleteLater();
        }
        return statuses;
    }

    /// How many ITNs this simulator has posted (PayFast's re-sends would count here).
    int itnPosts() const { return m_itnPosts; }

private:
    void answerValidate(const QHttpServerRequest& request, QHttpServerResponder& responder)
    {
        m_httpSockets.append(responder.socket());
        const QByteArray body = request.body();
        m_validateBodies.append(body);
        m_validateContentTypes.append(request.value(QByteArrayLiteral("Content-Type")));
        const bool known = m_issued.contains(body);
        if (!known)
            ++m_unknownBodies;
        const QByteArray text = QByteArrayLiteral("text/plain");
        switch (m_mode) {
        case Mode::Valid:
            responder.write(known ? QByteArrayLiteral("VALID") : QByteArrayLiteral("INVALID"), text);
            return;
        case Mode::Invalid:
            responder.write(QByteArrayLiteral("INVALID"), text);
            return;
        case Mode::Garbage:
            responder.write(QByteArrayLiteral("maybe"), text);
            return;
        case Mode::ServerError:
        case Mode::Slow: // not reached: the HTTP server is closed in these two modes
        case Mode::Down:
            responder.write(QByteArrayLiteral("internal error"), text, QHttpServerResponder::StatusCode::InternalServerError);
            return;
        }
    }

    QString m_merchantId;
    QString m_passphrase;
    QHttpServer* m_http;
    QTcpServer* m_httpTcp; // the HTTP server's; closed and reopened on the same port as modes change
    QTcpServer* m_silent;
    QNetworkAccessManager* m_network;
    quint16 m_port = 0;
    Mode m_mode = Mode::Down;
    QList<QPointer<QTcpSocket>> m_httpSockets;
    QList<QPointer<QTcpSocket>> m_silentSockets;
    QList<QByteArray> m_validateBodies;
    QList<QByteArray> m_validateContentTypes;
    QSet<QByteArray> m_issued;
    int m_unknownBodies = 0;
    int m_itnPosts = 0;
};
