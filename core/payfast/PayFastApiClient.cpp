// SPDX-License-Identifier: GPL-3.0-or-later
#include "PayFastApiClient.h"

#include "Clock.h"
#include "PayFastSigner.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

Q_LOGGING_CATEGORY(lcPayFastApi, "imali.payfast.api", QtInfoMsg)

namespace imali
{

namespace
{
QString withoutTrailingSlash(QString url)
{
    while (url.endsWith(QLatin1Char('/')))
        url.chop(1);
    return url;
}
} // namespace

bool PayFastApiReply::succeeded() const
{
    if (delivery != PayFastDelivery::Answered || httpStatus < 200 || httpStatus > 299)
        return false;
    const QString status = json.value(QStringLiteral("status")).toString();
    return status.isEmpty() || status.compare(QLatin1String("success"), Qt::CaseInsensitive) == 0;
}

QJsonValue PayFastApiReply::response() const
{
    const QJsonValue data = json.value(QStringLiteral("data"));
    if (data.isObject() && data.toObject().contains(QStringLiteral("response")))
        return data.toObject().value(QStringLiteral("response"));
    return data.isUndefined() ? QJsonValue(json) : data;
}

QString PayFastApiReply::payFastMessage() const
{
    const QJsonObject data = json.value(QStringLiteral("data")).toObject();
    QStringList parts;
    for (const QJsonValue& v : {data.value(QStringLiteral("response")), data.value(QStringLiteral("message")),
                                json.value(QStringLiteral("message"))})
        if (v.isString() && !v.toString().trimmed().isEmpty() && !parts.contains(v.toString().trimmed()))
            parts << v.toString().trimmed();
    QString text = parts.join(QStringLiteral("; "));
    if (text.isEmpty() && json.isEmpty())
        text = QString::fromUtf8(body).simplified();
    // PayFast's words are shown as they come, but a page of HTML is not a message.
    if (text.startsWith(QLatin1Char('<')))
        text.clear();
    return text.left(300);
}

PayFastApiClient::PayFastApiClient(PayFastSettings settings, QObject* parent)
    : QObject(parent), m_settings(std::move(settings)), m_network(new QNetworkAccessManager(this))
{
}

QString PayFastApiClient::timestamp(const QDateTime& utc)
{
    return utc.toUTC()
               .addSecs(Clock::JohannesburgOffsetSeconds)
               .toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss"))
        + QStringLiteral("+02:00");
}

QList<QPair<QByteArray, QByteArray>> PayFastApiClient::headersFor(const PayFastApiCall& call) const
{
    const FormFields headers {{QStringLiteral("merchant-id"), m_settings.merchantId},
                              {QStringLiteral("version"), QStringLiteral("v1")},
                              {QStringLiteral("timestamp"), timestamp(Clock::nowUtc())}};
    const SignedString signature = signApi(headers, call.query, call.body, m_settings.passphrase);
    QList<QPair<QByteArray, QByteArray>> out;
    for (const auto& [key, value] : headers)
        out.append({key.toLatin1(), value.toUtf8()});
    out.append({QByteArrayLiteral("signature"), signature.signature});
    return out;
}

QUrl PayFastApiClient::urlFor(const PayFastApiCall& call) const
{
    QUrl url(withoutTrailingSlash(m_settings.apiUrl) + call.path);
    FormFields query = call.query;
    if (m_settings.environment == Environment::Sandbox)
        query.append({QStringLiteral("testing"), QStringLiteral("true")}); // unsigned (protocol §5.1)
    if (!query.isEmpty())
        url.setQuery(QString::fromLatin1(encodeForm(query)), QUrl::StrictMode);
    return url;
}

QString PayFastApiClient::logPath(const PayFastApiCall& call) const
{
    QString path = call.path;
    if (!call.secretInPath.isEmpty())
        path.replace(call.secretInPath, QStringLiteral("***"));
    return path;
}

void PayFastApiClient::send(const PayFastApiCall& call, Handler done)
{
    if (m_settings.passphrase.isEmpty()) {
        // PayFast accepts no API call from an account without a passphrase (protocol §5.1): don't even try.
        PayFastApiReply refused;
        refused.networkError = tr("PayFast's API needs the passphrase: set PAYFAST_PASSPHRASE");
        QTimer::singleShot(0, this, [refused, done = std::move(done)] { done(refused); });
        return;
    }
    QNetworkRequest request(urlFor(call));
    for (const auto& [name, value] : headersFor(call))
        request.setRawHeader(name, value);
    request.setRawHeader(QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json, text/csv"));
    request.setTransferTimeout(m_timeoutMs);
    // Our own redirects only: a signed request is never re-sent elsewhere.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    QByteArray payload;
    if (call.verb != "GET") {
        payload = encodeForm(call.body);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        request.setHeader(QNetworkRequest::ContentLengthHeader,
                          payload.size()); // PayFast wants it, even 0 (HTTP 411)
    }
    QNetworkAccessManager* network = m_network;
    if (call.movesMoney) {
        network = new QNetworkAccessManager(this);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    }
    QNetworkReply* reply =
        call.verb == "GET" ? network->get(request) : network->sendCustomRequest(request, call.verb, payload);
    const QString shown = QString::fromLatin1(call.verb) + QLatin1Char(' ') + logPath(call);
    connect(reply, &QNetworkReply::finished, this, [this, reply, network, shown, done = std::move(done)] {
        const PayFastApiReply answer = finish(reply);
        reply->deleteLater();
        if (network != m_network)
            network->deleteLater();
        if (answer.delivery == PayFastDelivery::Answered)
            qCInfo(lcPayFastApi) << shown << "->" << answer.httpStatus;
        else
            qCWarning(lcPayFastApi) << shown << "->"
                                    << (answer.delivery == PayFastDelivery::NotSent ? "not sent"
                                                                                    : "no answer")
                                    << answer.networkError;
        done(answer);
    });
}

PayFastApiReply PayFastApiClient::finish(QNetworkReply* reply) const
{
    PayFastApiReply answer;
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        answer.delivery = PayFastDelivery::Answered;
        answer.httpStatus = status.toInt();
        answer.body = reply->readAll();
        const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
        if (doc.isObject())
            answer.json = doc.object();
        return answer;
    }
    answer.networkError = reply->errorString();
    switch (reply->error()) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError:
    case QNetworkReply::ProtocolUnknownError:
        answer.delivery = PayFastDelivery::NotSent; // no byte of the request left this computer
        break;
    default:
        answer.delivery = PayFastDelivery::Unknown; // it may have arrived: treat the outcome as unknown
        break;
    }
    return answer;
}

Error PayFastApiClient::errorFor(const PayFastApiReply& reply, const QString& what)
{
    if (reply.delivery == PayFastDelivery::NotSent)
        return Error::runtime(
            tr("%1: PayFast could not be reached (%2); nothing was sent").arg(what, reply.networkError));
    if (reply.delivery == PayFastDelivery::Unknown)
        return Error::runtime(tr("%1: PayFast did not answer in time (%2); whether it acted is not known")
                                  .arg(what, reply.networkError));
    const QString said = reply.payFastMessage();
    const QString lower = said.toLower();
    const QString theirWords = said.isEmpty() ? QString() : tr(" (PayFast said: \"%1\")").arg(said);
    switch (reply.httpStatus) {
    case 401:
    case 403:
        if (lower.contains(QLatin1String("origin")))
            return Error::runtime(
                tr("%1: PayFast does not accept calls from this computer's internet address; add it "
                   "to the allowed IP addresses in PayFast's integration settings%2")
                    .arg(what, theirWords));
        if (lower.contains(QLatin1String("merchant not found")))
            return Error::runtime(
                tr("%1: PayFast does not know this merchant id; check PAYFAST_MERCHANT_ID%2")
                    .arg(what, theirWords));
        return Error::runtime(
            tr("%1: PayFast refused the signature; PAYFAST_PASSPHRASE must equal the salt passphrase "
               "in PayFast's integration settings (and the merchant id must be yours)%2")
                .arg(what, theirWords));
    case 429:
        return Error::runtime(
            tr("%1: PayFast is limiting how often we may call; wait a minute and try again%2")
                .arg(what, theirWords));
    case 400:
        return Error::runtime(tr("%1: PayFast refused the request%2").arg(what, theirWords));
    case 404:
        return Error::runtime(
            tr("%1: PayFast has no such record, or this account may not use it%2").arg(what, theirWords));
    default:
        break;
    }
    if (reply.httpStatus >= 500)
        return Error::runtime(tr("%1: PayFast had a fault (HTTP %2); try again later%3")
                                  .arg(what)
                                  .arg(reply.httpStatus)
                                  .arg(theirWords));
    if (reply.httpStatus >= 200 && reply.httpStatus < 300)
        return Error::runtime(tr("%1: PayFast declined%2").arg(what, theirWords));
    return Error::runtime(
        tr("%1: PayFast answered HTTP %2%3").arg(what).arg(reply.httpStatus).arg(theirWords));
}

} // namespace imali
