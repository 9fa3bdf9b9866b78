// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "payfast/FormEncoding.h"

#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QObject>
#include <QTcpServer>
#include <QTest>
#include <QUrl>
#include <QUuid>

/**
 * A Stripe of our own for tests, over loopback HTTP. It answers
 * POST /v1/checkout/sessions as Stripe does: the secret key as a bearer
 * token (401 otherwise, with Stripe's masked-key message), a form-encoded
 * body with the required parameters (400 naming the first one missing), one
 * session per Idempotency-Key. It remembers every session it made (with a
 * PaymentIntent id of its own), builds the events Stripe would send about it,
 * signs them with the endpoint secret exactly as Stripe does (HMAC-SHA256 of
 * "<t>.<body>", computed here with QtCore's own HMAC, not the code under
 * test) and delivers them to a listener.
 * Everything runs in the thread that made it, answering while that thread
 * runs an event loop (QTRY_*, QTest::qWaitFor, a core call's local loop).
 */
class StripeSimulator : public QObject
{
public:
    /// A Checkout Session as the simulator made it.
    struct Session {
        QString id;
        QString url;
        QString paymentIntent;
        qint64 amount = 0;
        QString currency;
        QString clientReferenceId;
        QMap<QString, QString> metadata;
        QMap<QString, QString> intentMetadata;
        QString successUrl;
        QString customerEmail;
        QString productName;
    };

    StripeSimulator(const QString& secretKey, const QString& webhookSecret, QObject* parent = nullptr)
        : QObject(parent)
        , m_secretKey(secretKey)
        , m_webhookSecret(webhookSecret)
        , m_http(new QHttpServer(this))
        , m_tcp(new QTcpServer(this))
        , m_network(new QNetworkAccessManager(this))
    {
        m_network->setProxy(QNetworkProxy::NoProxy);
        m_http->route(QStringLiteral("/v1/checkout/sessions"), QHttpServerRequest::Method::Post,
                      [this](const QHttpServerRequest& request, QHttpServerResponder&& responder) {
                          answerCreateSession(request, responder);
                      });
        m_http->setMissingHandler([](const QHttpServerRequest&, QHttpServerResponder&& responder) {
            responder.write(QJsonDocument(error(QStringLiteral("Unrecognized request URL"))),
                            QHttpServerResponder::StatusCode::NotFound);
        });
    }

    bool start()
    {
        if (!m_tcp->listen(QHostAddress::LocalHost, 0))
            return false;
        m_http->bind(m_tcp);
        return true;
    }

    /// STRIPE_API_URL for this simulator.
    QString apiUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_tcp->serverPort()); }

    /// The next create call is answered with \a status and a Stripe error (e.g. 402 card_error, 500).
    void failNext(int status) { m_failNext = status; }

    int createCalls() const { return m_createCalls; }
    QList<QByteArray> authorizations() const { return m_authorizations; }
    QList<QByteArray> contentTypes() const { return m_contentTypes; }
    QList<imali::FormFields> forms() const { return m_forms; }
    QList<Session> sessions() const { return m_sessions; }
    Session session(const QString& id) const
    {
        for (const Session& s : m_sessions)
            if (s.id == id)
                return s;
        return {};
    }

    // ---- events, as Stripe sends them ------------------------------------------------------------

    static QString newId(const char* prefix)
    {
        return QLatin1String(prefix) + QUuid::createUuid().toString(QUuid::Id128).left(24);
    }

    /// An event envelope around \a object (API version 2024-06-20), with a fresh evt_ id unless \a id is
    /// given.
    static QByteArray event(const QString& type, const QJsonObject& object, bool livemode = false,
                            const QString& id = QString())
    {
        const QJsonObject e {{QStringLiteral("id"), id.isEmpty() ? newId("evt_") : id},
                             {QStringLiteral("object"), QStringLiteral("event")},
                             {QStringLiteral("api_version"), QStringLiteral("2024-06-20")},
                             {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
                             {QStringLiteral("type"), type},
                             {QStringLiteral("data"), QJsonObject {{QStringLiteral("object"), object}}},
                             {QStringLiteral("livemode"), livemode},
                             {QStringLiteral("pending_webhooks"), 1},
                             {QStringLiteral("request"),
                              QJsonObject {{QStringLiteral("id"), QJsonValue::Null},
                                           {QStringLiteral("idempotency_key"), QJsonValue::Null}}}};
        return QJsonDocument(e).toJson(QJsonDocument::Compact);
    }

    /// The session as checkout.session.* events carry it.
    static QJsonObject sessionObject(const Session& s, const QString& paymentStatus, qint64 amount,
                                     const QString& currency)
    {
        QJsonObject metadata;
        for (auto it = s.metadata.cbegin(); it != s.metadata.cend(); ++it)
            metadata.insert(it.key(), it.value());
        return {
            {QStringLiteral("id"), s.id},
            {QStringLiteral("object"), QStringLiteral("checkout.session")},
            {QStringLiteral("amount_total"), amount},
            {QStringLiteral("currency"), currency},
            {QStringLiteral("client_reference_id"), s.clientReferenceId},
            {QStringLiteral("customer_details"), QJsonObject {{QStringLiteral("email"), s.customerEmail}}},
            {QStringLiteral("metadata"), metadata},
            {QStringLiteral("mode"), QStringLiteral("payment")},
            {QStringLiteral("payment_intent"), s.paymentIntent},
            {QStringLiteral("payment_status"), paymentStatus},
            {QStringLiteral("status"),
             paymentStatus == QLatin1String("paid") ? QStringLiteral("complete") : QStringLiteral("open")},
            {QStringLiteral("livemode"), false}};
    }

    /// checkout.session.completed (or another checkout.session.* \a type) about \a s.
    static QByteArray sessionEvent(const Session& s,
                                   const QString& type = QStringLiteral("checkout.session.completed"),
                                   const QString& paymentStatus = QStringLiteral("paid"), qint64 amount = -1,
                                   const QString& currency = QStringLiteral("zar"), bool livemode = false)
    {
        return event(type, sessionObject(s, paymentStatus, amount < 0 ? s.amount : amount, currency),
                     livemode);
    }

    /// payment_intent.succeeded about \a s's PaymentIntent, with the metadata the session gave it.
    static QByteArray intentSucceeded(const Session& s, qint64 amount = -1,
                                      const QString& currency = QStringLiteral("zar"))
    {
        QJsonObject metadata;
        for (auto it = s.intentMetadata.cbegin(); it != s.intentMetadata.cend(); ++it)
            metadata.insert(it.key(), it.value());
        const qint64 paid = amount < 0 ? s.amount : amount;
        return event(QStringLiteral("payment_intent.succeeded"),
                     QJsonObject {{QStringLiteral("id"), s.paymentIntent},
                                  {QStringLiteral("object"), QStringLiteral("payment_intent")},
                                  {QStringLiteral("amount"), paid},
                                  {QStringLiteral("amount_received"), paid},
                                  {QStringLiteral("currency"), currency},
                                  {QStringLiteral("metadata"), metadata},
                                  {QStringLiteral("status"), QStringLiteral("succeeded")},
                                  {QStringLiteral("livemode"), false}});
    }

    /// A refund (id, amount in cents) of a charge.
    struct Refund {
        QString id;
        qint64 amount = 0;
        QString status = QStringLiteral("succeeded");
    };

    /// charge.refunded for \a s's charge, listing \a refunds (newest first, as Stripe lists them).
    static QByteArray chargeRefunded(const Session& s, const QList<Refund>& refunds)
    {
        QJsonArray data;
        qint64 total = 0;
        for (const Refund& r : refunds) {
            data.prepend(QJsonObject {{QStringLiteral("id"), r.id},
                                      {QStringLiteral("object"), QStringLiteral("refund")},
                                      {QStringLiteral("amount"), r.amount},
                                      {QStringLiteral("currency"), QStringLiteral("zar")},
                                      {QStringLiteral("payment_intent"), s.paymentIntent},
                                      {QStringLiteral("status"), r.status}});
            total += r.amount;
        }
        return event(QStringLiteral("charge.refunded"),
                     QJsonObject {{QStringLiteral("id"), QStringLiteral("ch_") + s.paymentIntent.mid(3)},
                                  {QStringLiteral("object"), QStringLiteral("charge")},
                                  {QStringLiteral("amount"), s.amount},
                                  {QStringLiteral("amount_refunded"), total},
                                  {QStringLiteral("currency"), QStringLiteral("zar")},
                                  {QStringLiteral("payment_intent"), s.paymentIntent},
                                  {QStringLiteral("refunded"), total == s.amount},
                                  {QStringLiteral("refunds"),
                                   QJsonObject {{QStringLiteral("object"), QStringLiteral("list")},
                                                {QStringLiteral("data"), data}}}});
    }

    /// The Stripe-Signature header for \a body signed at \a timestamp (now, unless given) with \a secret
    /// (ours, unless given).
    QByteArray signatureHeader(const QByteArray& body, qint64 timestamp = -1,
                               const QString& secret = QString()) const
    {
        const qint64 t = timestamp < 0 ? QDateTime::currentSecsSinceEpoch() : timestamp;
        const QByteArray key = (secret.isNull() ? m_webhookSecret : secret).toUtf8();
        const QByteArray mac = QMessageAuthenticationCode::hash(QByteArray::number(t) + '.' + body, key,
                                                                QCryptographicHash::Sha256);
        return QByteArrayLiteral("t=") + QByteArray::number(t) + QByteArrayLiteral(",v1=") + mac.toHex();
    }

    /// Posts \a body with \a header to the webhook at \a url as Stripe does; the HTTP status (0: no answer).
    int deliver(const QUrl& url, const QByteArray& body, const QByteArray& header,
                const QByteArray& contentType = QByteArrayLiteral("application/json; charset=utf-8"),
                int timeoutMs = 15000)
    {
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        request.setRawHeader(QByteArrayLiteral("User-Agent"),
                             QByteArrayLiteral("Stripe/1.0 (+https://stripe.com/docs/webhooks)"));
        if (!header.isNull())
            request.setRawHeader(QByteArrayLiteral("Stripe-Signature"), header);
        QNetworkReply* reply = m_network->post(request, body);
        (void)QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs);
        const int status =
            reply->isFinished() ? reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
        if (!reply->isFinished())
            reply->abort();
        reply->deleteLater();
        return status;
    }

    /// Signs \a body now and delivers it.
    int deliverSigned(const QUrl& url, const QByteArray& body)
    {
        return deliver(url, body, signatureHeader(body));
    }

private:
    static QJsonObject error(const QString& message,
                             const QString& type = QStringLiteral("invalid_request_error"))
    {
        return {{QStringLiteral("error"),
                 QJsonObject {{QStringLiteral("message"), message}, {QStringLiteral("type"), type}}}};
    }

    void answerCreateSession(const QHttpServerRequest& request, QHttpServerResponder& responder)
    {
        ++m_createCalls;
        const QByteArray authorization = request.value(QByteArrayLiteral("Authorization"));
        m_authorizations.append(authorization);
        m_contentTypes.append(request.value(QByteArrayLiteral("Content-Type")));
        if (authorization != QByteArrayLiteral("Bearer ") + m_secretKey.toUtf8()) {
            // Stripe names the key it was given, masked but for its last four characters.
            const QString given = QString::fromUtf8(authorization.mid(7));
            responder.write(
                QJsonDocument(error(
                    QStringLiteral("Invalid API Key provided: %1****%2").arg(given.left(8), given.right(4)))),
                QHttpServerResponder::StatusCode::Unauthorized);
            return;
        }
        if (m_failNext != 0) {
            const int status = m_failNext;
            m_failNext = 0;
            responder.write(QJsonDocument(error(QStringLiteral("Amount must convert to at least 50 cents."))),
                            static_cast<QHttpServerResponder::StatusCode>(status));
            return;
        }
        if (!request.value(QByteArrayLiteral("Content-Type"))
                 .startsWith("application/x-www-form-urlencoded")) {
            responder.write(QJsonDocument(error(QStringLiteral("Invalid request: expected a form body"))),
                            QHttpServerResponder::StatusCode::BadRequest);
            return;
        }
        const auto form = imali::decodeForm(request.body());
        if (!form) {
            responder.write(QJsonDocument(error(QStringLiteral("Invalid form body"))),
                            QHttpServerResponder::StatusCode::BadRequest);
            return;
        }
        m_forms.append(*form);
        QHash<QString, QString> f;
        for (const auto& [key, value] : *form)
            f.insert(key, value);
        for (const char* required :
             {"mode", "success_url", "line_items[0][price_data][currency]",
              "line_items[0][price_data][unit_amount]", "line_items[0][price_data][product_data][name]",
              "line_items[0][quantity]"}) {
            if (f.value(QLatin1String(required)).isEmpty()) {
                responder.write(
                    QJsonDocument(
                        error(QStringLiteral("Missing required param: %1.").arg(QLatin1String(required)))),
                    QHttpServerResponder::StatusCode::BadRequest);
                return;
            }
        }
        bool amountOk = false;
        const qint64 unitAmount =
            f.value(QStringLiteral("line_items[0][price_data][unit_amount]")).toLongLong(&amountOk);
        const qint64 quantity = f.value(QStringLiteral("line_items[0][quantity]")).toLongLong();
        if (!amountOk || unitAmount <= 0 || quantity <= 0
            || f.value(QStringLiteral("mode")) != QLatin1String("payment")) {
            responder.write(QJsonDocument(error(QStringLiteral("Invalid integer or mode"))),
                            QHttpServerResponder::StatusCode::BadRequest);
            return;
        }
        const QByteArray idempotencyKey = request.value(QByteArrayLiteral("Idempotency-Key"));
        Session s;
        if (!idempotencyKey.isEmpty() && m_byIdempotencyKey.contains(idempotencyKey)) {
            s = session(m_byIdempotencyKey.value(idempotencyKey));
        } else {
            s.id = newId("cs_test_");
            s.url = QStringLiteral("https://checkout.stripe.com/c/pay/") + s.id;
            s.paymentIntent = newId("pi_");
            s.amount = unitAmount * quantity;
            s.currency = f.value(QStringLiteral("line_items[0][price_data][currency]"));
            s.clientReferenceId = f.value(QStringLiteral("client_reference_id"));
            s.successUrl = f.value(QStringLiteral("success_url"));
            s.customerEmail = f.value(QStringLiteral("customer_email"));
            s.productName = f.value(QStringLiteral("line_items[0][price_data][product_data][name]"));
            for (const auto& [key, value] : *form) {
                if (key.startsWith(QLatin1String("metadata[")) && key.endsWith(QLatin1Char(']')))
                    s.metadata.insert(key.mid(9, key.size() - 10), value);
                const QString intentPrefix = QStringLiteral("payment_intent_data[metadata][");
                if (key.startsWith(intentPrefix) && key.endsWith(QLatin1Char(']')))
                    s.intentMetadata.insert(
                        key.mid(intentPrefix.size(), key.size() - intentPrefix.size() - 1), value);
            }
            m_sessions.append(s);
            if (!idempotencyKey.isEmpty())
                m_byIdempotencyKey.insert(idempotencyKey, s.id);
        }
        responder.write(
            QJsonDocument(QJsonObject {{QStringLiteral("id"), s.id},
                                       {QStringLiteral("object"), QStringLiteral("checkout.session")},
                                       {QStringLiteral("url"), s.url},
                                       {QStringLiteral("amount_total"), s.amount},
                                       {QStringLiteral("currency"), s.currency},
                                       {QStringLiteral("client_reference_id"), s.clientReferenceId},
                                       {QStringLiteral("payment_status"), QStringLiteral("unpaid")},
                                       {QStringLiteral("status"), QStringLiteral("open")},
                                       {QStringLiteral("livemode"), false}}));
    }

    QString m_secretKey;
    QString m_webhookSecret;
    QHttpServer* m_http;
    QTcpServer* m_tcp;
    QNetworkAccessManager* m_network;
    int m_failNext = 0;
    int m_createCalls = 0;
    QList<QByteArray> m_authorizations;
    QList<QByteArray> m_contentTypes;
    QList<imali::FormFields> m_forms;
    QList<Session> m_sessions;
    QHash<QByteArray, QString> m_byIdempotencyKey;
};
