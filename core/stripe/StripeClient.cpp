// SPDX-License-Identifier: GPL-3.0-or-later
#include "StripeClient.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("StripeClient", text);
}
} // namespace

StripeClient::StripeClient(StripeSettings settings) : m_settings(std::move(settings)) { }

QString StripeClient::redactSecrets(QString text)
{
    static const QRegularExpression keys(
        QStringLiteral("\\b(?:(?:sk|rk|pk)_(?:test|live)|whsec)_[A-Za-z0-9*_]+"));
    return text.replace(keys, QStringLiteral("***"));
}

Result<StripeSession> StripeClient::createCheckoutSession(const FormFields& form,
                                                          const QString& idempotencyKey, int timeoutMs) const
{
    if (Status s = m_settings.checkForCheckout(); !s)
        return s.error();
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(m_settings.apiUrl + QStringLiteral("/v1/checkout/sessions")));
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader(QByteArrayLiteral("Authorization"),
                         QByteArrayLiteral("Bearer ") + m_settings.secretKey.toUtf8());
    request.setRawHeader(QByteArrayLiteral("Idempotency-Key"), idempotencyKey.toUtf8());
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = network.post(request, encodeForm(form));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs + 1000, &loop,
                       &QEventLoop::quit); // a last resort beside the transfer timeout
    if (!reply->isFinished())
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!reply->isFinished()) {
        reply->abort();
        reply->deleteLater();
        return Error::runtime(tr("Stripe did not answer within %1 s").arg(timeoutMs / 1000));
    }
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    if (status == 0)
        return Error::runtime(tr("could not reach Stripe: %1").arg(redactSecrets(reply->errorString())));
    const QJsonObject json = QJsonDocument::fromJson(body).object();
    if (status == 401 || status == 403)
        return Error::validation(
            tr("Stripe refused the secret key (STRIPE_SECRET_KEY), HTTP %1").arg(status));
    if (status < 200 || status > 299) {
        const QString message =
            json.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
        const Error error {
            status >= 500 || status == 429 ? ErrorKind::Runtime : ErrorKind::Validation,
            tr("Stripe refused the checkout (HTTP %1): %2")
                .arg(status)
                .arg(redactSecrets(message.isEmpty() ? tr("no reason given") : message.left(300)))};
        return error;
    }
    StripeSession session {json.value(QStringLiteral("id")).toString(),
                           json.value(QStringLiteral("url")).toString()};
    const QUrl url(session.url, QUrl::StrictMode);
    if (!session.id.startsWith(QLatin1String("cs_")) || !url.isValid()
        || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return Error::runtime(tr("Stripe's answer has no Checkout Session id and URL"));
    return session;
}

} // namespace imali
