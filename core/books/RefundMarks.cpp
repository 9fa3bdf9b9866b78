// SPDX-License-Identifier: GPL-3.0-or-later
#include "RefundMarks.h"

#include "Clock.h"
#include "Ledger.h"
#include "Records.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace imali
{

namespace
{
QString tr(const char* text)
{
    return QCoreApplication::translate("RefundMarks", text);
}
} // namespace

RefundMarks::RefundMarks(Ledger& ledger) : m_ledger(ledger) { }

Result<std::optional<RefundMark>> RefundMarks::find(qint64 transactionId)
{
    Sql q(m_ledger.db(),
          QStringLiteral("SELECT reason, marked_at FROM refund_marks WHERE transaction_id = :id"));
    q.bind(QStringLiteral(":id"), transactionId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<RefundMark>();
    return std::optional<RefundMark>(RefundMark {transactionId, q.text(0), q.text(1)});
}

Result<RefundMark> RefundMarks::mark(qint64 transactionId, const QString& reasonText)
{
    const QString reason = reasonText.trimmed();
    if (reason.size() < 3 || reason.size() > 255)
        return Error::validation(tr("marking for refund needs a reason of 3 to 255 characters"));
    RefundMark mark {transactionId, reason, Clock::toStorage(Clock::nowUtc())};
    Database& db = m_ledger.db();
    Status s = m_ledger.write([&]() -> Status {
        Sql q(db, SelectTransaction + QStringLiteral(" WHERE id = :id") + db.forUpdate());
        q.bind(QStringLiteral(":id"), transactionId);
        if (Status e = q.exec(); !e)
            return e;
        if (!q.next())
            return Error::notFound(tr("there is no transaction %1").arg(transactionId));
        const Transaction t = transactionFromRow(q);
        if (t.kind != QLatin1String("payment") || t.status != QLatin1String("complete") || t.invoiceId
            || t.unallocatedReason.isEmpty())
            return Error::conflict(tr("transaction %1 is not an unallocated payment").arg(transactionId));
        auto existing = find(transactionId);
        if (!existing)
            return existing.error();
        if (*existing)
            return Error::conflict(tr("transaction %1 is already marked for refund").arg(transactionId));
        Sql insert(db,
                   QStringLiteral(
                       "INSERT INTO refund_marks (transaction_id, reason, marked_at) VALUES (:id, :r, :at)"));
        insert.bind(QStringLiteral(":id"), transactionId)
            .bind(QStringLiteral(":r"), reason)
            .bind(QStringLiteral(":at"), mark.markedAt);
        if (Status e = insert.exec(); !e)
            return e;
        if (Status e = addTransactionEvent(db, transactionId, QStringLiteral("marked_for_refund"), reason);
            !e)
            return e;
        return m_ledger.record(
            {QStringLiteral("payment.marked_for_refund"),
             QStringLiteral("transaction"),
             QString::number(transactionId),
             QJsonObject {{QStringLiteral("unallocated_reason"), t.unallocatedReason}},
             QJsonObject {{QStringLiteral("reason"), reason}, {QStringLiteral("amount"), t.gross.toString()}},
             std::nullopt,
             {}});
    });
    if (!s)
        return s.error();
    return mark;
}

Status RefundMarks::clear(qint64 transactionId)
{
    Database& db = m_ledger.db();
    return m_ledger.write([&]() -> Status {
        Sql lock(db, QStringLiteral("SELECT id FROM transactions WHERE id = :id") + db.forUpdate());
        lock.bind(QStringLiteral(":id"), transactionId);
        if (Status e = lock.exec(); !e)
            return e;
        auto existing = find(transactionId);
        if (!existing)
            return existing.error();
        if (!*existing)
            return Error::notFound(tr("transaction %1 is not marked for refund").arg(transactionId));
        Sql remove(db, QStringLiteral("DELETE FROM refund_marks WHERE transaction_id = :id"));
        remove.bind(QStringLiteral(":id"), transactionId);
        if (Status e = remove.exec(); !e)
            return e;
        if (Status e =
                addTransactionEvent(db, transactionId, QStringLiteral("refund_mark_cleared"), QString());
            !e)
            return e;
        return m_ledger.record({QStringLiteral("payment.refund_mark_cleared"),
                                QStringLiteral("transaction"),
                                QString::number(transactionId),
                                QJsonObject {{QStringLiteral("reason"), (*existing)->reason}},
                                QJsonObject {},
                                std::nullopt,
                                {}});
    });
}

Result<QMap<qint64, RefundMark>> RefundMarks::all()
{
    Sql q(m_ledger.db(), QStringLiteral("SELECT transaction_id, reason, marked_at FROM refund_marks"));
    q.forwardOnly();
    if (Status s = q.exec(); !s)
        return s.error();
    QMap<qint64, RefundMark> marks;
    while (q.next())
        marks.insert(q.int64(0), {q.int64(0), q.text(1), q.text(2)});
    return marks;
}

} // namespace imali
