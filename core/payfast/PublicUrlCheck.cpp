// SPDX-License-Identifier: GPL-3.0-or-later
#include "payfast/PublicUrlCheck.h"

#include "Clock.h"
#include "Ledger.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QUrl>

namespace imali
{

namespace
{

QString tr(const char* text)
{
    return QCoreApplication::translate("PublicUrlCheck", text);
}

bool isPrivateAddress(const QHostAddress& address)
{
    if (address.isLoopback() || address.isLinkLocal() || address.isSiteLocal()
        || address.isUniqueLocalUnicast() || address.isNull()
        || address == QHostAddress(QHostAddress::AnyIPv4) || address == QHostAddress(QHostAddress::AnyIPv6))
        return true;
    for (const char* range : {"10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "100.64.0.0/10"}) {
        if (address.isInSubnet(QHostAddress::parseSubnet(QLatin1String(range))))
            return true;
    }
    return false;
}

} // namespace

Status checkPublicUrl(const QString& text, Environment environment)
{
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        || url.host().isEmpty() || !url.query().isEmpty() || !url.fragment().isEmpty()
        || !url.userInfo().isEmpty())
        return Error::validation(
            tr("the public URL must be an http(s) base URL such as https://pay.myshop.co.za"));
    if (environment == Environment::Live && url.scheme() != QLatin1String("https"))
        return Error::validation(tr("a live ledger's public URL must use https"));
    const int port = url.port(url.scheme() == QLatin1String("https") ? 443 : 80);
    if (port != 80 && port != 443 && port != 8080 && port != 8081)
        return Error::validation(
            tr("PayFast only delivers to ports 80, 443, 8080 and 8081, not %1; a tunnel gives you "
               "an address on 443")
                .arg(port));
    const QString host = url.host().toLower();
    const QHostAddress address(host);
    if (host == QLatin1String("localhost") || host.endsWith(QLatin1String(".localhost"))
        || host.endsWith(QLatin1String(".local")) || host.endsWith(QLatin1String(".internal"))
        || (!address.isNull() && isPrivateAddress(address))
        || (address.isNull() && !host.contains(QLatin1Char('.'))))
        return Error::validation(
            tr("%1 is only reachable from this network, so PayFast and your customers can't open "
               "it; use the public address a tunnel (cloudflared or ngrok) gives you")
                .arg(host));
    return {};
}

bool isQuickTunnelUrl(const QString& url)
{
    const QString host = QUrl(url).host().toLower();
    for (const char* suffix : {".trycloudflare.com", ".ngrok-free.app", ".ngrok-free.dev", ".ngrok.io", ".ngrok.app"})
        if (host.endsWith(QLatin1String(suffix)))
            return true;
    return false;
}

Result<qint64> sentLinksDependingOnPublicUrl(Ledger& ledger)
{
    Sql q(ledger.db(), QStringLiteral("SELECT COUNT(*) FROM checkouts WHERE status = 'pending' AND expires_at > :now"));
    q.bind(QStringLiteral(":now"), Clock::toStorage(Clock::nowUtc()));
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.int64(0) : 0;
}

} // namespace imali
