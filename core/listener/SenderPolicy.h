// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QElapsedTimer>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QPair>

namespace imali {

/** A list of networks ("197.97.145.144/28,::1/128"), IPv4 and IPv6. */
class CidrList
{
public:
    static Result<CidrList> parse(const QString& text);
    bool contains(const QHostAddress& address) const;
    bool isEmpty() const { return m_networks.isEmpty(); }
    QString toString() const;

private:
    QList<QPair<QHostAddress, int>> m_networks;
};

/**
 * Who is sending (SPEC §6 steps 0 and 2): the peer, or the right-most
 * X-Forwarded-For hop that is not itself a trusted proxy when the peer is
 * one; whether that sender may deliver ITNs; and the flood limit for
 * senders that may not (more than 20 refusals in 10 s: 429 for 60 s).
 */
class SenderPolicy
{
public:
    SenderPolicy(CidrList allowedSources, CidrList trustedProxies);

    /// PayFast's published ITN source ranges (payfast-protocol.md §4.4).
    static QString payFastRanges();
    /// Loopback, trusted as the tunnel when the listener is on loopback.
    static QString loopbackProxies();

    QHostAddress senderOf(const QHostAddress& peer, const QByteArray& forwardedFor) const;
    bool isAllowed(const QHostAddress& sender) const { return m_allowed.contains(sender); }

    /// True while \a sender is being answered 429 (never for allowed senders).
    bool isThrottled(const QHostAddress& sender);
    /// Counts a 4xx answered to a sender that is not allowed.
    void recordRefusal(const QHostAddress& sender);

    static constexpr int FloodLimit = 20;
    static constexpr qint64 FloodWindowMs = 10000;
    static constexpr qint64 ThrottleMs = 60000;

private:
    struct Flood {
        QList<qint64> refusals; ///< monotonic ms of recent 4xx answers
        qint64 throttledUntil = 0;
    };
    qint64 now() const { return m_clock.elapsed(); }
    void prune();

    CidrList m_allowed;
    CidrList m_trustedProxies;
    QHash<QString, Flood> m_floods;
    QElapsedTimer m_clock;
};

} // namespace imali
