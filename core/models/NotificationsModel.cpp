// SPDX-License-Identifier: GPL-3.0-or-later
#include "NotificationsModel.h"

#include "Clock.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace imali
{

NotificationsModel::NotificationsModel(Ledger& ledger, QObject* parent)
    : QAbstractTableModel(parent), m_ledger(ledger)
{
}

int NotificationsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int NotificationsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString NotificationsModel::checksText(const QString& checksJson)
{
    const QJsonObject checks = QJsonDocument::fromJson(checksJson.toUtf8()).object();
    QStringList parts;
    for (auto it = checks.begin(); it != checks.end(); ++it)
        parts << QStringLiteral("%1 %2").arg(it.key(), it.value().toVariant().toString());
    return parts.join(QStringLiteral(", "));
}

QVariant NotificationsModel::data(const QModelIndex& index, int role) const
{
    const NotificationRecord* r = recordAt(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == Qt::UserRole)
        return r->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case IdColumn:
        return r->id;
    case ReceivedColumn: {
        // Stored in UTC; shown as the merchant's (Johannesburg) time.
        const QDateTime utc = Clock::fromStorage(r->receivedAt);
        return utc.isValid()
            ? utc.addSecs(Clock::JohannesburgOffsetSeconds).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
            : r->receivedAt;
    }
    case ProviderIdColumn:
        return r->provider == QLatin1String("stripe") ? tr("Stripe %1").arg(r->providerId) : r->providerId;
    case StatusColumn:
        return r->status;
    case SenderColumn:
        return r->sender;
    case ChecksColumn:
        return checksText(r->checks);
    case ProcessingColumn:
        return r->attempts > 1 ? tr("%1 (%2 attempts)").arg(r->processing).arg(r->attempts) : r->processing;
    case OutcomeColumn:
        return r->outcome;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant NotificationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case IdColumn:
        return tr("#");
    case ReceivedColumn:
        return tr("Received");
    case ProviderIdColumn:
        return tr("Payment id");
    case StatusColumn:
        return tr("Status");
    case SenderColumn:
        return tr("Sender");
    case ChecksColumn:
        return tr("Checks");
    case ProcessingColumn:
        return tr("Processing");
    case OutcomeColumn:
        return tr("Outcome / reason");
    case ColumnCount:
        break;
    }
    return {};
}

bool NotificationsModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void NotificationsModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent) || m_rows.isEmpty())
        return;
    auto more = ItnProcessor::page(m_ledger, m_rows.constLast().id, PageSize);
    if (!more || more->isEmpty()) {
        m_atEnd = true;
        return;
    }
    beginInsertRows({}, static_cast<int>(m_rows.size()), static_cast<int>(m_rows.size() + more->size() - 1));
    m_rows.append(*more);
    endInsertRows();
    m_atEnd = more->size() < PageSize;
}

Status NotificationsModel::reload()
{
    const int wanted = std::max(PageSize, static_cast<int>(m_rows.size()));
    auto rows = ItnProcessor::page(m_ledger, 0, wanted);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = *rows;
    m_atEnd = rows->size() < wanted;
    endResetModel();
    return {};
}

const NotificationRecord* NotificationsModel::recordAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

} // namespace imali
