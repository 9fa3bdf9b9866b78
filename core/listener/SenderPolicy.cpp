// SPDX-License-Identifier: GPL-3.0-or-later
#include "SenderPolicy.h"

#include <QCoreApplication>

namespace imali {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("SenderPolicy", text);
}

/// IPv4-mapped IPv6 peers (::ffff:1.2.3.4, from a dual-stack socket) compare as IPv4.
QHostAddress normalised(const QHostAddress& address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4) : address;
}
} // namespace

Result<CidrList> CidrList::parse(const QString& text)
{
    CidrList list;
    for (const QString& raw : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QString item = raw.trimmed();
        if (item.isEmpty())
            continue;
        QPair<QHostAddress, int> network = QHostAddress::parseSubnet(item);
        if (network.first.isNull() || network.second < 0) {
            // A bare address is a one-host network.
            const QHostAddress host(item);
            if (host.isNull())
                return Error::validation(tr("\"%1\" is not an address or a CIDR network").arg(item));
            network = {host, host.protocol() == QAbstractSocket::IPv6Protocol ? 128 : 32};
        }
        list.m_networks.append(network);
    }
    return list;
}

bool CidrList::contains(const QHostAddress& address) const
{
    const QHostAddress a = normalised(address);
    for (const auto& network : m_networks)
        if (a.isInSubnet(network))
            return true;
    return false;
}

QString CidrList::toString() const
{
    QStringList parts;
    for (const auto& [address, length] : m_networks)
        parts << QStringLiteral("%1/%2").arg(address.toString()).arg(length);
    return parts.join(QLatin1Char(','));
}

SenderPolicy::SenderPolicy(CidrList allowedSources, CidrList trustedProxies)
    : m_allowed(std::move(allowedSources))
    , m_trustedProxies(std::move(trustedProxies))
{
    m_clock.start();
}

QString SenderPolicy::payFastRanges()
{
    return QStringLiteral("197.97.145.144/28,41.74.179.192/27,102.216.36.0/28,102.216.36.128/28,144.126.193.139/32");
}

QString SenderPolicy::loopbackProxies()
{
    return QStringLiteral("127.0.0.1/32,::1/128");
}

QHostAddress SenderPolicy::senderOf(const QHostAddress& peer, const QByteArray& forwardedFor) const
{
    const QHostAddress from = normalised(peer);
    // A header from anyone but our own proxy is ignored: it is the client's word.
    if (!m_trustedProxies.contains(from) || forwardedFor.trimmed().isEmpty())
        return from;
    const QList<QByteArray> hops = forwardedFor.split(',');
    for (auto it = hops.crbegin(); it != hops.crend(); ++it) {
        const QHostAddress hop(QString::fromLatin1(it->trimmed()));
        if (hop.isNull())
            return from; // a malformed hop: trust nothing past our proxy
        if (!m_trustedProxies.contains(hop))
            return normalised(hop);
    }
    return from;
}

void SenderPolicy::prune()
{
    if (m_floods.size() < 4096)
        return;
    // Bounded memory under a spray of spoofed-looking senders: forget the quiet ones.
    const qint64 t = now();
    for (auto it = m_floods.begin(); it != m_floods.end();) {
        if (it->throttledUntil < t && (it->refusals.isEmpty() || t - it->refusals.last() > FloodWindowMs))
            it = m_floods.erase(it);
        else
            ++it;
    }
}

bool SenderPolicy::isThrottled(const QHostAddress& sender)
{
    if (isAllowed(sender))
        return false;
    const auto it = m_floods.constFind(normalised(sender).toString());
    return it != m_floods.constEnd() && it->throttledUntil > now();
}

void SenderPolicy::recordRefusal(const QHostAddress& sender)
{
    if (isAllowed(sender))
        return;
    prune();
    Flood& flood = m_floods[normalised(sender).toString()];
    const qint64 t = now();
    flood.refusals.append(t);
    while (!flood.refusals.isEmpty() && t - flood.refusals.first() > FloodWindowMs)
        flood.refusals.removeFirst();
    if (flood.refusals.size() > FloodLimit) {
        flood.throttledUntil = t + ThrottleMs;
        flood.refusals.clear();
    }
}

} // namespace imali
