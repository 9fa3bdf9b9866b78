// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FormEncoding.h"
#include "PayFastSettings.h"
#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace imali
{

/** One call to PayFast's merchant API (payfast-protocol.md §5). */
struct PayFastApiCall {
    QByteArray verb = QByteArrayLiteral("GET"); ///< GET, POST, PUT, PATCH
    QString path; ///< "/refunds/query/1124148"
    FormFields query;
    FormFields body; ///< sent form-encoded; every value is signed as the string sent
    /// A part of the path that is a secret (a card token): masked in logs and errors.
    QString secretInPath;
    /// Moves money: sent on a connection of its own, so no kept-alive socket can make Qt resend it.
    bool movesMoney = false;
};

/** Whether PayFast got the call and what it said. */
enum class PayFastDelivery {
    Answered, ///< an HTTP answer came back (any status)
    NotSent, ///< the connection could not be made: PayFast never saw the call
    Unknown, ///< sent, but no answer (timeout, dropped connection): PayFast may have acted
};

/** PayFast's answer to one call. */
struct PayFastApiReply {
    PayFastDelivery delivery = PayFastDelivery::NotSent;
    int httpStatus = 0;
    QByteArray body;
    QJsonObject json; ///< the envelope {"code","status","data":{...}} when the body is JSON
    QString networkError; ///< Qt's words for a transport failure

    /// HTTP 2xx, and an envelope (if any) that does not say "failed".
    bool succeeded() const;
    /// data.response (or the whole document) as PayFast sent it.
    QJsonValue response() const;
    /// PayFast's own words: data.message, data.response or message, when it gave any.
    QString payFastMessage() const;
};

/**
 * PayFast's merchant API over QNetworkAccessManager, asynchronous: each call
 * carries the merchant-id, version, timestamp and signature headers (the
 * alphabetical API signature of headers, query and body with the passphrase),
 * `testing=true` unsigned on a sandbox ledger, and a timeout. Answers that are
 * refusals become messages a merchant understands (errorFor()). Nothing
 * secret (passphrase, signature, card token) is ever logged.
 */
class PayFastApiClient : public QObject
{
    Q_OBJECT

public:
    explicit PayFastApiClient(PayFastSettings settings, QObject* parent = nullptr);

    using Handler = std::function<void(const PayFastApiReply&)>;
    /// Sends \a call; \a done runs once, in this object's thread, when it answered, failed or timed out.
    void send(const PayFastApiCall& call, Handler done);

    /// How long a call may take before its outcome is Unknown; 30 s by default.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    const PayFastSettings& settings() const { return m_settings; }

    /// The request headers for \a call at Clock::nowUtc(): merchant-id, version, timestamp, signature.
    QList<QPair<QByteArray, QByteArray>> headersFor(const PayFastApiCall& call) const;
    /// The URL for \a call: the API base, the path, the query and, on sandbox, testing=true.
    QUrl urlFor(const PayFastApiCall& call) const;
    /// "2024-01-15T10:30:00+02:00": Johannesburg time, the form PayFast documents.
    static QString timestamp(const QDateTime& utc);

    /// A message for a person about a reply that did not succeed; never contains a secret.
    static Error errorFor(const PayFastApiReply& reply, const QString& what);

    static constexpr int DefaultTimeoutMs = 30000;

private:
    PayFastApiReply finish(QNetworkReply* reply) const;
    QString logPath(const PayFastApiCall& call) const;

    PayFastSettings m_settings;
    QNetworkAccessManager* m_network;
    int m_timeoutMs = DefaultTimeoutMs;
};

} // namespace imali
