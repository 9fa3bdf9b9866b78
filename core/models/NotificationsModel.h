// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "processing/ItnProcessor.h"

#include <QAbstractTableModel>

namespace imali
{

class Ledger;

/**
 * The notification log (ITNs and Stripe events), newest first, fetched a
 * page at a time from ItnProcessor::page as the view scrolls. Each row
 * shows the door's checks and what processing made of it: booked, retried,
 * or rejected with its reason.
 */
class NotificationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        IdColumn,
        ReceivedColumn,
        ProviderIdColumn,
        StatusColumn,
        SenderColumn,
        ChecksColumn,
        ProcessingColumn,
        OutcomeColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;

    explicit NotificationsModel(Ledger& ledger, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    /// Reads the first page again (the rows already shown are re-read up to the same count).
    Status reload();
    const NotificationRecord* recordAt(int row) const;
    /// "transport ok, sender allowed, signature valid" from the stored JSON checks.
    static QString checksText(const QString& checksJson);

private:
    Ledger& m_ledger;
    QList<NotificationRecord> m_rows;
    bool m_atEnd = true;
};

} // namespace imali
