// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationLog.h"

#include "Clock.h"
#include "Ledger.h"

namespace imali
{

namespace
{
const QString SelectLastReceived = QStringLiteral("SELECT MAX(received_at) FROM notifications");
const QString SelectRefusedSigned = QStringLiteral(R"(
    SELECT provider_id, status, sender, first_seen_at, last_seen_at, times
    FROM refused_signed ORDER BY last_seen_at DESC LIMIT :limit)");
} // namespace

Result<QDateTime> NotificationLog::lastReceivedAt(Ledger& ledger)
{
    Sql q(ledger.db(), SelectLastReceived);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next() || q.value(0).isNull())
        return QDateTime();
    return Clock::fromStorage(q.text(0));
}

Result<QList<RefusedSignedNotification>> NotificationLog::refusedSigned(Ledger& ledger, int limit)
{
    Sql q(ledger.db(), SelectRefusedSigned);
    q.bind(QStringLiteral(":limit"), limit);
    if (Status s = q.exec(); !s)
        return s.error();
    QList<RefusedSignedNotification> rows;
    while (q.next())
        rows.append({q.text(0), q.text(1), q.text(2), q.text(3), q.text(4), q.int64(5)});
    return rows;
}

} // namespace imali
