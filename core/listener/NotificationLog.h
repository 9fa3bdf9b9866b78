// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace imali
{

class Ledger;

/** A validly signed notification refused because of where it came from. */
struct RefusedSignedNotification {
    QString providerId;
    QString status;
    QString sender;
    QString firstSeenAt;
    QString lastSeenAt;
    qint64 times = 0;
};

/**
 * What the console shows about the notification log beyond single rows: when
 * the last notification arrived (whoever received it: this console or
 * imalictl serve) and the validly signed notifications refused for their
 * sender, which mean PayFast may send from an address we don't allow.
 */
class NotificationLog
{
public:
    /// When the newest stored notification arrived; an invalid QDateTime when none has.
    static Result<QDateTime> lastReceivedAt(Ledger& ledger);
    /// Newest first, at most \a limit.
    static Result<QList<RefusedSignedNotification>> refusedSigned(Ledger& ledger, int limit = 100);
};

} // namespace imali
